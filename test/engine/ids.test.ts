/** IDs: <root>-R<n> along the chain given by "Regenerated From", and duplicate IDs. */
import type { Cell } from '../../src/engine';
import { Body, appended, applyAll, applyOne, commit, failureOf, invoiceRowOf } from './drive';
import { invoice, line, payment, workbook } from './fixtures';

const voidAndRegenerate = (invoiceId: string): Body => ({
  action: 'void-and-regenerate',
  invoiceIds: [invoiceId],
  mode: 'copy',
});
const regenerate = (invoiceId: string): Body => ({ action: 'regenerate', invoiceIds: [invoiceId], mode: 'copy' });

function books(invoices: Cell[][]) {
  const ids = invoices.map((cells) => String(cells[0]));
  return workbook({
    Invoices: invoices,
    'Invoice Lines': ids.map((id) => line(id, 'session', 'Sessions', 1, 10)),
    Payments: [payment('P-1', 'INV-7', 10)],
  });
}

/** Regenerates `invoiceId` in one call and writes the plan; returns the new id and the workbook after. */
function step(raw: ReturnType<typeof books>, invoiceId: string) {
  const { result, plan } = applyOne(raw, voidAndRegenerate(invoiceId));
  return { id: result.newInvoiceId, raw: commit(raw, plan) };
}

describe('new invoice IDs', () => {
  test('INV-7 → INV-7-R1 → INV-7-R2 → INV-7-R3, one call at a time', () => {
    const first = step(books([invoice('INV-7')]), 'INV-7');
    const second = step(first.raw, 'INV-7-R1');
    const third = step(second.raw, 'INV-7-R2');
    expect([first.id, second.id, third.id]).toEqual(['INV-7-R1', 'INV-7-R2', 'INV-7-R3']);
    expect(invoiceRowOf(third.raw, 'INV-7-R2')).toMatchObject({
      'Regenerated From': 'INV-7-R1',
      'Regenerated As': 'INV-7-R3',
      Status: 'voided',
    });
    // the payment followed the chain
    expect(invoiceRowOf(third.raw, 'INV-7-R3')).toMatchObject({ Paid: 10, Balance: 0, Status: 'paid' });
  });

  test('the chain is read from Regenerated From cells, whatever the IDs look like', () => {
    const raw = books([
      invoice('INV-7', { Status: 'voided', 'Regenerated As': 'INV-7-R1' }),
      invoice('INV-7-R1', { Status: 'voided', 'Regenerated From': 'INV-7', 'Regenerated As': 'REISSUE-9' }),
      invoice('REISSUE-9', { Status: 'voided', 'Regenerated From': 'INV-7-R1' }),
    ]);
    expect(applyOne(raw, regenerate('REISSUE-9')).result.newInvoiceId).toBe('INV-7-R3');
  });

  test('an invoice not regenerated from anything is its own root, even with -R in its name', () => {
    const raw = books([invoice('ACME-R1', { Status: 'voided' }), invoice('2026/07', { Status: 'voided' })]);
    const { results } = applyAll(raw, { action: 'regenerate', invoiceIds: ['ACME-R1', '2026/07'], mode: 'copy' });
    expect(results.map((r) => r.ok && r.newInvoiceId)).toEqual(['ACME-R1-R1', '2026/07-R1']);
  });

  test('the new id differs from the voided one and both rows link to each other', () => {
    const { raw } = step(books([invoice('INV-7')]), 'INV-7');
    expect(invoiceRowOf(raw, 'INV-7')['Regenerated As']).toBe('INV-7-R1');
    expect(invoiceRowOf(raw, 'INV-7-R1')['Regenerated From']).toBe('INV-7');
  });

  test('a numeric Invoice ID cell is read as text', () => {
    const raw = books([invoice('1001', { Status: 'voided', 'Invoice ID': 1001 })]);
    expect(applyOne(raw, regenerate('1001')).result).toMatchObject({ newInvoiceId: '1001-R1', total: '10.00' });
  });
});

describe('DUPLICATE_ID', () => {
  test('two rows with one Invoice ID: an error naming both rows, for that ID only', () => {
    const raw = books([invoice('INV-1'), invoice('INV-5'), invoice('INV-2'), invoice('INV-5')]);
    const failure = failureOf(raw, { action: 'void', invoiceIds: ['INV-5'] }, 'DUPLICATE_ID');
    expect(failure.message).toContain('Invoices!A3');
    expect(failure.message).toContain('Invoices!A5');
    const { results } = applyAll(raw, { action: 'void', invoiceIds: ['INV-1', 'INV-5', 'INV-2'] });
    expect(results.map((r) => (r.ok ? 'ok' : r.code))).toEqual(['ok', 'DUPLICATE_ID', 'ok']);
  });

  test('the ID the regenerated invoice would take is already used, unlinked → DUPLICATE_ID naming its cell', () => {
    const raw = books([invoice('INV-7'), invoice('INV-7-R1', { Customer: 'Someone else' })]);
    const failure = failureOf(raw, voidAndRegenerate('INV-7'), 'DUPLICATE_ID');
    expect(failure.message).toContain('INV-7-R1');
    expect(failure.message).toContain('Invoices!A3');
  });

  test('new payment and credit note IDs are unique within one call', () => {
    const raw = books([invoice('INV-7'), invoice('INV-8')]);
    raw.Payments?.rows.push(payment('P-2', 'INV-8', 10));
    const { plan } = applyAll(raw, {
      action: 'void-and-regenerate',
      invoiceIds: ['INV-7', 'INV-8'],
      mode: 'copy',
      creditNote: { refund: 1, credit: 0 },
    });
    const paymentIds = appended(plan, 'payments').map((r) => r['Payment ID']);
    const noteIds = appended(plan, 'creditNotes').map((r) => r['Credit Note ID']);
    expect(noteIds).toEqual(['CN-INV-7', 'CN-INV-8']);
    expect(paymentIds).toHaveLength(4);
    expect(new Set(paymentIds).size).toBe(4);
  });
});

describe('links survive bad cells elsewhere in a row', () => {
  test('a bad cell in an ancestor row never gives an off-chain id (INV-7-R3, or the row is reported)', () => {
    const raw = books([
      invoice('INV-7', { Status: 'voided', 'Regenerated As': 'INV-7-R1' }),
      invoice('INV-7-R1', {
        Status: 'voided',
        'Regenerated From': 'INV-7',
        'Regenerated As': 'INV-7-R2',
        Total: 'n/a',
      }),
      invoice('INV-7-R2', { Status: 'voided', 'Regenerated From': 'INV-7-R1' }),
    ]);
    const [result] = applyAll(raw, regenerate('INV-7-R2')).results;
    expect(result.ok ? result.newInvoiceId : result.code).toMatch(/^(INV-7-R3|BAD_VALUE)$/);
  });

  test('a regenerated row with a bad cell still proves its original was regenerated → ALREADY_REGENERATED', () => {
    const raw = books([
      invoice('INV-7', { Status: 'voided' }),
      invoice('NEW-5', { 'Regenerated From': 'INV-7', Total: 'n/a' }),
    ]);
    const [result] = applyAll(raw, regenerate('INV-7')).results;
    expect(result).toMatchObject({ ok: false, code: 'ALREADY_REGENERATED', newInvoiceId: 'NEW-5' });
  });
});
