/**
 * Workbooks shaped like the ones bookkeepers keep, for the field tests: a nursery's September
 * invoices with whatever the bookkeeper added over the years (numeric IDs, a Sent checkbox
 * ticked down to row 1000, Paid as a SUMIF per row, Balance as one ARRAYFORMULA, renamed
 * headers, a locale that separates arguments with ';'), and the checks a person would make
 * after clicking Apply: what the sheet shows, where each link lands, nothing broken.
 */
import { FakeOptions, checkboxCell, dateCell as d } from '../../fake-apps-script/src';
import { Book, INVOICE_HEADER, LINE_HEADER, PAYMENT_HEADER, openBook } from './harness';

export type Id = string | number;

export interface FieldOptions {
  /** Ada's, Ben's and Cal's invoice IDs, as typed (a number stays a number). */
  ids?: [Id, Id, Id];
  /** Paid as typed numbers, as `=SUMIF(Payments!B:B, A2, Payments!D:D)` on every row, or no column. */
  paid?: 'values' | 'sumif' | 'none';
  /** Balance as typed numbers, one ARRAYFORMULA in its header cell, or no column. */
  balance?: 'values' | 'arrayformula' | 'none';
  /** A "Sent" checkbox column, unticked down to row 1000. */
  checkboxes?: boolean;
  /** The formula argument separator of the spreadsheet's locale (for the bookkeeper's formulas). */
  separator?: ',' | ';';
  /** Invoices headers as the bookkeeper named them, e.g. {Customer: 'Client'}. */
  rename?: Record<string, string>;
}

export const SHEET_ROWS = 1000;

/** 1-based column number → its letter (A … Z, AA …). */
export function letter(column: number): string {
  let text = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  return text;
}

/** The bookkeeper's formula in the spreadsheet's syntax. */
function localized(formula: string, separator: ',' | ';'): string {
  return separator === ';' ? formula.replace(/, ?/g, '; ') : formula;
}

/**
 * Ada (open, 135, 50 paid), Ben (paid, 92) and Cal (open, 60), all for September 2026.
 * Ada's schedule has since gone from 12 sessions to every weekday (22 in September).
 */
export function fieldSheets(options: FieldOptions = {}): Record<string, unknown[][]> {
  const [ada, ben, cal] = options.ids ?? ['INV-1', 'INV-2', 'INV-3'];
  const paid = options.paid ?? 'values';
  const balance = paid === 'none' ? 'none' : (options.balance ?? 'values');
  const separator = options.separator ?? ',';
  const header = [
    ...INVOICE_HEADER.filter((name) => name !== 'Accounting ID'),
    ...(paid === 'none' ? [] : ['Paid']),
    ...(balance === 'none' ? [] : ['Balance']),
    ...(options.checkboxes ? ['Sent'] : []),
    'Accounting ID',
  ];
  const at = (name: string) => header.indexOf(name);
  const period = [d('2026-09-01'), d('2026-09-30'), d('2026-08-28'), d('2026-09-11'), 'EUR'];
  const invoices: unknown[][] = [
    [ada, 'ADA-SEP', 'Ada', ...period, 'open', 135, 0, 135],
    [ben, 'BEN-SEP', 'Ben', ...period, 'paid', 80, 12, 92],
    [cal, 'CAL-SEP', 'Cal', ...period, 'open', 60, 0, 60],
  ];
  const paidSoFar = [50, 92, 0];
  const rows = invoices.map((row, i) => {
    const cells: unknown[] = [...row];
    const sheetRow = i + 2;
    if (paid === 'values') cells[at('Paid')] = paidSoFar[i];
    if (paid === 'sumif') cells[at('Paid')] = localized(`=SUMIF(Payments!B:B, A${sheetRow}, Payments!D:D)`, separator);
    if (balance === 'values') cells[at('Balance')] = (row[11] as number) - paidSoFar[i];
    if (options.checkboxes) cells[at('Sent')] = checkboxCell(i < 2);
    cells[at('Accounting ID')] = `XERO-00${i + 1}`;
    return header.map((_, c) => cells[c] ?? '');
  });
  const top = [...header];
  if (balance === 'arrayformula') {
    const [id, total, paidColumn] = ['Invoice ID', 'Total', 'Paid'].map((name) => letter(at(name) + 1));
    top[at('Balance')] = localized(
      `=ARRAYFORMULA(IF(ROW(${id}:${id})=1, "Balance", IF(${id}:${id}="", "", ${total}:${total}-${paidColumn}:${paidColumn})))`,
      separator,
    );
  }
  for (const [name, renamed] of Object.entries(options.rename ?? {})) top[at(name)] = renamed;
  const below = options.checkboxes
    ? Array.from({ length: SHEET_ROWS - 4 }, () => header.map((name) => (name === 'Sent' ? checkboxCell() : '')))
    : [];
  return {
    Invoices: [top, ...rows, ...below],
    'Invoice Lines': [
      [...LINE_HEADER],
      [ada, 'session', 'Morning sessions', 12, 10, 120, 0, 'Schedule row 2'],
      [ada, 'manual', 'Trip to the farm', 1, 15, 15, 0, ''],
      [ben, 'charge', 'Meals', 1, 80, 80, '15%', 'Schedule row 3'],
      [cal, 'session', 'Afternoons', 6, 10, 60, 0, 'Schedule row 4'],
    ],
    Schedule: [
      ['Customer', 'Kind', 'Description', 'Frequency', 'Days', 'Units', 'Rate', 'Effective From', 'Effective To'],
      ['Ada', 'session', 'Morning sessions', 'daily', 'Mon-Fri', 1, 10, '', ''],
      ['Ben', 'charge', 'Meals', 'monthly', '', 1, 80, '', ''],
      ['Cal', 'session', 'Afternoons', 'daily', 'Tue, Thu', 1, 10, '', ''],
    ],
    Closures: [['Date', 'Customer']],
    Payments: [
      [...PAYMENT_HEADER],
      ['P-1', ada, d('2026-09-02'), 50, 'card', ''],
      ['P-2', ben, d('2026-09-03'), 92, 'bank', ''],
    ],
    'Credit Notes': [['Credit Note ID', 'Invoice ID', 'Customer', 'Date', 'Refund', 'Credit', 'Reason']],
  };
}

/** The options a field workbook needs from the fake (its 1000 rows when it has checkboxes). */
export function fieldFakeOptions(options: FieldOptions = {}): Partial<FakeOptions> {
  return options.checkboxes ? { maxRows: { Invoices: SHEET_ROWS } } : {};
}

/** Opens a field workbook over the real bundle. */
export function openField(options: FieldOptions = {}, fake: Partial<FakeOptions> = {}): Book {
  return openBook(fieldSheets(options), { ...fieldFakeOptions(options), ...fake });
}

/** Ada's regeneration from her current schedule: 22 weekdays × 10 + the farm trip. */
export const ADA_TOTAL = '235.00';

export function voidAndRegenerate(id: string, extra: Record<string, unknown> = {}) {
  return { action: 'void-and-regenerate', invoiceIds: [id], reason: 'Now every weekday', ...extra };
}

/** 1-based column of a header as row 1 shows it. */
export function columnOf(book: Book, sheet: string, header: string): number {
  const column = book.apps.display(sheet)[0].indexOf(header) + 1;
  if (!column) throw new Error(`${sheet} has no column "${header}"`);
  return column;
}

/** What a person sees in one cell, the column found by its header. */
export function shown(book: Book, sheet: string, row: number, header: string): string {
  return book.apps.display(sheet)[row - 1]?.[columnOf(book, sheet, header) - 1] ?? '';
}

/** The Invoices row showing an ID in its ID column (0 when none does). */
export function rowShowing(book: Book, id: string, idHeader = 'Invoice ID'): number {
  const column = columnOf(book, 'Invoices', idHeader) - 1;
  return book.apps.display('Invoices').findIndex((row, r) => r > 0 && row[column] === id) + 1;
}

/**
 * Clicks a link cell of Invoices: the ID it shows, and the ID shown on the row it lands on
 * ('' when it lands nowhere, "another sheet" when its gid is not the Invoices sheet's).
 */
export function click(book: Book, row: number, header: string, idHeader = 'Invoice ID') {
  const link = book.apps.resolveLink('Invoices', row, columnOf(book, 'Invoices', header));
  const gid = String(book.apps.spreadsheet.getSheetByName('Invoices')!.getSheetId());
  const landsOn =
    link.gid !== gid ? 'another sheet' : link.targetRow ? shown(book, 'Invoices', link.targetRow, idHeader) : '';
  return { shows: link.label, landsOn };
}

const SHEETS_ERRORS = /^#(N\/A|REF!|ERROR!|VALUE!|NAME\?|DIV\/0!|NUM!|NULL!)/;

/**
 * Every cell, in every sheet, that shows a Sheets error, an apostrophe or a formula as text
 * ("Invoices!N1: #REF!"). The field workbooks hold no text that starts with "=".
 */
export function brokenCells(book: Book): string[] {
  const broken: string[] = [];
  for (const { name } of book.apps.snapshot().sheets) {
    book.apps.display(name).forEach((row, r) =>
      row.forEach((text, c) => {
        if (SHEETS_ERRORS.test(text) || /^['=]/.test(text)) broken.push(`${name}!${letter(c + 1)}${r + 1}: ${text}`);
      }),
    );
  }
  return broken;
}

/** A sheet's formulas on the rows of its table (down to the last row showing a value in column A). */
export function tableFormulas(book: Book, sheet: string): string[][] {
  const rows = book.apps.display(sheet).reduce((last, row, r) => (row[0] ? r + 1 : last), 1);
  return book.apps.formulas(sheet).slice(0, rows);
}

/**
 * The bookkeeper's formulas on rows that existed before (from tableFormulas), as they are now: every one that
 * changed ("Invoices!M2: =… → …"), and any new formula other than Revoice's own links.
 */
export function formulasTouched(book: Book, sheet: string, before: string[][]): string[] {
  const after = book.apps.formulas(sheet);
  const touched: string[] = [];
  before.forEach((row, r) => {
    const width = Math.max(row.length, after[r]?.length ?? 0);
    for (let c = 0; c < width; c++) {
      const was = row[c] ?? '';
      const now = after[r]?.[c] ?? '';
      const ownLink = !was && /^=HYPERLINK\("#gid=/.test(now);
      if (was !== now && !ownLink) touched.push(`${sheet}!${letter(c + 1)}${r + 1}: ${was} → ${now}`);
    }
  });
  return touched;
}

/** A sheet's table rows (down to the last row showing a value in column A), as the named columns show them. */
export function table(book: Book, sheet: string, ...columns: string[]): string[][] {
  const [header, ...rows] = book.apps.display(sheet);
  const at = columns.map((name) => header.indexOf(name));
  const missing = columns.filter((_, i) => at[i] < 0);
  if (missing.length) throw new Error(`${sheet} has no column ${missing.join(', ')}`);
  const last = rows.reduce((end, row, r) => (row[0] ? r + 1 : end), 0);
  return rows.slice(0, last).map((row) => at.map((c) => row[c] ?? ''));
}

/** The formulas of one column, header row left out, down to the last row of the sheet's data. */
export function formulasIn(book: Book, sheet: string, header: string): string[] {
  const column = columnOf(book, sheet, header) - 1;
  return book.apps
    .formulas(sheet)
    .slice(1)
    .map((row) => row[column] ?? '');
}
