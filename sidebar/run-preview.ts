/**
 * Preview: read the form (and the line editor), ask the server what would change for each
 * target invoice, and show it in the review panel. Nothing is written.
 */
import type { RevoiceRequest } from '../src/shared/api';
import type { Sidebar } from './sidebar';
import { countFailed, type PreviewOutcome } from './chunk-answers';
import { CHUNK_SIZE } from './chunks';
import { el, replace } from './dom';
import { plural, progressText } from './format';
import { createLineEditor } from './line-editor';
import { askForColumns, lacksColumn } from './match-columns';
import { sendPreviewChunks, type PreviewAnswers } from './preview-chunks';
import { REASON_NEEDED, buildRequest } from './request';
import { newRequestKey } from './request-key';
import { targets } from './state';

/** `only` narrows the preview to some invoices (Preview again); `note` is said in the review panel. */
export async function runPreview(app: Sidebar, only?: string[], note?: string): Promise<void> {
  const { state, panels } = app;
  if (state.busy) return;
  if (only) state.targetIds = only;
  const ids = targets(state);
  if (!ids.length) {
    panels.notice.textContent = 'Select invoices in the Invoices sheet first, then press Refresh.';
    return;
  }
  const request = readRequest(app, ids);
  if (!request) return;

  state.busy = 'preview';
  state.cancelRequested = false;
  state.applyQueue = null;
  const formVersion = state.formVersion;
  app.sync();
  panels.results.clear();
  panels.review.clear();
  clearOldMessages(app);
  panels.progress.start(`Previewing ${plural(ids.length, 'invoice')}`, ids.length);
  const answers = await sendPreviewChunks(request, ids, app.hooks());
  state.preview = {
    request,
    ids,
    outcomes: answers.outcomes,
    baseKey: newRequestKey(),
    formVersion,
    notStarted: answers.notStarted,
    leftOut: [],
  };
  finishProgress(app, ids, answers);
  buildEditor(app, ids, answers.outcomes);
  state.busy = null;
  panels.review.show({
    action: request.action,
    ids,
    outcomes: answers.outcomes,
    notStarted: answers.notStarted,
    selection: state.byId,
    note,
  });
  // The form may have changed while the preview ran: then Apply waits for the next preview.
  panels.review.setOutdated(state.formVersion !== formVersion);
  app.sync();
  panels.review.focus();
  panels.review.revealChanges();
  if (!lacksColumn(answers.outcomes.values())) return;
  // No accounting column: they are chosen in Settings, not matched to a missing required column.
  if (request.action === 'reset-accounting') panels.settings.open();
  else await askForColumns(app, 'preview');
}

/** The request the form describes, or null after showing what to fix. */
function readRequest({ state, panels }: Sidebar, ids: readonly string[]): RevoiceRequest | null {
  const { form } = panels;
  // Line edits count only while the editor shown is the one for the single invoice previewed.
  const editor =
    state.editor && form.editing() && ids.length === 1 && state.editor.invoiceId === ids[0] ? state.editor : null;
  const read = editor ? editor.read() : null;
  const built = buildRequest(form.values(), editor && read ? { invoiceId: editor.invoiceId, edits: read.edits } : null);
  const errors = [...(read ? read.errors : []), ...built.errors];
  replace(panels.formErrors, ...errors.map((e) => el('p', { class: 'error-text', text: e })));
  form.markReasonMissing(errors.includes(REASON_NEEDED));
  return built.request && !errors.length ? built.request : null;
}

/** Large or cancelled previews leave their counts showing; a small one needs no progress bar. */
function finishProgress({ panels }: Sidebar, ids: readonly string[], answers: PreviewAnswers): void {
  const previewed = ids.length - answers.notStarted.length;
  const failed = countFailed([...answers.outcomes.values()]);
  if (ids.length > CHUNK_SIZE || answers.notStarted.length) {
    const outcome = answers.notStarted.length ? 'Preview cancelled. ' : 'Preview ready. ';
    panels.progress.finish(`${outcome}${progressText(previewed, ids.length, failed)}.`);
  } else {
    panels.progress.element.hidden = true;
  }
}

/** Copy and edit on one invoice: its first successful preview gives the lines to edit. */
function buildEditor(app: Sidebar, ids: readonly string[], outcomes: Map<string, PreviewOutcome>): void {
  const { state, panels } = app;
  if (!panels.form.editing() || ids.length !== 1) return;
  if (state.editor && state.editor.invoiceId === ids[0]) return;
  const outcome = outcomes.get(ids[0]);
  if (!outcome || !outcome.ok) return;
  state.editor = createLineEditor(outcome.invoiceId, outcome.currency, outcome.before.lines, app.formChanged);
}

/** A new preview starts clean: no error or notice from an earlier step stays beside its answer. */
function clearOldMessages({ panels }: Sidebar): void {
  panels.notice.textContent = '';
  panels.repaired.hidden = true;
  panels.columns.clearError();
  panels.settings.clearError();
  panels.history.clearError();
}
