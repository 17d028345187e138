/** The workbook createFakeApps starts with: from fixtures, or from a snapshot. */
import { columnNumber } from './a1';
import { checkLocale, DEFAULT_LOCALE } from './locale';
import { Book, NEW_SHEET_COLUMNS, NEW_SHEET_ROWS, SheetData } from './model';
import { FakeOptions } from './options';
import { bookFromSnapshot } from './snapshot';

function checkZone(timeZone: string): void {
  new Intl.DateTimeFormat('en-US', { timeZone }); // fail fast on a bad zone
}

/** Gives every cell of a column a number format, as selecting the column and formatting it does. */
function formatColumn(book: Book, sheet: SheetData, column: string, format: string): void {
  const header = sheet.rows[0]?.findIndex((c) => c?.value === column) ?? -1;
  const col = header >= 0 ? header + 1 : /^[A-Z]{1,3}$/.test(column) ? columnNumber(column) : 0;
  if (col < 1 || col > sheet.maxCols)
    throw new Error(`fake: columnFormats names no column ${JSON.stringify(column)} in ${sheet.name}`);
  for (let row = 1; row <= sheet.rows.length; row++)
    book.setCell(sheet, row, col, { ...book.cell(sheet, row, col), format });
}

export function buildBook(options: FakeOptions): Book {
  if (options.from) {
    const { from } = options;
    const clash =
      Object.keys(options.sheets ?? {}).length > 0 ||
      (options.timeZone ?? from.timeZone) !== from.timeZone ||
      (options.locale ?? from.locale) !== from.locale;
    if (clash) throw new Error('fake: `from` brings its own sheets, time zone and locale');
    return bookFromSnapshot(options.from);
  }
  const book = new Book(options.timeZone ?? 'Europe/London', checkLocale(options.locale ?? DEFAULT_LOCALE));
  checkZone(book.timeZone);
  const sheets = options.sheets ?? {};
  for (const [name, rows] of Object.entries(sheets)) {
    book.addFixtureSheet(name, rows, options.maxRows?.[name], options.maxColumns?.[name]);
  }
  if (book.sheets.length === 0) book.addSheet('Sheet1', NEW_SHEET_ROWS, NEW_SHEET_COLUMNS);
  for (const name of [...Object.keys(options.maxRows ?? {}), ...Object.keys(options.maxColumns ?? {})]) {
    if (!(name in sheets)) throw new Error(`fake: maxRows/maxColumns given for unknown sheet ${name}`);
  }
  for (const [name, columns] of Object.entries(options.columnFormats ?? {})) {
    const sheet = book.requireSheet(name);
    for (const [column, format] of Object.entries(columns)) formatColumn(book, sheet, column, format);
  }
  return book;
}
