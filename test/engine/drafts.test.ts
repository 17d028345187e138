/**
 * Drafts rebuilt in place (SPEC §3, Pigeonhole's "Regenerate Invoice"): a draft is not voided;
 * regenerating it replaces its schedule lines with the current schedule's, keeps its manual
 * lines, rewrites its totals and keeps its ID, reference, payments and status.
 */
import { appended, applyAll, applyOne, failureOf, previewOne } from './drive';
import { invoice, line, payment, schedule, workbook } from './fixtures';

/**
 * Ada's March draft D-1, generated when she had Mon/Wed/Fri mornings at 10.00 and meals at
 * 30.00; since then the rate went up to 12.00 and meals to 35.00. It has a manual line too.
 * Ben's March invoice INV-2 is open.
 */
function month() {
  return workbook({
    Invoices: [
      invoice('D-1', {
        Status: 'draft',
        Reference: 'ADA-03',
        'Issue Date': '',
        'Due Date': '',
        Subtotal: 165,
        Total: 165,
      }),
      invoice('INV-2', { Customer: 'Ben', Subtotal: 100, Total: 100 }),
    ],
    'Invoice Lines': [
      line('D-1', 'session', 'Morning sessions', 13, 10, { Source: 'Schedule row 2' }),
      line('D-1', 'charge', 'Meals', 1, 30, { Source: 'Schedule row 3' }),
      line('INV-2', 'session', 'Sessions', 10, 10),
      line('D-1', 'manual', 'Trip to the farm', 1, 5),
    ],
    Schedule: [
      schedule('Ada', 'Morning sessions', { Frequency: 'daily', Days: 'Mon, Wed, Fri', Rate: 12 }),
      schedule('Ada', 'Meals', { Kind: 'charge', Rate: 35 }),
      schedule('Ben', 'Sessions', { Frequency: 'weekly', Units: 2, Rate: 15 }),
    ],
    Payments: [payment('P-1', 'D-1', 20)],
  });
}

const REBUILD = { action: 'regenerate', invoiceIds: ['D-1'] };

describe('a draft is rebuilt in place', () => {
  test('two schedule lines and a manual one, after the schedule changed: 13 × 12 + 35 + 5 = 196.00', () => {
    const { result, plan } = applyOne(month(), REBUILD);
    expect(result).toEqual({ invoiceId: 'D-1', ok: true, voided: false, regeneratedInPlace: true, total: '196.00' });
    // Its three old line rows go (sheet rows 2, 3 and 5), the new ones come as one block.
    expect(plan.deletions).toEqual({ lines: [2, 3, 5] });
    expect(
      appended(plan, 'lines').map((r) => [r['Invoice ID'], r.Description, r.Quantity, r['Unit Price'], r.Amount]),
    ).toEqual([
      ['D-1', 'Morning sessions', 13, 12, 156],
      ['D-1', 'Meals', 1, 35, 35],
      ['D-1', 'Trip to the farm', 1, 5, 5],
    ]);
    // Totals rewritten; ID, Reference, status and payments stay; nothing else is written.
    expect(plan.updates.invoices?.map((u) => [u.row, u.column, u.value])).toEqual([
      [2, 'Subtotal', 196],
      [2, 'Tax', 0],
      [2, 'Total', 196],
    ]);
    expect(appended(plan, 'invoices')).toEqual([]);
    expect(appended(plan, 'payments')).toEqual([]);
  });

  test('the preview shows it rebuilt in place, with its lines before → after', () => {
    const preview = previewOne(month(), REBUILD);
    expect(preview.regeneratedInPlace).toBe(true);
    expect(preview.newInvoiceId).toBeUndefined();
    expect([preview.before.total, preview.after?.total]).toEqual(['165.00', '196.00']);
    expect(preview.diff?.map((row) => row.change)).toEqual(['changed', 'changed', 'same']);
  });

  test('keepManual: false drops its manual lines; from–to narrows its period, which becomes its own', () => {
    const { plan } = applyOne(month(), { ...REBUILD, keepManual: false, from: '2026-03-16' });
    expect(appended(plan, 'lines').map((r) => r.Description)).toEqual(['Morning sessions', 'Meals']);
    const updates = Object.fromEntries((plan.updates.invoices ?? []).map((u) => [u.column, u.value]));
    // 16–31 March: 16, 18, 20, 23, 25, 27, 30 = 7 mornings; meals 16/31.
    expect(updates).toMatchObject({ 'Period Start': { date: '2026-03-16' }, Subtotal: 7 * 12 + 18.06 });
    expect(updates['Period End']).toBeUndefined();
  });

  test('a Balance column is rewritten too: total less what was paid', () => {
    const raw = month();
    const invoices = raw.Invoices;
    if (!invoices) throw new Error('no Invoices');
    invoices.rows = invoices.rows.map((row, r) => [...row, r === 0 ? 'Balance' : 0]);
    const { plan } = applyOne(raw, REBUILD);
    expect(plan.updates.invoices?.find((u) => u.column === 'Balance')?.value).toBe(176);
  });

  test('void-and-regenerate of a month mixing a draft and an issued invoice just works', () => {
    const { results, plan } = applyAll(month(), { action: 'void-and-regenerate', invoiceIds: ['D-1', 'INV-2'] });
    expect(results).toEqual([
      { invoiceId: 'D-1', ok: true, voided: false, regeneratedInPlace: true, total: '196.00' },
      expect.objectContaining({ invoiceId: 'INV-2', ok: true, voided: true, newInvoiceId: 'INV-2-R1' }),
    ]);
    expect(plan.deletions).toEqual({ lines: [2, 3, 5] });
  });

  test('void of a draft, and a copy of one, are still DRAFT', () => {
    failureOf(month(), { action: 'void', invoiceIds: ['D-1'] }, 'DRAFT');
    failureOf(month(), { ...REBUILD, mode: 'copy' }, 'DRAFT');
  });

  test('a draft neither gives nor receives credit', () => {
    const raw = month();
    raw.Invoices?.rows.push(
      invoice('OLD', {
        Status: 'voided',
        Total: 50,
        Subtotal: 50,
        'Voided At': { date: '2026-02-20', time: '10:00:00' },
      }),
    );
    raw.Payments?.rows.push(payment('P-2', 'OLD', 50));
    const { result, plan } = applyOne(raw, REBUILD);
    expect(result.transferred).toBeUndefined();
    expect(appended(plan, 'payments')).toEqual([]);
  });
});
