/**
 * Real-workbook cases on a workbook too large to read whole, where rows are found by key (the
 * small field workbooks are read whole): IDs holding regular-expression characters, checkbox
 * rows below a table, and the spare rows an append that grows a sheet leaves.
 */
import { nurserySheets, openBook, records, withFiller } from './harness';

const REGENERATE = { action: 'void-and-regenerate', invoiceIds: ['INV(1)*?.+[x]'], reason: 'Rates' };

/** The nursery with filler, INV-1 renamed to an ID full of regular-expression characters. */
function book(extra: (sheets: Record<string, unknown[][]>) => void = () => {}) {
  const sheets = withFiller(nurserySheets());
  for (const name of ['Invoices', 'Invoice Lines', 'Payments']) {
    for (const row of sheets[name]) {
      const column = name === 'Payments' ? 1 : 0;
      if (row[column] === 'INV-1') row[column] = 'INV(1)*?.+[x]';
    }
  }
  extra(sheets);
  return openBook(sheets);
}

describe('by key, in a workbook too large to read whole', () => {
  it('finds an ID with regular-expression characters, and only it', () => {
    const b = book();
    b.apps.calls.reset();
    const answer = b.call('revoiceApply', REGENERATE);
    expect(answer.results[0]).toMatchObject({ ok: true, newInvoiceId: 'INV(1)*?.+[x]-R1', transferred: '50.00' });
    expect(b.apps.calls.byMethod.findAll).toBeGreaterThan(0);
    const lines = records(b, 'Invoice Lines').filter((r) => r['Invoice ID'] === 'INV(1)*?.+[x]-R1');
    expect(lines.length).toBeGreaterThan(0);
  });

  it('appends right after the last data row, over checkbox rows below it, leaving them be', () => {
    const b = book((sheets) => {
      const payments = sheets.Payments;
      payments[0] = [...payments[0], 'Reconciled'];
      for (let r = 1; r < payments.length; r++) payments[r] = [...payments[r], true];
      for (let i = 0; i < 150; i++) payments.push(['', '', '', '', '', '', false]);
    });
    const dataRows = records(b, 'Payments').filter((r) => r['Invoice ID']).length;
    expect(b.call('revoiceApply', REGENERATE).results[0]).toMatchObject({ ok: true });
    const rows = b.apps.display('Payments');
    // Header, the data rows, then the two ledger rows right after them, their checkbox kept.
    expect(rows[dataRows + 1].slice(1, 2)).toEqual(['INV(1)*?.+[x]']);
    expect(rows[dataRows + 2].slice(1, 2)).toEqual(['INV(1)*?.+[x]-R1']);
    expect(rows[dataRows + 1][6]).toBe('FALSE');
  });

  it('leaves 100 spare rows when an append grows a sheet, so the next apply inserts none', () => {
    const b = book();
    b.call('revoiceApply', REGENERATE);
    const lines = b.apps.spreadsheet.getSheetByName('Invoice Lines')!;
    expect(lines.getMaxRows()).toBe(lines.getLastRow() + 100);
    b.apps.calls.reset();
    expect(b.call('revoiceApply', { ...REGENERATE, invoiceIds: ['INV-2'] }).results[0]).toMatchObject({ ok: true });
    expect(b.apps.calls.byMethod.insertRowsAfter ?? 0).toBe(0);
  });
});
