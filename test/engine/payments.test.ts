/** Payments carried to the regenerated invoice, and money conserved across void + regenerate. */
import Decimal from 'decimal.js';
import type { Cell } from '../../src/engine';
import type { ApplySuccess } from '../../src/shared/api';
import { Body, appended, applyOne, commit, previewOne, sumFor } from './drive';
import { CONTEXT, creditNote, invoice, line, payment, workbook } from './fixtures';

interface Case {
  paid: Cell[];
  /** The new invoice's total, from one copied line. */
  newTotal: number;
  /** Credit notes already on the (voided) original. */
  notes?: [refund: number, credit: number][];
  /** A credit note issued by this call (void-and-regenerate). */
  creditNote?: { refund: number; credit: number };
}

function books(c: Case) {
  const voids = c.creditNote !== undefined;
  return workbook({
    Invoices: [invoice('INV-1', { Status: voids ? 'paid' : 'voided', Total: 100 })],
    'Invoice Lines': [line('INV-1', 'session', 'Sessions', 1, c.newTotal)],
    Payments: c.paid.map((amount, i) => payment(`P-${i + 1}`, 'INV-1', amount)),
    'Credit Notes': (c.notes ?? []).map(([refund, credit], i) => creditNote(`CN-${i + 1}`, 'INV-1', refund, credit)),
  });
}

const REGENERATE: Body = { action: 'regenerate', invoiceIds: ['INV-1'], mode: 'copy' };
const body = (c: Case): Body =>
  c.creditNote ? { ...REGENERATE, action: 'void-and-regenerate', creditNote: c.creditNote } : REGENERATE;

const run = (c: Case) => applyOne(books(c), body(c));
const moved = (result: ApplySuccess) => [result.transferred, result.unappliedCredit];

describe('transfer', () => {
  test('transferred = min(available, new total): all of a part payment', () => {
    expect(moved(run({ paid: [30, 20], newTotal: 80 }).result)).toEqual(['50.00', '0.00']);
  });

  test('transferred = min(available, new total): no more than the new total', () => {
    expect(moved(run({ paid: [100, 50], newTotal: 80 }).result)).toEqual(['80.00', '70.00']);
  });

  test('nothing moves when the new total is 0 or negative', () => {
    expect(moved(run({ paid: [100], newTotal: 0 }).result)).toEqual(['0.00', '100.00']);
    const negative = run({ paid: [100], newTotal: -5 });
    expect(moved(negative.result)).toEqual(['0.00', '100.00']);
    expect(appended(negative.plan, 'payments')).toEqual([]);
  });

  test('nothing moves when nothing was paid', () => {
    const { result, plan } = run({ paid: [], newTotal: 80 });
    expect(moved(result)).toEqual(['0.00', '0.00']);
    expect(appended(plan, 'payments')).toEqual([]);
  });

  test('two ledger rows: −x on the original, +x on the new invoice, method transfer, notes naming the other', () => {
    const { plan } = run({ paid: [100, 50], newTotal: 80 });
    const rows = appended(plan, 'payments');
    expect(rows).toEqual([
      expect.objectContaining({
        'Invoice ID': 'INV-1',
        Amount: -80,
        Method: 'transfer',
        Date: { date: CONTEXT.today },
      }),
      expect.objectContaining({
        'Invoice ID': 'INV-1-R1',
        Amount: 80,
        Method: 'transfer',
        Date: { date: CONTEXT.today },
      }),
    ]);
    expect(rows[0].Note).toContain('INV-1-R1');
    expect(rows[1].Note).toContain('INV-1');
    expect(new Set(rows.map((r) => r['Payment ID'])).size).toBe(2);
  });

  test('transfer payment IDs never clash with existing ones', () => {
    const raw = books({ paid: [100], newTotal: 80 });
    raw.Payments?.rows.push(payment('TRF-INV-1-R1-OUT', 'OTHER', 1), payment('TRF-INV-1-R1-IN', 'OTHER', 1));
    const ids = appended(applyOne(raw, REGENERATE).plan, 'payments').map((r) => r['Payment ID']);
    expect(ids).toEqual(['TRF-INV-1-R1-OUT-2', 'TRF-INV-1-R1-IN-2']);
  });

  test("a credit note's refund reduces what can move; its credit stays the customer's and moves", () => {
    // Held = 100 − 30 refunded = 70 (the 10 credited is still held for the customer).
    expect(moved(run({ paid: [100], newTotal: 80, notes: [[30, 10]] }).result)).toEqual(['70.00', '0.00']);
  });

  test('applyCredit: false moves only payments neither refunded nor credited', () => {
    const c: Case = { paid: [100], newTotal: 80, notes: [[30, 10]] };
    const { result } = applyOne(books(c), { ...body(c), applyCredit: false });
    // 100 − 30 − 10 = 60 moves; the 10 credited stays held: the customer's credit is 10.
    expect(moved(result)).toEqual(['60.00', '10.00']);
    expect(result.creditSources).toEqual([{ invoiceId: 'INV-1', amount: '60.00' }]);
  });

  test('the preview shows the same transfer', () => {
    const preview = previewOne(books({ paid: [100, 50], newTotal: 80 }), REGENERATE);
    expect([preview.transferred, preview.unappliedCredit, preview.before.paid]).toEqual(['80.00', '70.00', '150.00']);
    expect(preview.warnings.join(' ')).toContain('70.00 GBP');
  });
});

describe("conservation: paid before = transferred + refunds + the customer's credit left (Held after)", () => {
  const cases: [string, Case][] = [
    ['regenerate, new total above paid', { paid: [60, 40], newTotal: 199 }],
    ['regenerate, new total below paid', { paid: [60, 40], newTotal: 30 }],
    ['regenerate, new total 0', { paid: [60, 40], newTotal: 0 }],
    ['regenerate after a credit note on void', { paid: [100], newTotal: 40, notes: [[25, 5]] }],
    ['void-and-regenerate with a credit note', { paid: [100], newTotal: 199, creditNote: { refund: 20, credit: 10 } }],
    [
      'void-and-regenerate with a credit note, new total smaller',
      { paid: [100], newTotal: 30, creditNote: { refund: 20, credit: 0 } },
    ],
    [
      'void-and-regenerate, fractional payments',
      { paid: [0.1, 0.2, 33.33], newTotal: 20.5, creditNote: { refund: 0.03, credit: 0 } },
    ],
  ];

  test.each(
    cases.flatMap(([name, c]) => [[name, c, true] as const, [`${name}, applyCredit false`, c, false] as const]),
  )('%s', (_, c, applyCredit) => {
    const raw = books(c);
    const { result, plan } = applyOne(raw, { ...body(c), applyCredit });
    const after = commit(raw, plan);
    const paidBefore = new Decimal(sumFor(raw, 'Payments', 'Amount', 'INV-1'));
    const refunds = new Decimal(sumFor(after, 'Credit Notes', 'Refund', 'INV-1'));
    const credits = new Decimal(sumFor(after, 'Credit Notes', 'Credit', 'INV-1'));
    const transferred = new Decimal(result.transferred ?? 'NaN');
    const unapplied = new Decimal(result.unappliedCredit ?? 'NaN');

    expect(transferred.plus(refunds).plus(unapplied).toString()).toBe(paidBefore.toString());
    // The ledger agrees: the new invoice holds what moved, the original keeps the rest.
    expect(sumFor(after, 'Payments', 'Amount', 'INV-1-R1')).toBe(transferred.toString());
    expect(sumFor(after, 'Payments', 'Amount', 'INV-1')).toBe(paidBefore.minus(transferred).toString());
    const movable = applyCredit ? paidBefore.minus(refunds) : paidBefore.minus(refunds).minus(credits);
    expect(transferred.toString()).toBe(Decimal.max(0, Decimal.min(movable, c.newTotal)).toString());
  });
});
