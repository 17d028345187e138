/**
 * Brings the controls in line with the state after every change: what can be pressed, the
 * credit note, and what the line editor's slot holds.
 */
import { el, replace } from './dom';
import { isNonZero, money } from './format';
import type { Panels } from './panels';
import { currencyOf, paidOf, targets, type AppState } from './state';

export function syncControls(state: AppState, panels: Panels): void {
  const ids = targets(state);
  const idle = state.busy === null;
  panels.form.previewButton.disabled = !idle || ids.length === 0;
  panels.selection.setDisabled(!idle);
  panels.columns.setDisabled(!idle);
  panels.settings.setDisabled(!idle);
  syncCreditNote(state, panels, ids);
  if (panels.form.editing()) syncEditorSlot(state, panels, ids);
}

/** Credit notes: voiding one invoice that has been paid. */
function syncCreditNote(state: AppState, { form }: Panels, ids: readonly string[]): void {
  const only = ids.length === 1 ? state.byId.get(ids[0]) : undefined;
  const paid = ids.length === 1 ? paidOf(state, ids[0]) : undefined;
  const hasPaid = (only !== undefined && /paid/i.test(only.status)) || isNonZero(paid);
  form.setCreditNoteAllowed(
    hasPaid,
    paid !== undefined
      ? `Paid so far: ${money(paid, currencyOf(state, ids[0]))}. Refund plus credit can’t be more.`
      : 'Refund plus credit can’t be more than was paid.',
  );
}

/** Line editor: Copy and edit on exactly one invoice, once a preview has given its lines. */
function syncEditorSlot(state: AppState, { form }: Panels, ids: readonly string[]): void {
  if (ids.length !== 1) {
    replace(
      form.editorSlot,
      el('p', {
        class: 'hint',
        text: 'Lines can be edited when one invoice is selected. With several, each is copied as it is.',
      }),
    );
  } else if (state.editor && state.editor.invoiceId === ids[0]) {
    if (state.editor.element.parentNode !== form.editorSlot) replace(form.editorSlot, state.editor.element);
  } else {
    replace(
      form.editorSlot,
      el('p', { class: 'hint', text: 'Press Preview once to load this invoice’s lines for editing.' }),
    );
  }
}
