/** The action form: what to do, why, how to rebuild, and the optional credit note. */
import type { Action, RegenerateMode } from '../src/shared/api';
import { el, uid } from './dom';
import { regenerates, resetsAccounting, voids } from '../src/shared/actions';
import type { FormValues } from './request';

export interface ActionForm {
  element: HTMLFormElement;
  values(): FormValues;
  setAction(action: Action): void;
  /** Credit note fields only make sense when voiding one invoice that has payments. */
  setCreditNoteAllowed(allowed: boolean, paidHint: string): void;
  /** Holds the line editor (or a hint about it) in Copy and edit mode. */
  editorSlot: HTMLElement;
  previewButton: HTMLButtonElement;
  /** True when Copy and edit is chosen for a regenerating action. */
  editing(): boolean;
  /** Marks the Reason box as missing (and moves to it), or clears the mark. */
  markReasonMissing(missing: boolean): void;
}

interface Option<T extends string> {
  value: T;
  label: string;
}

function radios<T extends string>(
  legend: string,
  name: string,
  options: ReadonlyArray<Option<T>>,
  checked: T,
): { fieldset: HTMLFieldSetElement; value(): T; set(value: T): void } {
  const inputs = options.map((o) => {
    const id = uid(`rv-${name}`);
    const input = el('input', { type: 'radio', id, name, value: o.value, checked: o.value === checked });
    return { input, row: el('div', { class: 'choice' }, input, el('label', { for: id, text: o.label })) };
  });
  const fieldset = el('fieldset', {}, el('legend', { text: legend }), ...inputs.map((i) => i.row));
  return {
    fieldset,
    value: () => (inputs.find((i) => i.input.checked) || inputs[0]).input.value as T,
    set: (value) =>
      inputs.forEach((i) => {
        i.input.checked = i.input.value === value;
      }),
  };
}

function field(label: string, input: HTMLInputElement, hint?: HTMLElement): HTMLDivElement {
  const id = input.id || uid('rv-field');
  input.id = id;
  if (hint) {
    hint.id = `${id}-hint`;
    input.setAttribute('aria-describedby', hint.id);
  }
  return el('div', { class: 'field' }, el('label', { for: id, text: label }), input, hint);
}

export function createActionForm(onChange: () => void, onPreview: () => void): ActionForm {
  const action = radios<Action>(
    'Action',
    'action',
    [
      { value: 'void', label: 'Void' },
      { value: 'regenerate', label: 'Regenerate (already voided)' },
      { value: 'void-and-regenerate', label: 'Void & regenerate' },
      { value: 'apply-credit', label: "Apply the customer's credit" },
      { value: 'reset-accounting', label: 'Reset accounting link' },
    ],
    'void-and-regenerate',
  );
  const resetHint = el('p', {
    class: 'hint',
    id: 'rv-reset-hint',
    text: 'Blanks the accounting columns (see Settings, below) so your accounting software creates the invoice afresh.',
  });
  const reasonHint = el('p', { class: 'hint' });
  const reason = el('input', { type: 'text', id: 'rv-reason', maxlength: 500, autocomplete: 'off' });
  const reasonField = field('Reason', reason, reasonHint);
  const reasonLabel = reasonField.querySelector('label') as HTMLLabelElement;
  const mode = radios<RegenerateMode>(
    'New invoice',
    'mode',
    [
      { value: 'schedule', label: 'From current schedule' },
      { value: 'copy', label: 'Copy and edit' },
    ],
    'schedule',
  );
  const keepManual = el('input', { type: 'checkbox', id: 'rv-keep-manual', checked: true });
  const keepManualRow = el(
    'div',
    { class: 'choice' },
    keepManual,
    el('label', { for: 'rv-keep-manual', text: 'Keep lines added by hand' }),
  );
  const from = el('input', { type: 'date', id: 'rv-from' });
  const to = el('input', { type: 'date', id: 'rv-to' });
  // Chargebee's prorate flag: checked, a part month or a started week is billed whole.
  const wholePeriods = el('input', { type: 'checkbox', id: 'rv-whole-periods' });
  const wholePeriodsRow = el(
    'div',
    { class: 'choice' },
    wholePeriods,
    el('label', { for: 'rv-whole-periods', text: 'Bill part months and weeks as whole ones' }),
  );
  const dates = el(
    'fieldset',
    { class: 'dates' },
    el('legend', { text: 'Bill only part of the period (optional)' }),
    el('div', { class: 'pair' }, field('From', from), field('To', to)),
    wholePeriodsRow,
  );
  const refund = el('input', { type: 'text', id: 'rv-refund', inputmode: 'decimal', autocomplete: 'off' });
  const credit = el('input', { type: 'text', id: 'rv-credit', inputmode: 'decimal', autocomplete: 'off' });
  const paidHint = el('p', { class: 'hint' });
  const creditNote = el(
    'details',
    { class: 'credit-note', hidden: true },
    el('summary', { id: 'rv-credit-summary', text: 'Credit note (optional)' }),
    el(
      'fieldset',
      { 'aria-labelledby': 'rv-credit-summary' },
      el('div', { class: 'pair' }, field('Refund', refund), field('Credit', credit)),
      paidHint,
    ),
  );
  refund.setAttribute('aria-describedby', 'rv-paid-hint');
  credit.setAttribute('aria-describedby', 'rv-paid-hint');
  paidHint.id = 'rv-paid-hint';
  const editorSlot = el('div', { class: 'editor-slot', hidden: true });
  const previewButton = el('button', { type: 'submit', class: 'primary', id: 'rv-preview', text: 'Preview' });
  const regenerateOnly = el('div', { class: 'regenerate-options' }, mode.fieldset, keepManualRow, dates);

  let creditAllowed = false;
  const element = el(
    'form',
    { class: 'action-form', novalidate: true, 'aria-labelledby': 'rv-form-title' },
    el('h2', { id: 'rv-form-title', text: 'What to do' }),
    action.fieldset,
    resetHint,
    reasonField,
    regenerateOnly,
    creditNote,
    editorSlot,
    el(
      'div',
      { class: 'actions' },
      previewButton,
      el('span', { class: 'hint', text: 'Nothing is written until you apply.' }),
    ),
  );

  const sync = (): void => {
    const a = action.value();
    regenerateOnly.hidden = !regenerates(a);
    resetHint.hidden = !resetsAccounting(a);
    reason.required = voids(a);
    reasonLabel.textContent = voids(a) ? 'Reason (needed)' : 'Reason (optional)';
    reasonHint.textContent = voids(a)
      ? 'Why it is voided: saved on the voided invoice, its credit note and in the Audit Log.'
      : 'Saved in the Audit Log.';
    keepManualRow.hidden = mode.value() !== 'schedule';
    wholePeriodsRow.hidden = mode.value() !== 'schedule';
    creditNote.hidden = !(voids(a) && creditAllowed);
    editorSlot.hidden = !(regenerates(a) && mode.value() === 'copy');
  };
  element.addEventListener('input', () => {
    sync();
    onChange();
  });
  element.addEventListener('change', () => {
    sync();
    onChange();
  });
  element.addEventListener('submit', (event) => {
    event.preventDefault();
    onPreview();
  });
  sync();

  return {
    element,
    editorSlot,
    previewButton,
    values: () => ({
      action: action.value(),
      reason: reason.value,
      mode: mode.value(),
      keepManual: keepManual.checked,
      prorate: !wholePeriods.checked,
      from: from.value,
      to: to.value,
      creditNote: creditNote.hidden ? null : { refund: refund.value, credit: credit.value },
    }),
    setAction: (a) => {
      action.set(a);
      sync();
    },
    setCreditNoteAllowed: (allowed, hint) => {
      creditAllowed = allowed;
      paidHint.textContent = hint;
      sync();
    },
    editing: () => regenerates(action.value()) && mode.value() === 'copy',
    markReasonMissing: (missing) => {
      if (missing) reason.setAttribute('aria-invalid', 'true');
      else reason.removeAttribute('aria-invalid');
      if (missing) reason.focus();
    },
  };
}
