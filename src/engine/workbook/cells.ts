import type { Searched } from './coverage';

/**
 * What the engine reads and writes. The sheets layer turns Date cells into calendar
 * dates (in the spreadsheet's zone) before the engine sees them, and turns OutValues
 * back into cells.
 */

/** A date cell, already taken through the spreadsheet's time zone. */
export interface DateCell {
  date: string;
  time?: string;
}

export type Cell = string | number | boolean | null | DateCell;

/** A sheet as read: row 0 is the header. */
export interface RawSheet {
  name: string;
  /** The header row, then the body rows. */
  rows: Cell[][];
  /**
   * The sheet row of each body row, when only some rows were read (rows[i + 1] is sheet row
   * rowNumbers[i]); absent, the body is rows 2, 3, … in order.
   */
  rowNumbers?: number[];
  /**
   * When only some rows were read: per column, the values whose rows were searched for and
   * all read (see coverage.ts). Absent, the sheet was read whole.
   */
  searched?: Searched;
  /**
   * Where the sheets layer read formulas: the cells the workbook computes, which Revoice never
   * overwrites — each holding a formula of the workbook's own (not a Revoice link) as
   * "row:column" (1-based sheet row, 0-based column), and the columns an ARRAYFORMULA fills.
   */
  computed?: { cells: ReadonlySet<string>; columns: ReadonlySet<number> };
}

export type RawWorkbook = Record<string, RawSheet | undefined>;

/**
 * A value the engine asks the sheets layer to write. Strings are always written as
 * text (never parsed, never a formula); `link` becomes a HYPERLINK to that invoice's row; a
 * boolean is a checkbox's state (reset-accounting unticks a Synced checkbox).
 */
export type OutValue = string | number | boolean | null | { date: string } | { now: true } | { link: string };

export function isDateCell(cell: Cell): cell is DateCell {
  return typeof cell === 'object' && cell !== null && typeof (cell as DateCell).date === 'string';
}

export function isBlank(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/**
 * A cell copied onto a row Revoice writes, as the cell held it (SPEC §2): a numeric
 * Reference stays a number, text stays text, a date a date. Blank is ''.
 */
export function copiedValue(cell: Cell | undefined): OutValue {
  if (cell === undefined || isBlank(cell)) return '';
  if (typeof cell === 'number' || typeof cell === 'string') return cell;
  if (isDateCell(cell)) return { date: cell.date };
  return cell ? 'TRUE' : 'FALSE'; // a checkbox's state, copied as text
}

/** What Sheets shows in a cell whose formula fails: a label, never an ID. */
const SHEETS_ERRORS = new Set(['#N/A', '#REF!', '#ERROR!', '#VALUE!', '#NAME?', '#DIV/0!', '#NUM!', '#NULL!']);

export function isSheetsError(text: string): boolean {
  return SHEETS_ERRORS.has(text.trim().toUpperCase());
}

/** Column letters for a 0-based column index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** "Invoice Lines!D21": how messages name a cell. Row is the 1-based sheet row. */
export function cellRef(sheet: string, row: number, columnIndex: number): string {
  return `${sheet}!${columnLetter(columnIndex)}${row}`;
}

/** A stable text form of a cell, for fingerprints and comparisons. */
export function cellKey(cell: Cell | undefined): string {
  if (cell === undefined || isBlank(cell)) return '';
  if (isDateCell(cell)) return cell.time ? `${cell.date}T${cell.time}` : cell.date;
  return `${typeof cell}:${String(cell)}`;
}
