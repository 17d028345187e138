/**
 * Where a table read by key ends, found from the bottom up when an append needs it: the sheet's
 * last row with content (getLastRow, no read), then the key column read upwards in growing
 * windows until a row holds a key (rows below holding only checkboxes, formulas or formats are
 * not data, SPEC §1). What the append then needs is read with it: the values of the rows it
 * fills (in the windows) and their formulas with the last data row's (per-row formulas are
 * copied down from it: another row may hold a value typed over the formula). Rows past
 * getLastRow() hold nothing, so nothing there is read.
 * The Audit Log, Revoice's own log, ends at its last row with content.
 */
import type { ColumnMapping } from '../shared/columns';
import { retried } from './passing-errors';
import { WHOLE_READ_CELLS, keyColumnOf, readBlock } from './read-workbook';
import type { SheetState } from './sheet-state';

/** Each window up is this many times the last. */
const GROWTH = 8;

function filled(value: unknown): boolean {
  return value !== '' && value !== null && value !== undefined;
}

export function findTableEnd(state: SheetState, appending: number, mapping: ColumnMapping): void {
  const sheet = state.sheet;
  if (state.whole || !sheet) return;
  const last = retried(() => sheet.getLastRow());
  const width = state.values[0]?.length ?? 0;
  const key = keyColumnOf(state.key, state.values[0] ?? [], mapping);
  if (state.key === 'audit' || key === undefined || width === 0) {
    state.lastRow = Math.max(last, 1);
    return;
  }
  let lastRow = 1;
  let size = Math.max(1, Math.floor(WHOLE_READ_CELLS / 2 / width));
  for (let bottom = last; bottom >= 2 && lastRow === 1; size *= GROWTH) {
    const top = Math.max(2, bottom - size + 1);
    readBlock(state, sheet, top, bottom - top + 1, width, false);
    for (let row = bottom; row >= top; row--) {
      if (filled(state.values[row - 1]?.[key])) {
        lastRow = row;
        break;
      }
    }
    bottom = top - 1;
  }
  state.lastRow = lastRow;
  const first = Math.max(lastRow, 2);
  const end = Math.min(last, lastRow + appending);
  if (state.formulas && end >= first) {
    const formulas = retried(() => sheet.getRange(first, 1, end - first + 1, width).getFormulas());
    formulas.forEach((row, i) => ((state.formulas as string[][])[first - 1 + i] = row));
  }
}
