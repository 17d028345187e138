/**
 * Injected failures, counted on the calls the bundle makes (Calls counts the same ones):
 *
 * - failWriteAt(n): the n-th write call throws and changes nothing.
 * - failCallAt(k): the k-th counted call (any method, reads and flush included) throws; with
 *   `times: 1` (the default) it is a passing error, so retrying the same call succeeds. Messages
 *   are Apps Script's own (SERVICE_ERRORS): "Service Spreadsheets failed/timed out while accessing
 *   document with id …" (both in a real execution log: https://github.com/amindeed/Gmail-AutoResponder/blob/040e7ee7f2069f5dfcaf09f1bc9d7817afdb36df/raw_notes.md)
 *   and the quota refusals "Service invoked too many times for one day: …" / "… in a short time: …"
 *   (https://developers.google.com/apps-script/guides/services/quotas).
 * - failNextFlush(): Sheets buffers writes and applies them at a flush
 *   (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush, and at
 *   the end of the execution), so a write can "succeed" and still be lost: the next flush throws
 *   and the writes since the last flush are undone (all, or all but the first `applied`).
 * - killAt(k): Apps Script stops an execution that runs too long with no catch block running
 *   ("Exceeded maximum execution time"; script runtime limits: https://developers.google.com/apps-script/guides/services/quotas).
 *   The k-th call throws an ExecutionKilled error and every later call of the execution is refused
 *   the same way (a catch that retries writes nothing); writes since the last flush are lost
 *   unless `unflushed: 'kept'`.
 *
 * Counts start at creation or clear(); failCallAt/killAt count from the call they are armed at.
 */
import { ServiceError } from './cells';
import { BookState, captureBook, restoreBook } from './checkpoint';
import type { Realm } from './context';
import { Book } from './model';

export const SPREADSHEET_ID = 'fake-spreadsheet-id';

/** The start of Apps Script's message for a failed Sheets call (what tests match on). */
export const SHEET_ERROR = 'Service Spreadsheets failed while accessing document';

export const SERVICE_ERRORS = {
  failed: `${SHEET_ERROR} with id ${SPREADSHEET_ID}.`,
  timedOut: `Service Spreadsheets timed out while accessing document with id ${SPREADSHEET_ID}.`,
  dailyQuota: 'Service invoked too many times for one day: spreadsheets.',
  tooManyRequests:
    'Service invoked too many times in a short time: spreadsheets. Try Utilities.sleep(1000) between calls.',
} as const;

/** The name of the error a killed execution throws, and its message. */
export const EXECUTION_KILLED = 'ExecutionKilled';
export const KILLED_MESSAGE = 'Exceeded maximum execution time';

export function isExecutionKilled(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === EXECUTION_KILLED;
}

export interface CallFaultOptions {
  message?: string;
  times?: number;
}
export interface FlushFaultOptions {
  message?: string;
  applied?: number;
}
export interface KillOptions {
  unflushed?: 'lost' | 'kept';
}

function positive(n: number, what: string): number {
  if (!Number.isInteger(n) || n < 1) throw new Error(`fake: ${what} needs a positive integer, got ${n}`);
  return n;
}

export class Faults {
  private writeFailAt: number | null = null;
  private writeMessage: string = SERVICE_ERRORS.failed;
  private writes = 0;
  private calls = 0;
  private callFaults: Array<{ from: number; to: number; message: string }> = [];
  private flushFault: { message: string; applied: number } | null = null;
  private kill: { at: number; unflushed: 'lost' | 'kept' } | null = null;
  private killedNow = false;
  private checkpoint: BookState | null = null;
  private partial: BookState | null = null;
  private unflushedWrites = 0;
  private executions = 0;

  constructor(private readonly book: Book) {}

  /** Write calls attempted since creation or the last failWriteAt()/clear(), failed ones included. */
  get writeCount(): number {
    return this.writes;
  }
  /** Counted calls attempted since creation or the last clear(), failed ones included. */
  get callCount(): number {
    return this.calls;
  }
  /** True from a kill until its execution ends (FakeApps.execute) or clear(). */
  get killed(): boolean {
    return this.killedNow;
  }

  /** The n-th write call from now (1-based) throws and changes nothing; it fires once. */
  failWriteAt(n: number, message?: string): void {
    this.writeFailAt = positive(n, 'failWriteAt');
    this.writeMessage = message ?? SERVICE_ERRORS.failed;
    this.writes = 0;
  }

  /** The k-th counted call from now throws (and `times - 1` calls after it); nothing changes. */
  failCallAt(k: number, options: CallFaultOptions = {}): void {
    const from = this.calls + positive(k, 'failCallAt');
    this.callFaults.push({
      from,
      to: from + positive(options.times ?? 1, 'times') - 1,
      message: options.message ?? SERVICE_ERRORS.failed,
    });
  }

  /** The next flush throws; writes since the last flush are undone, except the first `applied`. */
  failNextFlush(options: FlushFaultOptions = {}): void {
    const applied = options.applied ?? 0;
    if (!Number.isInteger(applied) || applied < 0)
      throw new Error(`fake: applied must be a whole number, got ${applied}`);
    this.flushFault = { message: options.message ?? SERVICE_ERRORS.failed, applied };
    this.journal();
  }

  /** The k-th counted call from now kills the execution. */
  killAt(k: number, options: KillOptions = {}): void {
    this.kill = { at: this.calls + positive(k, 'killAt'), unflushed: options.unflushed ?? 'lost' };
    this.journal();
  }

  clear(): void {
    this.writeFailAt = this.flushFault = this.kill = this.checkpoint = this.partial = null;
    this.callFaults = [];
    this.writes = this.calls = this.unflushedWrites = 0;
    this.killedNow = false;
  }

  /** Keeps the state as of now (taken to be flushed) so a later fault can go back to it. */
  private journal(): void {
    if (this.checkpoint) return;
    this.checkpoint = captureBook(this.book);
    this.unflushedWrites = 0;
    this.partial = null;
  }

  killedError(realm: Realm): Error {
    const e = new realm.Error(KILLED_MESSAGE);
    e.name = EXECUTION_KILLED;
    return e;
  }

  /** Every call of a killed execution is refused (and not counted). */
  refuseIfKilled(realm: Realm): void {
    if (this.killedNow) throw this.killedError(realm);
  }

  /** Before each counted call: fires the fault chosen for it, if any. */
  beforeCall(isWrite: boolean, realm: Realm): void {
    this.calls++;
    if (isWrite) this.writes++;
    if (this.kill && this.calls === this.kill.at) {
      const { unflushed } = this.kill;
      this.kill = null;
      this.killedNow = true;
      if (unflushed === 'lost' && this.checkpoint) restoreBook(this.book, this.checkpoint);
      throw this.killedError(realm);
    }
    const fault = this.callFaults.find((f) => this.calls >= f.from && this.calls <= f.to);
    if (fault) {
      this.callFaults = this.callFaults.filter((f) => f.to > this.calls);
      throw new ServiceError(fault.message);
    }
    if (isWrite && this.writeFailAt !== null && this.writes === this.writeFailAt) {
      this.writeFailAt = null;
      throw new ServiceError(this.writeMessage);
    }
  }

  /** After each successful write call: remembers how far a partially applied flush gets. */
  afterWrite(): void {
    if (!this.checkpoint) return;
    this.unflushedWrites++;
    if (this.flushFault && this.flushFault.applied === this.unflushedWrites) this.partial = captureBook(this.book);
  }

  /** A flush (SpreadsheetApp.flush or the end of an execution): throws if one was set to fail. */
  flush(): void {
    const fault = this.flushFault;
    this.flushFault = null;
    if (fault && this.unflushedWrites > fault.applied) restoreBook(this.book, this.partial ?? this.checkpoint!);
    this.unflushedWrites = 0;
    this.partial = null;
    this.checkpoint = this.flushFault || this.kill ? captureBook(this.book) : null;
    if (fault) throw new ServiceError(fault.message);
  }

  beginExecution(): void {
    this.executions++;
  }

  /**
   * Ends an execution: a killed one stays killed (its error is returned to be thrown even if the
   * script swallowed it), any other is flushed (a failing flush's error is returned).
   */
  endExecution(realm: Realm): Error | ServiceError | null {
    if (--this.executions > 0) return null;
    if (this.killedNow) {
      this.killedNow = false;
      return this.killedError(realm);
    }
    try {
      this.flush();
      return null;
    } catch (e) {
      return e as ServiceError;
    }
  }
}
