import { createFakeApps } from '../src';

function book() {
  const apps = createFakeApps({
    sheets: {
      Invoices: [
        ['Invoice ID', 'Link'],
        ['INV-1', '=HYPERLINK("#gid=0&range=A1"&ROW(Invoices!A3),"INV-2")'],
        ['INV-2', '=A2&"!"'],
        ['INV-3', '=MATCH("INV-3",$A$2:$A$4,0)'],
      ],
      Other: [['=Invoices!$A:$A', '=MATCH("INV-2",\'Invoices\'!A:A,0)']],
    },
  });
  return { apps, sheet: apps.spreadsheet.getSheetByName('Invoices')! };
}

describe('references move with the cells they name, as in Sheets', () => {
  it('shift down when rows are inserted above, leaving text inside strings alone', () => {
    const { apps, sheet } = book();
    sheet.insertRowsBefore(2, 2);
    expect(apps.formulas('Invoices').map((r) => r[1])).toEqual([
      '',
      '',
      '',
      '=HYPERLINK("#gid=0&range=A1"&ROW(Invoices!A5),"INV-2")',
      '=A4&"!"',
      '=MATCH("INV-3",$A$4:$A$6,0)',
    ]);
    expect(apps.display('Invoices').map((r) => r[1])).toEqual(['Link', '', '', 'INV-2', 'INV-1!', '3']);
    expect(apps.resolveLink('Invoices', 4, 2)).toEqual({ label: 'INV-2', targetRow: 15, gid: '0' });
    expect(apps.formulas('Other')).toEqual([['=Invoices!$A:$A', '=MATCH("INV-2",\'Invoices\'!A:A,0)']]);
  });

  it('become #REF! when the cell they name is deleted, and ranges shrink', () => {
    const { apps, sheet } = book();
    sheet.deleteRows(2, 1);
    expect(apps.formulas('Invoices').map((r) => r[1])).toEqual(['', '=#REF!&"!"', '=MATCH("INV-3",$A$2:$A$3,0)']);
    expect(apps.display('Invoices').map((r) => r[1])).toEqual(['Link', '#REF!', '2']);
  });

  it('shift right when columns are inserted before them, even whole columns on another sheet', () => {
    const { apps, sheet } = book();
    sheet.insertColumnsBefore(1, 1);
    expect(apps.formulas('Other')).toEqual([['=Invoices!$B:$B', '=MATCH("INV-2",\'Invoices\'!B:B,0)']]);
    expect(apps.display('Other')).toEqual([['', '3']]);
  });

  it('follow a sheet rename, and break when the sheet is deleted', () => {
    const { apps, sheet } = book();
    sheet.setName('Old Invoices');
    expect(apps.formulas('Other')).toEqual([["='Old Invoices'!$A:$A", '=MATCH("INV-2",\'Old Invoices\'!A:A,0)']]);
    expect(apps.display('Other')).toEqual([['', '3']]);
    apps.spreadsheet.deleteSheet(sheet);
    expect(apps.formulas('Other')).toEqual([['=#REF!', '=MATCH("INV-2",#REF!,0)']]);
    expect(apps.display('Other')).toEqual([['#REF!', '#REF!']]);
  });
});
