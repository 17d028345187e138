/**
 * An in-memory Apps Script: SpreadsheetApp over a fake workbook plus the other services the
 * bundle touches, modelling the Sheets behaviour that bites (serial dates in the spreadsheet's
 * zone, typed-input parsing, fixed sheet sizes, formulas computed on read).
 */
import { parseA1 } from './a1';
import { Calls, Ctx, Faults, HOST_REALM, Realm } from './context';
import { displayGrid, formulaGrid, LinkTarget, resolveLinkAt, snapshotBook, WorkbookSnapshot } from './inspect';
import { Book, NEW_SHEET_COLUMNS, NEW_SHEET_ROWS } from './model';
import { createConsole, createLockService, createLogger, createSession, createUtilities, LockState, LogEntry, ScriptApp } from './services';
import { createSpreadsheetApp, FakeSpreadsheet } from './spreadsheet';
import { createHtmlService, newUiRecord, UiRecord } from './ui';

export interface FakeOptions {
  /** The SPREADSHEET's zone (dates are read and written in it); default Europe/London. */
  timeZone?: string;
  /**
   * Sheet name → rows (row 0 = header). Cells: number, string (text; '=…' is a formula), boolean,
   * null/'' (empty), Date (an instant), dateCell('YYYY-MM-DD'), dateTimeCell('YYYY-MM-DDTHH:mm:ss')
   * (local to the spreadsheet's zone), formulaCell('=…', shownValue), textCell('=literal').
   * Without sheets the workbook has one empty "Sheet1" of 1000 × 26.
   */
  sheets?: Record<string, unknown[][]>;
  /** Sheet size overrides; by default a fixture sheet is exactly as large as its data. */
  maxRows?: Record<string, number>;
  maxColumns?: Record<string, number>;
  /** Files for HtmlService.createHtmlOutputFromFile(name), e.g. {Sidebar: '<html>…'}. */
  html?: Record<string, string>;
  /** Session.getActiveUser().getEmail(); default bookkeeper@example.com. */
  user?: string;
  /** Initial active sheet and selected ranges in A1 ("A2:C4", "A7"); default first sheet, A1. */
  active?: { sheet: string; ranges: string[] };
  /** Spreadsheet.getName(). */
  name?: string;
  /** Realm whose Date/Array/Error the services hand out by default (the test's own if absent). */
  realm?: Realm;
}

export interface FakeApps {
  /** Exactly: SpreadsheetApp, HtmlService, LockService, Utilities, Session, ScriptApp, Logger, console. */
  globals: Record<string, unknown>;
  spreadsheet: FakeSpreadsheet;
  calls: Calls;
  faults: Faults;
  lock: LockState;
  ui: UiRecord;
  /** Everything Logger.log and console.* recorded. */
  logs: LogEntry[];
  /** JSON-safe deep copy of the workbook, for "exactly as before" assertions with toEqual. */
  snapshot(): WorkbookSnapshot;
  /** What a person sees over the data range: dates as YYYY-MM-DD[ HH:mm:ss], formulas computed. */
  display(sheetName: string): string[][];
  /** Formula text over the data range, '' where none. */
  formulas(sheetName: string): string[][];
  /** Where a HYPERLINK cell (1-based row/col) points, evaluated against the current data. */
  resolveLink(sheetName: string, row: number, col: number): LinkTarget;
  setActive(sheet: string, ranges: string[]): void;
  /**
   * Runs fn with the services handing out `realm`'s Dates, Arrays and Errors (a vm context's),
   * then goes back to the default; loadBundle wraps every bundle function in this.
   */
  withRealm<T>(realm: Realm, fn: () => T): T;
}

export function createFakeApps(options: FakeOptions = {}): FakeApps {
  const book = new Book(options.timeZone ?? 'Europe/London');
  new Intl.DateTimeFormat('en-US', { timeZone: book.timeZone }); // fail fast on a bad zone
  const sheets = options.sheets ?? {};
  for (const [name, rows] of Object.entries(sheets)) {
    book.addFixtureSheet(name, rows, options.maxRows?.[name], options.maxColumns?.[name]);
  }
  if (book.sheets.length === 0) book.addSheet('Sheet1', NEW_SHEET_ROWS, NEW_SHEET_COLUMNS);
  for (const name of [...Object.keys(options.maxRows ?? {}), ...Object.keys(options.maxColumns ?? {})]) {
    if (!(name in sheets)) throw new Error(`fake: maxRows/maxColumns given for unknown sheet ${name}`);
  }

  const ctx = new Ctx(book);
  ctx.realm = options.realm ?? HOST_REALM;
  const ui = newUiRecord();
  const logs: LogEntry[] = [];
  const lock: LockState = { heldByOther: false, acquired: 0, released: 0 };
  const spreadsheet = new FakeSpreadsheet(ctx, ui, options.name ?? 'Revoice test workbook');

  const setActive = (sheetName: string, ranges: string[]) => {
    const sheet = book.requireSheet(sheetName);
    sheet.selection = ranges.map((a1) => {
      const rect = parseA1(a1, sheet.rows.length, sheet.maxCols);
      if (!rect) throw new Error(`fake: not an A1 range: ${a1}`);
      return rect;
    });
    book.active = sheet;
  };
  if (options.active) setActive(options.active.sheet, options.active.ranges);

  return {
    globals: {
      SpreadsheetApp: createSpreadsheetApp(ctx, spreadsheet, ui),
      HtmlService: createHtmlService(ctx, options.html ?? {}),
      LockService: createLockService(ctx, lock),
      Utilities: createUtilities(ctx, logs),
      Session: createSession(options.user ?? 'bookkeeper@example.com'),
      ScriptApp,
      Logger: createLogger(logs),
      console: createConsole(logs),
    },
    spreadsheet,
    calls: ctx.calls,
    faults: ctx.faults,
    lock,
    ui,
    logs,
    snapshot: () => snapshotBook(book),
    display: (name) => displayGrid(book, book.requireSheet(name)),
    formulas: (name) => formulaGrid(book, book.requireSheet(name)),
    resolveLink: (name, row, col) => resolveLinkAt(book, book.requireSheet(name), row, col),
    setActive,
    withRealm: (realm, fn) => {
      const previous = ctx.realm;
      ctx.realm = realm;
      try {
        return fn();
      } finally {
        ctx.realm = previous;
      }
    },
  };
}

export interface CallCount {
  total: number;
  byMethod: Record<string, number>;
  reads: number;
  writes: number;
  cellsRead: number;
  cellsWritten: number;
}

/** A plain copy of the call counters, for comparing before/after or logging budgets. */
export function callCount(apps: FakeApps): CallCount {
  const { total, byMethod, reads, writes, cellsRead, cellsWritten } = apps.calls;
  return { total, byMethod: { ...byMethod }, reads, writes, cellsRead, cellsWritten };
}

export { dateCell, dateTimeCell, formulaCell, textCell, ServiceError } from './cells';
export type { Cell, Scalar } from './cells';
export { SHEET_ERROR } from './context';
export type { Realm } from './context';
export { RANGE_OUTSIDE_SHEET } from './model';
export { LOCK_TIMEOUT } from './services';
export type { LockState, LogEntry } from './services';
export type { CellSnapshot, LinkTarget, SheetSnapshot, WorkbookSnapshot } from './inspect';
export type { MenuItem, RecordedMenu, RecordedSidebar, RecordedDialog, UiRecord } from './ui';
export { FakeSpreadsheet } from './spreadsheet';
export { FakeSheet } from './sheet';
export { FakeRange, FakeRangeList } from './range';
export { formatDatePattern } from './format-date';
export { serialFromInstant, instantFromSerial } from './dates';
export { ADDON_MENU } from './ui';
