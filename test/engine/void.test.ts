/** Void: preconditions, the status update, amounts left alone, the optional credit note. */
import Decimal from 'decimal.js';
import { planApply, parseRequest } from '../../src/engine';
import type { Cell } from '../../src/engine';
import { Body, appended, applyOne, failureOf, updatesOf } from './drive';
import { CONTEXT, creditNote, invoice, line, nursery, payment, row, workbook } from './fixtures';

const voidOf = (invoiceId: string, extra: Body = {}): Body => ({
  action: 'void',
  invoiceIds: [invoiceId],
  reason: 'Sessions changed',
  ...extra,
});
const withNote = (refund: Cell, credit: Cell): Body => voidOf('INV-1', { creditNote: { refund, credit } });

/** INV-1 (Ada, GBP 100) paid 60 + 40. */
function paidInvoice(extra: { notes?: Cell[][]; paymentIds?: string[] } = {}) {
  return workbook({
    Invoices: [invoice('INV-1', { Status: 'paid', Subtotal: 100, Total: 100 })],
    'Invoice Lines': [line('INV-1', 'session', 'Sessions', 10, 10)],
    Payments: [payment('P-1', 'INV-1', 60), payment('P-2', 'INV-1', 40)],
    'Credit Notes': extra.notes ?? [],
  });
}

describe('void', () => {
  test('marks the invoice voided with the time and reason, and touches nothing else', () => {
    const { result, plan } = applyOne(nursery(), voidOf('INV-1'));
    expect(result).toEqual({ invoiceId: 'INV-1', ok: true, voided: true, unappliedCredit: '50.00' });
    expect(plan.updates).toEqual({
      invoices: [
        { row: 2, column: 'Status', value: 'voided' },
        { row: 2, column: 'Voided At', value: { now: true } },
        { row: 2, column: 'Void Reason', value: 'Sessions changed' },
      ],
    });
    expect(Object.keys(plan.appends)).toEqual(['audit']);
  });

  test('amount columns are left as they were (the paper trail)', () => {
    const { plan } = applyOne(nursery(), voidOf('INV-1'));
    const touched = Object.keys(updatesOf(plan, 'invoices', 2));
    for (const column of ['Subtotal', 'Tax', 'Total', 'Paid', 'Balance']) expect(touched).not.toContain(column);
  });

  test('without a reason the Void Reason is empty', () => {
    const { plan } = applyOne(nursery(), { action: 'void', invoiceIds: ['INV-1'] });
    expect(updatesOf(plan, 'invoices', 2)['Void Reason']).toBe('');
  });

  test.each(['open', 'paid', 'Overdue', 'SENT', 'issued', 'unpaid', 'Partially  Paid'])(
    'a %j invoice can be voided',
    (status) => {
      const raw = workbook({ Invoices: [invoice('INV-1', { Status: status })] });
      expect(applyOne(raw, voidOf('INV-1')).result.voided).toBe(true);
    },
  );

  test('NOT_FOUND names the missing invoice', () => {
    expect(failureOf(nursery(), voidOf('INV-404'), 'NOT_FOUND').message).toContain('INV-404');
  });

  test.each(['draft', 'Draft '])('a %j invoice → DRAFT', (status) => {
    const raw = workbook({ Invoices: [invoice('INV-1', { Status: status })] });
    failureOf(raw, voidOf('INV-1'), 'DRAFT');
  });

  test.each(['voided', 'Void', 'VOIDED'])('a %j invoice → ALREADY_VOIDED (void is final)', (status) => {
    const raw = workbook({ Invoices: [invoice('INV-1', { Status: status })] });
    failureOf(raw, voidOf('INV-1'), 'ALREADY_VOIDED');
  });

  test('an unknown status is BAD_VALUE naming the Status cell', () => {
    const raw = workbook({ Invoices: [invoice('INV-0'), invoice('INV-1', { Status: 'cancelled' })] });
    expect(failureOf(raw, voidOf('INV-1'), 'BAD_VALUE').message).toContain('Invoices!I3');
  });
});

describe('credit note on void (Lago)', () => {
  test("writes one Credit Notes row; the credit and what was not refunded stay the customer's credit", () => {
    const { result, plan } = applyOne(paidInvoice(), withNote(30, '20.00'));
    expect(appended(plan, 'creditNotes')).toEqual([
      {
        'Credit Note ID': 'CN-INV-1',
        'Invoice ID': 'INV-1',
        Customer: 'Ada',
        Date: { date: CONTEXT.today },
        Refund: 30,
        Credit: 20,
        Reason: 'Sessions changed',
      },
    ]);
    expect(result).toEqual({
      invoiceId: 'INV-1',
      ok: true,
      voided: true,
      // 100 paid − 30 refunded: the 20 credited is held for the customer too.
      unappliedCredit: '70.00',
      creditNoteId: 'CN-INV-1',
    });
  });

  test('refund + credit may equal what was paid', () => {
    const { result, plan } = applyOne(paidInvoice(), withNote(100, 0));
    expect(result.unappliedCredit).toBe('0.00');
    expect(appended(plan, 'creditNotes')[0]).toMatchObject({ Refund: 100, Credit: 0 });
  });

  test.each([
    [100.01, 0],
    [60, 40.01],
    [0, 150],
  ])('refund %p + credit %p > 100 paid → CREDIT_EXCEEDS_PAID', (refund, credit) => {
    const failure = failureOf(paidInvoice(), withNote(refund, credit), 'CREDIT_EXCEEDS_PAID');
    expect(failure.message).toContain('100.00');
  });

  test('a credit note too large stops a void-and-regenerate too: nothing voided, nothing appended', () => {
    failureOf(
      paidInvoice(),
      { ...withNote(80, 21), action: 'void-and-regenerate', mode: 'copy' },
      'CREDIT_EXCEEDS_PAID',
    );
  });

  test('an unpaid invoice can take no credit note at all', () => {
    const raw = workbook({ Invoices: [invoice('INV-1')], Payments: [], 'Credit Notes': [] });
    failureOf(raw, withNote(0.01, 0), 'CREDIT_EXCEEDS_PAID');
  });

  // CREDIT_EXCEEDS_PAID is checked only when a credit note is asked for (SPEC §3 void).
  test.each([
    ['an earlier credit note of 10 and no payment', [], [creditNote('CN-OLD', 'INV-1', 10, 0)]],
    ['a chargeback of -10', [payment('P-1', 'INV-1', -10)], []],
  ])('a plain void of an invoice whose ledger nets negative (%s) goes ahead', (_, payments, notes) => {
    const raw = workbook({ Invoices: [invoice('INV-1')], Payments: payments, 'Credit Notes': notes });
    const { result, plan } = applyOne(raw, voidOf('INV-1'));
    expect(result.voided).toBe(true);
    expect(updatesOf(plan, 'invoices', 2).Status).toBe('voided');
    expect(appended(plan, 'creditNotes')).toEqual([]);
    // paid 0 − refund 10, or paid −10: the ledger says −10.00 is held for the customer.
    expect(result.unappliedCredit).toBe('-10.00');
  });

  test('a credit note asked for on a ledger that nets negative is still CREDIT_EXCEEDS_PAID; 0 + 0 is no credit note', () => {
    const raw = workbook({ Invoices: [invoice('INV-1')], Payments: [payment('P-1', 'INV-1', -10)] });
    failureOf(raw, withNote(5, 0), 'CREDIT_EXCEEDS_PAID');
    const { result, plan } = applyOne(raw, withNote(0, 0));
    expect(result.voided).toBe(true);
    expect(appended(plan, 'creditNotes')).toEqual([]);
  });

  test('refund 0 and credit 0 writes no credit note', () => {
    const { result, plan } = applyOne(paidInvoice(), withNote(0, 0));
    expect(appended(plan, 'creditNotes')).toEqual([]);
    expect(result.unappliedCredit).toBe('100.00');
  });

  test('earlier credit notes count against what can still be refunded', () => {
    const notes = [creditNote('CN-OLD', 'INV-1', 80, 0)];
    failureOf(paidInvoice({ notes }), withNote(30, 0), 'CREDIT_EXCEEDS_PAID');
    // 100 − 80 − 15 refunded = 5 held (the 5 credited).
    expect(applyOne(paidInvoice({ notes }), withNote(15, 5)).result.unappliedCredit).toBe('5.00');
  });

  test('a taken credit note ID gets a suffix', () => {
    const notes = [creditNote('CN-INV-1', 'INV-9', 0, 0)];
    const { plan } = applyOne(paidInvoice({ notes }), withNote(10, 0));
    expect(appended(plan, 'creditNotes')[0]['Credit Note ID']).toBe('CN-INV-1-2');
  });

  test("the credit note's ID is the audit row's Result ID", () => {
    const { plan } = applyOne(paidInvoice(), withNote(10, 0));
    expect(appended(plan, 'audit')[0]['Result ID']).toBe('CN-INV-1');
  });

  test('refund + credit + unapplied credit = paid, even for amounts finer than the currency', () => {
    // A refund of 10.005 GBP is either refused or written as 10.01 — and then 89.99 is left, not 90.00.
    const start = parseRequest(withNote('10.005', 0), true);
    if ('ok' in start) return expect(start.code).toBe('BAD_REQUEST');
    const { response, plan } = planApply(paidInvoice(), start, CONTEXT);
    const result = response.ok ? response.results[0] : response;
    if (!result.ok) return expect(result.code).toBe('BAD_REQUEST');
    const note = appended(plan, 'creditNotes')[0];
    expect(
      new Decimal(Number(note.Refund))
        .plus(Number(note.Credit))
        .plus(result.unappliedCredit ?? 'NaN')
        .toString(),
    ).toBe('100');
  });
});

describe('sheets a void needs', () => {
  test('a void needs no Schedule, Closures or Invoice Lines', () => {
    const raw = { Invoices: nursery().Invoices, Payments: nursery().Payments };
    expect(applyOne(raw, voidOf('INV-1')).result.unappliedCredit).toBe('50.00');
  });

  test('a credit note row names the customer; lines can be missing', () => {
    const raw = workbook({
      Invoices: [invoice('INV-1', { Customer: 'Ben' })],
      Payments: [row('Payments', { 'Payment ID': 'P-1', 'Invoice ID': 'INV-1', Amount: '£40.00' })],
    });
    const { plan } = applyOne(raw, { ...withNote(40, 0), invoiceIds: ['INV-1'] });
    expect(appended(plan, 'creditNotes')[0]).toMatchObject({ Customer: 'Ben', Refund: 40 });
  });
});
