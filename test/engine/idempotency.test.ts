/** Once only: a request key already in the Audit Log answers with the first results and writes nothing. */
import type { Plan, RawWorkbook } from '../../src/engine';
import { Body, NOW_CELL, appended, applyAll, commit, previewOne, setCell } from './drive';
import { CONTEXT, invoice, nursery } from './fixtures';

const EMPTY = { updates: {}, appends: {} };
const BODY: Body = {
  action: 'void-and-regenerate',
  invoiceIds: ['INV-1'],
  reason: 'Sessions changed',
  requestKey: 'req-42',
};

/** The workbook with only the Audit Log rows a plan would append (nothing else written). */
const withAuditOf = (raw: RawWorkbook, plan: Plan): RawWorkbook =>
  commit(raw, { updates: {}, appends: { audit: plan.appends.audit ?? [] } });

describe('audit rows', () => {
  test('one row per applied invoice, with the result in Details', () => {
    const raw = nursery();
    raw.Invoices?.rows.push(invoice('INV-4'));
    const { results, plan } = applyAll(raw, { ...BODY, invoiceIds: ['INV-1', 'INV-404', 'INV-4'] });
    const rows = appended(plan, 'audit');
    expect(rows.map((r) => [r.Action, r['Invoice ID'], r['Result ID'], r['Request Key'], r.User, r.Timestamp])).toEqual(
      [
        ['void-and-regenerate', 'INV-1', 'INV-1-R1', 'req-42', CONTEXT.user, { now: true }],
        ['void-and-regenerate', 'INV-4', 'INV-4-R1', 'req-42', CONTEXT.user, { now: true }],
      ],
    );
    const details = JSON.parse(String(rows[0].Details));
    expect(details).toMatchObject({ result: results[0], reason: 'Sessions changed', mode: 'schedule' });
    expect(details.failures).toEqual([results[1]]);
  });
});

describe('replay', () => {
  test('after the writes, the same key returns the first results and an empty plan', () => {
    const raw = nursery();
    const first = applyAll(raw, BODY);
    const again = applyAll(commit(raw, first.plan), BODY);
    expect(again.results).toEqual(first.results);
    expect(again.plan).toEqual(EMPTY);
  });

  test('the Audit Log alone is enough: the first results come back, nothing is planned', () => {
    const raw = nursery();
    const first = applyAll(raw, BODY);
    const again = applyAll(withAuditOf(raw, first.plan), BODY);
    expect(again.results).toEqual(first.results);
    expect(again.results[0]).toMatchObject({ newInvoiceId: 'INV-1-R1', total: '199.00', transferred: '50.00' });
    expect(again.plan).toEqual(EMPTY);
  });

  test('failures of the first call are answered again too', () => {
    const raw = nursery();
    const body = { ...BODY, invoiceIds: ['INV-404', 'INV-1', 'INV-2'] };
    const first = applyAll(raw, body);
    expect(first.results.map((r) => (r.ok ? 'ok' : r.code))).toEqual(['NOT_FOUND', 'ok', 'ALREADY_VOIDED']);
    const again = applyAll(commit(raw, first.plan), body);
    expect(again.results).toEqual(first.results);
    expect(again.plan).toEqual(EMPTY);
  });

  test('a void replays its credit note result without a second credit note', () => {
    const raw = nursery();
    const body = { action: 'void', invoiceIds: ['INV-1'], requestKey: 'void-1', creditNote: { refund: 20, credit: 0 } };
    const first = applyAll(raw, body);
    const again = applyAll(commit(raw, first.plan), body);
    expect(again.results).toEqual([
      { invoiceId: 'INV-1', ok: true, voided: true, unappliedCredit: '30.00', creditNoteId: 'CN-INV-1' },
    ]);
    expect(again.plan).toEqual(EMPTY);
  });

  test('a new key is a new request: evaluated against the workbook as it now is', () => {
    const raw = nursery();
    const after = commit(raw, applyAll(raw, BODY).plan);
    const again = applyAll(after, { ...BODY, requestKey: 'req-43' });
    expect(again.results[0]).toMatchObject({ ok: false, code: 'ALREADY_VOIDED' });
    const regenerate = applyAll(after, { action: 'regenerate', invoiceIds: ['INV-1'], requestKey: 'req-44' });
    expect(regenerate.results[0]).toMatchObject({ ok: false, code: 'ALREADY_REGENERATED', newInvoiceId: 'INV-1-R1' });
  });

  test('without a key nothing is replayed', () => {
    const raw = nursery();
    const first = applyAll(raw, BODY);
    const again = applyAll(withAuditOf(raw, first.plan), { ...BODY, requestKey: undefined });
    expect(appended(again.plan, 'invoices')).toHaveLength(1);
  });

  test('the same key for other invoices answers BAD_REQUEST for them and writes nothing', () => {
    const raw = nursery();
    raw.Invoices?.rows.push(invoice('INV-4'));
    const first = applyAll(raw, BODY);
    const again = applyAll(commit(raw, first.plan), { ...BODY, invoiceIds: ['INV-1', 'INV-4'] });
    expect(again.results[0]).toEqual(first.results[0]);
    expect(again.results[1]).toMatchObject({ invoiceId: 'INV-4', ok: false, code: 'BAD_REQUEST' });
    expect(again.plan).toEqual(EMPTY);
  });

  test('a hand-edited Details cell still proves the invoice was done', () => {
    const raw = nursery();
    const logged = withAuditOf(raw, applyAll(raw, BODY).plan);
    setCell(logged, 'Audit Log', 2, 'Details', 'checked by Sam');
    const again = applyAll(logged, BODY);
    expect(again.results).toEqual([{ invoiceId: 'INV-1', ok: true, voided: true }]);
    expect(again.plan).toEqual(EMPTY);
    expect(logged['Audit Log']?.rows[1]).toContain(NOW_CELL);
  });

  test('preview is never answered from the Audit Log', () => {
    const raw = nursery();
    const logged = withAuditOf(raw, applyAll(raw, BODY).plan);
    expect(previewOne(logged, BODY).newInvoiceId).toBe('INV-1-R1');
  });
});
