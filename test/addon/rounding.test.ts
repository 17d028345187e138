import { dateCell as d } from '../../fake-apps-script/src';
import { INVOICE_HEADER, LINE_HEADER, PAYMENT_HEADER, openBook, records } from './harness';

/** A voided invoice in `currency` with one line, regenerated as a copy through the bundle. */
function regenerateCopy(currency: string, quantity: unknown, unitPrice: unknown, taxRate: unknown = 0) {
  const book = openBook({
    Invoices: [
      [...INVOICE_HEADER],
      ['INV-1', '', 'Zoe', d('2026-05-01'), d('2026-05-31'), '', '', currency, 'voided', 0, 0, 0, ''],
    ],
    'Invoice Lines': [[...LINE_HEADER], ['INV-1', 'charge', 'Item', quantity, unitPrice, 0, taxRate, '']],
    Payments: [[...PAYMENT_HEADER]],
  });
  const response = book.call('revoiceApply', { action: 'regenerate', invoiceIds: ['INV-1'], mode: 'copy' });
  const row = records(book, 'Invoices')[1];
  const line = records(book, 'Invoice Lines')[1];
  return { result: response.results[0], row, line };
}

/** A voided GBP invoice INV-1 with these Invoice Lines rows. */
function voidedGbp(lines: unknown[][]) {
  return openBook({
    Invoices: [
      [...INVOICE_HEADER],
      ['INV-1', '', 'Zoe', d('2026-05-01'), d('2026-05-31'), '', '', 'GBP', 'voided', 0, 0, 0, ''],
    ],
    'Invoice Lines': [[...LINE_HEADER], ...lines],
    Payments: [[...PAYMENT_HEADER]],
  });
}

describe('rounding half away from zero per line, through the bundle', () => {
  it.each([
    ['GBP', 1, 2.675, 0, '2.68', '2.68'],
    ['GBP', 1, -2.675, 0, '-2.68', '-2.68'],
    ['KWD', 3, 0.3335, 0, '1.001', '1.001'],
    ['JPY', 3, 4400.5, 0, '13202', '13202'],
    ['GBP', 1, '£1,234.50', '20%', '1481.40', '1234.5'],
    ['GBP', 3, 0.1 + 0.2, 0, '0.90', '0.9'],
  ])('%s %p × %p (tax %p) → total %s', (currency, quantity, unitPrice, taxRate, total, amountCell) => {
    const { result, row, line } = regenerateCopy(currency, quantity, unitPrice, taxRate);
    expect(result).toMatchObject({ ok: true, total });
    expect(line.Amount).toBe(amountCell);
    expect(row.Total).toBe(String(Number(total)));
  });

  it('rounds tax per line, not on the subtotal', () => {
    const book = voidedGbp([
      ['INV-1', 'charge', 'A', 1, 0.625, 0.63, 0.2, ''],
      ['INV-1', 'charge', 'B', 1, 0.625, 0.63, 0.2, ''],
    ]);
    // Each line: 0.63 × 20% = 0.126 → 0.13, so 0.26; 20% of the 1.26 subtotal would be 0.25.
    const after = book.call('revoicePreview', { action: 'regenerate', invoiceIds: ['INV-1'], mode: 'copy' }).results[0]
      .after;
    expect(after).toMatchObject({ subtotal: '1.26', tax: '0.26', total: '1.52' });
  });
});

describe('amounts a cell cannot hold exactly, through the bundle', () => {
  it('a quantity of 20 nines beside another line: preview and apply refuse it, nothing is written', () => {
    const book = voidedGbp([
      ['INV-1', 'charge', 'Full days', 99999999999999999999, 8.5, 0, 0, ''],
      ['INV-1', 'charge', 'Trip', 1, 3.5, 3.5, 0, ''],
    ]);
    const request = { action: 'regenerate', invoiceIds: ['INV-1'], mode: 'copy' };
    const previewed = book.call('revoicePreview', request).results[0];
    const applied = book.call('revoiceApply', request).results[0];
    expect(previewed).toMatchObject({ ok: false, code: 'BAD_VALUE' });
    expect(previewed.message).toMatch(/^INV-1-R1's Subtotal would be 850000000000000000003.50: more digits/);
    expect(applied).toEqual(previewed);
    expect(records(book, 'Invoices')).toHaveLength(1);
    expect(records(book, 'Invoice Lines')).toHaveLength(2);
  });
});
