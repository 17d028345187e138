import { CellUpdate, NewRow, OutValue, Plan, SCHEMAS, SHEETS, SheetKey, normalizeHeader } from '../engine';
import { WriteContext, isEmptyOut, toSheetValue } from './cell-values';
import { Journal, restorable } from './journal';
import type { SheetState } from './read-workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The order sheets are written in; each sheet gets at most one append. */
const WRITE_ORDER: SheetKey[] = ['invoices', 'lines', 'payments', 'creditNotes', 'audit'];

function headerOf(state: SheetState): string[] {
  return (state.values[0] ?? []).map((cell) => String(cell ?? ''));
}

export function createSheet(spreadsheet: Spreadsheet, key: SheetKey, journal: Journal): SheetState {
  const name = SHEETS[key];
  // insertSheet makes the new sheet active; keep the bookkeeper where they were.
  const active = spreadsheet.getActiveSheet();
  const sheet = spreadsheet.insertSheet(name);
  journal.sheetCreated(sheet);
  if (active) spreadsheet.setActiveSheet(active);
  return { key, name, sheet, values: [[]], formulas: null };
}

/** Columns up to the last one holding anything in any row: a new header goes after them. */
function usedWidth(state: SheetState): number {
  let width = 0;
  for (const row of state.values) {
    for (let i = row.length - 1; i >= width; i--) {
      if (row[i] !== '' && row[i] !== null && row[i] !== undefined) {
        width = i + 1;
        break;
      }
    }
  }
  return width;
}

/** Appends the header cells the plan writes into but the sheet lacks (never reorders). */
export function ensureColumns(state: SheetState, columns: string[], journal: Journal): Map<string, number> {
  const header = headerOf(state);
  const index = new Map<string, number>();
  header.forEach((text, i) => {
    const key = normalizeHeader(text);
    if (key && !index.has(key)) index.set(key, i);
  });
  const width = usedWidth(state);
  const missing = columns.filter((column) => !index.has(normalizeHeader(column)));
  if (!missing.length) return index;
  const sheet = state.sheet;
  const maxColumns = sheet.getMaxColumns();
  if (width + missing.length > maxColumns) {
    sheet.insertColumnsAfter(maxColumns, width + missing.length - maxColumns);
    journal.columnsInserted(sheet, maxColumns, width + missing.length - maxColumns);
  }
  journal.write(sheet, 1, width + 1, [missing], [missing.map(() => '')]);
  missing.forEach((column, i) => index.set(normalizeHeader(column), width + i));
  state.values[0] = [...header.slice(0, width), ...missing];
  return index;
}

/** Columns written with a value, in the schema's order first: those are the ones to add. */
function columnsWritten(key: SheetKey, updates: CellUpdate[], rows: NewRow[]): string[] {
  const used = new Set<string>();
  for (const update of updates) if (!isEmptyOut(update.value)) used.add(update.column);
  for (const row of rows) for (const [column, value] of Object.entries(row)) if (!isEmptyOut(value)) used.add(column);
  const known = SCHEMAS[key].all.filter((column) => used.has(column));
  return [...known, ...[...used].filter((column) => !known.includes(column))];
}

/** Adjacent rows that change the same columns: each run is one write per column segment. */
function runsOf(updates: CellUpdate[], index: Map<string, number>) {
  const byRow = new Map<number, Map<number, OutValue>>();
  for (const update of updates) {
    const column = index.get(normalizeHeader(update.column));
    if (column === undefined) continue; // an empty value for a column the sheet doesn't have
    if (!byRow.has(update.row)) byRow.set(update.row, new Map());
    (byRow.get(update.row) as Map<number, OutValue>).set(column, update.value);
  }
  const runs: { firstRow: number; columns: number[]; rows: Map<number, OutValue>[] }[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cells = byRow.get(row) as Map<number, OutValue>;
    const columns = [...cells.keys()].sort((a, b) => a - b);
    const last = runs[runs.length - 1];
    if (last && last.firstRow + last.rows.length === row && last.columns.join() === columns.join()) last.rows.push(cells);
    else runs.push({ firstRow: row, columns, rows: [cells] });
  }
  return runs;
}

function segments(columns: number[]): number[][] {
  const result: number[][] = [];
  for (const column of columns) {
    const last = result[result.length - 1];
    if (last && last[last.length - 1] === column - 1) last.push(column);
    else result.push([column]);
  }
  return result;
}

function writeUpdates(state: SheetState, updates: CellUpdate[], index: Map<string, number>, context: WriteContext, journal: Journal) {
  for (const run of runsOf(updates, index)) {
    for (const segment of segments(run.columns)) {
      const values = run.rows.map((cells) => segment.map((column) => toSheetValue(cells.get(column) as OutValue, context)));
      const previous = run.rows.map((_, i) => segment.map((column) => {
        const r = run.firstRow - 1 + i;
        return restorable(state.values[r]?.[column], state.formulas?.[r]?.[column]);
      }));
      journal.write(state.sheet, run.firstRow, segment[0] + 1, values, previous);
    }
  }
}

function appendRows(state: SheetState, rows: NewRow[], index: Map<string, number>, context: WriteContext, journal: Journal) {
  if (!rows.length) return;
  const width = Math.max(...index.values()) + 1;
  const block = rows.map((row) => {
    const cells: unknown[] = new Array(width).fill('');
    for (const [column, value] of Object.entries(row)) {
      const i = index.get(normalizeHeader(column));
      if (i !== undefined) cells[i] = toSheetValue(value, context);
    }
    return cells;
  });
  const sheet = state.sheet;
  const first = Math.max(state.values.length, 1) + 1;
  const last = first + rows.length - 1;
  const maxRows = sheet.getMaxRows();
  // getRange past the last row throws: make room first.
  if (last > maxRows) {
    sheet.insertRowsAfter(maxRows, last - maxRows);
    journal.rowsInserted(sheet, maxRows, last - maxRows);
  }
  journal.write(sheet, first, 1, block, block.map((row) => row.map(() => '')));
}

/** Applies a plan: per sheet, header cells, one write per run of changed rows, one append. */
export function writePlan(args: {
  spreadsheet: Spreadsheet; states: Partial<Record<SheetKey, SheetState>>; plan: Plan; context: WriteContext; journal: Journal;
}): void {
  const { spreadsheet, states, plan, context, journal } = args;
  for (const key of WRITE_ORDER) {
    const updates = plan.updates[key] ?? [];
    const rows = plan.appends[key] ?? [];
    if (!updates.length && !rows.length) continue;
    const state = (states[key] ??= createSheet(spreadsheet, key, journal));
    const wanted = headerOf(state).some(Boolean) ? columnsWritten(key, updates, rows) : [...SCHEMAS[key].all];
    const index = ensureColumns(state, wanted, journal);
    writeUpdates(state, updates, index, context, journal);
    appendRows(state, rows, index, context, journal);
  }
}
