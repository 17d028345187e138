/**
 * "Match your columns": for each required column Revoice couldn't find, a select of the sheet's
 * headers that could hold it, and Save. A column no header could hold is listed with
 * "Set up workbook", which adds it; that button is never the fix for one a header may hold.
 */
import { createStatusLine } from './status-line';
import { absentSentence, askQuestion, askSentence, type ColumnAsk, type ColumnChoice } from './column-asks';
import { button, el, replace, uid } from './dom';

export interface ColumnsPanel {
  element: HTMLElement;
  /** Shows what to ask; with nothing to ask, only a status message keeps the panel open. */
  show(asks: readonly ColumnAsk[]): void;
  /** The columns matched in the selects ("— none —" left out). */
  choices(): ColumnChoice[];
  /** A status line (what was remembered) or an error; "" clears it. */
  say(text: string, error?: boolean): void;
  /** Clears the status line if it shows an error (a new preview has started). */
  clearError(): void;
  setDisabled(disabled: boolean): void;
  focus(): void;
}

interface ColumnsHandlers {
  saveColumns(): void;
  setUp(): void;
}

const NONE = '— none —';

export function createColumnsPanel(on: ColumnsHandlers): ColumnsPanel {
  const title = el('h2', { id: 'rv-columns-title', tabindex: -1, text: 'Match your columns' });
  const body = el('div', { class: 'column-asks' });
  const status = createStatusLine('rv-columns-status');
  const element = el(
    'section',
    { class: 'columns', hidden: true, 'aria-labelledby': 'rv-columns-title' },
    title,
    body,
    status.element,
  );
  let selects: Array<{ ask: ColumnAsk; select: HTMLSelectElement }> = [];
  let controls: HTMLButtonElement[] = [];

  const question = (ask: ColumnAsk): HTMLElement => {
    const said = uid('rv-ask');
    const select = el(
      'select',
      {
        'aria-label': askQuestion(ask),
        'aria-describedby': said,
        'data-sheet': ask.sheet,
        'data-column': ask.column,
      },
      el('option', { value: '', text: NONE }),
      ...ask.headers.map((header) => el('option', { value: header, text: header })),
    );
    select.value = ask.current;
    selects.push({ ask, select });
    return el('div', { class: 'column-ask' }, el('p', { id: said, text: askSentence(ask) }), select);
  };

  const show = (asks: readonly ColumnAsk[]): void => {
    selects = [];
    const matchable = asks.filter((ask) => ask.headers.length);
    const absent = asks.filter((ask) => !ask.headers.length);
    const save = button('Save', on.saveColumns, { class: 'primary', id: 'rv-columns-save' });
    const setUp = button('Set up workbook', on.setUp, { class: 'secondary', id: 'rv-columns-setup' });
    controls = [...(matchable.length ? [save] : []), ...(absent.length ? [setUp] : [])];
    replace(
      body,
      ...matchable.map(question),
      matchable.length
        ? el('p', { class: 'hint', text: 'If none of them holds it, add a column with that name in row 1.' })
        : null,
      matchable.length ? el('div', { class: 'actions' }, save) : null,
      ...absent.map((ask) => el('p', { class: 'column-absent', text: absentSentence(ask) })),
      absent.length
        ? el(
            'div',
            { class: 'actions' },
            setUp,
            el('span', { class: 'hint', text: 'adds the missing columns; then fill them in.' }),
          )
        : null,
    );
    element.hidden = !asks.length && !status.element.textContent;
  };

  return {
    element,
    show,
    choices: () =>
      selects
        .filter(({ select }) => select.value !== '')
        .map(({ ask, select }) => ({ sheet: ask.sheet, column: ask.column, header: select.value })),
    clearError: status.clearError,
    say: (text, error = false) => {
      status.say(text, error);
      if (text) element.hidden = false;
    },
    setDisabled: (disabled) => {
      for (const control of controls) control.disabled = disabled;
      for (const { select } of selects) select.disabled = disabled;
    },
    focus: () => title.focus(),
  };
}
