/**
 * A EUR invoice is never regenerated at GBP schedule rates (issue 11): a schedule row that names
 * another currency — in an optional Currency column, or with its Rate ("65 GBP", "£65") — is
 * refused as BAD_VALUE naming the cell, as a credit in another currency is never used either.
 */
import { failureOf, previewOne } from './drive';
import { d, invoice, schedule, workbook } from './fixtures';
import type { Cell, RawWorkbook } from '../../src/engine';

/** Ada's EUR invoice and her schedule, with a Currency column after the usual ones. */
function eurBook(rows: { rate: Cell; currency?: Cell; to?: string }[]): RawWorkbook {
  const raw = workbook({
    Invoices: [invoice('INV-1', { Currency: 'EUR' })],
    Schedule: rows.map(({ rate, to }) =>
      schedule('Ada', 'Full days', { Rate: rate, ...(to ? { 'Effective To': d(to) } : {}) }),
    ),
  });
  const sheet = raw.Schedule!;
  sheet.rows[0] = [...sheet.rows[0], 'Currency'];
  rows.forEach(({ currency = null }, i) => (sheet.rows[i + 1] = [...sheet.rows[i + 1], currency]));
  return raw;
}
const body = { action: 'void-and-regenerate', invoiceIds: ['INV-1'] };

describe('schedule rates in another currency', () => {
  test('a Currency column saying GBP on a EUR invoice is refused, naming the cell', () => {
    const failure = failureOf(eurBook([{ rate: 65, currency: 'GBP' }]), body, 'BAD_VALUE');
    expect(failure.message).toBe(
      "Schedule!K2 is in GBP, but INV-1 is in EUR: Revoice never bills one currency's rates in another. Give Ada EUR rates on the Schedule, or correct the invoice's Currency.",
    );
  });

  test.each(['£65', '65 GBP', 'GBP 65'])('a Rate typed as %s names its currency', (rate) => {
    expect(failureOf(eurBook([{ rate }]), body, 'BAD_VALUE').message).toMatch(/^Schedule!G2 is in GBP, but INV-1/);
  });

  test('rows in the invoice’s currency, or naming none, are billed', () => {
    const preview = previewOne(eurBook([{ rate: '€65' }, { rate: 60, currency: 'eur' }, { rate: '$5' }]), body);
    expect(preview.after?.lines.map((l) => l.unitPrice)).toEqual(['65.00', '60.00', '5.00']);
  });

  test('a GBP row that bills nothing in the period (ended before it) does not block', () => {
    const preview = previewOne(eurBook([{ rate: 65, currency: 'GBP', to: '2026-02-28' }, { rate: 70 }]), body);
    expect(preview.after?.lines.map((l) => l.unitPrice)).toEqual(['70.00']);
  });

  test('a Currency cell that is not a currency code is a bad value', () => {
    expect(failureOf(eurBook([{ rate: 65, currency: 'pounds' }]), body, 'BAD_VALUE').message).toBe(
      'Schedule!K2 should be a currency code like GBP, not "POUNDS".',
    );
  });
});
