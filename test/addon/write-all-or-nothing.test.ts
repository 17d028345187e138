import { createFakeApps } from '../../fake-apps-script/src';
import { callJson, loadBundle, readDistHtml } from '../../fake-apps-script/src/load-bundle';
import { PROTECTED, ZONE, bookkeepersView, nurserySheets } from './harness';

/**
 * A book whose SpreadsheetApp.flush is recorded (with how many locks were released by then) and
 * whose flushes numbered in `failing` (1-based) fail: as in Sheets, the writes buffered since the
 * last flush are then lost.
 */
function openWatched(sheets: Record<string, unknown[][]>, failing: number[] = []) {
  const apps = createFakeApps({ timeZone: ZONE, sheets, html: readDistHtml() });
  const real = apps.globals.SpreadsheetApp as { flush(): void };
  const flushes: number[] = [];
  // The fake loses what was written after a flush fault was armed: arm it right after the flush before.
  const arm = (next: number) => failing.includes(next) && apps.faults.failNextFlush({ message: 'flush refused' });
  arm(1);
  apps.globals.SpreadsheetApp = {
    ...real,
    flush: () => {
      flushes.push(apps.lock.released);
      try {
        real.flush();
      } finally {
        arm(flushes.length + 1);
      }
    },
  };
  const api = loadBundle(apps);
  return { apps, flushes, call: (name: string, ...args: unknown[]) => callJson(api[name], ...args) };
}

const request = { action: 'void-and-regenerate', invoiceIds: ['INV-1'], reason: 'Schedule changed' };

describe('the write path restores and flushes before the lock is released', () => {
  it('a failed apply undoes its writes and flushes that while holding the lock', () => {
    const book = openWatched(nurserySheets());
    const before = bookkeepersView(book.apps);
    book.apps.faults.failWriteAt(6, PROTECTED); // past the journal's record, among the changes
    expect(book.call('revoiceApply', request)).toMatchObject({ ok: false, code: 'WRITE_FAILED' });
    expect(book.flushes.length).toBeGreaterThanOrEqual(2); // the record, then the undo
    expect(book.flushes.every((released) => released === 0)).toBe(true);
    expect(book.apps.lock.released).toBe(1);
    expect(bookkeepersView(book.apps)).toEqual(before);
  });

  it('an undo that cannot be flushed is finished by the next call, which says so', () => {
    const book = openWatched(nurserySheets(), [2, 3]); // the journal's record lands; the changes and their undo do not
    const before = bookkeepersView(book.apps);
    const response = book.call('revoiceApply', request);
    expect(response).toMatchObject({ ok: false, code: 'WRITE_FAILED' });
    expect(response.message).toBe(
      'Writing to the spreadsheet failed (flush refused). Revoice could not undo every write yet ' +
        '(flushing the undo failed: flush refused); the next Revoice call on this spreadsheet finishes undoing it, ' +
        'before anything else.',
    );
    expect(book.apps.lock.released).toBe(book.apps.lock.acquired);
    const selection = book.call('revoiceSelection');
    expect(selection).toMatchObject({ ok: true, repaired: { action: 'void-and-regenerate', invoiceIds: ['INV-1'] } });
    expect(bookkeepersView(book.apps)).toEqual(before);
    expect(book.call('revoiceSelection').repaired).toBeUndefined();
  });

  it('a reset-accounting failing at any write puts the cleared cells back, holding the lock', () => {
    const reset = { action: 'reset-accounting', invoiceIds: ['INV-1', 'INV-2'], requestKey: 'reset-key' };
    const probe = openWatched(nurserySheets());
    probe.apps.faults.clear();
    expect(probe.call('revoiceApply', reset)).toMatchObject({ ok: true, results: [{ ok: true }, { ok: true }] });
    const writes = probe.apps.faults.writeCount;
    expect(writes).toBeGreaterThanOrEqual(3);
    for (let n = 1; n <= writes; n++) {
      const book = openWatched(nurserySheets());
      const before = bookkeepersView(book.apps);
      book.apps.faults.failWriteAt(n, PROTECTED);
      expect(book.call('revoiceApply', reset)).toMatchObject({ ok: false, code: 'WRITE_FAILED' });
      expect(book.flushes.every((released) => released === 0)).toBe(true);
      expect(book.apps.lock.released).toBe(1);
      expect(bookkeepersView(book.apps)).toEqual(before);
      // Undone, so the same key may be applied again, and then it is done once.
      expect(book.call('revoiceApply', reset)).toMatchObject({ ok: true, results: [{ ok: true }, { ok: true }] });
    }
  });

  it('a failed setup puts the workbook back and says so', () => {
    const book = openWatched({ Sheet1: [['notes']] });
    const before = bookkeepersView(book.apps);
    book.apps.faults.failWriteAt(6, PROTECTED);
    expect(book.call('revoiceSetup')).toEqual({
      ok: false,
      code: 'WRITE_FAILED',
      message: `Setting up the workbook failed (${PROTECTED}). Nothing was changed.`,
    });
    expect(bookkeepersView(book.apps)).toEqual(before);
  });
});
