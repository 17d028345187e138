import { createFakeApps, dateCell } from '../src';

const link = (id: string) => {
  const quoted = id.replace(/"/g, '""');
  return `=HYPERLINK("#gid=0&range=A"&MATCH("${quoted}",Invoices!A:A,0),"${quoted}")`;
};

function invoices() {
  const apps = createFakeApps({
    sheets: {
      Invoices: [
        ['Invoice ID', 'Regenerated As'],
        ['INV-1', link('INV-1-R1')],
        ['INV-1-R1', ''],
        ['Q"7', link('Q"7')],
      ],
      Lines: [['Invoice ID'], ['INV-1']],
    },
  });
  return { apps, sheet: apps.spreadsheet.getSheetByName('Invoices')! };
}

describe('HYPERLINK + MATCH links', () => {
  it('show their label and resolve to the row holding the target id', () => {
    const { apps, sheet } = invoices();
    expect(sheet.getRange('B2').getValue()).toBe('INV-1-R1');
    expect(apps.resolveLink('Invoices', 2, 2)).toEqual({ label: 'INV-1-R1', targetRow: 3, gid: '0' });
    expect(apps.resolveLink('Invoices', 4, 2)).toEqual({ label: 'Q"7', targetRow: 4, gid: '0' });
  });

  it('follow the target after rows are inserted above it or the sheet is re-sorted', () => {
    const { apps, sheet } = invoices();
    sheet.insertRowsBefore(2, 2);
    expect(apps.resolveLink('Invoices', 4, 2).targetRow).toBe(5);
    // A user sorting by hand: rows swap places, formulas travel with their rows.
    const formulas = sheet.getRange('A4:B5').getFormulas();
    const values = sheet.getRange('A4:B5').getValues();
    sheet.getRange('A4:B4').setValues([[values[1][0], formulas[1][1] || values[1][1]]]);
    sheet.getRange('A5:B5').setValues([[values[0][0], formulas[0][1] || values[0][1]]]);
    expect(apps.resolveLink('Invoices', 5, 2)).toEqual({ label: 'INV-1-R1', targetRow: 4, gid: '0' });
  });

  it('match case-insensitively like Sheets, and show #N/A when the target is gone', () => {
    const { apps, sheet } = invoices();
    sheet.getRange('A3').setValue('inv-1-r1');
    expect(apps.resolveLink('Invoices', 2, 2).targetRow).toBe(3);
    sheet.getRange('A3').setValue('INV-9');
    expect(sheet.getRange('B2').getValue()).toBe('#N/A');
    expect(apps.resolveLink('Invoices', 2, 2)).toEqual({ label: '#N/A', targetRow: null, gid: null });
  });

  it('give nulls for cells that are not links', () => {
    const { apps } = invoices();
    expect(apps.resolveLink('Invoices', 3, 1)).toEqual({ label: 'INV-1-R1', targetRow: null, gid: null });
  });

  it('show #REF! when the referenced sheet does not exist', () => {
    const { sheet } = invoices();
    sheet.getRange('B3').setFormula('=HYPERLINK("#gid=0&range=A"&MATCH("x",Nope!A:A,0),"x")');
    expect(sheet.getRange('B3').getValue()).toBe('#REF!');
  });
});

describe('snapshot', () => {
  it('captures sheets in order with sizes, stored values, formulas and formats', () => {
    const apps = createFakeApps({
      timeZone: 'Pacific/Auckland',
      sheets: {
        S: [
          ['a', 1.5],
          [dateCell('2026-04-05'), '=ROW()'],
        ],
      },
      maxRows: { S: 4 },
    });
    expect(apps.snapshot()).toEqual({
      timeZone: 'Pacific/Auckland',
      locale: 'en_GB',
      sheets: [
        {
          name: 'S',
          sheetId: 0,
          maxRows: 4,
          maxColumns: 2,
          frozenRows: 0,
          cells: {
            A1: { value: 'a' },
            B1: { value: 1.5 },
            A2: { value: 46117, format: 'yyyy-mm-dd' },
            B2: { formula: '=ROW()' },
          },
          merges: [],
        },
      ],
      documentProperties: {},
    });
    expect(apps.display('S')).toEqual([
      ['a', '1.5'],
      ['2026-04-05', '2'],
    ]);
  });

  it('is a JSON-safe deep copy that later writes do not change', () => {
    const { apps, sheet } = invoices();
    const before = apps.snapshot();
    const copy = JSON.parse(JSON.stringify(before));
    expect(copy).toEqual(before);
    sheet.getRange('A2').setValue('changed');
    sheet.getRange('A3').setNumberFormat('0.00');
    expect(before).toEqual(copy);
    expect(apps.snapshot()).not.toEqual(before);
    sheet.getRange('A2').setValue('INV-1');
    sheet.getRange('A3').setNumberFormat('');
    expect(apps.snapshot()).toEqual(before);
  });

  it('sees an inserted-then-emptied row (maxRows) and a new sheet', () => {
    const { apps, sheet } = invoices();
    const before = apps.snapshot();
    sheet.insertRowsAfter(4, 1);
    expect(apps.snapshot()).not.toEqual(before);
    sheet.deleteRows(5, 1);
    expect(apps.snapshot()).toEqual(before);
    apps.spreadsheet.insertSheet('Audit Log');
    expect(apps.snapshot().sheets.map((s) => s.name)).toEqual(['Invoices', 'Lines', 'Audit Log']);
  });
});
