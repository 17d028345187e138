/** Realistic end-to-end scenarios after the prior art (Pigeonhole, Lago, Chargebee, Metronome). */
import type { RawWorkbook } from '../../src/engine';
import {
  Body,
  appended,
  applyAll,
  applyOne,
  commit,
  invoiceRowOf,
  previewOne,
  rejected,
  setCell,
  sumFor,
} from './drive';
import { CONTEXT, d, invoice, line, nursery, payment, schedule, workbook } from './fixtures';

/** Applies a body that must succeed for its one invoice and writes its plan. */
function applyAndCommit(raw: RawWorkbook, body: Body) {
  const { result, plan } = applyOne(raw, body);
  return { result, plan, raw: commit(raw, plan) };
}

test('Pigeonhole: sessions changed since → regenerate from the current schedule, keeping manual items and the reference', () => {
  const raw = nursery();
  // Ada moved from Mon/Wed/Fri at 10 to Tue/Thu at 12 (March 2026: 5 Tuesdays + 4 Thursdays).
  setCell(raw, 'Schedule', 2, 'Days', 'Tue, Thu');
  setCell(raw, 'Schedule', 2, 'Rate', 12);
  const preview = previewOne(raw, { action: 'void-and-regenerate', invoiceIds: ['INV-1'] });
  expect(preview.diff?.map((x) => x.change)).toEqual(['changed', 'added', 'same']);

  const { result, raw: after } = applyAndCommit(raw, {
    action: 'void-and-regenerate',
    invoiceIds: ['INV-1'],
    reason: 'Sessions changed',
    fingerprints: { 'INV-1': preview.fingerprint },
  });
  // 9 × 12 = 108 (+21.60 tax) + meals 30 + trip 25
  expect(result).toEqual({
    invoiceId: 'INV-1',
    ok: true,
    voided: true,
    newInvoiceId: 'INV-1-R1',
    total: '184.60',
    transferred: '50.00',
    creditSources: [{ invoiceId: 'INV-1', amount: '50.00' }],
    unappliedCredit: '0.00',
  });
  expect(invoiceRowOf(after, 'INV-1')).toMatchObject({
    Status: 'voided',
    'Void Reason': 'Sessions changed',
    Total: 145,
    'Regenerated As': 'INV-1-R1',
    'Accounting ID': 'XERO-1',
  });
  expect(invoiceRowOf(after, 'INV-1-R1')).toMatchObject({
    Reference: 'ADA-03',
    Customer: 'Ada',
    Total: 184.6,
    Paid: 50,
    Balance: 134.6,
    Status: 'open',
    'Accounting ID': null,
    'Regenerated From': 'INV-1',
  });
  expect(sumFor(after, 'Payments', 'Amount', 'INV-1-R1')).toBe('50');
  expect(sumFor(after, 'Payments', 'Amount', 'INV-1')).toBe('0');
  expect(after.Payments?.rows.slice(1, 3)).toEqual(raw.Payments?.rows.slice(1, 3));
});

describe('Lago: void a paid invoice with a credit note, then regenerate a copy with edits', () => {
  const paid = () =>
    workbook({
      Invoices: [invoice('INV-1', { Status: 'paid', Subtotal: 125, Tax: 20, Total: 145 })],
      'Invoice Lines': [
        line('INV-1', 'session', 'Sessions', 10, 10, { 'Tax Rate': 0.2 }),
        line('INV-1', 'manual', 'Trip', 1, 25),
      ],
      Payments: [payment('P-1', 'INV-1', 145)],
    });

  test('refund part, regenerate the rest; money conserved; void is final', () => {
    const voided = applyAndCommit(paid(), {
      action: 'void',
      invoiceIds: ['INV-1'],
      reason: 'Wrong session count',
      creditNote: { refund: 45, credit: 0 },
    });
    expect(voided.result.unappliedCredit).toBe('100.00');
    expect(appended(voided.plan, 'creditNotes')).toEqual([
      expect.objectContaining({ 'Invoice ID': 'INV-1', Refund: 45, Credit: 0 }),
    ]);

    const edits = {
      'INV-1': {
        lines: [{ index: 1, quantity: 8 }],
        add: [{ description: 'Late pick-up', quantity: 1, unitPrice: '10.00' }],
      },
    };
    const regenerated = applyAndCommit(voided.raw, {
      action: 'regenerate',
      invoiceIds: ['INV-1'],
      mode: 'copy',
      edits,
    });
    // 80 (+16 tax) + 25 + 10 = 131; 100 left to apply after the 45 refund
    expect(regenerated.result).toMatchObject({
      voided: false,
      newInvoiceId: 'INV-1-R1',
      total: '131.00',
      transferred: '100.00',
      unappliedCredit: '0.00',
    });
    expect(invoiceRowOf(regenerated.raw, 'INV-1-R1')).toMatchObject({
      'Period Start': d('2026-03-01'),
      'Period End': d('2026-03-31'),
      Status: 'open',
      Balance: 31,
    });
    const { transferred, unappliedCredit } = regenerated.result;
    expect(45 + Number(transferred) + Number(unappliedCredit)).toBe(
      Number(sumFor(paid(), 'Payments', 'Amount', 'INV-1')),
    );

    expect(applyAll(regenerated.raw, { action: 'void', invoiceIds: ['INV-1'] }).results[0]).toMatchObject({
      code: 'ALREADY_VOIDED',
    });
    expect(rejected({ action: 'regenerate', invoiceIds: ['INV-1'], mode: 'copy', from: '2026-03-10' }).code).toBe(
      'BAD_REQUEST',
    );
  });
});

describe('Chargebee: void, then regenerate part of the term; ad hoc charges not re-billed; payments applied', () => {
  const quarter = () =>
    workbook({
      Invoices: [
        invoice('Q1-ACME', {
          Customer: 'Acme Ltd',
          Currency: 'USD',
          'Period Start': d('2026-01-01'),
          'Period End': d('2026-03-31'),
          'Issue Date': d('2026-01-01'),
          'Due Date': d('2026-01-31'),
          Subtotal: 1050,
          Total: 1050,
        }),
      ],
      'Invoice Lines': [
        line('Q1-ACME', 'charge', 'Platform', 3, 300),
        line('Q1-ACME', 'manual', 'Setup (ad hoc)', 1, 150),
      ],
      Schedule: [schedule('Acme Ltd', 'Platform', { Kind: 'charge', Frequency: 'monthly', Rate: 300 })],
      Payments: [payment('P-1', 'Q1-ACME', 500)],
    });
  const REGENERATE = {
    action: 'regenerate',
    invoiceIds: ['Q1-ACME'],
    from: '2026-02-15',
    to: '2026-03-31',
    keepManual: false,
    requestKey: 'cb-7',
  };

  test('the invoice must be voided first', () => {
    expect(applyAll(quarter(), REGENERATE).results[0]).toMatchObject({ ok: false, code: 'NOT_VOIDED' });
  });

  test('regenerate 15 Feb – 31 Mar with proration, apply the payment; a repeat is answered from the log', () => {
    const voided = applyAndCommit(quarter(), { action: 'void', invoiceIds: ['Q1-ACME'], reason: 'Downgrade mid-term' });
    const regenerated = applyAndCommit(voided.raw, REGENERATE);
    // 14/28 of February + all of March = 1.5 months × 300
    expect(regenerated.result).toMatchObject({
      newInvoiceId: 'Q1-ACME-R1',
      total: '450.00',
      transferred: '450.00',
      unappliedCredit: '50.00',
    });
    expect(appended(regenerated.plan, 'lines')).toEqual([
      expect.objectContaining({ Description: 'Platform', Quantity: 1.5, Amount: 450 }),
    ]);
    expect(invoiceRowOf(regenerated.raw, 'Q1-ACME-R1')).toMatchObject({
      'Period Start': d('2026-02-15'),
      'Period End': d('2026-03-31'),
      'Issue Date': d(CONTEXT.today),
      'Due Date': d('2026-12-21'),
      Status: 'paid',
      Paid: 450,
      Balance: 0,
      Currency: 'USD',
    });
    expect(sumFor(regenerated.raw, 'Payments', 'Amount', 'Q1-ACME')).toBe('50');

    const repeat = applyAll(regenerated.raw, REGENERATE);
    expect(repeat.results).toEqual([regenerated.result]);
    expect(repeat.plan).toEqual({ updates: {}, appends: {} });
  });
});

test('Metronome: a rate changed → the new invoice is on the up-to-date rate, with a new id', () => {
  const raw = workbook({
    Invoices: [invoice('MET-2026-03', { Customer: 'Globex', Currency: 'JPY', Subtotal: 12340, Total: 12340 })],
    'Invoice Lines': [line('MET-2026-03', 'charge', 'API calls', 1234, 10)],
    Schedule: [schedule('Globex', 'API calls', { Kind: 'charge', Frequency: 'monthly', Units: 1234, Rate: 10.35 })],
  });
  const { result, plan } = applyOne(raw, { action: 'void-and-regenerate', invoiceIds: ['MET-2026-03'] });
  // 1234 × 10.35 = 12771.9 → 12772 yen
  expect(result).toMatchObject({
    newInvoiceId: 'MET-2026-03-R1',
    total: '12772',
    transferred: '0',
    unappliedCredit: '0',
  });
  expect(result.newInvoiceId).not.toBe(result.invoiceId);
  expect(appended(plan, 'invoices')[0]).toMatchObject({ Currency: 'JPY', Total: 12772, Status: 'open' });
});
