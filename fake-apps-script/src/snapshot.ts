/**
 * A JSON-safe copy of everything a spreadsheet keeps between executions — sheets in order with
 * their ids and sizes, each non-blank cell's value, formula, format, validation, merged blocks,
 * the locale and time zone, document properties — and the way back: a snapshot taken after a
 * failed or killed execution builds a fresh fake (FakeOptions.from) for the next one.
 */
import { cellA1, parseA1, rectA1 } from './a1';
import { Cell, Scalar } from './cells';
import { evaluateFormula } from './formula';
import { Book } from './model';

export interface CellSnapshot {
  value?: Scalar;
  formula?: string;
  /** A fixture's stand-in result, kept only for a formula the fake cannot evaluate. */
  cached?: Scalar;
  format?: string;
  fontWeight?: string;
  background?: string;
  validation?: 'checkbox';
}

export interface SheetSnapshot {
  name: string;
  sheetId: number;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  /** Non-blank cells (content or formatting) by A1 address. */
  cells: Record<string, CellSnapshot>;
  /** Merged blocks in A1 notation. */
  merges: string[];
  hidden?: true;
}

export interface WorkbookSnapshot {
  timeZone: string;
  locale: string;
  sheets: SheetSnapshot[];
  documentProperties: Record<string, string>;
}

const FIELDS = ['value', 'formula', 'cached', 'format', 'fontWeight', 'background', 'validation'] as const;

export function snapshotBook(book: Book): WorkbookSnapshot {
  return {
    timeZone: book.timeZone,
    locale: book.locale,
    sheets: book.sheets.map((sheet) => {
      const cells: Record<string, CellSnapshot> = {};
      sheet.rows.forEach((line, r) =>
        line?.forEach((cell, c) => {
          if (!cell) return;
          const copy: CellSnapshot = {};
          // Only primitives are stored, so copying the defined fields is a deep, JSON-safe copy.
          for (const key of FIELDS) if (cell[key] !== undefined) (copy as Record<string, unknown>)[key] = cell[key];
          // A stand-in result matters only where the fake cannot compute the formula itself.
          const at = { book, sheet, row: r + 1, col: c + 1, depth: 0 };
          if (
            copy.cached !== undefined &&
            (cell.formula === undefined || evaluateFormula(cell.formula, at) !== undefined)
          )
            delete copy.cached;
          if (Object.keys(copy).length > 0) cells[cellA1(r + 1, c + 1)] = copy;
        }),
      );
      return {
        name: sheet.name,
        sheetId: sheet.id,
        maxRows: sheet.rows.length,
        maxColumns: sheet.maxCols,
        frozenRows: sheet.frozenRows,
        cells,
        merges: sheet.merges.map(rectA1),
        ...(sheet.hidden ? { hidden: true as const } : {}),
      };
    }),
    documentProperties: Object.fromEntries(book.documentProperties),
  };
}

/** A workbook exactly as a snapshot describes it (ids included). */
export function bookFromSnapshot(snapshot: WorkbookSnapshot): Book {
  const book = new Book(snapshot.timeZone, snapshot.locale);
  for (const s of snapshot.sheets) {
    const sheet = book.addSheet(s.name, s.maxRows, s.maxColumns, book.sheets.length, s.sheetId);
    sheet.frozenRows = s.frozenRows;
    for (const [a1, stored] of Object.entries(s.cells)) {
      const rect = parseA1(a1, s.maxRows, s.maxColumns);
      if (!rect) throw new Error(`fake: bad cell address ${a1} in snapshot of ${s.name}`);
      book.setCell(sheet, rect.row, rect.col, { ...stored } as Cell);
    }
    sheet.merges = (s.merges ?? []).map((a1) => parseA1(a1, s.maxRows, s.maxColumns)!);
    sheet.hidden = s.hidden === true;
  }
  for (const [k, v] of Object.entries(snapshot.documentProperties ?? {})) book.documentProperties.set(k, v);
  return book;
}
