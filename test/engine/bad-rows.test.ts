/** A bad row blocks only the invoices that depend on it; the rest of the call goes ahead. */
import type { Cell } from '../../src/engine';
import type { ApplyResult } from '../../src/shared/api';
import { Body, appended, applyAll, previewAll } from './drive';
import { closure, invoice, line, payment, schedule, workbook } from './fixtures';

/** Voided March invoices for Ada (INV-1) and Ben (INV-2), both on daily Mon/Wed/Fri sessions. */
function books(
  bad: { lines?: Cell[][]; schedule?: Cell[][]; payments?: Cell[][]; closures?: Cell[][]; invoices?: Cell[][] } = {},
) {
  return workbook({
    Invoices: [
      invoice('INV-1', { Status: 'voided', Customer: 'Ada' }),
      invoice('INV-2', { Status: 'voided', Customer: 'Ben' }),
      invoice('INV-3', { Status: 'voided', Customer: 'Cal' }),
      ...(bad.invoices ?? []),
    ],
    'Invoice Lines': [
      line('INV-1', 'session', 'Sessions', 13, 10),
      line('INV-2', 'session', 'Sessions', 13, 10),
      line('INV-3', 'charge', 'Meals', 1, 30),
      ...(bad.lines ?? []),
    ],
    Schedule: [
      schedule('Ada', 'Sessions', { Frequency: 'daily', Days: 'Mon, Wed, Fri', Rate: 10 }),
      schedule('Ben', 'Sessions', { Frequency: 'daily', Days: 'Mon, Wed, Fri', Rate: 10 }),
      schedule('Cal', 'Meals', { Kind: 'charge', Rate: 30 }),
      ...(bad.schedule ?? []),
    ],
    Closures: bad.closures ?? [],
    Payments: [payment('P-1', 'INV-1', 10), payment('P-2', 'INV-2', 10), ...(bad.payments ?? [])],
  });
}

const ALL = ['INV-1', 'INV-2', 'INV-3'];
const outcome = (results: ApplyResult[]) => results.map((r) => (r.ok ? 'ok' : r.code));
const run = (raw: ReturnType<typeof books>, body: Body) => {
  const { results, plan } = applyAll(raw, body);
  expect(outcome(previewAll(raw, body) as ApplyResult[])).toEqual(outcome(results));
  return { results, plan, outcome: outcome(results) };
};
const regenerate = (mode: 'schedule' | 'copy'): Body => ({ action: 'regenerate', invoiceIds: ALL, mode });

describe('a bad row blocks only what depends on it', () => {
  test("a bad line of INV-1 blocks INV-1's regenerate, in either mode, not INV-2's", () => {
    const raw = books({ lines: [line('INV-1', 'manual', 'Trip', 1, 'twenty')] });
    for (const mode of ['schedule', 'copy'] as const) {
      const { results, plan } = run(raw, regenerate(mode));
      expect(outcome(results)).toEqual(['BAD_VALUE', 'ok', 'ok']);
      expect((results[0] as { message: string }).message).toContain('Invoice Lines!E5');
      expect(appended(plan, 'invoices').map((r) => r['Invoice ID'])).toEqual(['INV-2-R1', 'INV-3-R1']);
      expect(appended(plan, 'lines').some((l) => l['Invoice ID'] === 'INV-1-R1')).toBe(false);
    }
  });

  test('a bad line does not stop a void; the preview warns about it', () => {
    const raw = books({ invoices: [invoice('INV-4')], lines: [line('INV-4', 'session', 'Sessions', 'many', 10)] });
    const body = { action: 'void', invoiceIds: ['INV-4'] };
    expect(run(raw, body).outcome).toEqual(['ok']);
    const preview = previewAll(raw, body)[0];
    expect(preview.ok && preview.warnings.join(' ')).toContain('Invoice Lines!D5');
  });

  test("a bad schedule row of Ada blocks only Ada's schedule regenerations", () => {
    const raw = books({ schedule: [schedule('ada', 'Lunch', { Frequency: 'every day', Rate: 3 })] });
    expect(run(raw, regenerate('schedule')).outcome).toEqual(['BAD_VALUE', 'ok', 'ok']);
    expect(run(raw, regenerate('copy')).outcome).toEqual(['ok', 'ok', 'ok']);
  });

  test('a bad payment row blocks its invoice, for void and regenerate alike', () => {
    const raw = books({
      invoices: [invoice('INV-4')],
      payments: [payment('P-9', 'INV-2', 'ten'), payment('P-8', 'INV-4', '£5,0')],
    });
    const { results, outcome: codes } = run(raw, regenerate('copy'));
    expect(codes).toEqual(['ok', 'BAD_VALUE', 'ok']);
    expect((results[1] as { message: string }).message).toContain('Payments!D4');
    expect(run(raw, { action: 'void', invoiceIds: ['INV-4'] }).outcome).toEqual(['BAD_VALUE']);
  });

  test("a bad closure row for Ben blocks Ben's daily sessions only", () => {
    const raw = books({ closures: [closure('2026-03-06'), ['someday', 'Ben']] });
    expect(run(raw, regenerate('schedule')).outcome).toEqual(['ok', 'BAD_VALUE', 'ok']);
  });

  test('a bad closure row for everyone blocks every daily item, not a monthly-only customer', () => {
    const raw = books({ closures: [['someday', '']] });
    expect(run(raw, regenerate('schedule')).outcome).toEqual(['BAD_VALUE', 'BAD_VALUE', 'ok']);
    expect(run(raw, regenerate('copy')).outcome).toEqual(['ok', 'ok', 'ok']);
  });

  test('a bad invoice row blocks only itself', () => {
    const raw = books({ invoices: [invoice('INV-4', { Status: 'voided', Total: 'n/a' })] });
    const { results, plan } = run(raw, { ...regenerate('copy'), invoiceIds: ['INV-4', 'INV-1'] });
    expect(outcome(results)).toEqual(['BAD_VALUE', 'ok']);
    expect(appended(plan, 'invoices').map((r) => r['Invoice ID'])).toEqual(['INV-1-R1']);
  });

  test('results come back in request order, one per invoice, mixed successes and failures', () => {
    const raw = books({ invoices: [invoice('INV-5')], lines: [line('INV-2', 'bonus', 'x', 1, 1)] });
    const body = { ...regenerate('copy'), invoiceIds: ['INV-404', 'INV-5', 'INV-2', 'INV-1'] };
    const { results } = run(raw, body);
    expect(results.map((r) => [r.invoiceId, r.ok ? r.newInvoiceId : r.code])).toEqual([
      ['INV-404', 'NOT_FOUND'],
      ['INV-5', 'NOT_VOIDED'],
      ['INV-2', 'BAD_VALUE'],
      ['INV-1', 'INV-1-R1'],
    ]);
  });
});
