/** Regenerate: preconditions and the new invoice row (links, copied fields, dates, status). */
import type { Cell } from '../../src/engine';
import { Body, appended, applyAll, applyOne, failureOf, previewOne, updatesOf } from './drive';
import { CONTEXT, d, invoice, line, nursery, payment, schedule, workbook } from './fixtures';

const regenerate = (invoiceId: string, extra: Body = {}): Body => ({
  action: 'regenerate',
  invoiceIds: [invoiceId],
  ...extra,
});
const voidAndRegenerate = (...invoiceIds: string[]): Body => ({ action: 'void-and-regenerate', invoiceIds });
const copy = (invoiceId: string): Body => regenerate(invoiceId, { mode: 'copy' });

/** A voided INV-1 (GBP, issued 1 March, due 15 March) with one 100.00 line and the given payments. */
function voided(fields: Record<string, Cell> = {}, payments: Cell[][] = []) {
  return workbook({
    Invoices: [
      invoice('INV-1', { Status: 'voided', Reference: 'ADA-03', Total: 100, 'Accounting ID': 'XERO-1', ...fields }),
    ],
    'Invoice Lines': [line('INV-1', 'session', 'Sessions', 10, 10)],
    Payments: payments,
  });
}

const newRow = (raw = voided(), body = copy('INV-1')) => appended(applyOne(raw, body).plan, 'invoices')[0];

describe('preconditions', () => {
  test('an open invoice must be voided first → NOT_VOIDED', () => {
    failureOf(nursery(), regenerate('INV-1'), 'NOT_VOIDED');
  });

  test('a draft is rebuilt in place by either (drafts.test.ts), not voided; copying one is DRAFT', () => {
    for (const body of [regenerate('INV-3'), voidAndRegenerate('INV-3')]) {
      expect(applyOne(nursery(), { ...body, mode: 'schedule' }).result).toMatchObject({ regeneratedInPlace: true });
    }
    failureOf(nursery(), copy('INV-3'), 'DRAFT');
  });

  test('void-and-regenerate of a voided invoice → ALREADY_VOIDED', () => {
    failureOf(nursery(), voidAndRegenerate('INV-2'), 'ALREADY_VOIDED');
  });

  test('NOT_FOUND for an unknown invoice', () => {
    failureOf(nursery(), regenerate('INV-9'), 'NOT_FOUND');
  });

  test('a Regenerated As link → ALREADY_REGENERATED carrying the existing new id', () => {
    const failure = failureOf(voided({ 'Regenerated As': 'INV-1-R1' }), copy('INV-1'), 'ALREADY_REGENERATED');
    expect(failure.newInvoiceId).toBe('INV-1-R1');
    expect(failure.message).toContain('INV-1-R1');
  });

  test('a row whose Regenerated From names it → ALREADY_REGENERATED, even without the back link', () => {
    const raw = voided();
    raw.Invoices?.rows.push(invoice('NEW-5', { 'Regenerated From': 'INV-1' }));
    expect(failureOf(raw, copy('INV-1'), 'ALREADY_REGENERATED').newInvoiceId).toBe('NEW-5');
  });
});

describe('the new invoice row', () => {
  test('INV-1-R1: reference, customer and currency copied, issued today, linked back', () => {
    const row = newRow(voided({ Customer: 'Ada Lovelace', Currency: 'eur' }));
    expect(row).toMatchObject({
      'Invoice ID': 'INV-1-R1',
      Reference: 'ADA-03',
      Customer: 'Ada Lovelace',
      Currency: 'EUR',
      'Period Start': { date: '2026-03-01' },
      'Period End': { date: '2026-03-31' },
      'Issue Date': { date: CONTEXT.today },
      'Regenerated From': { link: 'INV-1' },
    });
  });

  // SPEC §2: a value Revoice copies keeps its type — a numeric Reference (3754) stays a number.
  test.each<[string, Cell, Cell]>([
    ['a number', 3754, 40017],
    ['text that looks like a number', '0042', '007'],
    ['text', ' ADA-03 ', 'Ada Lovelace'],
    ['a date', d('2026-03-01'), 'Ada'],
  ])('Reference and Customer holding %s are copied as the cells held them', (_, reference, customer) => {
    const row = newRow(voided({ Reference: reference, Customer: customer }));
    expect([row.Reference, row.Customer]).toEqual([reference, customer]);
  });

  test('a numeric Customer stays a number on the credit note row too, and still finds its schedule', () => {
    const raw = workbook({
      Invoices: [invoice('INV-1', { Customer: 40017, Status: 'paid', Total: 100 })],
      Payments: [payment('P-1', 'INV-1', 100)],
      Schedule: [schedule('40017', 'Sessions', { Rate: 80 })],
    });
    const voiding = applyOne(raw, {
      action: 'void-and-regenerate',
      invoiceIds: ['INV-1'],
      creditNote: { refund: 10, credit: 0 },
    });
    expect(appended(voiding.plan, 'creditNotes')[0].Customer).toBe(40017);
    // The whole of March is one monthly occurrence: 1 × 80.00, no tax.
    expect(appended(voiding.plan, 'invoices')[0]).toMatchObject({ Customer: 40017, Total: 80 });
  });

  test('unknown columns (Accounting ID) and void columns are never written on it', () => {
    const columns = Object.keys(newRow());
    expect(columns).not.toContain('Accounting ID');
    expect(columns).not.toContain('Voided At');
    expect(columns).not.toContain('Void Reason');
    expect(columns).not.toContain('Regenerated As');
  });

  test('the original gets a Regenerated As link; a regenerate alone changes nothing else on it', () => {
    const { plan } = applyOne(voided(), copy('INV-1'));
    expect(updatesOf(plan, 'invoices', 2)).toEqual({ 'Regenerated As': { link: 'INV-1-R1' } });
  });

  test('void-and-regenerate voids and links the original in one plan', () => {
    const { result, plan } = applyOne(nursery(), voidAndRegenerate('INV-1'));
    expect(result).toMatchObject({ invoiceId: 'INV-1', ok: true, voided: true, newInvoiceId: 'INV-1-R1' });
    expect(updatesOf(plan, 'invoices', 2)).toEqual({
      Status: 'voided',
      'Voided At': { now: true },
      'Void Reason': '',
      'Regenerated As': { link: 'INV-1-R1' },
    });
  });

  test.each([
    [d('2026-03-01'), d('2026-03-15'), { date: '2026-12-05' }],
    [d('2026-03-01'), d('2026-03-31'), { date: '2026-12-21' }],
    ['2026-02-20', '2026-02-20', { date: CONTEXT.today }],
    [d('2026-03-01'), '', null],
    ['', d('2026-03-15'), null],
  ])('issued %j, due %j → Due Date %j (the gap kept from today)', (issue, due, expected) => {
    expect(newRow(voided({ 'Issue Date': issue, 'Due Date': due }))['Due Date']).toEqual(expected);
  });

  test('the lines are appended as one block per invoice, in order', () => {
    const raw = workbook({
      Invoices: [invoice('A-1', { Status: 'voided' }), invoice('B-1', { Status: 'voided' })],
      'Invoice Lines': [
        line('A-1', 'session', 'a1', 1, 1),
        line('B-1', 'session', 'b1', 1, 1),
        line('A-1', 'manual', 'a2', 1, 1),
        line('B-1', 'charge', 'b2', 1, 1),
        line('A-1', 'charge', 'a3', 1, 1),
      ],
    });
    const { plan } = applyAll(raw, { action: 'regenerate', invoiceIds: ['B-1', 'A-1'], mode: 'copy' });
    expect(appended(plan, 'lines').map((l) => [l['Invoice ID'], l.Description])).toEqual([
      ['B-1-R1', 'b1'],
      ['B-1-R1', 'b2'],
      ['A-1-R1', 'a1'],
      ['A-1-R1', 'a2'],
      ['A-1-R1', 'a3'],
    ]);
    expect(appended(plan, 'invoices').map((r) => r['Invoice ID'])).toEqual(['B-1-R1', 'A-1-R1']);
  });
});

describe('status of the new invoice', () => {
  const SESSIONS = [line('INV-1', 'session', 'Sessions', 10, 10)];
  const books = (paid: Cell[][], lines: Cell[][]) => {
    const raw = voided({}, paid);
    raw['Invoice Lines'] = workbook({ 'Invoice Lines': lines })['Invoice Lines'];
    return raw;
  };
  const statusOf = (paid: Cell[][], lines = SESSIONS) => {
    const row = newRow(books(paid, lines));
    return [row.Status, row.Paid, row.Balance];
  };

  test('paid in full → paid, balance 0', () => {
    expect(statusOf([payment('P-1', 'INV-1', 100)])).toEqual(['paid', 100, 0]);
  });

  test('paid more than the new total → paid; the rest stays behind', () => {
    expect(statusOf([payment('P-1', 'INV-1', 150)])).toEqual(['paid', 100, 0]);
  });

  test('part paid or unpaid → open with the balance', () => {
    expect(statusOf([payment('P-1', 'INV-1', 40)])).toEqual(['open', 40, 60]);
    expect(statusOf([])).toEqual(['open', 0, 100]);
  });

  test('a total of 0 is open even though nothing is owed, and warns there are no lines', () => {
    expect(statusOf([payment('P-1', 'INV-1', 40)], [])).toEqual(['open', 0, 0]);
    expect(previewOne(books([], []), copy('INV-1')).warnings.join(' ')).toContain('INV-1-R1 has no lines');
  });

  test('a negative total is open, moves no payment, and warns', () => {
    const credit = [line('INV-1', 'manual', 'Refund of overcharge', 1, -20)];
    expect(statusOf([payment('P-1', 'INV-1', 40)], credit)).toEqual(['open', 0, -20]);
    const warned = (context?: typeof CONTEXT) =>
      previewOne(books([payment('P-1', 'INV-1', 40)], credit), copy('INV-1'), context).warnings.join(' ');
    // The amount with its currency's minor units, never the cell's number ("-20").
    expect(warned()).toContain('The new total is negative (-20.00 GBP)');
    expect(warned({ ...CONTEXT, locale: 'en_GB' })).toContain('The new total is negative (-£20.00)');
  });
});
