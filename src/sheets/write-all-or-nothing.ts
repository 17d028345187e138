import type { Failure } from '../shared/api';
import { asFailure } from '../engine';
import { Journal } from './journal';
import { withDocumentLock } from './lock';
import { WorkbookSession, openSession } from './workbook-session';

/** What a call decided after reading and planning: an answer that needs no write, or the writes to make. */
export type Planned<R> = { answer: R } | { write: (journal: Journal) => R };

export interface WriteSteps<R> {
  /** Reads the workbook and plans in memory; runs under the lock, so nothing changes until the writes land. */
  plan(session: WorkbookSession): Planned<R>;
  /** The answer when a write failed: the error's message, and what could not be put back (empty when all was). */
  failed(why: string, leftovers: string[]): R;
}

/**
 * The one place a call's writes begin and end. Under the document lock it opens the session,
 * lets `plan` read and decide, then writes through a journal and flushes. If any write fails,
 * the journal puts back what was written, that restore is flushed before the lock goes, and
 * `failed` answers. Expected failures (BUSY, a missing sheet) come back as a Failure.
 */
export function writeAllOrNothing<R>(steps: WriteSteps<R>): R | Failure {
  try {
    return withDocumentLock((): R => {
      const session = openSession();
      const planned = steps.plan(session);
      if ('answer' in planned) return planned.answer;
      const journal = new Journal(session.spreadsheet);
      try {
        const answer = planned.write(journal);
        SpreadsheetApp.flush();
        return answer;
      } catch (error) {
        return steps.failed(messageOf(error), restore(journal));
      }
    });
  } catch (error) {
    return asFailure(error);
  }
}

/** Undoes the journal and flushes, so the restore lands while the lock is still held. */
function restore(journal: Journal): string[] {
  const leftovers = journal.restore();
  try {
    SpreadsheetApp.flush();
  } catch (error) {
    leftovers.push(`flushing the restore failed: ${messageOf(error)}`);
  }
  return leftovers;
}

function messageOf(error: unknown): string {
  return String((error as Error)?.message ?? error);
}
