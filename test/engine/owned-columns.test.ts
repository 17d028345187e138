/**
 * Columns Revoice appends on first write (SPEC §1) never block: an Audit Log, Credit Notes
 * or Payments sheet without them is read as far as it goes, and preview and apply agree.
 */
import type { Cell, RawWorkbook } from '../../src/engine';
import { Body, appended, applyAll, applyOne, commit, previewOne } from './drive';
import { creditNote, nursery, payment, renameColumn, workbook, invoice, line } from './fixtures';

const BODY: Body = {
  action: 'void-and-regenerate',
  invoiceIds: ['INV-1'],
  reason: 'Sessions changed',
  requestKey: 'req-1',
};
const AUDIT = ['Timestamp', 'User', 'Action', 'Invoice ID', 'Result ID', 'Request Key', 'Details'];

/** The nursery with an Audit Log holding only these headers (and these rows). */
function withAudit(header: string[], rows: Cell[][] = []): RawWorkbook {
  const raw = nursery();
  raw['Audit Log'] = { name: 'Audit Log', rows: [header, ...rows] };
  return raw;
}

describe("Audit Log columns are Revoice's own", () => {
  test.each([['Details'], ['Request Key'], ['Invoice ID'], ['Timestamp'], ['User'], ['Action'], ['Result ID']])(
    'an Audit Log without "%s" does not block an apply',
    (column) => {
      const raw = withAudit(AUDIT.filter((c) => c !== column));
      expect(previewOne(raw, BODY).newInvoiceId).toBe('INV-1-R1');
      const { results, plan } = applyAll(raw, BODY);
      expect(results[0]).toMatchObject({ ok: true, newInvoiceId: 'INV-1-R1' });
      // The row is planned whole: the sheets layer appends the missing header on write.
      expect(Object.keys(appended(plan, 'audit')[0]).sort()).toEqual([...AUDIT].sort());
    },
  );

  test('an Audit Log with no header at all does not block an apply', () => {
    const { results } = applyAll(withAudit([]), BODY);
    expect(results[0]).toMatchObject({ ok: true, newInvoiceId: 'INV-1-R1' });
  });

  test('without a Request Key column, replay by key finds nothing', () => {
    // Earlier rows exist, but no key was ever recorded: nothing proves req-1 was applied.
    const raw = withAudit(
      AUDIT.filter((c) => c !== 'Request Key'),
      [[null, 'sam@example.com', 'void', 'INV-9', '', '{}']],
    );
    expect(appended(applyAll(raw, BODY).plan, 'invoices')).toHaveLength(1);
  });

  test('without an Invoice ID column, replay still answers from Details', () => {
    const raw = nursery();
    const first = applyAll(raw, BODY);
    const logged = renameColumn(
      commit(raw, { updates: {}, appends: { audit: appended(first.plan, 'audit') } }),
      'Audit Log',
      'Invoice ID',
      null,
    );
    const again = applyAll(logged, BODY);
    expect(again.results).toEqual(first.results);
    expect(again.plan).toEqual({ updates: {}, appends: {} });
  });

  test('a key recorded with neither Invoice ID nor Details refuses every invoice (never applied twice)', () => {
    const raw = withAudit(['Request Key'], [['req-1']]);
    const { results, plan } = applyAll(raw, BODY);
    expect(results[0]).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    expect(plan).toEqual({ updates: {}, appends: {} });
  });
});

describe('ID columns Revoice writes', () => {
  test('Credit Notes without "Credit Note ID": IDs already taken are none', () => {
    const raw = renameColumn(
      workbook({
        Invoices: [invoice('INV-1', { Status: 'paid', Subtotal: 100, Total: 100 })],
        'Invoice Lines': [line('INV-1', 'session', 'Sessions', 10, 10)],
        Payments: [payment('P-1', 'INV-1', 100)],
        'Credit Notes': [creditNote('CN-INV-1', 'INV-1', 10, 0)],
      }),
      'Credit Notes',
      'Credit Note ID',
      null,
    );
    const body = { action: 'void', invoiceIds: ['INV-1'], creditNote: { refund: 20, credit: 5 } };
    expect(previewOne(raw, body).unappliedCredit).toBe('70.00');
    const { result, plan } = applyOne(raw, body);
    // paid 100 − earlier refund 10 − refund 20 = 70 held (the credit of 5 among it)
    expect(result).toMatchObject({ unappliedCredit: '70.00' });
    expect(appended(plan, 'creditNotes')[0]).toMatchObject({ 'Credit Note ID': 'CN-INV-1', Refund: 20, Credit: 5 });
  });

  test('Payments without "Payment ID": the transfer pair gets its IDs, payments still count', () => {
    const raw = renameColumn(nursery(), 'Payments', 'Payment ID', null);
    expect(previewOne(raw, BODY).transferred).toBe('50.00');
    const { result, plan } = applyOne(raw, BODY);
    expect(result).toMatchObject({ newInvoiceId: 'INV-1-R1', transferred: '50.00' });
    expect(appended(plan, 'payments').map((p) => [p['Payment ID'], p['Invoice ID'], p.Amount])).toEqual([
      ['TRF-INV-1-R1-OUT', 'INV-1', -50],
      ['TRF-INV-1-R1-IN', 'INV-1-R1', 50],
    ]);
  });
});
