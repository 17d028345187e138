/**
 * Sheets formats an inserted column like its left neighbour: Revoice's new Paid and Balance
 * columns, added after a date column, must still show amounts, not dates.
 */
import { nurserySheets, openBook } from './harness';

it('amounts in columns Revoice adds after a date column show as numbers', () => {
  const sheets = nurserySheets();
  // Invoices ends with a date column (Due Date), exactly as wide as its header.
  sheets.Invoices = sheets.Invoices.map((row) => row.slice(0, 7).concat(row.slice(7, 12)).concat(row.slice(6, 7)));
  sheets.Invoices[0][12] = 'Paid Until';
  const book = openBook(sheets);
  const answer = book.call('revoiceApply', { action: 'void-and-regenerate', invoiceIds: ['INV-1'], reason: 'Rates' });
  expect(answer).toMatchObject({ ok: true, results: [{ newInvoiceId: 'INV-1-R1', transferred: '50.00' }] });
  const [header, ...rows] = book.apps.display('Invoices');
  const row = rows.find((r) => r[0] === 'INV-1-R1')!;
  expect(row[header.indexOf('Paid')]).toBe('50');
  expect(Number(row[header.indexOf('Balance')])).toBeGreaterThan(0);
  expect(row[header.indexOf('Voided At')]).toBe('');
  const voided = rows.find((r) => r[0] === 'INV-1')!;
  expect(voided[header.indexOf('Voided At')]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
});
