/**
 * What a chunk's server call comes back as, per invoice. Shared by the preview chunks and the
 * apply queue, so both fail a chunk the same way when its whole call fails.
 */
import type { ApplySuccess, Failure, InvoiceFailure, PreviewSuccess } from '../src/shared/api';
import type { FailureCode } from './messages';

/** The server's InvoiceFailure, or the sidebar's own when the whole call failed. */
export interface OutcomeFailure extends Omit<InvoiceFailure, 'code'> {
  code: FailureCode;
  /** The whole call failed (not this invoice): running the chunk again may succeed. */
  wholeChunk?: boolean;
}
export type PreviewOutcome = PreviewSuccess | OutcomeFailure;
export type ApplyOutcome = ApplySuccess | OutcomeFailure;

export interface Progress {
  total: number;
  done: number;
  failed: number;
}

/** How a sender reports progress, and learns that Cancel was pressed. */
export interface SendHooks {
  cancelled(): boolean;
  progress(progress: Progress): void;
}

/** The shape PreviewResponse and ApplyResponse share: one result per invoice, or a failed call. */
type Answer<T> = { ok: true; results: T[] } | Failure;

/** Matches a chunk's answer to its invoices; a failed call fails every invoice in it. */
function settle<T extends { invoiceId: string }>(
  ids: readonly string[],
  answer: Answer<T | InvoiceFailure> | Error,
): Array<T | OutcomeFailure> {
  if (answer instanceof Error || !answer || answer.ok !== true) {
    const code: FailureCode = answer instanceof Error || !answer ? 'UNREACHABLE' : answer.code;
    const message = answer ? answer.message : 'No answer';
    return ids.map((invoiceId) => ({ invoiceId, ok: false, code, message, wholeChunk: true }));
  }
  const byId = new Map<string, T | InvoiceFailure>();
  for (const result of answer.results || []) byId.set(result.invoiceId, result);
  return ids.map(
    (invoiceId) =>
      byId.get(invoiceId) || {
        invoiceId,
        ok: false,
        code: 'NO_ANSWER',
        message: 'Missing from the answer',
        wholeChunk: true,
      },
  );
}

/** Sends one chunk's call and settles it; a call that throws fails the chunk rather than the run. */
export async function sendChunk<T extends { invoiceId: string }>(
  ids: readonly string[],
  call: () => Promise<Answer<T | InvoiceFailure>>,
): Promise<Array<T | OutcomeFailure>> {
  let answer: Answer<T | InvoiceFailure> | Error;
  try {
    answer = await call();
  } catch (error) {
    answer = error instanceof Error ? error : new Error(String(error));
  }
  return settle(ids, answer);
}

export function countFailed(outcomes: ReadonlyArray<{ ok: boolean }>): number {
  return outcomes.filter((o) => !o.ok).length;
}
