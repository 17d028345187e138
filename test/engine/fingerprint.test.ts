/** Fingerprints: preview hands them out, apply refuses an invoice whose rows changed since (STALE). */
import type { RawWorkbook } from '../../src/engine';
import { Body, appended, applyAll, previewAll, previewOne, setCell } from './drive';
import { closure, creditNote, invoice, line, nursery, payment, schedule } from './fixtures';

const BODY: Body = { action: 'void-and-regenerate', invoiceIds: ['INV-1'] };
const fingerprintOf = (raw: RawWorkbook) => previewOne(raw, BODY).fingerprint;

/** Applies BODY to `later` with the fingerprints previewed on `earlier`. */
function applyAfterPreview(earlier: RawWorkbook, later: RawWorkbook, body: Body = BODY) {
  const previews = previewAll(earlier, body);
  const fingerprints = Object.fromEntries(previews.map((p) => [p.invoiceId, p.ok ? p.fingerprint : '']));
  return applyAll(later, { ...body, fingerprints });
}

/** A change made to the workbook between preview and apply. */
const changes: [string, (raw: RawWorkbook) => void][] = [
  [
    'a payment recorded',
    (raw) => {
      raw.Payments?.rows.push(payment('P-3', 'INV-1', 5));
    },
  ],
  ['a payment amount edited', (raw) => setCell(raw, 'Payments', 2, 'Amount', 55)],
  [
    'a line added',
    (raw) => {
      raw['Invoice Lines']?.rows.push(line('INV-1', 'manual', 'Hat', 1, 3));
    },
  ],
  ['a line quantity edited', (raw) => setCell(raw, 'Invoice Lines', 2, 'Quantity', 11)],
  ['the status changed', (raw) => setCell(raw, 'Invoices', 2, 'Status', 'paid')],
  ['the total changed', (raw) => setCell(raw, 'Invoices', 2, 'Total', 146)],
  ['a link written', (raw) => setCell(raw, 'Invoices', 2, 'Regenerated As', 'INV-1-R1')],
  [
    'a credit note issued',
    (raw) => {
      raw['Credit Notes']?.rows.push(creditNote('CN-9', 'INV-1', 1, 0));
    },
  ],
  // Regenerating from the schedule: the customer's schedule and closures decide the new total.
  ["the customer's schedule rate changed", (raw) => setCell(raw, 'Schedule', 2, 'Rate', 12)],
  [
    'a schedule item added for the customer',
    (raw) => {
      raw.Schedule?.rows.push(schedule('Ada', 'Snacks', { Rate: 5 }));
    },
  ],
  [
    'a closure for everyone added',
    (raw) => {
      raw.Closures?.rows.push(closure('2026-03-09'));
    },
  ],
  [
    'a closure for the customer added',
    (raw) => {
      raw.Closures?.rows.push(closure('2026-03-11', 'ada'));
    },
  ],
];

describe('STALE', () => {
  test('a matching fingerprint goes ahead', () => {
    const { results, plan } = applyAfterPreview(nursery(), nursery());
    expect(results[0]).toMatchObject({ ok: true, newInvoiceId: 'INV-1-R1' });
    expect(appended(plan, 'invoices')).toHaveLength(1);
  });

  test.each(changes)('%s since the preview → STALE, nothing planned', (_, change) => {
    const later = nursery();
    change(later);
    const { results, plan } = applyAfterPreview(nursery(), later);
    expect(results[0]).toMatchObject({ invoiceId: 'INV-1', ok: false, code: 'STALE' });
    expect(plan).toEqual({ updates: {}, appends: {} });
  });

  test('a made-up fingerprint → STALE', () => {
    const { results } = applyAll(nursery(), { ...BODY, fingerprints: { 'INV-1': 'abc' } });
    expect(results[0]).toMatchObject({ ok: false, code: 'STALE' });
  });

  test('a STALE invoice does not hold up the others in the call', () => {
    const earlier = nursery();
    earlier.Invoices?.rows.push(invoice('INV-4'));
    const later = structuredClone(earlier);
    later.Payments?.rows.push(payment('P-3', 'INV-1', 5));
    const { results, plan } = applyAfterPreview(earlier, later, { action: 'void', invoiceIds: ['INV-1', 'INV-4'] });
    expect(results.map((r) => (r.ok ? 'ok' : r.code))).toEqual(['STALE', 'ok']);
    expect(plan.updates.invoices?.map((u) => u.row)).toEqual([5, 5, 5]);
  });

  test("changes to other invoices' rows, other customers' schedules and closures, or unknown columns do not make it stale", () => {
    const later = nursery();
    later.Payments?.rows.push(payment('P-3', 'INV-2', 5));
    later['Invoice Lines']?.rows.push(line('INV-2', 'manual', 'Hat', 1, 3));
    setCell(later, 'Invoices', 2, 'Accounting ID', 'XERO-1-synced');
    setCell(later, 'Schedule', 4, 'Rate', 12);
    later.Closures?.rows.push(closure('2026-03-10', 'Ben'));
    expect(fingerprintOf(later)).toBe(fingerprintOf(nursery()));
  });

  test('a void does not read the schedule, so a schedule change never makes a void stale', () => {
    const voidOf = (raw: RawWorkbook) => previewOne(raw, { action: 'void', invoiceIds: ['INV-1'] }).fingerprint;
    const later = nursery();
    setCell(later, 'Schedule', 2, 'Rate', 12);
    expect(voidOf(later)).toBe(voidOf(nursery()));
    expect(previewOne(nursery(), { action: 'regenerate', invoiceIds: ['INV-2'] }).fingerprint).not.toBe(
      voidOf(nursery()),
    );
  });
});
