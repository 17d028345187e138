/**
 * The crash-safety sweep, on any workbook (see crash-safety*.test.ts): an apply that touches every
 * sheet — two voids with credit notes, two regenerations with their lines and ledger pairs, a
 * draft rebuilt in place (its old line deleted), a new
 * Audit Log, columns added, rows inserted — is killed, fails for good (its undo failing too), or
 * meets a passing error at each of its Sheets calls in turn. Every time, after the next Revoice
 * call the workbook is as before or as after a clean run, and the same request key applied again
 * ends exactly like a clean run: nothing half done, nothing applied twice.
 */
import { SERVICE_ERRORS, createFakeApps } from '../../fake-apps-script/src';
import type { FakeApps } from '../../fake-apps-script/src';
import { callJson, loadBundle, readDistHtml } from '../../fake-apps-script/src/load-bundle';
import { PROTECTED, ZONE, bookkeepersView, callSequence, nthChangeWrite } from './harness';

export function crashSweep(sheets: () => Record<string, unknown[][]>): void {
  const NOW = Date.UTC(2026, 10, 21, 9, 30);
  const REQUEST = {
    action: 'void-and-regenerate',
    // INV-3 is a draft: rebuilt in place, its old line row deleted (and put back on undo).
    invoiceIds: ['INV-1', 'INV-2', 'INV-3'],
    reason: 'Schedule changed',
    creditNote: { refund: 10, credit: 0 },
    requestKey: 'crash-key',
  };

  function boot(from?: FakeApps) {
    const options = { timeZone: ZONE, html: readDistHtml(), now: NOW, virtualClock: true };
    const apps = from
      ? createFakeApps({ ...options, from: from.snapshot() })
      : createFakeApps({ ...options, sheets: sheets() });
    const api = loadBundle(apps);
    const call = (name: string, ...args: unknown[]): any => callJson(api[name], ...args);
    return { apps, call };
  }

  /**
   * Runs a call that may be stopped or fail: its answer, or null when it threw (the execution was
   * killed, or a Sheets read failed for good: google.script.run would report that as a failure).
   */
  function attempt(book: ReturnType<typeof boot>, name: string, ...args: unknown[]): any {
    try {
      return book.call(name, ...args);
    } catch {
      return null;
    }
  }

  const clean = boot();
  const BEFORE = bookkeepersView(clean.apps);
  clean.apps.calls.reset();
  let CLEAN_RESULT: any;
  const METHODS = callSequence(clean.apps, () => (CLEAN_RESULT = clean.call('revoiceApply', REQUEST)));
  const CALLS = clean.apps.calls.total;
  const AFTER = bookkeepersView(clean.apps);

  /** The same key again: the first result, and the workbook as after one clean run. */
  function expectExactlyOnce(book: ReturnType<typeof boot>): void {
    const again = book.call('revoiceApply', REQUEST);
    const { repaired: _repaired, ...answer } = again;
    expect(answer).toEqual(CLEAN_RESULT);
    expect(bookkeepersView(book.apps)).toEqual(AFTER);
  }

  /** After the next call (which recovers), the workbook is untouched or completely applied. */
  function expectConsistent(book: ReturnType<typeof boot>): 'untouched' | 'applied' {
    const view = bookkeepersView(book.apps);
    if (JSON.stringify(view) === JSON.stringify(BEFORE)) return 'untouched';
    expect(view).toEqual(AFTER);
    return 'applied';
  }

  describe('the apply under test', () => {
    it('touches every sheet and makes many Sheets calls', () => {
      expect(CLEAN_RESULT).toMatchObject({
        ok: true,
        results: [
          { invoiceId: 'INV-1', ok: true, newInvoiceId: 'INV-1-R1' },
          { invoiceId: 'INV-2', ok: true, newInvoiceId: 'INV-2-R1' },
          { invoiceId: 'INV-3', ok: true, regeneratedInPlace: true },
        ],
      });
      const names = AFTER.sheets.map((sheet) => sheet.name);
      expect(names).toEqual(expect.arrayContaining(['Audit Log', 'Credit Notes', 'Payments', 'Invoice Lines']));
      expect(CALLS).toBeGreaterThan(30);
    });
  });

  const POINTS = Array.from({ length: CALLS }, (_, i) => i + 1);
  const tally = { killed: { untouched: 0, applied: 0 }, failed: { untouched: 0, applied: 0 }, transient: 0 };
  afterAll(() => {
    const killed = tally.killed.untouched + tally.killed.applied;
    const failed = tally.failed.untouched + tally.failed.applied;
    console.log(
      [
        `killed at ${killed}/${CALLS * 2} points (unflushed writes lost, or kept): ${killed} recovered ` +
          `(${tally.killed.untouched} rolled back, ${tally.killed.applied} already complete), 0 duplicated`,
        `write and undo failing from ${failed}/${CALLS} points: ${failed} recovered (${tally.failed.untouched} rolled ` +
          `back, ${tally.failed.applied} already complete), 0 duplicated`,
        `a passing error at ${tally.transient}/${CALLS} points: ${tally.transient} applied once, 0 duplicated`,
      ].join('\n'),
    );
  });

  const KILLS = POINTS.flatMap((k) => (['lost', 'kept'] as const).map((unflushed) => [k, unflushed] as const));

  describe('killed (no catch runs) at every Sheets call, then the next call recovers', () => {
    it.each(KILLS)('killed at call %i, unflushed writes %s', (k, unflushed) => {
      const book = boot();
      book.apps.faults.killAt(k, { unflushed });
      expect(attempt(book, 'revoiceApply', REQUEST)).toBeNull();
      const next = boot(book.apps);
      expect(next.call('revoiceSelection')).toMatchObject({ ok: true });
      tally.killed[expectConsistent(next)]++;
      expectExactlyOnce(next);
    });
  });

  describe('killed again while recovering, at every call of the recovery', () => {
    // Killed after the journal's record landed and some changes were written: recovery has work to do.
    const k = nthChangeWrite(METHODS, 3);
    const probe = boot();
    probe.apps.faults.killAt(k, { unflushed: 'kept' });
    attempt(probe, 'revoiceApply', REQUEST);
    const recovering = boot(probe.apps);
    recovering.apps.calls.reset();
    recovering.call('revoiceSelection');
    const recoveryCalls = recovering.apps.calls.total;

    it('has a recovery to interrupt', () => {
      expect(bookkeepersView(probe.apps)).not.toEqual(BEFORE);
      expect(recoveryCalls).toBeGreaterThan(5);
    });

    it.each(Array.from({ length: recoveryCalls }, (_, i) => i + 1))('recovery killed at call %i', (j) => {
      const first = boot(probe.apps);
      first.apps.faults.killAt(j, { unflushed: 'kept' });
      attempt(first, 'revoiceSelection');
      const second = boot(first.apps);
      expect(second.call('revoiceSelection')).toMatchObject({ ok: true });
      expect(expectConsistent(second)).toBe('untouched');
      expectExactlyOnce(second);
    });
  });

  describe('a write that fails for good, its undo failing too, at every point', () => {
    it.each(POINTS)('failing from call %i on', (k) => {
      const book = boot();
      book.apps.faults.failCallAt(k, { message: PROTECTED, times: 10_000 });
      const answer = attempt(book, 'revoiceApply', REQUEST);
      if (answer) expect(answer).toMatchObject({ ok: false });
      book.apps.faults.clear();
      const next = boot(book.apps);
      expect(next.call('revoiceSelection')).toMatchObject({ ok: true });
      // Failing only once the last change has landed (at the very end) leaves it complete.
      tally.failed[expectConsistent(next)]++;
      expectExactlyOnce(next);
    });
  });

  describe('a passing error at every point is retried: the apply succeeds once', () => {
    it.each(POINTS)('passing error at call %i', (k) => {
      const book = boot();
      book.apps.faults.failCallAt(k, { message: SERVICE_ERRORS.failed, times: 1 });
      const answer = book.call('revoiceApply', REQUEST);
      expect(answer).toEqual(CLEAN_RESULT);
      expect(bookkeepersView(book.apps)).toEqual(AFTER);
      tally.transient++;
    });
  });
}
