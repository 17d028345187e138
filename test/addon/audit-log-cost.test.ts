/**
 * The Audit Log grows with every apply; an apply never reads it whole: only its header and the
 * rows of its own request key (a TextFinder search), so its cost does not follow the log's length.
 */
import { createFakeApps } from '../../fake-apps-script/src';
import { callJson, loadBundle } from '../../fake-apps-script/src/load-bundle';
import { nurserySheets, ZONE } from './harness';

const HEADER = ['Timestamp', 'User', 'Action', 'Invoice ID', 'Result ID', 'Request Key', 'Details'];
const REQUEST = { action: 'void', invoiceIds: ['INV-1'], reason: 'Wrong days', requestKey: 'key-new' };

function withAuditLog(rows: number) {
  const sheets = nurserySheets();
  sheets['Audit Log'] = [
    HEADER,
    ...Array.from({ length: rows }, (_, i) => [`2026-01-01`, 'a@b.c', 'void', `OLD-${i}`, '', `key-${i}`, '{}']),
  ];
  const apps = createFakeApps({ timeZone: ZONE, sheets });
  const api = loadBundle(apps);
  return { apps, apply: (request: object) => callJson(api.revoiceApply, request) };
}

describe('an apply and the Audit Log', () => {
  it('reads the same cells whether the log has 10 rows or 5,000', () => {
    const cost = (rows: number) => {
      const book = withAuditLog(rows);
      book.apps.calls.reset();
      expect(book.apply(REQUEST)).toMatchObject({ ok: true, results: [{ ok: true, voided: true }] });
      return { calls: book.apps.calls.sheetsCalls, cells: book.apps.calls.cellsRead };
    };
    expect(cost(5000)).toEqual(cost(10));
  });

  it('still answers a repeated key from the log, found among 5,000 rows', () => {
    const book = withAuditLog(5000);
    const first = book.apply(REQUEST);
    book.apps.calls.reset();
    expect(book.apply(REQUEST)).toEqual(first);
    expect(book.apps.calls.writes).toBe(0);
    expect(book.apps.calls.cellsRead).toBeLessThan(1000);
  });

  it('appends after the last row of the log', () => {
    const book = withAuditLog(30);
    book.apply(REQUEST);
    const rows = book.apps.display('Audit Log');
    expect(rows).toHaveLength(32);
    expect(rows[31][HEADER.indexOf('Request Key')]).toBe('key-new');
  });
});
