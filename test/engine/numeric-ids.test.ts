/**
 * SPEC §1: IDs may be numbers. A cell holding 1001 is the ID "1001" on every sheet and in
 * link cells; a number in Invoices and text in Invoice Lines belong together; new IDs are text.
 */
import { rowOfInvoice, selectedInvoices } from '../../src/engine';
import type { Cell, RawWorkbook } from '../../src/engine';
import {
  Body,
  NOW_CELL,
  appended,
  applyAll,
  applyOne,
  commit,
  failureOf,
  invoiceRowOf,
  previewOne,
  sumFor,
} from './drive';
import { creditNote, invoice, line, payment, workbook } from './fixtures';

const voidAndRegenerate = (invoiceId: string, extra: Body = {}): Body => ({
  action: 'void-and-regenerate',
  invoiceIds: [invoiceId],
  mode: 'copy',
  requestKey: `key-${invoiceId}`,
  ...extra,
});

/**
 * Invoice 1001 (a number cell, GBP 100) with a text "1001" line of 10 × 10, a number 1001
 * payment of 60 and a number 1001 credit note refunding 5; invoice 1002 (number) to show IDs
 * never mix.
 */
function books(): RawWorkbook {
  return workbook({
    Invoices: [
      invoice('x', { 'Invoice ID': 1001, Reference: 3754, Subtotal: 100, Total: 100 }),
      invoice('x', { 'Invoice ID': 1002, Subtotal: 20, Total: 20 }),
    ],
    'Invoice Lines': [
      line('1001', 'session', 'Sessions', 10, 10),
      line('x', 'session', 'Other', 2, 10, { 'Invoice ID': 1002 }),
    ],
    Payments: [payment('x', 'x', 60, { 'Payment ID': 501, 'Invoice ID': 1001 }), payment('P-2', '1002', 20)],
    'Credit Notes': [creditNote('x', 'x', 5, 0).map((cell, i) => (i === 0 ? 9001 : i === 1 ? 1001 : cell))],
  });
}

describe('numeric IDs', () => {
  test('preview reads a number 1001 with its text "1001" lines and number 1001 payments and credit notes', () => {
    const preview = previewOne(books(), voidAndRegenerate('1001'));
    expect(preview.before).toMatchObject({ total: '100.00', paid: '60.00' });
    expect(preview.before.lines.map((l) => l.description)).toEqual(['Sessions']);
    // 60 paid − 5 refunded = 55 moves onto the copy's 100.00
    expect(preview).toMatchObject({ newInvoiceId: '1001-R1', transferred: '55.00', unappliedCredit: '0.00' });
  });

  test('void with a credit note: the credit note names 1001 as its cell holds it (a number)', () => {
    const { result, plan } = applyOne(books(), {
      action: 'void',
      invoiceIds: ['1001'],
      creditNote: { refund: 10, credit: 0 },
    });
    // 60 paid − 5 earlier refund − 10 refunded now = 45
    expect(result).toEqual({
      invoiceId: '1001',
      ok: true,
      voided: true,
      unappliedCredit: '45.00',
      creditNoteId: 'CN-1001',
    });
    expect(appended(plan, 'creditNotes')[0]).toMatchObject({
      'Credit Note ID': 'CN-1001',
      'Invoice ID': 1001,
      Refund: 10,
    });
    expect(appended(plan, 'audit')[0]).toMatchObject({ 'Invoice ID': '1001', 'Result ID': 'CN-1001' });
  });

  test('chain 1001 → 1001-R1 → 1001-R2, payments following: new IDs text, 1001 kept a number', () => {
    const first = applyOne(books(), voidAndRegenerate('1001'));
    expect(first.result).toMatchObject({ newInvoiceId: '1001-R1', total: '100.00', transferred: '55.00' });
    expect(appended(first.plan, 'invoices')[0]).toMatchObject({
      'Invoice ID': '1001-R1',
      Reference: 3754,
      'Regenerated From': { link: '1001' },
    });
    expect(appended(first.plan, 'lines').map((l) => l['Invoice ID'])).toEqual(['1001-R1']);
    expect(appended(first.plan, 'payments').map((p) => [p['Payment ID'], p['Invoice ID'], p.Amount])).toEqual([
      ['TRF-1001-R1-OUT', 1001, -55],
      ['TRF-1001-R1-IN', '1001-R1', 55],
    ]);
    const afterFirst = commit(books(), first.plan);
    expect(invoiceRowOf(afterFirst, '1001')).toMatchObject({ Status: 'voided', 'Regenerated As': '1001-R1' });

    const second = applyOne(afterFirst, voidAndRegenerate('1001-R1'));
    expect(second.result).toMatchObject({ newInvoiceId: '1001-R2', transferred: '55.00' });
    const afterSecond = commit(afterFirst, second.plan);
    expect(invoiceRowOf(afterSecond, '1001-R2')).toMatchObject({
      'Regenerated From': '1001-R1',
      Reference: 3754,
      Paid: 55,
      Status: 'open',
    });
    // Money is conserved: 60 paid on 1001 (the 5 refunded stays there) = −55 + 55 − 55 + 55 + 60.
    expect(sumFor(afterSecond, 'Payments', 'Amount', '1001')).toBe('5');
    expect(sumFor(afterSecond, 'Payments', 'Amount', '1001-R1')).toBe('0');
    expect(sumFor(afterSecond, 'Payments', 'Amount', '1001-R2')).toBe('55');
  });

  test('a link cell holding the number 1001 links to "1001"', () => {
    const raw = books();
    raw.Invoices?.rows.push(invoice('1001-R1', { 'Regenerated From': 1001, Status: 'voided' }));
    raw['Invoice Lines']?.rows.push(line('1001-R1', 'session', 'Sessions', 1, 10));
    raw.Invoices?.rows.forEach((cells, i) => {
      if (cells[0] === 1001) raw.Invoices!.rows[i][8] = 'voided';
    });
    // 1001 is taken: the row naming it in Regenerated From is its successor.
    expect(
      failureOf(raw, { action: 'regenerate', invoiceIds: ['1001'], mode: 'copy' }, 'ALREADY_REGENERATED').newInvoiceId,
    ).toBe('1001-R1');
    // and 1001-R1's chain starts at 1001: its successor is 1001-R2
    expect(applyOne(raw, { action: 'regenerate', invoiceIds: ['1001-R1'], mode: 'copy' }).result.newInvoiceId).toBe(
      '1001-R2',
    );
  });

  test('a number 1001 and a text "1001" in Invoices are one ID twice → DUPLICATE_ID', () => {
    const raw = books();
    raw.Invoices?.rows.push(invoice('1001'));
    expect(failureOf(raw, { action: 'void', invoiceIds: ['1001'] }, 'DUPLICATE_ID').message).toContain('Invoices!A4');
  });

  test('taken credit note and payment IDs are compared as text: 9001 and "CN-1001"', () => {
    const raw = books();
    raw['Credit Notes']?.rows.push(creditNote('CN-1001', '1002', 0, 0));
    const { plan } = applyOne(raw, { action: 'void', invoiceIds: ['1001'], creditNote: { refund: 1, credit: 0 } });
    expect(appended(plan, 'creditNotes')[0]['Credit Note ID']).toBe('CN-1001-2');
  });

  test('replay by request key finds the number-ID invoice in the Audit Log', () => {
    const first = applyAll(books(), voidAndRegenerate('1001'));
    const logged = commit(books(), { updates: {}, appends: { audit: appended(first.plan, 'audit') } });
    // The Audit Log's Invoice ID read back as a number cell: still "1001".
    const auditRows = logged['Audit Log']?.rows as Cell[][];
    auditRows[1][auditRows[0].indexOf('Invoice ID')] = 1001;
    expect(auditRows[1]).toContain(NOW_CELL);
    const again = applyAll(logged, voidAndRegenerate('1001'));
    expect(again.results).toEqual(first.results);
    expect(again.plan).toEqual({ updates: {}, appends: {} });
  });

  test('the selection lists a number cell as "1001", and its row is found by "1001"', () => {
    expect(selectedInvoices(books(), [2]).map((i) => [i.invoiceId, i.reference])).toEqual([['1001', '3754']]);
    expect(rowOfInvoice(books(), '1002')).toBe(3);
  });
});
