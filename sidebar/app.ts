/** Wires the panels together: selection → form → preview → apply → results. */
import type { Action, PreviewSuccess } from '../src/shared/api';
import { createActionForm } from './action-form';
import { invoicesToSend, queueApply, queueOutcomes, queueProgress, sendApplyQueue } from './apply-queue';
import { callServer } from './bridge';
import type { PreviewOutcome, Progress, SendHooks } from './chunk-answers';
import { CHUNK_SIZE } from './chunks';
import { el, replace } from './dom';
import { isNonZero, money, plural, progressText } from './format';
import { createLineEditor } from './line-editor';
import { plainWords } from './messages';
import { createProgressPanel } from './progress-panel';
import { buildRequest } from './request';
import { sendPreviewChunks } from './preview-chunks';
import { newRequestKey } from './request-key';
import { createResultsPanel } from './results-panel';
import { createReviewPanel } from './review-panel';
import { createSelectionPanel } from './selection-panel';
import {
  createState, currencyOf, paidOf, resetWork, setSelection, targets, type AppState,
} from './state';

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function startApp(root: HTMLElement, initialAction: Action | null): AppState {
  const state = createState();
  const selectionPanel = createSelectionPanel(() => void refresh(), () => void setup());
  const form = createActionForm(formChanged, () => void runPreview());
  const formErrors = el('div', { class: 'form-errors', role: 'alert' });
  const progress = createProgressPanel(() => { state.cancelRequested = true; });
  const reviewPanel = createReviewPanel(() => void apply());
  const results = createResultsPanel({
    select: (id) => void selectRow(id),
    previewAgain: (ids) => void runPreview(ids, `Previewing again the ${plural(ids.length, 'invoice')} that changed.`),
    applyRemaining: () => void runApply(),
    startOver: () => void refresh(),
  });
  const notice = el('p', { class: 'notice', role: 'status', id: 'rv-notice' });
  form.element.insertBefore(formErrors, form.previewButton.parentElement);
  replace(root, selectionPanel.element, notice, form.element, progress.element, reviewPanel.element, results.element);
  if (initialAction) form.setAction(initialAction);
  // The menu's "Regenerate selected…" means Void & regenerate unless every selected invoice is voided.
  let adjustRegenerate = initialAction === 'regenerate';

  const hooks = (): SendHooks => ({
    cancelled: () => state.cancelRequested,
    progress: (p: Progress) => progress.update(p),
  });

  function syncControls(): void {
    const ids = targets(state);
    const idle = state.busy === null;
    form.previewButton.disabled = !idle || ids.length === 0;
    selectionPanel.setDisabled(!idle);
    // Credit notes: voiding one invoice that has been paid.
    const only = ids.length === 1 ? state.byId.get(ids[0]) : undefined;
    const paid = ids.length === 1 ? paidOf(state, ids[0]) : undefined;
    const hasPaid = (only !== undefined && /paid/i.test(only.status)) || isNonZero(paid);
    form.setCreditNoteAllowed(hasPaid, paid !== undefined
      ? `Paid so far: ${money(paid, currencyOf(state, ids[0]))}. Refund plus credit can’t be more.`
      : 'Refund plus credit can’t be more than was paid.');
    // Line editor: Copy and edit on exactly one invoice, once a preview has given its lines.
    if (!form.editing()) return;
    if (ids.length !== 1) {
      replace(form.editorSlot, el('p', { class: 'hint', text: 'Lines can be edited when one invoice is selected. With several, each is copied as it is.' }));
    } else if (state.editor && state.editor.invoiceId === ids[0]) {
      if (state.editor.element.parentNode !== form.editorSlot) replace(form.editorSlot, state.editor.element);
    } else {
      replace(form.editorSlot, el('p', { class: 'hint', text: 'Press Preview once to load this invoice’s lines for editing.' }));
    }
  }

  function formChanged(): void {
    state.formVersion += 1;
    if (state.preview && !state.applyQueue) reviewPanel.setOutdated(true);
    syncControls();
  }

  async function refresh(): Promise<void> {
    if (state.busy) return;
    state.busy = 'selection';
    let said = '';
    selectionPanel.loading();
    syncControls();
    try {
      const answer = await callServer('revoiceSelection');
      if (answer.ok) {
        setSelection(state, answer.invoices);
        selectionPanel.show(answer.invoices, answer.hint);
        if (adjustRegenerate && answer.invoices.length) {
          adjustRegenerate = false;
          if (form.values().action === 'regenerate' && answer.invoices.some((inv) => inv.status.toLowerCase() !== 'voided')) {
            form.setAction('void-and-regenerate');
            said = 'Not every selected invoice is voided yet, so “Void & regenerate” is chosen.';
          }
        }
      } else {
        setSelection(state, []);
        selectionPanel.error(answer.code, answer.message);
      }
    } catch (error) {
      setSelection(state, []);
      selectionPanel.error('UNREACHABLE', message(error));
    }
    resetWork(state);
    reviewPanel.clear();
    results.clear();
    progress.element.hidden = true;
    replace(formErrors);
    notice.textContent = said;
    state.busy = null;
    syncControls();
  }

  async function setup(): Promise<void> {
    let said: string;
    try {
      const answer = await callServer('revoiceSetup');
      said = answer.ok
        ? `Workbook set up${answer.created.length ? `: added ${answer.created.join(', ')}` : ''}.`
        : `${plainWords(answer.code)} Details: ${answer.message}`;
    } catch (error) {
      said = `${plainWords('UNREACHABLE')} Details: ${message(error)}`;
    }
    await refresh();
    notice.textContent = said;
  }

  async function runPreview(only?: string[], note?: string): Promise<void> {
    if (state.busy) return;
    if (only) state.targetIds = only;
    const ids = targets(state);
    if (!ids.length) {
      notice.textContent = 'Select invoices in the Invoices sheet first, then press Refresh.';
      return;
    }
    const editor = state.editor && form.editing() && ids.length === 1 && state.editor.invoiceId === ids[0]
      ? state.editor : null;
    const read = editor ? editor.read() : null;
    const built = buildRequest(form.values(), editor && read ? { invoiceId: editor.invoiceId, edits: read.edits } : null);
    const errors = [...(read ? read.errors : []), ...built.errors];
    replace(formErrors, ...errors.map((e) => el('p', { class: 'error-text', text: e })));
    if (!built.request || errors.length) return;

    state.busy = 'preview';
    state.cancelRequested = false;
    state.applyQueue = null;
    const formVersion = state.formVersion;
    syncControls();
    results.clear();
    reviewPanel.clear();
    notice.textContent = '';
    progress.start(`Previewing ${plural(ids.length, 'invoice')}`, ids.length);
    const run = await sendPreviewChunks(built.request, ids, hooks());
    const previewed = ids.length - run.notStarted.length;
    state.preview = {
      request: built.request, ids, outcomes: run.outcomes, notStarted: run.notStarted,
      baseKey: newRequestKey(), formVersion, note,
    };
    const failed = [...run.outcomes.values()].filter((o) => !o.ok).length;
    if (ids.length > CHUNK_SIZE || run.notStarted.length) {
      progress.finish(`${run.notStarted.length ? 'Preview cancelled. ' : 'Preview ready. '}${progressText(previewed, ids.length, failed)}.`);
    } else {
      progress.element.hidden = true;
    }
    maybeBuildEditor(ids, run.outcomes);
    state.busy = null;
    reviewPanel.show({
      action: built.request.action, ids, outcomes: run.outcomes, notStarted: run.notStarted,
      selection: state.byId, note,
    });
    reviewPanel.setOutdated(state.formVersion !== formVersion);
    syncControls();
    reviewPanel.focus();
  }

  function maybeBuildEditor(ids: string[], outcomes: Map<string, PreviewOutcome>): void {
    if (!form.editing() || ids.length !== 1) return;
    if (state.editor && state.editor.invoiceId === ids[0]) return;
    const outcome = outcomes.get(ids[0]);
    if (!outcome || !outcome.ok) return;
    state.editor = createLineEditor(outcome.invoiceId, outcome.currency, outcome.before.lines, formChanged);
  }

  async function apply(): Promise<void> {
    const preview = state.preview;
    if (state.busy || !preview || state.applyQueue || preview.formVersion !== state.formVersion) return;
    const ready = preview.ids
      .map((id) => preview.outcomes.get(id))
      .filter((o): o is PreviewSuccess => o !== undefined && o.ok);
    if (!ready.length) return;
    state.applyQueue = queueApply(preview.request, ready, preview.baseKey);
    await runApply();
  }

  async function runApply(): Promise<void> {
    const queue = state.applyQueue;
    if (state.busy || !queue) return;
    state.busy = 'apply';
    state.cancelRequested = false;
    syncControls();
    reviewPanel.setApplyState('busy');
    const total = queueProgress(queue).total;
    progress.start(`Applying to ${plural(total, 'invoice')}`, total);
    await sendApplyQueue(queue, hooks());
    const pending = invoicesToSend(queue);
    const p = queueProgress(queue);
    const cancelled = state.cancelRequested;
    progress.finish(`${cancelled ? 'Cancelled. ' : 'Finished. '}${progressText(p.done, p.total, p.failed)}.`);
    state.busy = null;
    reviewPanel.setApplyState('done');
    reviewPanel.element.hidden = true;
    results.show({
      outcomes: queueOutcomes(queue), total: p.total, pending, cancelled,
      currency: (id) => currencyOf(state, id),
    });
    syncControls();
    results.focus();
  }

  async function selectRow(invoiceId: string): Promise<void> {
    results.say(`Selecting ${invoiceId}…`);
    try {
      const answer = await callServer('revoiceSelectInvoice', invoiceId);
      results.say(answer.ok
        ? `Selected ${invoiceId} in the Invoices sheet (row ${answer.row}).`
        : `${plainWords(answer.code)} Details: ${answer.message}`);
    } catch (error) {
      results.say(`${plainWords('UNREACHABLE')} Details: ${message(error)}`);
    }
  }

  syncControls();
  void refresh();
  return state;
}
