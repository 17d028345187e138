import {
  CellUpdate,
  NewRow,
  OutValue,
  Plan,
  SCHEMAS,
  SHEETS,
  SheetKey,
  columnPositions,
  normalizeHeader,
} from '../engine';
import type { ColumnMapping } from '../shared/columns';
import { WriteContext, formatFor, formatNeeded, isEmptyOut, toSheetValue } from './cell-values';
import { ColumnRoles, columnRoles, isForeignFormula, refuseSwallowedWrites } from './column-roles';
import { copyFormulaDown } from './copy-formula-down';
import { restorable } from './restorable';
import { findTableEnd } from './table-end';
import { deletionOps } from './delete-rows';
import type { SheetState } from './read-workbook';
import { Cells, OWNED, joinAcrossGaps, sameValueLists } from './update-blocks';
import { WriteOp, cellsOp } from './write-ops';
import { retried } from './passing-errors';

/** A new sheet's size in Sheets (insertSheet): 1000 rows, 26 columns. */
export const NEW_SHEET_ROWS = 1000;

/** Rows added beyond an append's own when a sheet must grow. */
export const SPARE_ROWS = 100;
const NEW_SHEET_COLUMNS = 26;

/** The order sheets are written in; each sheet gets at most one append. */
const WRITE_ORDER: SheetKey[] = ['invoices', 'lines', 'payments', 'creditNotes', 'audit'];

/** The sheets whose existing rows an apply rewrites (a void's cells); the others are only appended to. */
export const UPDATED_SHEETS: SheetKey[] = ['invoices'];

function headerOf(state: SheetState): string[] {
  return (state.values[0] ?? []).map((cell) => String(cell ?? ''));
}

/** A sheet this call will create (on first use): laid out as Sheets makes a new one. */
export function plannedSheet(key: SheetKey, ops: WriteOp[]): SheetState {
  const name = SHEETS[key];
  ops.push({ kind: 'createSheet', sheet: name });
  return { key, name, sheet: null, values: [[]], formulas: null, whole: true, lastRow: 1 };
}

function maxRowsOf(state: SheetState): number {
  const sheet = state.sheet;
  return sheet ? retried(() => sheet.getMaxRows()) : NEW_SHEET_ROWS;
}

/**
 * Columns up to the last one holding anything in any row: a new header goes after them. Rows
 * are read as wide as the sheet's last column with content (getLastColumn), so a sheet read
 * by key counts its whole read width: a column used only in rows not read is still used.
 */
function usedWidth(state: SheetState): number {
  let width = state.whole ? 0 : (state.values[0]?.length ?? 0);
  state.values.forEach((row) => {
    for (let i = row.length - 1; i >= width; i--) {
      if (row[i] !== '' && row[i] !== null && row[i] !== undefined) {
        width = i + 1;
        break;
      }
    }
  });
  return width;
}

/**
 * A merged block in row 1 shows only its first cell's text: a header written into the rest of
 * it would be hidden (a "Notes" heading merged over two columns would stand over Revoice's
 * column). New headers start after any merged block reaching past the used columns.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#getmergedranges
 */
function afterMergedHeaders(
  sheet: GoogleAppsScript.Spreadsheet.Sheet | null,
  width: number,
  maxColumns: number,
): number {
  if (!sheet || width >= maxColumns) return width;
  const blocks = retried(() => sheet.getRange(1, width + 1, 1, maxColumns - width).getMergedRanges());
  return blocks.reduce((end, block) => Math.max(end, block.getLastColumn()), width);
}

/**
 * Where each column is found in row 1, by normalised name: canonical columns by the mapping, their
 * name or an alias, any other header by its own text (an accounting column), as the engine finds them.
 */
function headerIndex(state: SheetState, mapping: ColumnMapping): Map<string, number> {
  return columnPositions(state.key, headerOf(state), mapping);
}

/**
 * The columns no header of the sheet holds yet (by the mapping, the name or an alias): what
 * ensureColumns appends, in the order given. "Set up workbook" can report exactly these.
 */
export function missingColumns(state: SheetState, columns: readonly string[], mapping: ColumnMapping): string[] {
  const index = headerIndex(state, mapping);
  return columns.filter((column) => !index.has(normalizeHeader(column)));
}

/**
 * Appends the header cells the plan writes into but the sheet lacks (never reorders), after
 * every used column and merged header block. A column is found as the engine finds it (the
 * bookkeeper's mapping, the name, an alias), so a Customer kept under "Client" never gets an
 * empty "Customer" column beside it.
 */
export function ensureColumns(
  state: SheetState,
  columns: string[],
  ops: WriteOp[],
  mapping: ColumnMapping,
): Map<string, number> {
  const header = headerOf(state);
  const index = headerIndex(state, mapping);
  const missing = missingColumns(state, columns, mapping);
  if (!missing.length) return index;
  const sheet = state.sheet;
  const maxColumns = sheet ? retried(() => sheet.getMaxColumns()) : NEW_SHEET_COLUMNS;
  const width = afterMergedHeaders(sheet, usedWidth(state), maxColumns);
  if (width + missing.length > maxColumns) {
    ops.push({
      kind: 'insertColumns',
      sheet: state.name,
      before: maxColumns,
      count: width + missing.length - maxColumns,
    });
  }
  ops.push(
    cellsOp({ sheet: state.name, row: 1, column: width + 1, values: [missing], previous: [missing.map(() => '')] }),
  );
  missing.forEach((column, i) => index.set(normalizeHeader(column), width + i));
  state.values[0] = [...Array.from({ length: width }, (_, i) => header[i] ?? ''), ...missing];
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

/** Adjacent rows that write the same columns: each run is one write per column segment. */
function runsOf(cells: Cells) {
  const runs: { firstRow: number; columns: number[]; rows: Map<number, unknown>[] }[] = [];
  for (const row of [...cells.keys()].sort((a, b) => a - b)) {
    const rowCells = cells.get(row) as Map<number, unknown>;
    const columns = [...rowCells.keys()].sort((a, b) => a - b);
    const last = runs[runs.length - 1];
    if (last && last.firstRow + last.rows.length === row && last.columns.join() === columns.join())
      last.rows.push(rowCells);
    else runs.push({ firstRow: row, columns, rows: [rowCells] });
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

interface Placement {
  state: SheetState;
  index: Map<string, number>;
  roles: ColumnRoles;
  /** 0-based columns this call adds: a column inserted in Sheets takes its left neighbour's format. */
  added: Set<number>;
  context: WriteContext;
}

/** What a cell held before, as setValues must be given it to put it back. */
function previousCell({ state, roles, context }: Placement, row: number, column: number): unknown {
  const r = row - 1;
  return restorable(
    state.values[r]?.[column],
    state.formulas?.[r]?.[column],
    context.timeZone,
    roles.plainText.has(column),
  );
}

/**
 * Writes cells in blocks; dates in columns that don't show dates get a date format too (a
 * column that shows dates keeps its own, e.g. dd.mm.yyyy, also when a neighbour needs one).
 */
function writeCells(
  placement: Placement,
  cells: Cells,
  formatsOf: Map<string, string>,
  ops: WriteOp[],
  update: boolean,
): void {
  const { state } = placement;
  for (const run of runsOf(cells)) {
    for (const segment of segments(run.columns)) {
      const values = run.rows.map((rowCells) => segment.map((column) => rowCells.get(column)));
      const previous = run.rows.map((_, i) =>
        segment.map((column) => previousCell(placement, run.firstRow + i, column)),
      );
      const needed = run.rows.map((_, i) =>
        segment.map((column) => formatsOf.get(`${run.firstRow + i}:${column}`) ?? null),
      );
      const at = { sheet: state.name, row: run.firstRow, column: segment[0] + 1, values, previous, update };
      if (!needed.some((line) => line.some((f) => f !== null))) {
        ops.push(cellsOp(at));
        continue;
      }
      // The block's formats are read now, so that they can be put back.
      const current = formatsNow(state, at.row, at.column, values.length, segment.length);
      const formats = current.map((line, i) => line.map((f, j) => formatFor(needed[i][j], f)));
      const changed = formats.some((line, i) => line.some((f, j) => f !== current[i][j]));
      ops.push(cellsOp(changed ? { ...at, formats, previousFormats: state.sheet ? current : undefined } : at));
    }
  }
}

/** A fresh cell's number format in Sheets. */
const GENERAL = 'General';

/**
 * The block's number formats as they are, or as they will be: rows this call inserts take the
 * formats of the last row (Sheets' insertRowsAfter formats new rows like the row above), columns
 * it inserts those of the last column, and a sheet it creates has fresh cells.
 */
function formatsNow(state: SheetState, row: number, column: number, height: number, width: number): string[][] {
  const sheet = state.sheet;
  if (!sheet) return Array.from({ length: height }, () => Array<string>(width).fill(GENERAL));
  const maxRows = retried(() => sheet.getMaxRows());
  const maxColumns = retried(() => sheet.getMaxColumns());
  const firstRow = Math.min(row, maxRows);
  const firstColumn = Math.min(column, maxColumns);
  const lastRow = Math.min(row + height - 1, maxRows);
  const lastColumn = Math.min(column + width - 1, maxColumns);
  // The formats columnRoles read for an append, when they hold the whole block.
  const rows = Array.from({ length: lastRow - firstRow + 1 }, (_, i) => state.formats?.[firstRow + i - 1]);
  let read: string[][];
  if (rows.every((line) => (line?.length ?? 0) >= lastColumn)) {
    read = rows.map((line) => (line as string[]).slice(firstColumn - 1, lastColumn));
  } else {
    read = retried(() =>
      sheet.getRange(firstRow, firstColumn, lastRow - firstRow + 1, lastColumn - firstColumn + 1).getNumberFormats(),
    );
  }
  const at = (r: number, c: number) => read[Math.min(r, lastRow) - firstRow][Math.min(c, lastColumn) - firstColumn];
  return Array.from({ length: height }, (_, i) => Array.from({ length: width }, (_, j) => at(row + i, column + j)));
}

/** A value for one cell, and the format it needs, unless the cell is the workbook's to compute. */
function place(
  placement: Placement,
  cells: Cells,
  formats: Map<string, string>,
  row: number,
  column: number,
  value: OutValue,
) {
  const { state, roles, added, context } = placement;
  if (roles.arrayFilled.has(column) || isForeignFormula(state.formulas?.[row - 1]?.[column])) return;
  if (!cells.has(row)) cells.set(row, new Map());
  (cells.get(row) as Map<number, unknown>).set(column, toSheetValue(value, context, roles.plainText.has(column)));
  const format = formatNeeded(value, {
    plainText: roles.plainText.has(column),
    showsDates: roles.dated.has(column),
    added: added.has(column),
  });
  if (format) formats.set(`${row}:${column}`, format);
}

function writeUpdates(placement: Placement, updates: CellUpdate[], ops: WriteOp[]) {
  const { state } = placement;
  const owned: Cells = new Map();
  const other: Cells = new Map();
  const formats = new Map<string, string>();
  for (const update of updates) {
    const column = placement.index.get(normalizeHeader(update.column));
    if (column === undefined) continue; // an empty value for a column the sheet doesn't have
    const revoices = state.key === 'invoices' && OWNED.has(normalizeHeader(update.column));
    place(placement, revoices ? owned : other, formats, update.row, column, update.value);
  }
  const columns = new Set([...other.values()].flatMap((line) => [...line.keys()]));
  for (const column of columns) {
    // A RangeList sets values only: a column whose cells also need a format goes in blocks.
    if ([...formats.keys()].some((at) => at.endsWith(`:${column}`))) continue;
    ops.push(...sameValueLists(state.name, other, column, (row) => previousCell(placement, row, column)));
  }
  joinAcrossGaps(owned, (row, column) => previousCell(placement, row, column));
  writeCells(placement, owned, formats, ops, true);
  writeCells(placement, other, formats, ops, true);
}

/**
 * New rows go right after the table's last row, writing only the columns Revoice knows (and
 * the per-row formulas the workbook computes); whatever sits in other columns below the table
 * (checkboxes, formulas) stays, and so does a formula already waiting in a row it fills.
 */
function appendRows(placement: Placement, rows: NewRow[], ops: WriteOp[]) {
  if (!rows.length) return;
  const { state, index, roles } = placement;
  const first = Math.max(state.lastRow, 1) + 1;
  const last = first + rows.length - 1;
  const maxRows = maxRowsOf(state);
  // getRange past the last row throws: make room first.
  // With spare rows below, so that the next applies append without inserting (a call each).
  if (last > maxRows)
    ops.push({ kind: 'insertRows', sheet: state.name, before: maxRows, count: last - maxRows + SPARE_ROWS });
  // Every column Revoice knows, for every new row, so the rows make one block per run of known
  // columns; a cell it has no value for gets back what it held.
  const columns = new Set<number>(roles.perRow.keys());
  for (const column of SCHEMAS[state.key].all) {
    const c = index.get(normalizeHeader(column));
    if (c !== undefined && !roles.arrayFilled.has(c)) columns.add(c);
  }
  const cells: Cells = new Map();
  const formats = new Map<string, string>();
  rows.forEach((row, i) => {
    const at = first + i;
    const rowCells = new Map<number, unknown>();
    cells.set(at, rowCells);
    for (const c of columns) rowCells.set(c, previousCell(placement, at, c));
    for (const [c, formula] of roles.perRow) {
      if (!isForeignFormula(state.formulas?.[at - 1]?.[c]))
        rowCells.set(c, copyFormulaDown(formula, at - roles.perRowSource));
    }
    for (const [column, value] of Object.entries(row)) {
      const c = index.get(normalizeHeader(column));
      if (c !== undefined && !isEmptyOut(value) && !roles.perRow.has(c)) place(placement, cells, formats, at, c, value);
    }
  });
  writeCells(placement, cells, formats, ops, false);
}

/**
 * Lays out a plan as writes, reading what it needs to place them (sizes, formats) but writing
 * nothing: per sheet, header cells, one block per run of changed rows, one append.
 */
export function layoutPlan(args: {
  states: Partial<Record<SheetKey, SheetState>>;
  plan: Plan;
  context: WriteContext;
}): WriteOp[] {
  const { states, plan, context } = args;
  const ops: WriteOp[] = [];
  for (const key of WRITE_ORDER) {
    const state = states[key];
    const rows = plan.appends[key] ?? [];
    if (state && rows.length) findTableEnd(state, rows.length, context.columnMapping);
    if (state) refuseSwallowedWrites(state, plan.updates[key] ?? [], rows, context.columnMapping);
  }
  for (const key of WRITE_ORDER) {
    const updates = plan.updates[key] ?? [];
    const rows = plan.appends[key] ?? [];
    if (!updates.length && !rows.length) continue;
    const state = (states[key] ??= plannedSheet(key, ops));
    const wanted = headerOf(state).some(Boolean) ? columnsWritten(key, updates, rows) : [...SCHEMAS[key].all];
    const known = new Set(headerIndex(state, context.columnMapping).values());
    const index = ensureColumns(state, wanted, ops, context.columnMapping);
    const added = new Set([...index.values()].filter((column) => !known.has(column)));
    const roles = columnRoles(state, usedWidth(state), context.columnMapping, rows.length);
    const placement: Placement = { state, index, roles, added, context };
    writeUpdates(placement, updates, ops);
    appendRows(placement, rows, ops);
  }
  // A draft's old lines go last (every write above is placed as the sheet is now).
  for (const key of WRITE_ORDER) {
    const state = states[key];
    const deleted = plan.deletions?.[key] ?? [];
    if (state && deleted.length) ops.push(...deletionOps(state, deleted, context.timeZone));
  }
  return ops;
}
