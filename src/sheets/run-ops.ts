/**
 * Writing laid-out ops, and undoing them. Both may run again over their own earlier, partial
 * run (after a passing error, or in a later execution after this one was stopped), so each
 * step checks before it acts: a sheet is created only if missing, rows are inserted only up to
 * the size wanted, and cells are simply written again.
 */
import { messageOf, withRetries, retried } from './passing-errors';
import type { UndoOp, WriteOp } from './write-ops';
import { runDeletion, stillThere, undoDeletion } from './delete-rows';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Sheets by name, looked up once per run (a sheet this run creates is looked up after). */
function sheetsOf(spreadsheet: Spreadsheet): (name: string) => Sheet {
  const known = new Map<string, Sheet>();
  return (name) => {
    const sheet = known.get(name) ?? retried(() => spreadsheet.getSheetByName(name));
    if (!sheet) throw new Error(`The sheet "${name}" is missing.`);
    known.set(name, sheet);
    return sheet;
  };
}

/** Grows rows (or columns) to `before + count`, however many a previous attempt already added. */
function grow(sheet: Sheet, op: { kind: 'insertRows' | 'insertColumns'; before: number; count: number }): void {
  const rows = op.kind === 'insertRows';
  const size = () => retried(() => (rows ? sheet.getMaxRows() : sheet.getMaxColumns()));
  const missing = () => op.before + op.count - size();
  if (missing() <= 0) return;
  withRetries(
    () => (rows ? sheet.insertRowsAfter(size(), missing()) : sheet.insertColumnsAfter(size(), missing())),
    () => missing() > 0,
  );
}

function createSheet(spreadsheet: Spreadsheet, name: string): void {
  if (retried(() => spreadsheet.getSheetByName(name))) return;
  // insertSheet makes the new sheet active; keep the bookkeeper where they were.
  const active = retried(() => spreadsheet.getActiveSheet());
  withRetries(
    () => spreadsheet.insertSheet(name),
    () => !retried(() => spreadsheet.getSheetByName(name)),
  );
  if (active) retried(() => spreadsheet.setActiveSheet(active));
}

/**
 * Writes every op in order; a passing error is retried, anything else is thrown. Run again (after
 * a lost flush), the ops before a row deletion are skipped once a deletion has run: deletions come
 * last, so everything before them has landed, and the rows below a deleted one have moved up.
 */
export function runOps(spreadsheet: Spreadsheet, ops: readonly WriteOp[]): void {
  const sheetNamed = sheetsOf(spreadsheet);
  // Deletions run in order: if the first has not run, none has (one read, not one per deletion).
  const first = ops.find((op) => op.kind === 'deleteRows');
  const deleted = first?.kind === 'deleteRows' && !stillThere(sheetNamed(first.sheet), first);
  for (const op of ops) {
    if (deleted && op.kind !== 'deleteRows') continue;
    if (op.kind === 'createSheet') createSheet(spreadsheet, op.sheet);
    else if (op.kind === 'cellList') retried(() => sheetNamed(op.sheet).getRangeList(op.a1s).setValue(op.value));
    else if (op.kind === 'deleteRows') runDeletion(sheetNamed(op.sheet), op, !deleted);
    else if (op.kind === 'columnFormat') {
      const range = retried(() => sheetNamed(op.sheet).getRange(op.row, op.column, op.count, 1));
      withRetries(() => range.setNumberFormat(op.format));
    } else if (op.kind !== 'cells') grow(sheetNamed(op.sheet), op);
    else {
      const range = retried(() => sheetNamed(op.sheet).getRange(op.row, op.column, op.height, op.width));
      const formats = op.formats;
      if (formats) withRetries(() => range.setNumberFormats(formats));
      withRetries(() => range.setValues(op.values));
    }
  }
}

function undoOne(spreadsheet: Spreadsheet, op: UndoOp, created: Set<string>): void {
  const sheet = retried(() => spreadsheet.getSheetByName(op.sheet));
  if (!sheet) return; // never created, or already removed: nothing of it to undo
  if (op.kind === 'createSheet') {
    withRetries(() => spreadsheet.deleteSheet(sheet));
  } else if (created.has(op.sheet)) {
    return; // the sheet goes as a whole
  } else if (op.kind === 'cellList') {
    for (const group of op.previous) retried(() => sheet.getRangeList(group.a1s).setValue(group.value));
  } else if (op.kind === 'deleteRows') {
    undoDeletion(sheet, op);
  } else if (op.kind === 'columnFormat') {
    let row = op.row;
    for (const run of op.previous ?? []) {
      const range = retried(() => sheet.getRange(row, op.column, run.count, 1));
      withRetries(() => range.setNumberFormat(run.format));
      row += run.count;
    }
  } else if (op.kind === 'insertRows' || op.kind === 'insertColumns') {
    const rows = op.kind === 'insertRows';
    const extra = retried(() => (rows ? sheet.getMaxRows() : sheet.getMaxColumns())) - op.before;
    if (extra > 0)
      withRetries(() => (rows ? sheet.deleteRows(op.before + 1, extra) : sheet.deleteColumns(op.before + 1, extra)));
  } else if (op.kind === 'cells') {
    // Rows or columns the stopped run never got to add hold nothing to put back.
    const height = Math.min(op.height, retried(() => sheet.getMaxRows()) - op.row + 1);
    const width = Math.min(op.width, retried(() => sheet.getMaxColumns()) - op.column + 1);
    if (height <= 0 || width <= 0) return;
    const clip = <T>(grid: T[][]) => grid.slice(0, height).map((line) => line.slice(0, width));
    const previous = op.previous ? clip(op.previous) : Array.from({ length: height }, () => Array(width).fill(''));
    const range = retried(() => sheet.getRange(op.row, op.column, height, width));
    const formats = op.previousFormats;
    if (formats) withRetries(() => range.setNumberFormats(clip(formats)));
    withRetries(() => range.setValues(previous));
  }
}

/**
 * Puts back what the ops overwrote, last first: cells get their values and formats, added rows
 * and columns go, created sheets go. Goes on past a failed step; returns what could not be undone.
 */
export function undoOps(spreadsheet: Spreadsheet, ops: readonly UndoOp[]): string[] {
  const created = new Set(ops.filter((op) => op.kind === 'createSheet').map((op) => op.sheet));
  const leftovers: string[] = [];
  for (const op of [...ops].reverse()) {
    try {
      undoOne(spreadsheet, op, created);
    } catch (error) {
      leftovers.push(messageOf(error));
    }
  }
  return leftovers;
}
