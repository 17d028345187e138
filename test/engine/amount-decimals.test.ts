/**
 * SPEC §2: an amount with more decimals than its currency has is a BAD_VALUE naming its cell
 * (prices and rates may have more); typed in the request it is BAD_REQUEST, never rounded.
 */
import type { Cell, RawWorkbook } from '../../src/engine';
import type { InvoiceFailure } from '../../src/shared/api';
import { Body, appended, applyAll, applyOne, failureOf, previewOne } from './drive';
import { creditNote, invoice, line, payment, workbook } from './fixtures';

const VOID: Body = { action: 'void', invoiceIds: ['INV-1'] };
const COPY: Body = { action: 'void-and-regenerate', invoiceIds: ['INV-1'], mode: 'copy' };

/** INV-1 (Ada, `currency`, total 100 paid 40) with Paid and Balance columns (P and Q) holding what it says. */
function books(currency = 'GBP', fields: Record<string, Cell> = {}, paid: Cell = 40): RawWorkbook {
  const raw = workbook({
    Invoices: [invoice('INV-1', { Currency: currency, Subtotal: 100, Total: 100 })],
    'Invoice Lines': [line('INV-1', 'session', 'Sessions', 10, 10)],
    Payments: [payment('P-1', 'INV-1', paid)],
  });
  const rows = raw.Invoices?.rows ?? [];
  rows[0].push('Paid', 'Balance');
  rows[1].push(fields.Paid ?? 40, fields.Balance ?? 60);
  const header = rows[0].map(String);
  for (const [column, value] of Object.entries(fields)) rows[1][header.indexOf(column)] = value;
  return raw;
}

const badCell = (raw: RawWorkbook, body: Body) => failureOf(raw, body, 'BAD_VALUE').message;

describe('amounts on Invoices', () => {
  test.each<[string, string, Cell, string]>([
    ['GBP', 'Subtotal', 100.005, 'Invoices!J2'],
    ['GBP', 'Tax', 0.001, 'Invoices!K2'],
    ['GBP', 'Total', '£100.005', 'Invoices!L2'],
    ['GBP', 'Paid', 40.001, 'Invoices!Q2'],
    ['GBP', 'Balance', 59.999, 'Invoices!R2'],
    ['JPY', 'Total', 100.5, 'Invoices!L2'],
    ['KWD', 'Total', 1.0005, 'Invoices!L2'],
  ])('a %s %s of %j → BAD_VALUE naming %s', (currency, column, value, cell) => {
    const message = badCell(books(currency, { [column]: value }), VOID);
    expect(message).toContain(cell);
    expect(message).toContain(currency);
  });

  test.each<[string, Cell]>([
    ['KWD', 1.001],
    ['JPY', 13202],
    ['GBP', '£1,234.50'],
    ['GBP', 0.1 + 0.2],
  ])('a %s total of %j has no more decimals than the currency: fine', (currency, total) => {
    expect(applyOne(books(currency, { Total: total }), VOID).result.voided).toBe(true);
  });

  test('a blank Paid or Balance is fine', () => {
    expect(applyOne(books('GBP', { Paid: '', Balance: null }), VOID).result.voided).toBe(true);
  });
});

describe("amounts on Invoice Lines (in their invoice's currency)", () => {
  const withLine = (currency: string, amount: Cell, unitPrice = 2.675) => {
    const raw = books(currency);
    raw['Invoice Lines'] = workbook({
      'Invoice Lines': [line('INV-1', 'session', 'Sessions', 1, unitPrice, { Amount: amount })],
    })['Invoice Lines'];
    return raw;
  };

  test('an Amount of 2.675 GBP → BAD_VALUE naming Invoice Lines!F2 when the lines are needed', () => {
    expect(badCell(withLine('GBP', 2.675), COPY)).toContain('Invoice Lines!F2');
  });

  test('a void does not need the lines: it goes ahead with a warning', () => {
    const preview = previewOne(withLine('GBP', 2.675), VOID);
    expect(preview.warnings.join(' ')).toContain('Invoice Lines!F2');
    expect(applyOne(withLine('GBP', 2.675), VOID).result.voided).toBe(true);
  });

  test('a Unit Price may have more decimals: 1 × 2.675 with Amount 2.68 regenerates at 2.68', () => {
    expect(applyOne(withLine('GBP', 2.68), COPY).result.total).toBe('2.68');
  });

  test('the same 2.675 is a fine KWD amount, and 13201.5 a bad JPY one', () => {
    expect(applyOne(withLine('KWD', 2.675), COPY).result.total).toBe('2.675');
    expect(badCell(withLine('JPY', 13201.5, 4400.5), COPY)).toContain('Invoice Lines!F2');
  });
});

describe("amounts on Payments and Credit Notes (in their invoice's currency)", () => {
  test('a payment of 1.0005 EUR → BAD_VALUE naming Payments!D2', () => {
    expect(badCell(books('EUR', {}, 1.0005), VOID)).toContain('Payments!D2');
  });

  test('a bad payment blocks only the invoice it belongs to', () => {
    const raw = books('EUR');
    raw.Invoices?.rows.push(invoice('INV-2', { Currency: 'KWD' }));
    raw.Payments?.rows.push(payment('P-2', 'INV-1', 0.005), payment('P-3', 'INV-2', 1.005));
    const { results } = applyAll(raw, { action: 'void', invoiceIds: ['INV-1', 'INV-2'] });
    expect((results[0] as InvoiceFailure).message).toContain('Payments!D3');
    // 1.005 KWD has three decimals, as KWD does.
    expect(results[1]).toMatchObject({ ok: true, unappliedCredit: '1.005' });
  });

  test.each([
    ['Refund', 'Credit Notes!E2', 10.005, 0],
    ['Credit', 'Credit Notes!F2', 0, 0.001],
  ])('a credit note %s with more decimals than GBP → BAD_VALUE naming %s', (_, cell, refund, credit) => {
    const raw = books();
    raw['Credit Notes']?.rows.push(creditNote('CN-1', 'INV-1', refund, credit));
    expect(badCell(raw, VOID)).toContain(cell);
  });
});

describe('amounts typed in the request', () => {
  const withNote = (refund: Cell, credit: Cell = 0): Body => ({ ...VOID, creditNote: { refund, credit } });

  test.each<[string, Cell]>([
    ['GBP', '10.005'],
    ['GBP', 0.001],
    ['JPY', 10.5],
    ['KWD', '1.0005'],
  ])('a %s refund of %j → BAD_REQUEST for that invoice, never rounded', (currency, refund) => {
    const failure = failureOf(books(currency), withNote(refund), 'BAD_REQUEST');
    expect(failure.message).toContain(currency);
    expect(failure.message).toContain('INV-1');
  });

  test('a credit with too many decimals is refused per invoice: the others go ahead', () => {
    const raw = books('GBP');
    raw.Invoices?.rows.push(invoice('INV-2', { Currency: 'KWD' }));
    raw.Payments?.rows.push(payment('P-2', 'INV-2', 10));
    const { results, plan } = applyAll(raw, {
      action: 'void',
      invoiceIds: ['INV-1', 'INV-2'],
      creditNote: { refund: 0, credit: '2.125' },
    });
    expect(results[0]).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    // KWD 10.000 paid, nothing refunded: the credit of 2.125 is still held for the customer.
    expect(results[1]).toMatchObject({ ok: true, unappliedCredit: '10.000' });
    expect(appended(plan, 'creditNotes')).toEqual([
      expect.objectContaining({ 'Invoice ID': 'INV-2', Refund: 0, Credit: 2.125 }),
    ]);
  });

  test('"£40.00" is 40.00: the whole 40 paid refunded, nothing left', () => {
    const { result, plan } = applyOne(books(), withNote('£40.00'));
    expect(result.unappliedCredit).toBe('0.00');
    expect(appended(plan, 'creditNotes')[0]).toMatchObject({ Refund: 40, Credit: 0 });
  });
});
