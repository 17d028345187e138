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
import { rowBlocks } from './row-blocks';

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
  // Formulas and formats of all the runs, read in as few blocks as the cost model says (not per run).
  const formulas: string[][] = [];
  const formats: string[][] = [];
  for (const block of rowBlocks(sorted, width)) {
    const range = retried(() => sheet.getRange(block.first, 1, block.count, width));
    const read = [retried(() => range.getFormulas()), retried(() => range.getNumberFormats())];
    read[0].forEach((line, i) => (formulas[block.first - 1 + i] = line));
    read[1].forEach((line, i) => (formats[block.first - 1 + i] = line));
  }
  return runs.reverse().map(({ row, count }) => {
    const at = (grid: string[][]) => Array.from({ length: count }, (_, i) => grid[row - 1 + i] ?? []);
    const values = Array.from({ length: count }, (_, i) => state.values[row - 1 + i] ?? []);
    const [runFormulas, runFormats] = [at(formulas), at(formats)];
    const previous = values.map((line, i) =>
      Array.from({ length: width }, (_, c) =>
        restorable(line[c], runFormulas[i]?.[c], timeZone, runFormats[i]?.[c] === '@'),
      ),
    );
    return {
      kind: 'deleteRows',
      sheet: state.name,
      row,
      count,
      width,
      content: contentOf(values),
      previous,
      previousFormats: runFormats,
    };
  });
}

/** Whether the rows are still where they were (the deletion has not run). */
export function stillThere(sheet: Sheet, op: DeleteRowsOp): boolean {
  if (retried(() => sheet.getMaxRows()) < op.row + op.count - 1) return false;
  const values = retried(() => sheet.getRange(op.row, 1, op.count, op.width).getValues());
  return contentOf(values) === op.content;
}

/** `checked`: the caller knows the rows are there (no deletion of this run has happened yet). */
export function runDeletion(sheet: Sheet, op: DeleteRowsOp, checked = false): void {
  if (!checked && !stillThere(sheet, op)) return;
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
