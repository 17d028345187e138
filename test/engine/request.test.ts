/** Request validation (parseRequest): BAD_REQUEST before any sheet is read, defaults, sheets to read. */
import { parseRequest } from '../../src/engine';
import { MAX_INVOICES_PER_CALL } from '../../src/shared/api';
import { Body, rejected, validRequest } from './drive';

const VOID: Body = { action: 'void', invoiceIds: ['INV-1'] };
const REGENERATE: Body = { action: 'regenerate', invoiceIds: ['INV-1'] };
const ids = (n: number) => Array.from({ length: n }, (_, i) => `INV-${i + 1}`);

describe('BAD_REQUEST', () => {
  test.each<[string, unknown]>([
    ['not an object', 'void INV-1'],
    ['an array', [VOID]],
    ['null', null],
    ['no action', { invoiceIds: ['INV-1'] }],
    ['an unknown action', { ...VOID, action: 'delete' }],
    ['no invoice IDs', { action: 'void' }],
    ['invoice IDs not a list', { ...VOID, invoiceIds: 'INV-1' }],
    ['an empty list of IDs', { ...VOID, invoiceIds: [] }],
    ['an empty ID', { ...VOID, invoiceIds: ['INV-1', '  '] }],
    ['a non-text ID', { ...VOID, invoiceIds: [7] }],
    ['a duplicate ID', { ...VOID, invoiceIds: ['INV-1', 'INV-2', 'INV-1'] }],
    ['a duplicate ID after trimming', { ...VOID, invoiceIds: ['INV-1', ' INV-1 '] }],
    [`more than ${MAX_INVOICES_PER_CALL} IDs`, { ...VOID, invoiceIds: ids(MAX_INVOICES_PER_CALL + 1) }],
    ['an unknown mode', { ...REGENERATE, mode: 'rebuild' }],
    ['keepManual not boolean', { ...REGENERATE, keepManual: 'no' }],
    ['a from that is not a date', { ...REGENERATE, from: '01/03/2026' }],
    ['a from that does not exist', { ...REGENERATE, from: '2026-02-30' }],
    ['a to that is not text', { ...REGENERATE, to: 20260331 }],
    ['from after to', { ...REGENERATE, from: '2026-03-20', to: '2026-03-10' }],
    ['from/to in copy mode', { ...REGENERATE, mode: 'copy', from: '2026-03-01' }],
    ['edits outside copy mode', { ...REGENERATE, edits: { 'INV-1': { lines: [{ index: 1, remove: true }] } } }],
    ['edits for an invoice not in the request', { ...REGENERATE, mode: 'copy', edits: { 'INV-2': { add: [] } } }],
    ['edits that are not an object', { ...REGENERATE, mode: 'copy', edits: [] }],
    ['edit lines that are not a list', { ...REGENERATE, mode: 'copy', edits: { 'INV-1': { lines: { index: 1 } } } }],
    ['a credit note on regenerate', { ...REGENERATE, creditNote: { refund: 0, credit: 0 } }],
    ['a credit note that is not an object', { ...VOID, creditNote: 10 }],
    ['a negative refund', { ...VOID, creditNote: { refund: -1, credit: 0 } }],
    ['a negative credit as text', { ...VOID, creditNote: { refund: 0, credit: '-0.01' } }],
    ['a refund that is not money', { ...VOID, creditNote: { refund: 'all of it', credit: 0 } }],
    ['a reason that is not text', { ...VOID, reason: 42 }],
    ['a reason over 1000 characters', { ...VOID, reason: 'x'.repeat(1001) }],
    ['a request key that is not text', { ...VOID, requestKey: 7 }],
    ['fingerprints that are not text', { ...VOID, fingerprints: { 'INV-1': 7 } }],
  ])('%s', (_, body) => {
    const failure = rejected(body);
    expect(failure).toEqual({ ok: false, code: 'BAD_REQUEST', message: expect.any(String) });
    expect(failure.message.length).toBeGreaterThan(10);
  });

  test('messages say what is wrong', () => {
    expect(rejected({ ...VOID, invoiceIds: ['A', 'A'] }).message).toContain('"A"');
    expect(rejected({ ...VOID, invoiceIds: ids(501) }).message).toContain('500');
    expect(rejected({ ...REGENERATE, from: '2026-03-20', to: '2026-03-10' }).message).toContain('2026-03-10');
  });
});

describe('a valid request', () => {
  test(`${MAX_INVOICES_PER_CALL} invoices are accepted`, () => {
    expect(validRequest({ ...VOID, invoiceIds: ids(MAX_INVOICES_PER_CALL) }).invoiceIds).toHaveLength(
      MAX_INVOICES_PER_CALL,
    );
  });

  test('defaults: schedule mode, manual lines kept, no period, no credit note, no key', () => {
    expect(validRequest(REGENERATE)).toEqual({
      action: 'regenerate',
      invoiceIds: ['INV-1'],
      reason: '',
      mode: 'schedule',
      keepManual: true,
      prorate: true,
      applyCredit: true,
      from: null,
      to: null,
      edits: {},
      creditNote: null,
      requestKey: null,
      fingerprints: {},
    });
  });

  test('IDs are trimmed; keepManual false is kept; from alone is fine', () => {
    const request = validRequest({ ...REGENERATE, invoiceIds: [' INV-1 '], keepManual: false, from: '2026-03-16' });
    expect([request.invoiceIds, request.keepManual, request.from, request.to]).toEqual([
      ['INV-1'],
      false,
      '2026-03-16',
      null,
    ]);
  });

  test('credit note amounts may be numbers or money text; a missing one is 0', () => {
    const note = validRequest({ ...VOID, creditNote: { refund: '£1,010.50', credit: 0.1 + 0.2 } }).creditNote;
    expect([note?.refund.toString(), note?.credit.toString()]).toEqual(['1010.5', '0.3']);
    expect(validRequest({ ...VOID, creditNote: { refund: 5 } }).creditNote?.credit.toString()).toBe('0');
  });

  test('from equal to to is a one-day period', () => {
    expect(validRequest({ ...REGENERATE, from: '2026-03-10', to: '2026-03-10' }).to).toBe('2026-03-10');
  });
});

describe('the sheets a request reads', () => {
  const sheets = (body: Body, forApply = false) => {
    const start = parseRequest(body, forApply);
    if ('ok' in start) throw new Error(start.message);
    return [...start.sheets.read].sort();
  };

  test('a void reads no Schedule or Closures', () => {
    expect(sheets(VOID)).toEqual(['creditNotes', 'invoices', 'lines', 'payments']);
  });

  test('an apply also reads the Audit Log', () => {
    expect(sheets(VOID, true)).toContain('audit');
    expect(sheets(VOID, false)).not.toContain('audit');
  });

  test('schedule mode reads the Schedule and Closures; copy mode does not', () => {
    expect(sheets(REGENERATE)).toEqual(['closures', 'creditNotes', 'invoices', 'lines', 'payments', 'schedule']);
    expect(sheets({ ...REGENERATE, mode: 'copy' })).toEqual(['creditNotes', 'invoices', 'lines', 'payments']);
  });
});
