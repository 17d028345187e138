/** The engine fixes seen through the bundle (dist/Code.js over the fake spreadsheet). */
import { INVOICE_HEADER, PAYMENT_HEADER, nurserySheets, openBook, records } from './harness';

const VOID_AND_REGENERATE = { action: 'void-and-regenerate', invoiceIds: ['INV-1'] };

/** A cell's value as getValue() hands it to the script (a number stays a number). */
function valueAt(book: ReturnType<typeof openBook>, sheet: string, row: number, column: string): unknown {
  const header = book.apps.display(sheet)[0];
  return book.apps.spreadsheet
    .getSheetByName(sheet)!
    .getRange(row, header.indexOf(column) + 1)
    .getValue();
}

describe('engine fixes through the bundle', () => {
  it('a lone "from" after the period\'s end is PERIOD_OUTSIDE_ORIGINAL, nothing written', () => {
    const book = openBook(nurserySheets());
    const before = book.apps.snapshot();
    const response = book.call('revoiceApply', { ...VOID_AND_REGENERATE, from: '2026-04-20' });
    expect(response.results[0]).toMatchObject({ ok: false, code: 'PERIOD_OUTSIDE_ORIGINAL' });
    expect(book.apps.snapshot()).toEqual(before);
  });

  it('a plain void of an invoice whose payments net negative (a chargeback) goes ahead', () => {
    const sheets = nurserySheets();
    sheets.Payments.push(['P-3', 'INV-1', '2026-03-30', -60, 'chargeback', '']);
    const book = openBook(sheets);
    const response = book.call('revoiceApply', { action: 'void', invoiceIds: ['INV-1'] });
    // 50 paid − 60 charged back
    expect(response.results[0]).toEqual({ invoiceId: 'INV-1', ok: true, voided: true, unappliedCredit: '-10.00' });
  });

  it('an Audit Log without Details or Request Key and Payments without Payment ID do not block an apply', () => {
    const sheets = nurserySheets();
    sheets['Audit Log'] = [['Timestamp', 'User', 'Action', 'Invoice ID']];
    sheets.Payments = sheets.Payments.map((row) => row.slice(1));
    const book = openBook(sheets);
    const response = book.call('revoiceApply', { ...VOID_AND_REGENERATE, requestKey: 'k-1' });
    expect(response.results[0]).toMatchObject({ ok: true, newInvoiceId: 'INV-1-R1', transferred: '50.00' });
    const [audit] = records(book, 'Audit Log');
    expect(audit).toMatchObject({ 'Invoice ID': 'INV-1', 'Request Key': 'k-1' });
    expect(JSON.parse(audit.Details).result.newInvoiceId).toBe('INV-1-R1');
    expect(
      records(book, 'Payments')
        .slice(2)
        .map((p) => [p['Payment ID'], p['Invoice ID'], p.Amount]),
    ).toEqual([
      ['TRF-INV-1-R1-OUT', 'INV-1', '-50'],
      ['TRF-INV-1-R1-IN', 'INV-1-R1', '50'],
    ]);
    // the same key again answers from the Audit Log (now with its Request Key column)
    expect(book.call('revoiceApply', { ...VOID_AND_REGENERATE, requestKey: 'k-1' })).toEqual(response);
  });

  it('a numeric Reference and Customer are written back as numbers', () => {
    const sheets = nurserySheets();
    sheets.Invoices[1][INVOICE_HEADER.indexOf('Reference')] = 3754;
    sheets.Invoices[1][INVOICE_HEADER.indexOf('Customer')] = 4711;
    const book = openBook(sheets);
    book.call('revoiceApply', { ...VOID_AND_REGENERATE, mode: 'copy' });
    expect(valueAt(book, 'Invoices', 5, 'Invoice ID')).toBe('INV-1-R1');
    expect(valueAt(book, 'Invoices', 5, 'Reference')).toBe(3754);
    expect(valueAt(book, 'Invoices', 5, 'Customer')).toBe(4711);
  });

  it('a payment of 1.0005 is BAD_VALUE naming its cell and blocks only its invoice', () => {
    const sheets = nurserySheets();
    sheets.Payments.push(['P-3', 'INV-1', '2026-03-30', 1.0005, 'card', '']);
    const book = openBook(sheets);
    const response = book.call('revoicePreview', { action: 'void', invoiceIds: ['INV-1', 'INV-2'] });
    expect(response.results[0]).toMatchObject({ ok: false, code: 'BAD_VALUE' });
    expect(response.results[0].message).toContain(
      `Payments!${String.fromCharCode(65 + PAYMENT_HEADER.indexOf('Amount'))}4`,
    );
    expect(response.results[1]).toMatchObject({ ok: true, invoiceId: 'INV-2' });
  });

  it('numeric IDs: 1001 → 1001-R1 → 1001-R2, new IDs text', () => {
    const sheets = nurserySheets();
    sheets.Invoices[1][0] = 1001;
    sheets['Invoice Lines'].forEach((row) => {
      if (row[0] === 'INV-1') row[0] = '1001';
    });
    sheets.Payments[1][1] = 1001;
    const book = openBook(sheets);
    const first = book.call('revoiceApply', { action: 'void-and-regenerate', invoiceIds: ['1001'], mode: 'copy' });
    expect(first.results[0]).toMatchObject({
      ok: true,
      newInvoiceId: '1001-R1',
      total: '135.00',
      transferred: '50.00',
    });
    const second = book.call('revoiceApply', { action: 'void-and-regenerate', invoiceIds: ['1001-R1'], mode: 'copy' });
    expect(second.results[0]).toMatchObject({
      ok: true,
      newInvoiceId: '1001-R2',
      total: '135.00',
      transferred: '50.00',
    });
    expect(valueAt(book, 'Invoices', 6, 'Invoice ID')).toBe('1001-R2');
  });

  it('a Regenerated From showing #N/A never becomes an ID: the chain is found from the voided row', () => {
    const sheets = nurserySheets();
    sheets.Invoices[0].push('Regenerated From', 'Regenerated As');
    sheets.Invoices[1].push('', 'INV-1-R1');
    sheets.Invoices[1][INVOICE_HEADER.indexOf('Status')] = 'voided';
    sheets.Invoices.push([
      'INV-1-R1',
      'ADA-APR',
      'Ada',
      ...sheets.Invoices[1].slice(3, 8),
      'voided',
      135,
      0,
      135,
      '',
      '#N/A',
      '',
    ]);
    sheets['Invoice Lines'].push(['INV-1-R1', 'manual', 'Trip to the farm', 1, 25, 25, 0, '']);
    const book = openBook(sheets);
    const response = book.call('revoicePreview', { action: 'regenerate', invoiceIds: ['INV-1-R1'], mode: 'copy' });
    expect(response.results[0]).toMatchObject({ ok: true, newInvoiceId: 'INV-1-R2' });
  });

  it('aliased headers (Invoice #, Client, Qty, Price, VAT %) are read', () => {
    const sheets = nurserySheets();
    sheets.Invoices[0] = sheets.Invoices[0].map(
      (h) => (({ 'Invoice ID': 'Invoice #', Customer: 'Client' }) as Record<string, string>)[h as string] ?? h,
    );
    sheets['Invoice Lines'][0] = ['Invoice No', 'Kind', 'Description', 'Qty', 'Price', 'Amount', 'VAT %', 'Source'];
    const book = openBook(sheets);
    const response = book.call('revoicePreview', { ...VOID_AND_REGENERATE, mode: 'copy' });
    expect(response.results[0]).toMatchObject({ ok: true, newInvoiceId: 'INV-1-R1', after: { total: '135.00' } });
  });
});
