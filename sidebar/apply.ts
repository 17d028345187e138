/**
 * Apply: queue the invoices the preview found ready, then send the queue chunk by chunk.
 * "Try again" and "Apply the remaining" send what is left of that same queue, with the same keys.
 */
import type { PreviewSuccess } from '../src/shared/api';
import type { Sidebar } from './sidebar';
import { invoicesToSend, queueApply, queueOutcomes, queueProgress, sendApplyQueue } from './apply-queue';
import { plural, progressText } from './format';
import { loadHistory } from './load-history';
import { askForColumns, lacksColumn } from './match-columns';
import { currencyOf } from './state';

export async function applyPreview(app: Sidebar): Promise<void> {
  const { state } = app;
  const preview = state.preview;
  // One queue per preview, and only while the form still says what was previewed.
  if (state.busy || !preview || state.applyQueue || preview.formVersion !== state.formVersion) return;
  const ready = preview.ids
    .map((id) => preview.outcomes.get(id))
    .filter((o): o is PreviewSuccess => o !== undefined && o.ok);
  if (!ready.length) return;
  state.applyQueue = queueApply(preview.request, ready, preview.baseKey);
  await sendRemaining(app);
}

/** Sends the queue's chunks not yet answered (or whose whole call failed), then shows the results. */
export async function sendRemaining(app: Sidebar): Promise<void> {
  const { state, panels } = app;
  const queue = state.applyQueue;
  if (state.busy || !queue) return;
  state.busy = 'apply';
  state.cancelRequested = false;
  app.sync();
  panels.review.setApplyState('busy');
  const total = queueProgress(queue).total;
  panels.progress.start(`Applying to ${plural(total, 'invoice')}`, total);
  await sendApplyQueue(queue, app.hooks());
  const pending = invoicesToSend(queue);
  const p = queueProgress(queue);
  const cancelled = state.cancelRequested;
  panels.progress.finish(`${cancelled ? 'Cancelled. ' : 'Finished. '}${progressText(p.done, p.total, p.failed)}.`);
  state.busy = null;
  panels.review.setApplyState('done');
  panels.review.element.hidden = true;
  // The selected cards say what the sheet now says: a voided invoice no longer shows "open".
  panels.selection.markVoided(queueOutcomes(queue).flatMap((o) => (o.ok && o.voided ? [o.invoiceId] : [])));
  panels.results.show({
    outcomes: queueOutcomes(queue),
    total: p.total,
    pending,
    cancelled,
    currency: (id) => currencyOf(state, id),
  });
  app.sync();
  panels.results.focus();
  // An open History shows this apply too.
  if (panels.history.isOpen()) void loadHistory(app);
  if (lacksColumn(queueOutcomes(queue))) await askForColumns(app, 'apply');
}
