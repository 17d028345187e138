/** Preview for any number of invoices: revoicePreview in chunks, with progress and cancel. */
import type { RevoiceRequest } from '../src/shared/api';
import { callServer } from './bridge';
import { countFailed, sendChunk, type PreviewOutcome, type Progress, type SendHooks } from './chunk-answers';
import { runPool, split } from './chunks';

export interface PreviewAnswers {
  outcomes: Map<string, PreviewOutcome>;
  /** Invoices never previewed because the run was cancelled. */
  notStarted: string[];
}

export async function sendPreviewChunks(
  base: RevoiceRequest,
  ids: readonly string[],
  hooks: SendHooks,
): Promise<PreviewAnswers> {
  const chunks = split(ids);
  const outcomes = new Map<string, PreviewOutcome>();
  const progress: Progress = { total: ids.length, done: 0, failed: 0 };
  hooks.progress({ ...progress });
  const skipped = await runPool(
    chunks.map((_, i) => i),
    async (i) => {
      const settled = await sendChunk(chunks[i], () =>
        callServer('revoicePreview', { ...base, invoiceIds: chunks[i] }),
      );
      for (const outcome of settled) outcomes.set(outcome.invoiceId, outcome);
      progress.done += settled.length;
      progress.failed += countFailed(settled);
      hooks.progress({ ...progress });
    },
    hooks.cancelled,
  );
  const notStarted: string[] = [];
  for (const i of skipped) notStarted.push(...chunks[i]);
  return { outcomes, notStarted };
}
