/**
 * The fake's own clock. Apps Script time passes while a script waits (LockService.tryLock,
 * Utilities.sleep) and while Sheets calls run; tests of execution-time budgets need that time to
 * be deterministic, so it moves only when something advances it. With FakeOptions.virtualClock
 * the bundle's Date.now() and new Date() read it too (load-bundle.ts).
 */
export class Clock {
  private ms: number;

  constructor(
    start: number,
    readonly virtual: boolean,
  ) {
    if (!Number.isFinite(start)) throw new Error(`fake: clock start must be a finite time, got ${start}`);
    this.ms = start;
  }

  /** Milliseconds since the epoch, as Date.now() would say. */
  now(): number {
    return this.ms;
  }

  /** Moves time forward by `ms` (never back); returns the new time. */
  advance(ms: number): number {
    if (!Number.isFinite(ms) || ms < 0) throw new Error(`fake: the clock only moves forward, got ${ms}`);
    this.ms += ms;
    return this.ms;
  }
}
