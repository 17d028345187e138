/**
 * reset-accounting (SPEC §3): the invoice's accounting cells are blanked (a ticked Synced
 * checkbox unticked), what they held goes into the answer and the Audit Log, and nothing else of
 * the workbook is touched. Worked by hand on a small Invoices sheet with an accounting tool's columns.
 */
import type { Cell, Context, RawWorkbook } from '../../src/engine';
import {
  Body,
  appended,
  applyAll,
  applyOne,
  commit,
  failureOf,
  previewOne,
  rejected,
  requestFailure,
  setCell,
  updatesOf,
} from './drive';
import { CONTEXT, HEADERS, nursery, without } from './fixtures';

/** Columns an accounting tool (Xero, via a sync add-on) keeps on Invoices, after Revoice's own. */
const SYNC_COLUMNS = ['Xero ID', 'Synced', 'Synced At', 'Notes'];
const SYNCED_AT: Cell = { date: '2026-04-02', time: '10:15:00' };

/**
 * Invoices with the sync columns: INV-1 synced (Xero ID, ticked, a time), INV-2 voided and synced
 * too, INV-3 a draft never synced (checkbox unticked). Sheet rows 2, 3, 4.
 */
function synced(): RawWorkbook {
  const raw = nursery();
  const sheet = raw.Invoices as { rows: Cell[][] };
  const extra: Cell[][] = [
    ['XERO-0042', true, SYNCED_AT, 'call before the 5th'],
    [4711, true, { date: '2026-04-03' }, ''],
    ['', false, null, ''],
  ];
  sheet.rows = sheet.rows.map((cells, r) => [...cells, ...(r === 0 ? SYNC_COLUMNS : extra[r - 1])]);
  return raw;
}

const RESET: Body = { action: 'reset-accounting', invoiceIds: ['INV-1'], reason: 'Deleted in Xero', requestKey: 'r-1' };
const DUPLICATE = 'If INV-1 still exists in your accounting software, the next sync creates it again as a duplicate';

describe('reset-accounting clears the accounting link', () => {
  test('INV-1: Accounting ID, Xero ID and Synced At blanked, Synced unticked; Notes untouched', () => {
    const { result, plan } = applyOne(synced(), RESET);
    expect(result).toEqual({
      invoiceId: 'INV-1',
      ok: true,
      voided: false,
      cleared: [
        { column: 'Accounting ID', value: 'XERO-1' },
        { column: 'Xero ID', value: 'XERO-0042' },
        { column: 'Synced', value: true },
        { column: 'Synced At', value: '2026-04-02T10:15:00' },
      ],
    });
    expect(plan.updates.invoices).toEqual([
      { row: 2, column: 'Accounting ID', value: '', optional: true },
      { row: 2, column: 'Xero ID', value: '', optional: true },
      { row: 2, column: 'Synced', value: false, optional: true },
      { row: 2, column: 'Synced At', value: '', optional: true },
    ]);
    expect(Object.keys(plan.appends)).toEqual(['audit']);
  });

  test('what was cleared is kept in the Audit Log row, with the reason', () => {
    const { result, plan } = applyOne(synced(), RESET);
    const [row] = appended(plan, 'audit');
    expect(row).toMatchObject({
      Action: 'reset-accounting',
      'Invoice ID': 'INV-1',
      'Result ID': '',
      'Request Key': 'r-1',
    });
    const details = JSON.parse(String(row.Details));
    expect(details).toEqual({ result, reason: 'Deleted in Xero' });
    expect(details.result.cleared.map((c: { column: string }) => c.column)).toEqual(
      expect.arrayContaining(['Xero ID', 'Synced']),
    );
  });

  test('the preview says what will be cleared and warns about a duplicate in the accounting software', () => {
    const preview = previewOne(synced(), RESET);
    expect(preview.cleared).toEqual(applyOne(synced(), RESET).result.cleared);
    expect(preview.before).toMatchObject({ lines: [], subtotal: '125.00', tax: '20.00', total: '145.00' });
    expect(preview.warnings).toEqual([`${DUPLICATE}: void or delete it there first.`]);
    expect(preview.after).toBeUndefined();
  });

  test('any status: a voided invoice with a numeric Xero ID is reset too, and stays voided', () => {
    const { result, plan } = applyOne(synced(), { ...RESET, invoiceIds: ['INV-2'] });
    expect(result.cleared).toEqual([
      { column: 'Xero ID', value: 4711 },
      { column: 'Synced', value: true },
      { column: 'Synced At', value: '2026-04-03' },
    ]);
    expect(updatesOf(plan, 'invoices', 3)).toEqual({ 'Xero ID': '', Synced: false, 'Synced At': '' });
  });

  test('nothing to clear (blank cells, an unticked checkbox) is NOTHING_TO_CLEAR, and nothing is written', () => {
    const failure = failureOf(synced(), { ...RESET, invoiceIds: ['INV-3'] }, 'NOTHING_TO_CLEAR');
    expect(failure.message).toBe(
      'INV-3 has no accounting link to clear: its accounting columns (Accounting ID, Xero ID, Synced, Synced At) are blank.',
    );
  });

  test('several invoices: each cleared on its own row, one failing does not stop the others', () => {
    const { results, plan } = applyAll(synced(), { ...RESET, invoiceIds: ['INV-3', 'INV-2', 'INV-1'] });
    expect(results.map((r) => (r.ok ? 'ok' : r.code))).toEqual(['NOTHING_TO_CLEAR', 'ok', 'ok']);
    expect([...new Set(plan.updates.invoices?.map((u) => u.row))]).toEqual([3, 2]);
    expect(appended(plan, 'audit').map((r) => r['Invoice ID'])).toEqual(['INV-2', 'INV-1']);
  });

  test('only Invoices is needed: no Payments, Invoice Lines, Schedule or Credit Notes sheet', () => {
    const bare = without(synced(), 'Payments', 'Invoice Lines', 'Schedule', 'Credit Notes', 'Closures');
    expect(applyOne(bare, RESET).result.cleared).toHaveLength(4);
  });

  test('once only: after the writes, the same request key answers the first result and plans nothing', () => {
    const raw = synced();
    const first = applyAll(raw, RESET);
    const after = commit(raw, first.plan);
    expect(after.Invoices?.rows[1].slice(-4)).toEqual(['', false, '', 'call before the 5th']);
    const again = applyAll(after, RESET);
    expect(again.results).toEqual(first.results);
    expect(again.plan).toEqual({ updates: {}, appends: {} });
    // A new key finds nothing left to clear.
    expect(applyAll(after, { ...RESET, requestKey: 'r-2' }).results[0]).toMatchObject({ code: 'NOTHING_TO_CLEAR' });
  });

  test('STALE when the sync writes a new ID between preview and apply', () => {
    const raw = synced();
    const { fingerprint } = previewOne(raw, RESET);
    setCell(raw, 'Invoices', 2, 'Xero ID', 'XERO-0043');
    const body = { ...RESET, fingerprints: { 'INV-1': fingerprint } };
    expect(applyAll(raw, body).results[0]).toMatchObject({ ok: false, code: 'STALE' });
  });
});

describe('which columns are the accounting columns', () => {
  const noAccounting = (): RawWorkbook => {
    const raw = nursery();
    const sheet = raw.Invoices as { rows: Cell[][] };
    const at = HEADERS.Invoices.indexOf('Accounting ID');
    sheet.rows = sheet.rows.map((cells, r) => cells.map((cell, c) => (c === at && r === 0 ? 'Ledger Ref' : cell)));
    return raw;
  };

  test('none of the usual names in row 1: MISSING_COLUMN naming what was looked for', () => {
    const failure = requestFailure(noAccounting(), RESET);
    expect(failure).toEqual({
      ok: false,
      code: 'MISSING_COLUMN',
      message:
        'Sheet "Invoices" has no accounting column in row 1: Revoice looked for "Accounting ID", "Xero ID", ' +
        '"QuickBooks ID", "QBO ID", "Sage ID", "External ID", "Synced", "Synced At", "Sync Status" (the usual names). ' +
        "Choose the columns your accounting software fills in the sidebar's Settings.",
    });
  });

  test('headers match as headers do: case and spaces aside', () => {
    const raw = noAccounting();
    setCell(raw, 'Invoices', 1, 'Ledger Ref', '  quickbooks   ID ');
    expect(applyOne(raw, RESET).result.cleared).toEqual([{ column: 'quickbooks   ID', value: 'XERO-1' }]);
  });

  test('columns chosen in Settings replace the usual names', () => {
    const context: Context = { ...CONTEXT, accountingColumns: ['ledger ref', 'Notes'] };
    const raw = noAccounting();
    const sheet = raw.Invoices as { rows: Cell[][] };
    sheet.rows = sheet.rows.map((cells, r) => [
      ...cells,
      ...(r === 0 ? ['Xero ID', 'Notes'] : ['XERO-9', 'paid by card']),
    ]);
    const { result, plan } = applyOne(raw, RESET, context);
    // Xero ID is a usual name, but the bookkeeper's choice is what counts.
    expect(result.cleared).toEqual([
      { column: 'Ledger Ref', value: 'XERO-1' },
      { column: 'Notes', value: 'paid by card' },
    ]);
    expect(updatesOf(plan, 'invoices', 2)).toEqual({ 'ledger ref': '', Notes: '' });
  });

  test('chosen columns none of which is in row 1: MISSING_COLUMN naming them', () => {
    const context: Context = { ...CONTEXT, accountingColumns: ['Xero Ref'] };
    expect(requestFailure(synced(), RESET, context).message).toBe(
      'Sheet "Invoices" has no accounting column in row 1: Revoice looked for "Xero Ref" (the columns chosen in ' +
        "Settings). Choose the columns your accounting software fills in the sidebar's Settings.",
    );
  });

  test('a column Revoice reads or writes is never cleared, whatever Settings or the column mapping say', () => {
    // Chosen: the Reference and the Total; mapped: the Invoice ID kept under "External ID", a usual name.
    const raw = noAccounting();
    setCell(raw, 'Invoices', 1, 'Invoice ID', 'External ID');
    const mapping = { Invoices: { 'Invoice ID': 'External ID' } };
    const chosen: Context = { ...CONTEXT, columnMapping: mapping, accountingColumns: ['Reference', 'Total'] };
    expect(requestFailure(raw, RESET, chosen).code).toBe('MISSING_COLUMN');
    expect(requestFailure(raw, RESET, { ...CONTEXT, columnMapping: mapping }).code).toBe('MISSING_COLUMN');
  });

  test('a column mapping that names Accounting ID finds it under its own header', () => {
    const context: Context = { ...CONTEXT, columnMapping: { Invoices: { 'Accounting ID': 'Ledger Ref' } } };
    const { result, plan } = applyOne(noAccounting(), RESET, context);
    expect(result.cleared).toEqual([{ column: 'Ledger Ref', value: 'XERO-1' }]);
    expect(updatesOf(plan, 'invoices', 2)).toEqual({ 'Accounting ID': '' });
  });

  test('a cell the workbook computes keeps its formula: not cleared, and the preview says so', () => {
    const raw = synced();
    const synceds = SYNC_COLUMNS.indexOf('Synced') + HEADERS.Invoices.length;
    (raw.Invoices as { computed?: unknown }).computed = { cells: new Set([`2:${synceds}`]), columns: new Set() };
    const preview = previewOne(raw, RESET);
    expect(preview.cleared?.map((c) => c.column)).toEqual(['Accounting ID', 'Xero ID', 'Synced At']);
    expect(preview.warnings[0]).toBe(
      'Synced of INV-1 is computed by a formula (Invoices!R2): Revoice leaves it to compute.',
    );
    expect(updatesOf(applyOne(raw, RESET).plan, 'invoices', 2)).not.toHaveProperty('Synced');
  });

  test('only formulas left to clear: NOTHING_TO_CLEAR says so', () => {
    const raw = synced();
    const xero = HEADERS.Invoices.length;
    (raw.Invoices as { computed?: unknown }).computed = {
      cells: new Set(),
      columns: new Set([xero, xero + 1, xero + 2]),
    };
    expect(failureOf(raw, { ...RESET, invoiceIds: ['INV-2'] }, 'NOTHING_TO_CLEAR').message).toContain(
      'are blank or computed by formulas',
    );
  });
});

describe('the request', () => {
  test('takes no mode, dates, edits or credit note: it rebuilds nothing', () => {
    expect(rejected({ ...RESET, mode: 'copy' })).toMatchObject({ code: 'BAD_REQUEST' });
    expect(rejected({ ...RESET, from: '2026-03-01', keepManual: true }).message).toBe(
      '"reset-accounting" rebuilds nothing; it takes no "keepManual", "from".',
    );
    expect(rejected({ ...RESET, creditNote: { refund: 1, credit: 0 } }).message).toContain('takes none');
  });
});
