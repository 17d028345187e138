/**
 * The apply queue: the previewed invoices in chunks still to send. Fixed when the preview
 * finished, and each chunk always carries the same request key, so sending a chunk again
 * (Try again, Apply the remaining) is harmless.
 */
import type { PreviewSuccess, RevoiceRequest } from '../src/shared/api';
import { callServer } from './bridge';
import { countFailed, sendChunk, type ApplyOutcome, type Progress, type SendHooks } from './chunk-answers';
import { runPool, split } from './chunks';
import { chunkKey } from './request-key';

export interface ApplyQueue {
  baseKey: string;
  request: RevoiceRequest;
  fingerprints: Record<string, string>;
  chunks: string[][];
  /** Per chunk: its outcomes once answered. */
  outcomes: Array<ApplyOutcome[] | undefined>;
}

export function queueApply(request: RevoiceRequest, previewed: readonly PreviewSuccess[], baseKey: string): ApplyQueue {
  const fingerprints: Record<string, string> = {};
  for (const p of previewed) fingerprints[p.invoiceId] = p.fingerprint;
  const chunks = split(previewed.map((p) => p.invoiceId));
  return { baseKey, request, fingerprints, chunks, outcomes: chunks.map(() => undefined) };
}

/** Chunks not answered yet, or whose whole call failed. */
function chunksToSend(queue: ApplyQueue): number[] {
  const toSend: number[] = [];
  queue.outcomes.forEach((outcomes, i) => {
    if (!outcomes || outcomes.some((o) => !o.ok && o.wholeChunk)) toSend.push(i);
  });
  return toSend;
}

/** Invoices in the chunks still to send. */
export function invoicesToSend(queue: ApplyQueue): number {
  return chunksToSend(queue).reduce((n, i) => n + queue.chunks[i].length, 0);
}

export function queueProgress(queue: ApplyQueue): Progress {
  const progress: Progress = { total: 0, done: 0, failed: 0 };
  queue.chunks.forEach((ids, i) => {
    progress.total += ids.length;
    const outcomes = queue.outcomes[i];
    if (outcomes) {
      progress.done += outcomes.length;
      progress.failed += countFailed(outcomes);
    }
  });
  return progress;
}

export function queueOutcomes(queue: ApplyQueue): ApplyOutcome[] {
  const all: ApplyOutcome[] = [];
  for (const outcomes of queue.outcomes) if (outcomes) all.push(...outcomes);
  return all;
}

/** Sends the chunks still to send, a few at a time, until they are done or Cancel is pressed. */
export async function sendApplyQueue(queue: ApplyQueue, hooks: SendHooks): Promise<void> {
  hooks.progress(queueProgress(queue));
  await runPool(
    chunksToSend(queue),
    async (i) => {
      const ids = queue.chunks[i];
      const fingerprints: Record<string, string> = {};
      for (const id of ids) fingerprints[id] = queue.fingerprints[id];
      queue.outcomes[i] = await sendChunk(ids, () =>
        callServer('revoiceApply', {
          ...queue.request,
          invoiceIds: ids,
          fingerprints,
          requestKey: chunkKey(queue.baseKey, i),
        }),
      );
      hooks.progress(queueProgress(queue));
    },
    hooks.cancelled,
  );
}
