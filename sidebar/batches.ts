/**
 * Preview and apply for any number of invoices: chunked server calls, progress, cancel,
 * and request keys that make a retried apply chunk harmless.
 */
import type {
  ApplySuccess, Failure, InvoiceFailure, PreviewSuccess, RevoiceRequest,
} from '../src/shared/api';
import { callServer } from './bridge';
import { runPool, split } from './chunks';
import type { FailureCode } from './messages';
import { chunkKey } from './request-key';

export interface OutcomeFailure {
  invoiceId: string;
  ok: false;
  code: FailureCode;
  message: string;
  newInvoiceId?: string;
  /** The whole call failed (not this invoice): running the chunk again may succeed. */
  batch?: boolean;
}
export type PreviewOutcome = PreviewSuccess | OutcomeFailure;
export type ApplyOutcome = ApplySuccess | OutcomeFailure;

export interface Progress {
  total: number;
  done: number;
  failed: number;
}

export interface RunHooks {
  cancelled(): boolean;
  progress(progress: Progress): void;
}

type Answer<T> = { ok: true; results: T[] } | Failure;

/** Matches a chunk's answer to its invoices; a failed call fails every invoice in it. */
function settle<T extends { invoiceId: string }>(
  ids: readonly string[],
  answer: Answer<T | InvoiceFailure> | Error,
): Array<T | OutcomeFailure> {
  if (answer instanceof Error || !answer || answer.ok !== true) {
    const code: FailureCode = answer instanceof Error || !answer ? 'UNREACHABLE' : answer.code;
    const message = answer ? answer.message : 'No answer';
    return ids.map((invoiceId) => ({ invoiceId, ok: false, code, message, batch: true }));
  }
  const byId = new Map<string, T | InvoiceFailure>();
  for (const result of answer.results || []) byId.set(result.invoiceId, result);
  return ids.map((invoiceId) => byId.get(invoiceId) || {
    invoiceId, ok: false, code: 'NO_ANSWER', message: 'Missing from the answer', batch: true,
  });
}

function countFailed(outcomes: ReadonlyArray<{ ok: boolean }>): number {
  return outcomes.filter((o) => !o.ok).length;
}

export interface PreviewRun {
  outcomes: Map<string, PreviewOutcome>;
  /** Invoices never previewed because the run was cancelled. */
  notStarted: string[];
}

export async function previewInChunks(
  base: RevoiceRequest, ids: readonly string[], hooks: RunHooks,
): Promise<PreviewRun> {
  const chunks = split(ids);
  const outcomes = new Map<string, PreviewOutcome>();
  const progress: Progress = { total: ids.length, done: 0, failed: 0 };
  hooks.progress({ ...progress });
  const skipped = await runPool(chunks.map((_, i) => i), async (i) => {
    let answer: Answer<PreviewSuccess | InvoiceFailure> | Error;
    try {
      answer = await callServer('revoicePreview', { ...base, invoiceIds: chunks[i] });
    } catch (error) {
      answer = error instanceof Error ? error : new Error(String(error));
    }
    const settled = settle(chunks[i], answer);
    for (const outcome of settled) outcomes.set(outcome.invoiceId, outcome);
    progress.done += settled.length;
    progress.failed += countFailed(settled);
    hooks.progress({ ...progress });
  }, hooks.cancelled);
  const notStarted: string[] = [];
  for (const i of skipped) notStarted.push(...chunks[i]);
  return { outcomes, notStarted };
}

/** Everything an apply needs, fixed when the preview finished so retries send the same calls. */
export interface ApplyPlan {
  baseKey: string;
  request: RevoiceRequest;
  fingerprints: Record<string, string>;
  chunks: string[][];
  /** Per chunk: its outcomes once answered. */
  outcomes: Array<ApplyOutcome[] | undefined>;
}

export function planApply(
  request: RevoiceRequest, previewed: readonly PreviewSuccess[], baseKey: string,
): ApplyPlan {
  const fingerprints: Record<string, string> = {};
  for (const p of previewed) fingerprints[p.invoiceId] = p.fingerprint;
  const chunks = split(previewed.map((p) => p.invoiceId));
  return { baseKey, request, fingerprints, chunks, outcomes: chunks.map(() => undefined) };
}

/** Chunks not answered yet, or whose whole call failed. */
export function pendingChunks(plan: ApplyPlan): number[] {
  const pending: number[] = [];
  plan.outcomes.forEach((outcomes, i) => {
    if (!outcomes || outcomes.some((o) => !o.ok && o.batch)) pending.push(i);
  });
  return pending;
}

export function applyProgress(plan: ApplyPlan): Progress {
  const progress: Progress = { total: 0, done: 0, failed: 0 };
  plan.chunks.forEach((ids, i) => {
    progress.total += ids.length;
    const outcomes = plan.outcomes[i];
    if (outcomes) {
      progress.done += outcomes.length;
      progress.failed += countFailed(outcomes);
    }
  });
  return progress;
}

export function applyOutcomes(plan: ApplyPlan): ApplyOutcome[] {
  const all: ApplyOutcome[] = [];
  for (const outcomes of plan.outcomes) if (outcomes) all.push(...outcomes);
  return all;
}

/** Runs the plan's pending chunks; each chunk always carries the same request key. */
export async function applyInChunks(plan: ApplyPlan, hooks: RunHooks): Promise<void> {
  hooks.progress(applyProgress(plan));
  await runPool(pendingChunks(plan), async (i) => {
    const ids = plan.chunks[i];
    const fingerprints: Record<string, string> = {};
    for (const id of ids) fingerprints[id] = plan.fingerprints[id];
    let answer: Answer<ApplySuccess | InvoiceFailure> | Error;
    try {
      answer = await callServer('revoiceApply', {
        ...plan.request, invoiceIds: ids, fingerprints, requestKey: chunkKey(plan.baseKey, i),
      });
    } catch (error) {
      answer = error instanceof Error ? error : new Error(String(error));
    }
    plan.outcomes[i] = settle(ids, answer);
    hooks.progress(applyProgress(plan));
  }, hooks.cancelled);
}
