import { createFakeApps } from '../../fake-apps-script/src';
import { callJson, loadBundle, readDistHtml } from '../../fake-apps-script/src/load-bundle';
import { ZONE, nurserySheets } from './harness';

/** A book whose SpreadsheetApp.flush is recorded (with how many locks were released by then) and can fail. */
function openWatched(sheets: Record<string, unknown[][]>, failFlush = false) {
  const apps = createFakeApps({ timeZone: ZONE, sheets, html: readDistHtml() });
  const real = apps.globals.SpreadsheetApp as { flush(): void };
  const flushes: number[] = [];
  apps.globals.SpreadsheetApp = {
    ...real,
    flush: () => {
      flushes.push(apps.lock.released);
      if (failFlush) throw new Error('flush refused');
      real.flush();
    },
  };
  const api = loadBundle(apps);
  return { apps, flushes, call: (name: string, ...args: unknown[]) => callJson(api[name], ...args) };
}

const request = { action: 'void-and-regenerate', invoiceIds: ['INV-1'], reason: 'Schedule changed' };

describe('the write path restores and flushes before the lock is released', () => {
  it('a failed apply flushes its restore while holding the lock', () => {
    const book = openWatched(nurserySheets());
    const before = book.apps.snapshot();
    book.apps.faults.failWriteAt(2);
    expect(book.call('revoiceApply', request)).toMatchObject({ ok: false, code: 'WRITE_FAILED' });
    expect(book.flushes).toEqual([0]);
    expect(book.apps.lock.released).toBe(1);
    expect(book.apps.snapshot()).toEqual(before);
  });

  it('a flush that fails during the restore is reported among what could not be undone', () => {
    const book = openWatched(nurserySheets(), true);
    const response = book.call('revoiceApply', request);
    expect(response).toMatchObject({ ok: false, code: 'WRITE_FAILED' });
    expect(response.message).toBe(
      'Writing to the spreadsheet failed (flush refused). Revoice could not undo every write ' +
        '(flushing the restore failed: flush refused); check the Audit Log and the sheets.',
    );
    expect(book.flushes).toEqual([0, 0]);
    expect(book.apps.lock.released).toBe(book.apps.lock.acquired);
  });

  it('a failed setup puts the workbook back and says so', () => {
    const book = openWatched({ Sheet1: [['notes']] });
    const before = book.apps.snapshot();
    book.apps.faults.failWriteAt(3);
    expect(book.call('revoiceSetup')).toEqual({
      ok: false,
      code: 'WRITE_FAILED',
      message: expect.stringMatching(
        /^Setting up the workbook failed \(Service Spreadsheets failed while accessing document[^)]*\)\. Nothing was changed\.$/,
      ),
    });
    expect(book.flushes).toEqual([0]);
    expect(book.apps.snapshot()).toEqual(before);
  });
});
