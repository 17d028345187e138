/**
 * The one place a call's writes begin and end, so that every invoice ends either untouched or
 * completely changed — also when Google stops the execution midway with no catch running:
 *   1. under the document lock, undo whatever an earlier call left pending (recover);
 *   2. read and lay out every write (nothing written yet), refuse if time would run out;
 *   3. record in the journal what the writes overwrite, and flush it;
 *   4. write (new rows first, the originals' cells last), flush;
 *   5. mark the record done, flush.
 * A passing error is retried (a lost flush by writing everything again: the writes are placed by
 * position, so writing twice changes nothing); any other failure undoes the writes from memory
 * and answers WRITE_FAILED. If that undo fails too, or the execution is stopped, the record stays
 * pending and the next Revoice call on this spreadsheet undoes it before anything else.
 * Recovery always rolls back, never forward: the record holds what to put back, the workbook may
 * have changed since, and a rolled-back apply may simply be applied again with the same key.
 */
import type { Failure, Repaired, Repairs } from '../shared/api';
import { asFailure, isRevoiceError } from '../engine';
import { refuseIfTooLate } from './execution-time';
import { withDocumentLock } from './lock';
import { isPassingError, messageOf, RETRIES, retried } from './passing-errors';
import { runOps, undoOps } from './run-ops';
import { WorkbookSession, openSession } from './workbook-session';
import { JournalRecord, markRecord, pendingRecord, writeRecord } from './write-ahead-log';
import { WriteOp, inWriteOrder, undoOf } from './write-ops';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What a call decided after reading and laying out: an answer that needs no write, or the writes and their answer. */
export type Planned<R> =
  { answer: R } | { ops: WriteOp[]; summary: JournalRecord['summary']; requestKey: string | null; answer: R };

export interface WriteSteps<R> {
  /** Reads the workbook and lays out the writes; runs under the lock, after recovery. */
  plan(session: WorkbookSession): Planned<R>;
  /** The answer when a write failed: the error's message, and what could not be put back yet. */
  failed(why: string, leftovers: string[]): R;
}

/**
 * Runs `write` then flushes. Each write call already retries its own passing errors; a flush that
 * fails with one has lost the buffered writes, so both run again (up to 3 times).
 */
function durably(write: () => void): void {
  for (let attempt = 0; ; attempt++) {
    write();
    try {
      SpreadsheetApp.flush();
      return;
    } catch (error) {
      if (attempt >= RETRIES || !isPassingError(error)) throw error;
    }
  }
}

/** Undoes a pending record, under the lock. Throws when it cannot yet: nothing may be written over it. */
function recover(spreadsheet: Spreadsheet): Repaired | undefined {
  const record = pendingRecord(spreadsheet);
  if (!record) return undefined;
  const leftovers = undoOps(spreadsheet, record.ops);
  if (!leftovers.length) durably(() => markRecord(spreadsheet, 'undone'));
  else {
    throw new Error(
      `A change started ${record.started} was interrupted and could not be undone yet (${leftovers.join('; ')}); ` +
        'Revoice will try again on the next call.',
    );
  }
  return { ...record.summary, started: record.started };
}

function withRepairs<R>(answer: R, repaired: Repaired | undefined): R {
  return repaired && answer && typeof answer === 'object' ? { ...answer, repaired } : answer;
}

function interruptedFailure(error: unknown): Failure {
  return { ok: false, code: 'WRITE_FAILED', message: messageOf(error) };
}

/**
 * For calls that only read (selection, preview): undoes a pending record first. Costs nothing
 * without a journal sheet and one read with one; the lock is taken only when a record is pending.
 */
export function repairInterruptedWrites(): { repaired?: Repaired } | Failure {
  const spreadsheet = retried(() => SpreadsheetApp.getActiveSpreadsheet());
  try {
    if (!pendingRecord(spreadsheet)) return {};
    return { repaired: withDocumentLock(() => recover(spreadsheet)) };
  } catch (error) {
    return isRevoiceError(error) ? asFailure(error) : interruptedFailure(error);
  }
}

export function writeAllOrNothing<R extends Repairs>(steps: WriteSteps<R>, started = Date.now()): R | Failure {
  try {
    return withDocumentLock((): R | Failure => {
      const session = openSession();
      let repaired: Repaired | undefined;
      try {
        repaired = recover(session.spreadsheet);
      } catch (error) {
        return interruptedFailure(error);
      }
      const planned = steps.plan(session);
      if (!('ops' in planned)) return withRepairs(planned.answer, repaired);
      const ops = inWriteOrder(planned.ops);
      refuseIfTooLate(started, ops);
      const record: JournalRecord = {
        call: Utilities.getUuid(),
        requestKey: planned.requestKey,
        started: new Date(started).toISOString(),
        summary: planned.summary,
        ops: ops.map(undoOf),
      };
      const spreadsheet = session.spreadsheet;
      try {
        durably(() => writeRecord(spreadsheet, record));
      } catch (error) {
        return withRepairs(steps.failed(messageOf(error), []), repaired);
      }
      try {
        durably(() => runOps(spreadsheet, ops));
        durably(() => markRecord(spreadsheet, 'done'));
      } catch (error) {
        const leftovers = undoOps(spreadsheet, record.ops);
        try {
          durably(() => (leftovers.length ? undefined : markRecord(spreadsheet, 'undone')));
        } catch (flushing) {
          leftovers.push(`flushing the undo failed: ${messageOf(flushing)}`);
        }
        return withRepairs(steps.failed(messageOf(error), leftovers), repaired);
      }
      return withRepairs(planned.answer, repaired);
    });
  } catch (error) {
    return asFailure(error);
  }
}
