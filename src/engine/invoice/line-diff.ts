import type { LineDiff, PreviewLine } from '../../shared/api';
import { previewLine } from './line-math';
import type { Line } from '../workbook/model';

function sameLine(a: PreviewLine, b: PreviewLine): boolean {
  return (
    a.kind === b.kind &&
    a.description === b.description &&
    a.quantity === b.quantity &&
    a.unitPrice === b.unitPrice &&
    a.amount === b.amount &&
    a.taxRate === b.taxRate
  );
}

function matchKey(line: Line): string {
  return `${line.kind}\u001f${line.description.trim().toLowerCase()}`;
}

/**
 * Pairs the new lines with the old: a copied line with the line it came from, a schedule
 * line with an old line of the same kind and description; the rest are added or removed.
 */
export function diffLines(before: Line[], after: Line[], currency: string): LineDiff[] {
  const unpaired = new Set(before.map((_, i) => i));
  const diffs: LineDiff[] = after.map((line) => {
    let match = line.origin !== undefined ? line.origin - 1 : -1;
    if (match < 0)
      match = before.findIndex(
        (old, i) => unpaired.has(i) && old.kind !== 'manual' && matchKey(old) === matchKey(line),
      );
    const next = previewLine(line, currency);
    if (match < 0 || !unpaired.has(match)) return { change: 'added', after: next };
    unpaired.delete(match);
    const prev = previewLine(before[match], currency);
    return { change: sameLine(prev, next) ? 'same' : 'changed', before: prev, after: next };
  });
  for (const i of unpaired) diffs.push({ change: 'removed', before: previewLine(before[i], currency) });
  return diffs;
}
