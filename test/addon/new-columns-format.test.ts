/**
 * Sheets formats an inserted column like its left neighbour: Revoice's new Paid and Balance
 * columns, added after a date column, must still show amounts, not dates.
 */
import { dateTimeCell } from '../../fake-apps-script/src';
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

it('dates on a row Revoice inserts under a one-invoice table show as dates', () => {
  const sheets = nurserySheets();
  sheets.Invoices = sheets.Invoices.slice(0, 2); // one invoice, and no empty row under it
  const book = openBook(sheets);
  expect(
    book.call('revoiceApply', { action: 'void-and-regenerate', invoiceIds: ['INV-1'], reason: 'Rates' }),
  ).toMatchObject({ ok: true });
  const [header, ...rows] = book.apps.display('Invoices');
  const row = rows.find((r) => r[0] === 'INV-1-R1')!;
  expect(row[header.indexOf('Period Start')]).toBe('2026-03-23');
  expect(row[header.indexOf('Issue Date')]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const voided = rows.find((r) => r[0] === 'INV-1')!;
  expect(voided[header.indexOf('Voided At')]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
});

it('a Voided At written where the column shows dates only on other rows still shows a date', () => {
  const sheets = nurserySheets();
  sheets.Invoices[0].push('Voided At');
  sheets.Invoices[1].push('');
  sheets.Invoices[2].push('');
  sheets.Invoices[3][8] = 'voided';
  sheets.Invoices[3].push(dateTimeCell('2026-04-01T10:00:00')); // the last row shows a date-time
  const book = openBook(sheets);
  expect(book.call('revoiceApply', { action: 'void', invoiceIds: ['INV-1'], reason: 'Wrong' })).toMatchObject({
    ok: true,
  });
  const [header, ...rows] = book.apps.display('Invoices');
  expect(rows[0][header.indexOf('Voided At')]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
});
