import { createFakeApps } from '../src';

function invoices() {
  const apps = createFakeApps({
    sheets: {
      Invoices: [
        ['Invoice ID', 'Ref'],
        [1001, 'inv-1001'],
        ['INV-1001', 'x'],
        ['10010', '=A2&""'],
      ],
    },
  });
  return { apps, sheet: apps.spreadsheet.getSheetByName('Invoices')! };
}

const where = (ranges: Array<{ getA1Notation(): string }>) => ranges.map((r) => r.getA1Notation());

describe('TextFinder', () => {
  it('matches the text cells show, anywhere in the cell and in any case by default', () => {
    const { sheet } = invoices();
    expect(where(sheet.createTextFinder('1001').findAll())).toEqual(['A2', 'B2', 'A3', 'A4', 'B4']);
    expect(where(sheet.createTextFinder('1001').matchEntireCell(true).findAll())).toEqual(['A2', 'B4']);
    expect(where(sheet.createTextFinder('INV-1001').matchCase(true).findAll())).toEqual(['A3']);
    expect(where(sheet.getRange('A1:A4').createTextFinder('inv').findAll())).toEqual(['A1', 'A3']);
  });

  it('findNext walks the matches and then gives null; each find is one counted call', () => {
    const { apps, sheet } = invoices();
    const finder = sheet.createTextFinder('1001').matchEntireCell(true);
    apps.calls.reset();
    expect(finder.findNext()!.getA1Notation()).toBe('A2');
    expect(finder.findNext()!.getA1Notation()).toBe('B4');
    expect(finder.findNext()).toBeNull();
    finder.matchCase(false).findAll();
    expect(apps.calls.byMethod).toEqual({ findNext: 3, findAll: 1, getA1Notation: 2 }); // matchCase/matchEntireCell: none
  });
});

describe('RangeList', () => {
  it('writes to every range in one counted call', () => {
    const { apps, sheet } = invoices();
    const list = sheet.getRangeList(['B2', 'B3:B4']);
    apps.calls.reset();
    list.setValue('void');
    list.setNumberFormat('@');
    expect(sheet.getRange('B2:B4').getValues()).toEqual([['void'], ['void'], ['void']]);
    expect(sheet.getRange('B4').getNumberFormat()).toBe('@');
    list.clearContent();
    expect(sheet.getRange('B2:B4').getValues()).toEqual([[''], [''], ['']]);
    expect(apps.calls.byMethod).toEqual({
      setValue: 1,
      setNumberFormat: 1,
      clearContent: 1,
      getRange: 3,
      getValues: 2,
      getNumberFormat: 1,
    });
    expect(list.getRanges().map((r) => r.getA1Notation())).toEqual(['B2', 'B3:B4']);
  });
});
