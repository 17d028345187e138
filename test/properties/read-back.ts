/**
 * The workbook read back from the fake, the way a person would read it: sheets by name, columns by
 * header text, what each cell shows and what it stores. The checker works only from this.
 */
import type { CellSnapshot, FakeApps, WorkbookSnapshot } from '../../fake-apps-script/src';
import { cellA1, columnLetters } from '../../fake-apps-script/src/a1';
import { canonicalHeader } from './aliases';
import { headerKey } from './header-key';

/** Sheet names as SPEC §1 gives them, restated here on purpose: the checker imports nothing from src/. */
export const SHEET = {
  invoices: 'Invoices',
  lines: 'Invoice Lines',
  schedule: 'Schedule',
  closures: 'Closures',
  payments: 'Payments',
  creditNotes: 'Credit Notes',
  audit: 'Audit Log',
} as const;

/**
 * Revoice's own hidden write-ahead journal (SPEC §1 "Settings and recovery"): created by the first
 * apply and rewritten by every apply, so it is left out of every "nothing else changed" comparison.
 */
export const JOURNAL = 'Revoice Journal';

const comparableText = new WeakMap<WorkbookSnapshot, string>();

/** The workbook as comparable text, without Revoice's journal (worked out once per snapshot). */
export function comparable(snapshot: WorkbookSnapshot): string {
  let text = comparableText.get(snapshot);
  if (text === undefined) {
    text = JSON.stringify({ ...snapshot, sheets: snapshot.sheets.filter((s) => s.name !== JOURNAL) });
    comparableText.set(snapshot, text);
  }
  return text;
}

const letters: string[] = [];

/** cellA1, with each column's letters worked out once (the filler's big sheets read it for every cell). */
export function address(row: number, col: number): string {
  return `${(letters[col] ??= columnLetters(col))}${row}`;
}

/** The key column of each table: its rows end at the last row with a value there (SPEC §1). */
const KEY_COLUMN: Record<string, string> = {
  [SHEET.invoices]: 'Invoice ID',
  [SHEET.lines]: 'Invoice ID',
  [SHEET.schedule]: 'Customer',
  [SHEET.closures]: 'Date',
  [SHEET.payments]: 'Invoice ID',
  [SHEET.creditNotes]: 'Invoice ID',
  [SHEET.audit]: 'Invoice ID',
};

export { headerKey };

export interface Row {
  /** 1-based sheet row. */
  row: number;
  /** Displayed text by header key (a misformatted date or amount read as what it stores, see `odd`). */
  shown: Record<string, string>;
  /** Stored cell by header key. */
  raw: Record<string, CellSnapshot | undefined>;
  /** Cells whose number format hides what they hold, by header key: what a person sees instead. */
  odd: Record<string, string>;
}

/** Columns SPEC §1 gives dates (date-times for Voided At and Timestamp). */
const DATE_COLUMNS = new Set(
  [
    'Period Start',
    'Period End',
    'Issue Date',
    'Due Date',
    'Voided At',
    'Date',
    'Effective From',
    'Effective To',
    'Timestamp',
  ].map(headerKey),
);
/** Columns SPEC §1 gives money. */
const MONEY_COLUMNS = new Set(
  ['Subtotal', 'Tax', 'Total', 'Paid', 'Balance', 'Amount', 'Refund', 'Credit', 'Rate', 'Unit Price'].map(headerKey),
);
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** A date serial as Sheets shows it in a date (and time) format: "2026-11-21" or "2026-11-21 10:05:00". */
function serialText(serial: number): string {
  const ms = Math.round(serial * 86_400_000);
  const text = new Date(SERIAL_EPOCH + ms).toISOString();
  return Number.isInteger(serial) ? text.slice(0, 10) : `${text.slice(0, 10)} ${text.slice(11, 19)}`;
}

/**
 * What a date or money cell means when its number format hides it: a date serial shown as a bare
 * number ("45956"), an amount shown as a date ("1899-12-30"). Null when the cell shows what it holds.
 */
function misformatted(key: string, shown: string, cell: CellSnapshot | undefined): string | null {
  if (typeof cell?.value !== 'number' || cell.formula) return null;
  if (DATE_COLUMNS.has(key) && /^-?\d+(\.\d+)?$/.test(shown)) return serialText(cell.value);
  if (MONEY_COLUMNS.has(key) && /^\d{4}-\d{2}-\d{2}/.test(shown)) return String(cell.value);
  return null;
}

export interface Table {
  name: string;
  /** Header names in column order, an alias read as the name it stands for (aliases.ts). */
  header: string[];
  rows: Row[];
}

/** 1-based column of a header in a table, or 0. */
export function columnOf(table: Table, name: string): number {
  return table.header.findIndex((h) => headerKey(h) === headerKey(name)) + 1;
}

export function get(row: Row, name: string): string {
  return row.shown[headerKey(name)] ?? '';
}

export function rawOf(row: Row, name: string): CellSnapshot | undefined {
  return row.raw[headerKey(name)];
}

export function a1(table: Table, row: number, name: string): string {
  return `${table.name}!${cellA1(row, columnOf(table, name))}`;
}

export interface State {
  snapshot: WorkbookSnapshot;
  /** What each sheet shows over its data range, header row included. */
  grids: Record<string, string[][]>;
  tables: Record<string, Table | undefined>;
  zone: string;
}

function tableOf(name: string, grid: string[][], cells: Record<string, CellSnapshot>): Table {
  const header = (grid[0] ?? []).map((text, _, all) => (text ? canonicalHeader(name, all, text) : text));
  const key = headerKey(KEY_COLUMN[name] ?? header[0] ?? '');
  const keyIndex = header.findIndex((h) => headerKey(h) === key);
  let last = grid.length;
  while (last > 1 && keyIndex >= 0 && !grid[last - 1][keyIndex]) last--;
  const keys = header.map((h) => (h ? headerKey(h) : null));
  const rows: Row[] = [];
  for (let r = 2; r <= last; r++) {
    const shown: Record<string, string> = {};
    const raw: Record<string, CellSnapshot | undefined> = {};
    const odd: Record<string, string> = {};
    keys.forEach((key, c) => {
      if (key === null) return;
      shown[key] = grid[r - 1][c] ?? '';
      raw[key] = cells[address(r, c + 1)];
      const meant = misformatted(key, shown[key], raw[key]);
      if (meant === null) return;
      odd[key] = shown[key];
      shown[key] = meant;
    });
    rows.push({ row: r, shown, raw, odd });
  }
  return { name, header, rows };
}

/** Reads every sheet through the fake's inspection views (never the counted services). */
export function readState(apps: FakeApps): State {
  const snapshot = apps.snapshot();
  const grids: Record<string, string[][]> = {};
  const tables: Record<string, Table | undefined> = {};
  for (const sheet of snapshot.sheets) {
    if (sheet.name === JOURNAL) continue;
    grids[sheet.name] = apps.display(sheet.name);
    tables[sheet.name] = tableOf(sheet.name, grids[sheet.name], sheet.cells);
  }
  return { snapshot, grids, tables, zone: snapshot.timeZone };
}

export function rowsOf(state: State, sheet: string): Row[] {
  return state.tables[sheet]?.rows ?? [];
}

const invoicesByState = new WeakMap<State, Map<string, Row>>();

/** Invoices rows by the ID they show (IDs are text, SPEC §1); worked out once per state, read only. */
export function invoicesById(state: State): Map<string, Row> {
  let map = invoicesByState.get(state);
  if (map) return map;
  map = new Map<string, Row>();
  for (const row of rowsOf(state, SHEET.invoices)) map.set(get(row, 'Invoice ID').trim(), row);
  invoicesByState.set(state, map);
  return map;
}

/** Rows of a sheet whose Invoice ID is `id`. */
export function rowsFor(state: State, sheet: string, id: string): Row[] {
  return rowsOf(state, sheet).filter((row) => get(row, 'Invoice ID').trim() === id);
}

const STATUS_WORDS: Record<string, string> = {
  draft: 'draft',
  open: 'open',
  paid: 'paid',
  voided: 'voided',
  void: 'voided',
  issued: 'open',
  sent: 'open',
  unpaid: 'open',
  overdue: 'open',
  'partially paid': 'open',
};

/** SPEC §1's reading of Status, or null for a bad value. */
export function statusOf(row: Row): string | null {
  return STATUS_WORDS[headerKey(get(row, 'Status'))] ?? null;
}
