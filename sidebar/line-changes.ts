/**
 * Lines before → after. Each row is stacked (description above numbers) to fit 300 px,
 * and every change is marked in words (Added / Removed / Changed), not by colour alone.
 */
import type { LineDiff, PreviewLine } from '../src/shared/api';
import { el } from './dom';
import { groupDigits, isNonZero } from './format';
import { dateRange } from './date-range';

const MARKS: Record<LineDiff['change'], { symbol: string; word: string } | null> = {
  same: null,
  changed: { symbol: '~', word: 'Changed' },
  added: { symbol: '+', word: 'Added' },
  removed: { symbol: '−', word: 'Removed' },
};

/** "4 × 12.50 = 50.00 (+ 10.00 tax)". */
function numbers(line: PreviewLine): string {
  const tax = isNonZero(line.tax) ? ` (+ ${groupDigits(line.tax)} tax)` : '';
  return `${groupDigits(line.quantity)} × ${groupDigits(line.unitPrice)} = ${groupDigits(line.amount)}${tax}`;
}

/** The line's name, whether it was typed by hand, and the dates it covers when only part of the period. */
function title(line: PreviewLine): HTMLElement {
  return el(
    'span',
    { class: 'desc' },
    line.description || '(no description)',
    line.from && line.to ? el('span', { class: 'kind', text: ` · ${dateRange(line.from, line.to)}` }) : null,
    line.kind === 'manual' ? el('span', { class: 'kind', text: ' · added by hand' }) : null,
  );
}

function row(diff: LineDiff): HTMLLIElement | null {
  const line = diff.after || diff.before;
  if (!line) return null;
  const mark = MARKS[diff.change];
  const item = el('li', { class: `line is-${diff.change}` });
  if (mark) {
    item.appendChild(
      el('span', { class: 'mark' }, el('span', { 'aria-hidden': 'true', text: `${mark.symbol} ` }), mark.word),
    );
  }
  if (diff.change === 'removed') {
    item.appendChild(el('del', {}, title(line), el('span', { class: 'nums', text: numbers(line) })));
    return item;
  }
  item.appendChild(title(line));
  if (diff.change === 'changed' && diff.before && diff.after) {
    if (diff.before.description !== diff.after.description) {
      item.appendChild(el('span', { class: 'nums was' }, 'was “', diff.before.description, '”'));
    }
    item.appendChild(
      el('span', { class: 'nums was' }, el('span', { class: 'tag', text: 'was ' }), numbers(diff.before)),
    );
    item.appendChild(el('span', { class: 'nums' }, el('span', { class: 'tag', text: 'now ' }), numbers(diff.after)));
  } else {
    item.appendChild(el('span', { class: 'nums', text: numbers(line) }));
  }
  return item;
}

/** The diff if there is one; otherwise the lines as they stand (a plain void). */
export function renderLines(diff: readonly LineDiff[] | undefined, lines: readonly PreviewLine[]): HTMLElement {
  const rows = diff && diff.length ? diff : lines.map((before): LineDiff => ({ change: 'same', before }));
  const list = el('ol', { class: 'lines' });
  for (const d of rows) {
    const item = row(d);
    if (item) list.appendChild(item);
  }
  if (!list.firstChild) list.appendChild(el('li', { class: 'line', text: 'No lines.' }));
  return list;
}

export function countChanges(diff: readonly LineDiff[] | undefined): string {
  if (!diff) return '';
  const n = (c: LineDiff['change']): number => diff.filter((d) => d.change === c).length;
  const parts = [
    ['added', n('added')],
    ['removed', n('removed')],
    ['changed', n('changed')],
  ]
    .filter(([, count]) => count)
    .map(([word, count]) => `${count} ${word}`);
  return parts.length ? `Lines: ${parts.join(', ')}` : 'Lines unchanged';
}
