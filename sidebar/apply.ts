/**
 * Apply: queue the invoices the preview found ready (less those left out), then send the queue
 * one chunk at a time. "Try again" and "Apply the remaining" send what is left of that same queue,
 * with the same keys. The Apply bar shows the progress; Cancel stops after the chunk in flight.
 */
import type { PreviewSuccess } from '../src/shared/api';
import type { Sidebar } from './sidebar';
import {
  invoicesToSend,
  queueApply,
  queueOutcomes,
  queueProgress,
  sendApplyQueue,
  unsentInvoices,
} from './apply-queue';
import type { OutcomeFailure } from './chunk-answers';
import { plural, progressText } from './format';
import { loadHistory } from './load-history';
import { askForColumns, lacksColumn } from './match-columns';
import { currencyOf } from './state';

export async function applyPreview(app: Sidebar): Promise<void> {
  const { state, panels } = app;
  const preview = state.preview;
  // One queue per preview, and only while the form still says what was previewed.
  if (state.busy || !preview || state.applyQueue || preview.formVersion !== state.formVersion) return;
  const leftOut = panels.review.leftOut();
  const ready = preview.ids
    .map((id) => preview.outcomes.get(id))
    .filter((o): o is PreviewSuccess => o !== undefined && o.ok && !leftOut.has(o.invoiceId));
  if (!ready.length) return;
  preview.leftOut = preview.ids.filter((id) => leftOut.has(id));
  state.applyQueue = queueApply(preview.request, ready, preview.baseKey);
  await sendRemaining(app);
}

/** What Cancel says while the chunk in flight finishes: exactly how many may still be applied. */
export function stoppingWords(app: Sidebar): void {
  const queue = app.state.applyQueue;
  if (!queue || app.state.busy !== 'apply') return;
  const p = queueProgress(queue);
  const inFlight = queue.sending.length;
  app.panels.review.applyProgress(
    p,
    inFlight
      ? `Stopping: the ${plural(inFlight, 'invoice')} being applied now will finish, then nothing more is sent.`
      : 'Stopping.',
  );
}

/** Sends the queue's chunks not yet answered (or whose whole call failed), then shows the results. */
export async function sendRemaining(app: Sidebar): Promise<void> {
  const { state, panels } = app;
  const queue = state.applyQueue;
  const preview = state.preview;
  if (state.busy || !queue || !preview) return;
  state.busy = 'apply';
  state.cancelRequested = false;
  app.sync();
  panels.progress.element.hidden = true;
  panels.results.clear();
  panels.review.element.hidden = false;
  panels.review.setApplyState('busy');
  await sendApplyQueue(queue, {
    cancelled: () => state.cancelRequested,
    progress: (p) => {
      if (!state.cancelRequested)
        panels.review.applyProgress(p, `${progressText(p.done, p.total, p.failed, 'applied')}…`);
    },
  });
  const cancelled = state.cancelRequested;
  state.busy = null;
  panels.review.setApplyState('done');
  panels.review.element.hidden = true;
  const outcomes = queueOutcomes(queue);
  // The selected cards say what the sheet now says: a voided invoice no longer shows "open".
  panels.selection.markVoided(outcomes.flatMap((o) => (o.ok && o.voided ? [o.invoiceId] : [])));
  const skipped = preview.ids
    .map((id) => preview.outcomes.get(id))
    .filter((o): o is OutcomeFailure => o !== undefined && !o.ok);
  panels.results.show({
    outcomes,
    total: queueProgress(queue).total,
    pending: invoicesToSend(queue),
    unsent: unsentInvoices(queue),
    cancelled,
    leftOut: preview.leftOut,
    skipped,
    notPreviewed: preview.notStarted,
    currency: (id) => currencyOf(state, id),
  });
  app.sync();
  panels.results.focus();
  // An open History shows this apply too.
  if (panels.history.isOpen()) void loadHistory(app);
  if (lacksColumn(outcomes)) await askForColumns(app, 'apply');
}
