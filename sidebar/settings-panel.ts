/**
 * Settings, a disclosure at the foot of the sidebar: the Invoices headers as checkboxes for the
 * accounting columns that "Reset accounting link" clears, and Save. Loaded when first opened.
 */
import type { AccountingColumns } from '../src/shared/api';
import { createStatusLine } from './status-line';
import { DEFAULT_ACCOUNTING_COLUMNS } from '../src/shared/accounting';
import { button, el, replace, uid } from './dom';

export interface SettingsPanel {
  element: HTMLDetailsElement;
  /** The Invoices headers, ticked where a reset clears them now. */
  show(columns: AccountingColumns): void;
  /** The headers ticked. */
  chosen(): string[];
  /** A status line (saved, loading) or an error; "" clears it. */
  say(text: string, error?: boolean): void;
  /** Clears the status line if it shows an error (a new preview has started). */
  clearError(): void;
  setDisabled(disabled: boolean): void;
  /** Opens the disclosure (loading it) and moves focus to it. */
  open(): void;
}

interface SettingsHandlers {
  loadSettings(): void;
  saveSettings(): void;
}

/** What a reset clears now, in words. */
export function clearedNowText(columns: readonly string[]): string {
  return columns.length
    ? `Reset accounting link now clears: ${columns.join(', ')}.`
    : 'None of these columns has a usual name: tick the ones your accounting software fills.';
}

export function createSettingsPanel(on: SettingsHandlers): SettingsPanel {
  const summary = el('summary', { id: 'rv-settings-summary', text: 'Settings' });
  const choices = el('div', { class: 'accounting-choices', id: 'rv-accounting-choices' });
  const now = el('p', { class: 'hint', id: 'rv-accounting-now' });
  const status = createStatusLine('rv-settings-status');
  const save = button('Save', on.saveSettings, { class: 'primary', id: 'rv-settings-save', disabled: true });
  const element = el(
    'details',
    { class: 'settings', id: 'rv-settings' },
    summary,
    el(
      'fieldset',
      { 'aria-labelledby': 'rv-accounting-title' },
      el('legend', { id: 'rv-accounting-title', text: 'Accounting columns' }),
      el('p', {
        class: 'hint',
        text:
          'Reset accounting link blanks these columns of an invoice, so your accounting software creates it ' +
          `afresh. With none ticked, Revoice uses the usual names: ${DEFAULT_ACCOUNTING_COLUMNS.join(', ')}.`,
      }),
      choices,
      now,
      el('div', { class: 'actions' }, save),
      status.element,
    ),
  );
  let boxes: HTMLInputElement[] = [];
  let loaded = false;
  element.addEventListener('toggle', () => {
    if (element.open && !loaded) on.loadSettings();
  });

  return {
    element,
    show: (columns) => {
      loaded = true;
      const ticked = new Set(columns.columns);
      boxes = columns.headers.map((header) =>
        el('input', { type: 'checkbox', id: uid('rv-accounting'), value: header, checked: ticked.has(header) }),
      );
      replace(
        choices,
        ...boxes.map((box) => el('div', { class: 'choice' }, box, el('label', { for: box.id, text: box.value }))),
        boxes.length ? null : el('p', { class: 'hint', text: 'Invoices has no other columns to choose from.' }),
      );
      now.textContent = clearedNowText(columns.columns);
      save.disabled = false;
    },
    chosen: () => boxes.filter((box) => box.checked).map((box) => box.value),
    clearError: status.clearError,
    say: status.say,
    setDisabled: (disabled) => {
      save.disabled = disabled || !loaded;
      for (const box of boxes) box.disabled = disabled;
    },
    open: () => {
      // Opening fires "toggle", which loads the settings the first time.
      element.open = true;
      summary.focus();
    },
  };
}
