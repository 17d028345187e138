/**
 * The active sheet as a grid: column letters, row numbers, display values as text (never as
 * HTML, already through each cell's number format), numbers and dates aligned right, link
 * cells as links, and whole-row selection by click, drag, shift/ctrl-click or keys.
 */
import { el, replace } from '../../sidebar/dom';
import { columnLetter } from '../../src/engine/workbook/cells';
import type { LinkView, WorkbookView } from '../view';
import { RowSelection } from './row-selection';

export interface GridHandlers {
  /** The user finished selecting rows ("2:5" ranges) on the shown sheet. */
  select(ranges: string[]): void;
  /** A link cell was followed. */
  follow(sheet: string, row: number): void;
}

export interface Grid {
  element: HTMLElement;
  render(view: WorkbookView, reveal: boolean): void;
}

function cell(text: string, numeric: boolean, link: LinkView | undefined): HTMLTableCellElement {
  if (!link) return el('td', { class: numeric ? 'num' : '', title: text.length > 24 ? text : undefined, text });
  if (link.sheet === null || link.targetRow === null)
    return el('td', { class: 'link broken', title: 'This link points nowhere', text });
  const a = el('a', {
    href: '#',
    class: 'cell-link',
    'data-sheet': link.sheet,
    'data-row': link.targetRow,
    title: `Go to ${link.sheet} row ${link.targetRow}`,
    text,
  });
  return el('td', { class: 'link' }, a);
}

export function createGrid(handlers: GridHandlers): Grid {
  const table = el('table', { class: 'grid', id: 'grid', role: 'grid', 'aria-multiselectable': 'true' });
  const element = el(
    'div',
    { class: 'grid-wrap', tabindex: 0, 'aria-label': 'Sheet cells. Arrow keys select rows; Shift extends.' },
    table,
  );
  const selection = new RowSelection();
  let rows: HTMLTableRowElement[] = [];
  let dragging = false;

  const rowOf = (target: EventTarget | null): number | null => {
    const tr = (target as Element | null)?.closest?.('tr[data-row]');
    return tr ? Number(tr.getAttribute('data-row')) : null;
  };
  const paint = () =>
    rows.forEach((tr, i) => {
      const selected = selection.includes(i + 1);
      tr.classList.toggle('selected', selected);
      tr.setAttribute('aria-selected', String(selected));
    });
  const reveal = () => rows[selection.spans[0]?.first - 1]?.scrollIntoView({ block: 'nearest' });

  table.addEventListener('mousedown', (e) => {
    const row = rowOf(e.target);
    if (row === null || e.button !== 0 || (e.target as Element).closest('a')) return;
    e.preventDefault();
    element.focus({ preventScroll: true });
    selection.press(row, { shift: e.shiftKey, add: e.ctrlKey || e.metaKey });
    dragging = true;
    paint();
  });
  table.addEventListener('mouseover', (e) => {
    const row = rowOf(e.target);
    if (!dragging || row === null) return;
    selection.extendTo(row);
    paint();
  });
  document.addEventListener('mouseup', () => {
    if (!dragging) return;
    dragging = false;
    handlers.select(selection.a1());
  });
  table.addEventListener('click', (e) => {
    const link = (e.target as Element).closest('a.cell-link');
    if (!link) return;
    e.preventDefault();
    handlers.follow(link.getAttribute('data-sheet')!, Number(link.getAttribute('data-row')));
  });
  element.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const next = Math.min(Math.max(selection.focusRow() + (e.key === 'ArrowDown' ? 1 : -1), 1), rows.length);
    if (e.shiftKey) selection.extendTo(next);
    else selection.press(next, { shift: false, add: false });
    paint();
    rows[next - 1]?.scrollIntoView({ block: 'nearest' });
    handlers.select(selection.a1());
  });

  return {
    element,
    render(view, revealSelection) {
      const width = Math.max(1, ...view.rows.map((r) => r.length));
      const links = new Map(view.links.map((l) => [`${l.row}:${l.col}`, l]));
      const head = el(
        'tr',
        {},
        el('th', { class: 'corner', 'aria-label': view.active }),
        ...Array.from({ length: width }, (_, c) => el('th', { scope: 'col', text: columnLetter(c) })),
      );
      rows = view.rows.map((line, r) => {
        const numeric = new Set(view.numeric[r]);
        return el(
          'tr',
          { 'data-row': r + 1, class: r === 0 ? 'header-row' : '' },
          el('th', { scope: 'row', class: 'rownum', text: String(r + 1) }),
          ...Array.from({ length: width }, (_, c) =>
            cell(line[c] ?? '', numeric.has(c), links.get(`${r + 1}:${c + 1}`)),
          ),
        );
      });
      replace(table, el('thead', {}, head), el('tbody', {}, ...rows));
      table.setAttribute('aria-label', `${view.active}: ${view.rows.length} rows`);
      if (!dragging) selection.load(view.selection.map((s) => ({ first: s.row, last: s.row + s.numRows - 1 })));
      paint();
      if (revealSelection) reveal();
    },
  };
}
