/**
 * Test-side views of the workbook that bypass the counted services: snapshots for "exactly as
 * before" assertions, what a person sees, and where a link cell points.
 */
import { anchors, lastColumnOf, lastRowOf } from './array-formula';
import { canonicalText } from './cells';
import { computeCell, evaluateNode, isErrorValue, parseFormula, scalarValue } from './formula';
import { Book, SheetData } from './model';

export interface LinkTarget {
  label: string;
  targetRow: number | null;
  gid: string | null;
}

function extent(book: Book, sheet: SheetData): { rows: number; cols: number } {
  return { rows: lastRowOf(book, sheet), cols: lastColumnOf(book, sheet) };
}

function grid<T>(book: Book, sheet: SheetData, fn: (row: number, col: number) => T): T[][] {
  const { rows, cols } = extent(book, sheet);
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => fn(r + 1, c + 1)));
}

/** The text a person sees, with dates as YYYY-MM-DD[ HH:mm:ss] in the spreadsheet's zone. */
export function shownText(book: Book, sheet: SheetData, row: number, col: number): string {
  const value = computeCell(book, sheet, row, col);
  if (value === null) return '';
  if (isErrorValue(value)) return value.error;
  return canonicalText(value, book.cell(sheet, row, col)?.format);
}

export function displayGrid(book: Book, sheet: SheetData): string[][] {
  return grid(book, sheet, (r, c) => shownText(book, sheet, r, c));
}

export function formulaGrid(book: Book, sheet: SheetData): string[][] {
  return grid(book, sheet, (r, c) => book.cell(sheet, r, c)?.formula ?? '');
}

/**
 * The explanation Sheets shows on an error cell, where the fake knows it: an ARRAYFORMULA that
 * could not spill, a formula that does not parse in the spreadsheet's locale. '' otherwise.
 */
export function errorNote(book: Book, sheet: SheetData, row: number, col: number): string {
  const anchor = anchors(book, sheet).find((a) => a.row === row && a.col === col);
  if (anchor?.blocked) return anchor.blocked;
  const formula = book.cell(sheet, row, col)?.formula;
  if (formula) {
    try {
      parseFormula(formula, book.locale);
    } catch {
      return 'Formula parse error.';
    }
  }
  return '';
}

/** Reads "#gid=123&range=A7" (or a full URL ending so) into its gid and row. */
function parseSheetUrl(url: string): Omit<LinkTarget, 'label'> {
  const gid = /[#&?]gid=(\d+)/.exec(url);
  const range = /[#&]range=(?:'[^']*'!|[^!&]*!)?\$?[A-Za-z]*\$?(\d+)/.exec(url);
  return { gid: gid ? gid[1] : null, targetRow: range ? Number(range[1]) : null };
}

/**
 * Where a HYPERLINK cell points: its label, and the row and gid of its URL evaluated against the
 * current data (so MATCH finds the target's row now). A non-link cell gives nulls.
 */
export function resolveLinkAt(book: Book, sheet: SheetData, row: number, col: number): LinkTarget {
  const cell = book.cell(sheet, row, col);
  const shown = shownText(book, sheet, row, col);
  if (!cell?.formula) return { label: shown, targetRow: null, gid: null };
  let root;
  try {
    root = parseFormula(cell.formula, book.locale);
  } catch {
    return { label: shown, targetRow: null, gid: null };
  }
  if (root.kind !== 'call' || root.fn !== 'HYPERLINK' || root.args.length === 0)
    return { label: shown, targetRow: null, gid: null };
  const ctx = { book, sheet, row, col, depth: 0 };
  try {
    const url = scalarValue(evaluateNode(root.args[0], ctx), ctx);
    const target = url === null || isErrorValue(url) ? { gid: null, targetRow: null } : parseSheetUrl(String(url));
    return { label: shown, ...target };
  } catch {
    return { label: shown, targetRow: null, gid: null }; // a function the fake cannot evaluate
  }
}

export { snapshotBook } from './snapshot';
export type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from './snapshot';
