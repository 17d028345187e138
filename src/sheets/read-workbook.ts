/**
 * Reads what a call needs, not the workbook (cost follows the work, SPEC §5). A sheet small
 * enough that reading it whole costs less than finding rows in it is read whole; any other is
 * read as its header plus the rows found by key: one TextFinder search over the spreadsheet per
 * batch of values (IDs, customers, the request key), then one read per block of found rows.
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#createTextFinder(String)
 */
import {
  Cell,
  LOOKUP_COLUMNS,
  Lookups,
  RawSheet,
  RawWorkbook,
  SCHEMAS,
  SHEETS,
  SheetKey,
  resolveColumns,
} from '../engine';
import type { ColumnMapping } from '../shared/columns';
import { MS_PER_CALL, MS_PER_CELL } from './cost-model';
import { isOwnLink, linkLabel } from './links';
import { retried } from './passing-errors';
import { RowBlock, rowBlocks } from './row-blocks';
import { idPattern, namePattern, searchPatterns } from './search-pattern';
import type { SheetState } from './sheet-state';
import { toCell } from './zone';

export type { SheetState } from './sheet-state';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface ReadResult {
  raw: RawWorkbook;
  states: Partial<Record<SheetKey, SheetState>>;
}

function filled(value: unknown): boolean {
  return value !== '' && value !== null && value !== undefined;
}

/** The 0-based column that ends the table (its first key column present), if the sheet has one. */
export function keyColumnOf(key: SheetKey, header: unknown[], mapping: ColumnMapping): number | undefined {
  const columns = resolveColumns(key, header, mapping);
  return SCHEMAS[key].keys.map((name) => columns.get(name)).find((i) => i !== undefined);
}

/**
 * Where the table ends: the last row with a value in its key column. A checkbox column (FALSE
 * down to row 1000) or per-row formulas below the data make the data range reach far below
 * the last invoice; those rows are not data. Without a key column, every row counts.
 */
export function lastTableRow(key: SheetKey, values: unknown[][], mapping: ColumnMapping): number {
  const column = keyColumnOf(key, values[0] ?? [], mapping);
  if (column === undefined) return values.length;
  for (let r = values.length - 1; r > 0; r--) if (filled(values[r]?.[column])) return r + 1;
  return Math.min(values.length, 1);
}

/** The engine's view of a row: Revoice's link formulas read as the ID they name, even when broken. */
function engineRow(values: unknown[], formulas: string[] | undefined, timeZone: string): Cell[] {
  return values.map((value, c): Cell => {
    const label = formulas?.[c] ? linkLabel(formulas[c]) : null;
    return label !== null ? label : toCell(value, timeZone);
  });
}

/** Below this many cells a sheet is read whole: one call, instead of a header read and a block. */
export const WHOLE_READ_CELLS = Math.floor(MS_PER_CALL / MS_PER_CELL);

/** The columns whose cells a lookup searches, by sheet: a link shows the ID it names. */
const SEARCHED_COLUMNS: Record<string, string[]> = {
  'invoices:Invoice ID': ['Invoice ID', 'Regenerated From', 'Regenerated As'],
};

/** The sheets of one call, read as needed: found rows are added as lookups come. */
export class WorkbookReader {
  readonly states: Partial<Record<SheetKey, SheetState>> = {};
  private readonly searched = new Map<SheetKey, Record<string, string[]>>();
  private arraysFound = false;

  constructor(
    private readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
    keys: SheetKey[],
    private readonly timeZone: string,
    private readonly formulas: FormulaNeeds,
    private readonly mapping: ColumnMapping,
  ) {
    for (const key of keys) this.open(key);
  }

  private open(key: SheetKey): void {
    const name = SHEETS[key];
    const sheet = retried(() => this.spreadsheet.getSheetByName(name));
    if (!sheet) return;
    const last = retried(() => sheet.getLastRow());
    const width = retried(() => sheet.getLastColumn());
    const formulas = this.formulas.written.includes(key);
    const state: SheetState = {
      key,
      name,
      sheet,
      values: [],
      formulas: formulas ? [] : null,
      whole: false,
      lastRow: 1,
    };
    this.states[key] = state;
    if (width === 0 || last === 0) {
      state.values = [[]];
      state.whole = true;
      return;
    }
    // The Audit Log only grows: it is never read whole, however small.
    const small = last * width <= WHOLE_READ_CELLS;
    if (key !== 'audit' && (!(key in LOOKUP_COLUMNS) || small)) {
      this.readRows(state, sheet, [{ first: 1, count: last }], width, formulas);
      state.whole = true;
      state.lastRow = lastTableRow(key, state.values, this.mapping);
      return;
    }
    this.searched.set(key, {});
    this.readRows(state, sheet, [{ first: 1, count: 1 }], width, false);
  }

  private readRows(state: SheetState, sheet: Sheet, blocks: RowBlock[], width: number, withFormulas: boolean): void {
    for (const { first, count } of blocks) readBlock(state, sheet, first, count, width, withFormulas);
  }

  /** Finds and reads the rows of `lookups` (and of `requestKey` in the Audit Log) not read yet. */
  find(lookups: Lookups, requestKey: string | null = null): void {
    const columnsBySheet = new Map<SheetKey, Set<number>>();
    const alternatives: string[] = [];
    const want = (key: SheetKey, column: string, values: string[], pattern: (value: string) => string) => {
      const state = this.states[key];
      const searched = this.searched.get(key);
      if (!state || !searched || !values.length) return;
      searched[column] = [...(searched[column] ?? []), ...values];
      const header = resolveColumns(key, state.values[0] ?? [], this.mapping);
      const columns = columnsBySheet.get(key) ?? new Set<number>();
      for (const name of SEARCHED_COLUMNS[`${key}:${column}`] ?? [column]) {
        const c = header.get(name);
        if (c !== undefined) columns.add(c);
      }
      columnsBySheet.set(key, columns);
      alternatives.push(...values.map(pattern));
    };
    for (const [key, columns] of Object.entries(lookups) as [SheetKey, Record<string, string[]>][]) {
      for (const [column, values] of Object.entries(columns)) {
        want(key, column, values, column === 'Customer' ? namePattern : idPattern);
      }
    }
    if (requestKey) want('audit', 'Request Key', [requestKey], idPattern);
    if (!alternatives.length) return;
    const found = new Map<SheetKey, Set<number>>();
    const keyOfName = new Map<string, SheetKey>(Object.entries(SHEETS).map(([key, name]) => [name, key as SheetKey]));
    for (const pattern of searchPatterns(alternatives)) {
      const hits = retried(() =>
        this.spreadsheet.createTextFinder(pattern).useRegularExpression(true).matchCase(false).findAll(),
      );
      for (const hit of hits) {
        const { sheet, row, column } = whereIs(hit);
        const key = keyOfName.get(sheet);
        if (!key || !columnsBySheet.get(key)?.has(column - 1) || row < 2) continue;
        if (!found.has(key)) found.set(key, new Set());
        found.get(key)?.add(row);
      }
    }
    for (const [key, rows] of found) {
      const state = this.states[key] as SheetState;
      const unread = [...rows].filter((row) => state.values[row - 1] === undefined);
      const width = state.values[0]?.length ?? 0;
      const withFormulas = this.formulas.found.includes(key);
      if (unread.length && state.sheet)
        this.readRows(state, state.sheet, rowBlocks(unread, width), width, withFormulas);
    }
  }

  /** Reads the rest of a sheet found by key (the last resort when lookups do not settle). */
  readWhole(key: SheetKey): void {
    const state = this.states[key];
    if (!state?.sheet || state.whole) return;
    const sheet = state.sheet;
    const last = retried(() => sheet.getLastRow());
    const width = state.values[0]?.length ?? 0;
    if (last >= 2 && width) this.readRows(state, sheet, [{ first: 2, count: last - 1 }], width, !!state.formulas);
    state.whole = true;
    state.lastRow = lastTableRow(key, state.values, this.mapping);
    this.searched.delete(key);
  }

  /**
   * The columns an ARRAYFORMULA fills on sheets read by key, where rows not read may hold its
   * anchor (row 1 or 2, typically): one search of the spreadsheet's formulas.
   */
  findArrayFormulas(): void {
    if (this.arraysFound) return;
    this.arraysFound = true;
    // Not the Audit Log: Revoice's own log is appended to past its last row with content.
    const partial = Object.values(this.states).filter(
      (state) => state && !state.whole && state.formulas && state.key !== 'audit',
    );
    if (!partial.length) return;
    const hits = retried(() =>
      this.spreadsheet.createTextFinder('ARRAYFORMULA').matchFormulaText(true).matchCase(false).findAll(),
    );
    for (const hit of hits) {
      const { sheet, column } = whereIs(hit);
      const state = partial.find((s) => s?.name === sheet);
      if (state) (state.arrayColumns ??= new Set()).add(column - 1);
    }
  }

  /** The engine's view of what was read. */
  raw(): RawWorkbook {
    const raw: RawWorkbook = {};
    for (const state of Object.values(this.states)) {
      if (state) raw[state.name] = this.rawSheet(state);
    }
    return raw;
  }

  private rawSheet(state: SheetState): RawSheet {
    const row = (r: number) => engineRow(state.values[r], state.formulas?.[r], this.timeZone);
    const computed = computedCells(state);
    if (state.whole) {
      return { name: state.name, rows: state.values.slice(0, state.lastRow).map((_, r) => row(r)), computed };
    }
    const rows: Cell[][] = [row(0)];
    const rowNumbers: number[] = [];
    state.values.forEach((_, r) => {
      if (r === 0) return;
      rows.push(row(r));
      rowNumbers.push(r + 1);
    });
    return { name: state.name, rows, rowNumbers, searched: this.searched.get(state.key), computed };
  }
}

/**
 * The cells the workbook computes, where formulas were read: its own formulas, and ARRAYFORMULA
 * columns. Invoices only: the one sheet whose existing cells an apply may leave to a formula.
 */
function computedCells(state: SheetState): RawSheet['computed'] {
  if (!state.formulas || state.key !== 'invoices') return undefined;
  const cells = new Set<string>();
  const columns = new Set<number>(state.arrayColumns);
  state.formulas.forEach((line, r) =>
    line.forEach((formula, c) => {
      if (!formula || isOwnLink(formula)) return;
      cells.add(`${r + 1}:${c}`);
      if (/\bARRAYFORMULA\s*\(/i.test(formula)) columns.add(c);
    }),
  );
  return { cells, columns };
}

/** Where a found cell is (each getter may meet a passing error too). */
function whereIs(hit: GoogleAppsScript.Spreadsheet.Range): { sheet: string; row: number; column: number } {
  return retried(() => ({ sheet: hit.getSheet().getName(), row: hit.getRow(), column: hit.getColumn() }));
}

/** Reads rows `first`… of a sheet into its state (values, and formulas when asked). */
export function readBlock(
  state: SheetState,
  sheet: Sheet,
  first: number,
  count: number,
  width: number,
  withFormulas: boolean,
): void {
  const range = retried(() => sheet.getRange(first, 1, count, width));
  const values = retried(() => range.getValues());
  const formulas = withFormulas && state.formulas ? retried(() => range.getFormulas()) : null;
  values.forEach((row, i) => {
    state.values[first - 1 + i] = row;
    if (state.formulas && formulas) state.formulas[first - 1 + i] = formulas[i];
  });
}

/**
 * Which sheets' formulas a call reads: `written`, the sheets it may write (whole reads and the
 * rows an append fills); `found`, those whose found rows it may rewrite (Invoices: a void).
 */
export interface FormulaNeeds {
  written: SheetKey[];
  found: SheetKey[];
}
