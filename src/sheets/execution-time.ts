/**
 * Apps Script stops an execution after 6 minutes, wherever it is. An apply therefore refuses to
 * start writing (TIME_LIMIT, nothing written) when the time already used in this execution — the
 * wait for the lock included — plus what its writes should take would pass 5 minutes; the
 * sidebar then sends smaller chunks. The estimate uses the cost model the README states.
 */
import { fail } from '../engine';
import { WriteOp, cellsWritten } from './write-ops';
import { MS_PER_CALL, MS_PER_CELL } from './cost-model';

export const APPLY_DEADLINE_MS = 5 * 60 * 1000;
/** Journal record and mark, and the flushes around them. */
const JOURNAL_CALLS = 6;

export function estimateWriteMs(ops: readonly WriteOp[]): number {
  const calls = ops.reduce((n, op) => n + (op.kind === 'cells' && op.formats ? 2 : op.kind === 'cells' ? 1 : 2), 0);
  return (calls + JOURNAL_CALLS) * MS_PER_CALL + cellsWritten(ops) * MS_PER_CELL;
}

/** `started`: Date.now() when the execution's entry point began. */
export function refuseIfTooLate(started: number, ops: readonly WriteOp[]): void {
  const used = Date.now() - started;
  const needed = estimateWriteMs(ops);
  if (used + needed > APPLY_DEADLINE_MS) {
    const seconds = (ms: number) => Math.round(ms / 1000);
    fail(
      'TIME_LIMIT',
      `This change needs about ${seconds(needed)} s more, and ${seconds(used)} s of this run are already used: ` +
        'Google would stop it before it finished. Nothing was written; apply fewer invoices at once.',
    );
  }
}
