import { ZONE, nurserySheets, openBook, records, todayInZone } from './harness';

/** Ada's four weeks Mon–Fri, less Good Friday: 19 sessions at 10; plus the farm trip. */
describe('void and regenerate through the bundle, spreadsheet in Pacific/Auckland', () => {
  it('runs with the machine in UTC, a zone far from the spreadsheet', () => {
    expect(process.env.TZ).toBe('UTC');
    expect(ZONE).toBe('Pacific/Auckland');
  });

  it('voids the original, appends the new invoice and links both ways', () => {
    const book = openBook(nurserySheets());
    const response = book.call('revoiceApply', {
      action: 'void-and-regenerate',
      invoiceIds: ['INV-1'],
      reason: 'Days changed to Mon-Fri',
    });
    expect(response).toEqual({
      ok: true,
      results: [
        {
          invoiceId: 'INV-1',
          ok: true,
          voided: true,
          newInvoiceId: 'INV-1-R1',
          total: '215.00',
          transferred: '50.00',
          creditSources: [{ invoiceId: 'INV-1', amount: '50.00' }],
          unappliedCredit: '0.00',
        },
      ],
    });
    const [ada, , , regenerated] = records(book, 'Invoices');
    expect(ada).toMatchObject({
      'Invoice ID': 'INV-1',
      Status: 'voided',
      'Void Reason': 'Days changed to Mon-Fri',
      'Regenerated As': 'INV-1-R1',
      Total: '135',
      'Accounting ID': 'XERO-001',
    });
    expect(ada['Voided At'].slice(0, 10)).toBe(todayInZone());
    expect(regenerated).toMatchObject({
      'Invoice ID': 'INV-1-R1',
      Reference: 'ADA-APR',
      Customer: 'Ada',
      'Period Start': '2026-03-23',
      'Period End': '2026-04-19',
      'Issue Date': todayInZone(),
      Currency: 'NZD',
      Status: 'open',
      Subtotal: '215',
      Tax: '0',
      Total: '215',
      Paid: '50',
      Balance: '165',
      'Regenerated From': 'INV-1',
      'Accounting ID': '',
    });
    const lines = records(book, 'Invoice Lines').filter((line) => line['Invoice ID'] === 'INV-1-R1');
    expect(lines.map((l) => [l.Kind, l.Description, l.Quantity, l['Unit Price'], l.Amount])).toEqual([
      ['session', 'Morning sessions', '19', '10', '190'],
      ['manual', 'Trip to the farm', '1', '25', '25'],
    ]);
    const payments = records(book, 'Payments').slice(2);
    expect(payments.map((p) => [p['Invoice ID'], p.Amount, p.Method, p.Date])).toEqual([
      ['INV-1', '-50', 'transfer', todayInZone()],
      ['INV-1-R1', '50', 'transfer', todayInZone()],
    ]);
  });

  it('keeps the due-minus-issue gap and shows every date as the intended day across DST', () => {
    const book = openBook(nurserySheets());
    book.call('revoiceApply', { action: 'void-and-regenerate', invoiceIds: ['INV-1'] });
    const row = records(book, 'Invoices')[3];
    const gap = (Date.parse(row['Due Date']) - Date.parse(row['Issue Date'])) / 86400000;
    expect(gap).toBe(14);
    // Both sides of the DST change: a date cell must hold exactly midnight, not 23:00 the day before.
    expect(row['Period Start']).toBe('2026-03-23');
    expect(row['Period End']).toBe('2026-04-19');
  });

  it('writes links that find the row by ID, even after rows move', () => {
    const book = openBook(nurserySheets());
    book.call('revoiceApply', { action: 'void-and-regenerate', invoiceIds: ['INV-1'] });
    const header = book.apps.display('Invoices')[0];
    const asColumn = header.indexOf('Regenerated As') + 1;
    const fromColumn = header.indexOf('Regenerated From') + 1;
    expect(book.apps.resolveLink('Invoices', 2, asColumn)).toMatchObject({ label: 'INV-1-R1', targetRow: 5 });
    expect(book.apps.resolveLink('Invoices', 5, fromColumn)).toMatchObject({ label: 'INV-1', targetRow: 2 });
    book.apps.spreadsheet.getSheetByName('Invoices')!.insertRowsBefore(2, 3);
    expect(book.apps.resolveLink('Invoices', 5, asColumn)).toMatchObject({ label: 'INV-1-R1', targetRow: 8 });
    expect(book.apps.resolveLink('Invoices', 8, fromColumn)).toMatchObject({ label: 'INV-1', targetRow: 5 });
  });

  it('regenerates along a chain: INV-1 → INV-1-R1 → INV-1-R2', () => {
    const book = openBook(nurserySheets());
    book.call('revoiceApply', { action: 'void-and-regenerate', invoiceIds: ['INV-1'] });
    const second = book.call('revoiceApply', {
      action: 'void-and-regenerate',
      invoiceIds: ['INV-1-R1'],
      reason: 'again',
    });
    expect(second.results[0]).toMatchObject({ ok: true, newInvoiceId: 'INV-1-R2', transferred: '50.00' });
    const again = book.call('revoiceApply', { action: 'regenerate', invoiceIds: ['INV-1'] });
    expect(again.results[0]).toMatchObject({ ok: false, code: 'ALREADY_REGENERATED', newInvoiceId: 'INV-1-R1' });
  });

  it('prorates a monthly charge across two months and counts weekdays from an effective date', () => {
    const book = openBook(nurserySheets());
    const preview = book.call('revoicePreview', { action: 'void-and-regenerate', invoiceIds: ['INV-2'] });
    const result = preview.results[0];
    // Meals: 9/31 of March + 19/30 of April = 0.9237 (4 dp); afternoons Tue/Thu from 6 April: 7, 9, 14, 16.
    expect(result.after.lines.map((l: any) => [l.description, l.quantity, l.amount, l.tax])).toEqual([
      ['Afternoons', '4', '48.00', '0.00'],
      ['Meals', '0.9237', '73.90', '11.09'],
    ]);
    expect(result.after).toMatchObject({ subtotal: '121.90', tax: '11.09', total: '132.99' });
    expect(result).toMatchObject({ newInvoiceId: 'INV-2-R1', transferred: '92.00', unappliedCredit: '0.00' });
  });

  it('marks the new invoice paid when the carried payments cover it', () => {
    const sheets = nurserySheets();
    sheets.Schedule = [sheets.Schedule[0], ['Ben', 'charge', 'Meals', 'monthly', '', 1, 40, '', '', 0]];
    const book = openBook(sheets);
    const response = book.call('revoiceApply', { action: 'void-and-regenerate', invoiceIds: ['INV-2'] });
    expect(response.results[0]).toMatchObject({ total: '36.95', transferred: '36.95', unappliedCredit: '55.05' });
    expect(records(book, 'Invoices')[3]).toMatchObject({ Status: 'paid', Paid: '36.95', Balance: '0' });
  });
});
