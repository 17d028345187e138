/**
 * Copies of the workbook's content taken at the last flush, so an injected failure can throw
 * away what was written since (Sheets buffers writes until a flush: see faults.ts). A restore
 * writes back into the same SheetData objects, so Sheet and Range objects the script holds stay
 * valid, and sheets inserted since then become deleted ones.
 */
import { Rect } from './a1';
import { Cell } from './cells';
import { Book, SheetData } from './model';

type Rows = SheetData['rows'];

interface SheetState {
  data: SheetData;
  name: string;
  rows: Rows;
  maxCols: number;
  frozenRows: number;
  merges: Rect[];
}

export interface BookState {
  sheets: SheetState[];
  active: SheetData;
  timeZone: string;
  locale: string;
}

function copyRows(rows: Rows): Rows {
  return rows.map((line) => line && line.map((cell) => cell && ({ ...cell } as Cell)));
}

export function captureBook(book: Book): BookState {
  return {
    sheets: book.sheets.map((data) => ({
      data,
      name: data.name,
      rows: copyRows(data.rows),
      maxCols: data.maxCols,
      frozenRows: data.frozenRows,
      merges: data.merges.map((m) => ({ ...m })),
    })),
    active: book.active,
    timeZone: book.timeZone,
    locale: book.locale,
  };
}

export function restoreBook(book: Book, state: BookState): void {
  book.sheets = state.sheets.map((s) =>
    Object.assign(s.data, {
      name: s.name,
      rows: copyRows(s.rows),
      maxCols: s.maxCols,
      frozenRows: s.frozenRows,
      merges: s.merges.map((m) => ({ ...m })),
    }),
  );
  book.active = state.active;
  book.timeZone = state.timeZone;
  book.locale = state.locale;
  book.touch();
}
