/**
 * Deleting a draft's old line rows (SPEC §3 drafts), and putting them back exactly. A delete
 * may run again (a retried call, writes rewritten after a lost flush, a later execution's
 * recovery), and deleting twice would take someone else's rows: so each run first checks that
 * the rows at its place still hold what it recorded, and an undo re-inserts them only when they
 * are gone.
 */
import type { SheetState } from './sheet-state';
import { restorable } from './restorable';
import { retried, withRetries } from './passing-errors';
import { isDate } from './zone';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface DeleteRowsOp {
  kind: 'deleteRows';
  sheet: string;
  row: number;
  count: number;
  width: number;
  /** The rows' content, to tell whether they are still there (values as JSON, dates as instants). */
  content: string;
  /** What setValues and setNumberFormats must be given to put them back. */
  previous: unknown[][];
  previousFormats: string[][];
}

function contentOf(values: unknown[][]): string {
  return JSON.stringify(values.map((row) => row.map((value) => (isDate(value) ? value.getTime() : value))));
}

/** One op per run of adjacent rows, the lowest run last (deleting it first would move the others). */
export function deletionOps(state: SheetState, rows: number[], timeZone: string): DeleteRowsOp[] {
  const sheet = state.sheet;
  if (!sheet || !rows.length) return [];
  const width = state.values[0]?.length ?? 0;
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: { row: number; count: number }[] = [];
  for (const row of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.row + last.count === row) last.count++;
    else runs.push({ row, count: 1 });
  }
  return runs.reverse().map(({ row, count }) => {
    const range = retried(() => sheet.getRange(row, 1, count, width));
    const values = Array.from({ length: count }, (_, i) => state.values[row - 1 + i] ?? []);
    const formulas = retried(() => range.getFormulas());
    const formats = retried(() => range.getNumberFormats());
    const previous = values.map((line, i) =>
      Array.from({ length: width }, (_, c) => restorable(line[c], formulas[i]?.[c], timeZone, formats[i]?.[c] === '@')),
    );
    return {
      kind: 'deleteRows',
      sheet: state.name,
      row,
      count,
      width,
      content: contentOf(values),
      previous,
      previousFormats: formats,
    };
  });
}

/** Whether the rows are still where they were (the deletion has not run). */
export function stillThere(sheet: Sheet, op: DeleteRowsOp): boolean {
  if (retried(() => sheet.getMaxRows()) < op.row + op.count - 1) return false;
  const values = retried(() => sheet.getRange(op.row, 1, op.count, op.width).getValues());
  return contentOf(values) === op.content;
}

export function runDeletion(sheet: Sheet, op: DeleteRowsOp): void {
  if (!stillThere(sheet, op)) return;
  withRetries(
    () => sheet.deleteRows(op.row, op.count),
    () => stillThere(sheet, op),
  );
}

export function undoDeletion(sheet: Sheet, op: DeleteRowsOp): void {
  if (stillThere(sheet, op)) return;
  const blank = () =>
    retried(() => sheet.getRange(op.row, 1, op.count, op.width).getValues()).every((line) =>
      line.every((value) => value === '' || value === null),
    );
  // A previous undo may have inserted the rows and been stopped before filling them.
  if (!(retried(() => sheet.getMaxRows()) >= op.row + op.count - 1 && blank())) {
    // After the rows above (insertRowsBefore would refuse a place past the sheet's last row).
    withRetries(
      () => sheet.insertRowsAfter(op.row - 1, op.count),
      () => !blank(),
    );
  }
  const range = retried(() => sheet.getRange(op.row, 1, op.count, op.width));
  withRetries(() => range.setNumberFormats(op.previousFormats));
  withRetries(() => range.setValues(op.previous));
}
