import { checkboxCell, createFakeApps } from '../src';

describe('checkboxes', () => {
  it('insertCheckboxes puts FALSE behind a checkbox validation; getValues gives booleans', () => {
    const apps = createFakeApps({
      sheets: {
        S: [
          ['Invoice', 'Void?'],
          ['INV-1', ''],
          ['INV-2', ''],
        ],
      },
    });
    const sheet = apps.spreadsheet.getSheetByName('S')!;
    sheet.getRange('B2:B3').insertCheckboxes();
    expect(sheet.getRange('B2:B3').getValues()).toEqual([[false], [false]]);
    expect(sheet.getRange('B2:B3').getDisplayValues()).toEqual([['FALSE'], ['FALSE']]);
    expect(sheet.getRange('B2:B3').isChecked()).toBe(false);
    sheet.getRange('B3').check();
    expect(sheet.getRange('B2:B3').getValues()).toEqual([[false], [true]]);
    expect(sheet.getRange('B2:B3').isChecked()).toBe(null);
    expect(apps.snapshot().sheets[0].cells.B3).toEqual({ value: true, validation: 'checkbox' });
  });

  it('a checkbox column below the data makes getLastRow and getDataRange reach the last checkbox', () => {
    const apps = createFakeApps({
      sheets: {
        S: [
          ['Invoice', 'Void?'],
          ['INV-1', checkboxCell()],
          ['', checkboxCell()],
          ['', checkboxCell(true)],
        ],
      },
      maxRows: { S: 9 },
    });
    const sheet = apps.spreadsheet.getSheetByName('S')!;
    expect(sheet.getLastRow()).toBe(4);
    expect(sheet.getDataRange().getValues()).toEqual([
      ['Invoice', 'Void?'],
      ['INV-1', false],
      ['', false],
      ['', true],
    ]);
    sheet.getRange('B5:B9').insertCheckboxes();
    expect(sheet.getLastRow()).toBe(9);
    sheet.getRange('B3:B9').removeCheckboxes();
    expect(sheet.getLastRow()).toBe(2);
  });
});

describe('merged header cells', () => {
  it('keep their value in the first cell; the others read ""', () => {
    const apps = createFakeApps({
      sheets: {
        S: [
          ['Customer', 'Amounts', 'ignored', ''],
          ['Name', 'Net', 'Tax', ''],
          ['Ada', 10, 2, ''],
        ],
      },
    });
    const sheet = apps.spreadsheet.getSheetByName('S')!;
    sheet.getRange('B1:C1').merge();
    expect(sheet.getRange('A1:D2').getValues()).toEqual([
      ['Customer', 'Amounts', '', ''],
      ['Name', 'Net', 'Tax', ''],
    ]);
    expect(
      sheet
        .getRange('A1:D1')
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['B1:C1']);
    expect(sheet.getRange('C1').isPartOfMerge()).toBe(true);
    expect(() => sheet.getRange('C1:D1').merge()).toThrow('You must select all cells in a merged range');
    sheet.insertColumnsBefore(1, 1);
    expect(
      sheet
        .getRange('A1:E1')
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['C1:D1']);
    sheet.getRange('C1').breakApart();
    expect(sheet.getRange('A1:E1').getMergedRanges()).toEqual([]);
    expect(apps.snapshot().sheets[0].merges).toEqual([]);
  });
});
