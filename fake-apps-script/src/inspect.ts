/**
 * Test-side views of the workbook that bypass the counted services: snapshots for "exactly as
 * before" assertions, what a person sees, and where a link cell points.
 */
import { cellA1 } from './a1';
import { canonicalText, Scalar } from './cells';
import { computeCell, evaluateNode, isErrorValue, parseFormula, scalarValue } from './formula';
import { Book, SheetData } from './model';

export interface CellSnapshot {
  value?: Scalar;
  formula?: string;
  format?: string;
  fontWeight?: string;
  background?: string;
}

export interface SheetSnapshot {
  name: string;
  sheetId: number;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  /** Non-blank cells (content or formatting) by A1 address. */
  cells: Record<string, CellSnapshot>;
}

export interface WorkbookSnapshot {
  timeZone: string;
  sheets: SheetSnapshot[];
}

export interface LinkTarget {
  label: string;
  targetRow: number | null;
  gid: string | null;
}

export function snapshotBook(book: Book): WorkbookSnapshot {
  return {
    timeZone: book.timeZone,
    sheets: book.sheets.map((sheet) => {
      const cells: Record<string, CellSnapshot> = {};
      sheet.rows.forEach((line, r) => line?.forEach((cell, c) => {
        if (!cell) return;
        const copy: CellSnapshot = {};
        // Only primitives are stored, so copying the defined fields is a deep, JSON-safe copy.
        for (const key of ['value', 'formula', 'format', 'fontWeight', 'background'] as const) {
          if (cell[key] !== undefined) (copy as Record<string, unknown>)[key] = cell[key];
        }
        if (Object.keys(copy).length > 0) cells[cellA1(r + 1, c + 1)] = copy;
      }));
      return { name: sheet.name, sheetId: sheet.id, maxRows: sheet.rows.length, maxColumns: sheet.maxCols, frozenRows: sheet.frozenRows, cells };
    }),
  };
}

function extent(book: Book, sheet: SheetData): { rows: number; cols: number } {
  return { rows: book.lastRow(sheet), cols: book.lastColumn(sheet) };
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
    root = parseFormula(cell.formula);
  } catch {
    return { label: shown, targetRow: null, gid: null };
  }
  if (root.kind !== 'call' || root.fn !== 'HYPERLINK' || root.args.length === 0) return { label: shown, targetRow: null, gid: null };
  const ctx = { book, sheet, row, col, depth: 0 };
  try {
    const url = scalarValue(evaluateNode(root.args[0], ctx), ctx);
    const target = url === null || isErrorValue(url) ? { gid: null, targetRow: null } : parseSheetUrl(String(url));
    return { label: shown, ...target };
  } catch {
    return { label: shown, targetRow: null, gid: null }; // a function the fake cannot evaluate
  }
}
