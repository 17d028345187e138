/**
 * A link cell showing a Sheets error (#N/A, #REF!…) is an unknown link, not an ID: the chain
 * is found from the other side (the row linking to it, the ID pattern <root>-R<n>).
 */
import type { Cell } from '../../src/engine';
import { Body, applyOne, failureOf } from './drive';
import { invoice, line, workbook } from './fixtures';

const ERRORS = ['#N/A', '#REF!', '#ERROR!', '#VALUE!', '#NAME?', '#DIV/0!', '#NUM!', '#NULL!'];
const regenerate = (invoiceId: string): Body => ({ action: 'regenerate', invoiceIds: [invoiceId], mode: 'copy' });

/** Voided invoices with these link cells, one 10.00 line each. */
function books(links: [id: string, from: Cell, as: Cell][]) {
  return workbook({
    Invoices: links.map(([id, from, as]) =>
      invoice(id, { Status: 'voided', 'Regenerated From': from, 'Regenerated As': as }),
    ),
    'Invoice Lines': links.map(([id]) => line(id, 'session', 'Sessions', 1, 10)),
  });
}

const newIdOf = (raw: ReturnType<typeof books>, invoiceId: string) =>
  applyOne(raw, regenerate(invoiceId)).result.newInvoiceId;

describe('Regenerated From showing an error', () => {
  test.each(ERRORS)('%s: the chain is found from the row whose Regenerated As names it → INV-7-R2', (error) => {
    const raw = books([
      ['INV-7', '', 'INV-7-R1'],
      ['INV-7-R1', error, ''],
    ]);
    expect(newIdOf(raw, 'INV-7-R1')).toBe('INV-7-R2');
  });

  test('both sides broken: the ID pattern INV-7-R1 says it is the first regeneration of INV-7', () => {
    const raw = books([
      ['INV-7', '', '#REF!'],
      ['INV-7-R1', '#REF!', ''],
    ]);
    expect(newIdOf(raw, 'INV-7-R1')).toBe('INV-7-R2');
  });

  test('a break further up the chain: INV-7-R2 ← INV-7-R1 (#N/A) gives INV-7-R3', () => {
    const raw = books([
      ['INV-7', '', '#N/A'],
      ['INV-7-R1', '#N/A', 'INV-7-R2'],
      ['INV-7-R2', 'INV-7-R1', ''],
    ]);
    expect(newIdOf(raw, 'INV-7-R2')).toBe('INV-7-R3');
  });

  test('nothing to go on: the invoice is its own root, never "#N/A-R2"', () => {
    const raw = books([['REISSUE-9', '#N/A', '']]);
    expect(newIdOf(raw, 'REISSUE-9')).toBe('REISSUE-9-R1');
  });
});

describe('Regenerated As showing an error', () => {
  test.each(ERRORS)("%s with a row naming it in Regenerated From → ALREADY_REGENERATED with that row's ID", (error) => {
    const raw = books([
      ['INV-7', '', error],
      ['NEW-5', 'INV-7', ''],
    ]);
    const failure = failureOf(raw, regenerate('INV-7'), 'ALREADY_REGENERATED');
    expect(failure.newInvoiceId).toBe('NEW-5');
    expect(failure.message).not.toContain(error);
  });

  test('no row names it but INV-7-R1 exists → ALREADY_REGENERATED as INV-7-R1', () => {
    const raw = books([
      ['INV-7', '', '#N/A'],
      ['INV-7-R1', '#N/A', ''],
    ]);
    expect(failureOf(raw, regenerate('INV-7'), 'ALREADY_REGENERATED').newInvoiceId).toBe('INV-7-R1');
  });

  test('nothing found: still ALREADY_REGENERATED (never a second regeneration), naming the cell, no new ID', () => {
    const raw = books([['INV-7', '', '#REF!']]);
    const failure = failureOf(raw, regenerate('INV-7'), 'ALREADY_REGENERATED');
    expect(failure.newInvoiceId).toBeUndefined();
    expect(failure.message).toContain('Invoices!O2');
  });
});
