/**
 * The workbook read back from the fake, the way a person would read it: sheets by name, columns by
 * header text, what each cell shows and what it stores. The checker works only from this.
 */
import type { CellSnapshot, FakeApps, WorkbookSnapshot } from '../../fake-apps-script/src';
import { cellA1 } from '../../fake-apps-script/src/a1';

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

/** Header text as SPEC §1 matches it: case-insensitive, trimmed, inner spaces collapsed. */
export function headerKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

export interface Row {
  /** 1-based sheet row. */
  row: number;
  /** Displayed text by header key. */
  shown: Record<string, string>;
  /** Stored cell by header key. */
  raw: Record<string, CellSnapshot | undefined>;
}

export interface Table {
  name: string;
  /** Header texts as shown, in column order. */
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
  const header = grid[0] ?? [];
  const key = headerKey(KEY_COLUMN[name] ?? header[0] ?? '');
  const keyIndex = header.findIndex((h) => headerKey(h) === key);
  let last = grid.length;
  while (last > 1 && keyIndex >= 0 && !grid[last - 1][keyIndex]) last--;
  const rows: Row[] = [];
  for (let r = 2; r <= last; r++) {
    const shown: Record<string, string> = {};
    const raw: Record<string, CellSnapshot | undefined> = {};
    header.forEach((h, c) => {
      if (!h) return;
      shown[headerKey(h)] = grid[r - 1][c] ?? '';
      raw[headerKey(h)] = cells[cellA1(r, c + 1)];
    });
    rows.push({ row: r, shown, raw });
  }
  return { name, header, rows };
}

/** Reads every sheet through the fake's inspection views (never the counted services). */
export function readState(apps: FakeApps): State {
  const snapshot = apps.snapshot();
  const grids: Record<string, string[][]> = {};
  const tables: Record<string, Table | undefined> = {};
  for (const sheet of snapshot.sheets) {
    grids[sheet.name] = apps.display(sheet.name);
    tables[sheet.name] = tableOf(sheet.name, grids[sheet.name], sheet.cells);
  }
  return { snapshot, grids, tables, zone: snapshot.timeZone };
}

export function rowsOf(state: State, sheet: string): Row[] {
  return state.tables[sheet]?.rows ?? [];
}

/** Invoices rows by the ID they show (IDs are text, SPEC §1). */
export function invoicesById(state: State): Map<string, Row> {
  const map = new Map<string, Row>();
  for (const row of rowsOf(state, SHEET.invoices)) map.set(get(row, 'Invoice ID').trim(), row);
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
