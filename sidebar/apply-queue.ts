/**
 * The apply queue: the previewed invoices in chunks still to send. Fixed when the preview
 * finished, and each chunk always carries the same request key, so sending a chunk again
 * (Try again, Apply the remaining) is harmless.
 */
import type { PreviewSuccess, RevoiceRequest } from '../src/shared/api';
import { callServer } from './bridge';
import { countFailed, sendChunk, type ApplyOutcome, type Progress, type SendHooks } from './chunk-answers';
import { split } from './chunks';
import { chunkKey } from './request-key';

export interface ApplyQueue {
  baseKey: string;
  request: RevoiceRequest;
  fingerprints: Record<string, string>;
  chunks: string[][];
  /** Per chunk: its request key, fixed once (a chunk split in two gives each half a key of its own). */
  keys: string[];
  /** Per chunk: its outcomes once answered. */
  outcomes: Array<ApplyOutcome[] | undefined>;
  /** The invoices of the call in flight, if any: what Cancel still lets finish. */
  sending: string[];
}

export function queueApply(request: RevoiceRequest, previewed: readonly PreviewSuccess[], baseKey: string): ApplyQueue {
  const fingerprints: Record<string, string> = {};
  for (const p of previewed) fingerprints[p.invoiceId] = p.fingerprint;
  const chunks = split(previewed.map((p) => p.invoiceId));
  const keys = chunks.map((_, i) => chunkKey(baseKey, i));
  return { baseKey, request, fingerprints, chunks, keys, outcomes: chunks.map(() => undefined), sending: [] };
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

/** Invoices whose chunk was never sent (Cancel stopped the queue before it). */
export function unsentInvoices(queue: ApplyQueue): string[] {
  return queue.chunks.flatMap((ids, i) => (queue.outcomes[i] ? [] : ids));
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

/** The server refused the whole chunk because it could not finish within one Apps Script run. */
function tooLongForOneRun(outcomes: readonly ApplyOutcome[]): boolean {
  return outcomes.every((o) => !o.ok && o.wholeChunk && o.code === 'TIME_LIMIT');
}

/**
 * Sends the chunks still to send, one at a time (applies take the document lock in turn anyway,
 * and Cancel then stops after the chunk in flight), until they are done or Cancel is pressed. A
 * chunk refused with TIME_LIMIT wrote nothing: its two halves go next, each with a key of its own.
 */
export async function sendApplyQueue(queue: ApplyQueue, hooks: SendHooks): Promise<void> {
  hooks.progress(queueProgress(queue));
  const pending = chunksToSend(queue).map((i) => queue.keys[i]);
  while (pending.length && !hooks.cancelled()) {
    const key = pending.shift() as string;
    const i = queue.keys.indexOf(key);
    const ids = queue.chunks[i];
    const fingerprints: Record<string, string> = {};
    for (const id of ids) fingerprints[id] = queue.fingerprints[id];
    queue.sending = ids;
    const outcomes = await sendChunk(ids, () =>
      callServer('revoiceApply', { ...queue.request, invoiceIds: ids, fingerprints, requestKey: key }),
    );
    queue.sending = [];
    if (ids.length > 1 && tooLongForOneRun(outcomes)) {
      const half = Math.ceil(ids.length / 2);
      queue.chunks.splice(i, 1, ids.slice(0, half), ids.slice(half));
      queue.keys.splice(i, 1, `${key}.1`, `${key}.2`);
      queue.outcomes.splice(i, 1, undefined, undefined);
      pending.unshift(`${key}.1`, `${key}.2`);
    } else {
      queue.outcomes[i] = outcomes;
    }
    hooks.progress(queueProgress(queue));
  }
}
