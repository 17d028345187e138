import { createFakeApps, dateCell, RANGE_OUTSIDE_SHEET } from '../src';

const rows = [
  ['Invoice ID', 'Customer', 'Total'],
  ['INV-1', 'Ada', 10],
  ['INV-2', 'Bo', 20],
];

function invoices(extra: Parameters<typeof createFakeApps>[0] = {}) {
  const apps = createFakeApps({ sheets: { Invoices: rows }, ...extra });
  return { apps, sheet: apps.spreadsheet.getSheetByName('Invoices')! };
}

describe('sheet size', () => {
  it('is exactly the fixture data, and ranges past it throw like Apps Script', () => {
    const { sheet } = invoices();
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([3, 3]);
    expect(() => sheet.getRange(4, 1)).toThrow(RANGE_OUTSIDE_SHEET);
    expect(() => sheet.getRange(3, 1, 2, 3)).toThrow(RANGE_OUTSIDE_SHEET);
    expect(() => sheet.getRange(1, 4)).toThrow(RANGE_OUTSIDE_SHEET);
    expect(() => sheet.getRange('A1:D1')).toThrow(RANGE_OUTSIDE_SHEET);
    expect(() => sheet.getRange(2, 1, 0, 3)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
  });

  it('throws Errors named Exception', () => {
    const { sheet } = invoices();
    let thrown: unknown;
    try {
      sheet.getRange(9, 9);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).name).toBe('Exception');
  });

  it('grows with insertRowsAfter / insertColumnsAfter, after which the range works', () => {
    const { apps, sheet } = invoices();
    sheet.insertRowsAfter(sheet.getMaxRows(), 2);
    sheet.insertColumnsAfter(3, 1);
    sheet.getRange(4, 1, 2, 4).setValues([
      ['INV-3', 'Cy', 30, 'x'],
      ['INV-4', 'Di', 40, 'y'],
    ]);
    expect(apps.display('Invoices')).toEqual([
      ['Invoice ID', 'Customer', 'Total', ''],
      ['INV-1', 'Ada', '10', ''],
      ['INV-2', 'Bo', '20', ''],
      ['INV-3', 'Cy', '30', 'x'],
      ['INV-4', 'Di', '40', 'y'],
    ]);
    expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getLastRow(), sheet.getLastColumn()]).toEqual([
      5, 4, 5, 4,
    ]);
  });

  it('honours maxRows / maxColumns overrides, and new sheets are 1000 × 26', () => {
    const { apps, sheet } = invoices({ maxRows: { Invoices: 10 }, maxColumns: { Invoices: 5 } });
    expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getLastRow(), sheet.getLastColumn()]).toEqual([
      10, 5, 3, 3,
    ]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C3');
    const fresh = apps.spreadsheet.insertSheet('Audit Log');
    expect([fresh.getMaxRows(), fresh.getMaxColumns(), fresh.getLastRow()]).toEqual([1000, 26, 0]);
    expect(fresh.getDataRange().getA1Notation()).toBe('A1');
  });

  it('inserts rows in the middle, inheriting the formatting of the row they follow', () => {
    const apps = createFakeApps({ sheets: { D: [['When'], [dateCell('2026-04-05')], [dateCell('2026-04-06')]] } });
    const sheet = apps.spreadsheet.getSheetByName('D')!;
    sheet.insertRowsAfter(2, 1);
    sheet.getRange(3, 1).setValue(46120);
    expect(apps.display('D')).toEqual([['When'], ['2026-04-05'], ['2026-04-08'], ['2026-04-06']]);
    sheet.deleteRows(2, 2);
    expect(apps.display('D')).toEqual([['When'], ['2026-04-06']]);
    expect(() => sheet.deleteRows(1, 2)).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
    expect(() => sheet.deleteRows(2, 5)).toThrow('Those rows are out of bounds.');
  });

  it('refuses to grow the workbook past ten million cells', () => {
    const { apps, sheet } = invoices();
    apps.spreadsheet.insertSheet('Big').insertColumnsAfter(26, 974); // 1000 × 1000
    expect(() => sheet.insertRowsAfter(3, 3_000_000)).toThrow('above the limit of 10000000 cells');
    expect(sheet.getMaxRows()).toBe(3);
  });

  it('deletes columns and keeps row contents aligned', () => {
    const { apps, sheet } = invoices();
    sheet.deleteColumns(2, 1);
    expect(apps.display('Invoices')).toEqual([
      ['Invoice ID', 'Total'],
      ['INV-1', '10'],
      ['INV-2', '20'],
    ]);
    expect(sheet.getMaxColumns()).toBe(2);
  });

  it('appendRow writes after the last row with content and grows a full sheet', () => {
    const { apps, sheet } = invoices();
    sheet.appendRow(['INV-3', 'Cy', '30', 'extra']);
    expect(apps.display('Invoices')[3]).toEqual(['INV-3', 'Cy', '30', 'extra']);
    expect(sheet.getRange(4, 3).getValue()).toBe(30);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([4, 4]);
  });
});

describe('ranges', () => {
  it('checks setValues dimensions like Apps Script', () => {
    const { sheet } = invoices();
    const r = sheet.getRange(2, 1, 2, 3);
    expect(() => r.setValues([['a', 'b', 'c']])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() =>
      r.setValues([
        ['a', 'b', 'c'],
        ['a', 'b'],
      ]),
    ).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.',
    );
  });

  it('describes itself', () => {
    const { apps, sheet } = invoices();
    const r = sheet.getRange('B2:C3');
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns(), r.getLastRow(), r.getLastColumn()]).toEqual([
      2, 2, 2, 2, 3, 3,
    ]);
    expect(r.getA1Notation()).toBe('B2:C3');
    expect(r.getSheet()).toBe(sheet);
    expect(r.getSheet().getParent()).toBe(apps.spreadsheet);
    expect(sheet.getRange('A:A').getNumRows()).toBe(3);
    expect(sheet.getRange('2:3').getA1Notation()).toBe('A2:C3');
    expect(sheet.getRange('B2:C').getA1Notation()).toBe('B2:C3');
    expect(sheet.getRange(2, 2, 1, 2).getValues()).toEqual([['Ada', 10]]);
    expect(r.getCell(2, 1).getValue()).toBe('Bo');
    expect(r.offset(-1, -1, 1, 1).getValue()).toBe('Invoice ID');
  });

  it('a range left outside the sheet by a deletion stops working', () => {
    const { sheet } = invoices();
    const r = sheet.getRange('A3:C3');
    sheet.deleteRows(2, 1);
    expect(() => r.getValues()).toThrow(RANGE_OUTSIDE_SHEET);
  });

  it('setValue and clearContent apply to every cell of the range', () => {
    const { apps, sheet } = invoices();
    sheet.getRange('C2:C3').setValue(0);
    sheet.getRange('B2:B3').clearContent();
    expect(apps.display('Invoices')).toEqual([
      ['Invoice ID', 'Customer', 'Total'],
      ['INV-1', '', '0'],
      ['INV-2', '', '0'],
    ]);
  });
});

describe('spreadsheet', () => {
  it('finds sheets by name, inserts (making the new sheet active) and deletes them', () => {
    const { apps } = invoices();
    const ss = apps.spreadsheet;
    expect(ss.getSheetByName('Payments')).toBeNull();
    expect(ss.getSheetByName('invoices')!.getName()).toBe('Invoices');
    const payments = ss.insertSheet('Payments');
    expect(ss.getActiveSheet()).toBe(payments);
    expect(() => ss.insertSheet('payments')).toThrow(
      'A sheet with the name "payments" already exists. Please enter another name.',
    );
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Invoices', 'Payments']);
    expect(ss.getSheets()[0].getSheetId()).toBe(0);
    expect(payments.getSheetId()).not.toBe(0);
    ss.deleteSheet(payments);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Invoices']);
    expect(() => payments.getRange('A1')).toThrow('The sheet has been deleted.');
    expect(() => ss.deleteSheet(ss.getSheets()[0])).toThrow("You can't remove all the sheets in a document.");
  });

  it('reports the selection, which setActive and activate change', () => {
    const { apps } = invoices({ active: { sheet: 'Invoices', ranges: ['A2:C2', 'A3'] } });
    const ss = apps.spreadsheet;
    expect(
      ss
        .getActiveRangeList()!
        .getRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A2:C2', 'A3']);
    expect(ss.getActiveRange()!.getA1Notation()).toBe('A3');
    ss.getSheetByName('Invoices')!.getRange('B2').activate();
    expect(
      ss
        .getActiveRangeList()!
        .getRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['B2']);
    ss.insertSheet('Other');
    expect(ss.getActiveSheet().getName()).toBe('Other');
    apps.setActive('Invoices', ['A1:C3']);
    expect(ss.getActiveRange()!.getA1Notation()).toBe('A1:C3');
    expect(ss.getSpreadsheetTimeZone()).toBe('Europe/London');
  });
});
