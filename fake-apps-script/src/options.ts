/** What createFakeApps takes and what it returns. */
import { Clock } from './clock';
import { Calls, Realm } from './context';
import { Faults } from './faults';
import { LinkTarget, WorkbookSnapshot } from './inspect';
import { LockState, LogEntry, Manifest } from './services';
import { FakeSpreadsheet } from './spreadsheet';
import { UiRecord } from './ui';

export interface FakeOptions {
  /** The SPREADSHEET's zone (dates are read and written in it); default Europe/London. */
  timeZone?: string;
  /** The spreadsheet's locale (getSpreadsheetLocale; formula syntax, see locale.ts); default en_GB. */
  locale?: string;
  /**
   * Sheet name → rows (row 0 = header). Cells: number, string (text; '=…' is a formula), boolean,
   * null/'' (empty), Date (an instant), dateCell('YYYY-MM-DD'), dateTimeCell('YYYY-MM-DDTHH:mm:ss')
   * (local to the spreadsheet's zone), formulaCell('=…', shownValue), textCell('=literal'),
   * checkboxCell(checked?). Without sheets the workbook has one empty "Sheet1" of 1000 × 26.
   */
  sheets?: Record<string, unknown[][]>;
  /** Sheet size overrides; by default a fixture sheet is exactly as large as its data. */
  maxRows?: Record<string, number>;
  maxColumns?: Record<string, number>;
  /**
   * Sheet name → column (letter like 'C', or header text of row 1) → number format for every
   * cell of that column, e.g. {Invoices: {'Invoice ID': '@', Total: '#,##0.00 [$€-407]'}}.
   * Values already in the fixture are kept as written (as when a format is applied afterwards).
   */
  columnFormats?: Record<string, Record<string, string>>;
  /** A workbook from FakeApps.snapshot() (after a failed or killed run); replaces sheets/timeZone/locale. */
  from?: WorkbookSnapshot;
  /** Files for HtmlService.createHtmlOutputFromFile(name), e.g. {Sidebar: '<html>…'}. */
  html?: Record<string, string>;
  /** The person running the script: Session.getActiveUser().getEmail(); default bookkeeper@example.com. */
  user?: string;
  /**
   * The script's appsscript.json (readManifest() reads the repository's). The email above is only
   * given when its oauthScopes include userinfo.email; the default manifest does include it.
   */
  manifest?: Manifest;
  /** Initial active sheet and selected ranges in A1 ("A2:C4", "A7"); default first sheet, A1. */
  active?: { sheet: string; ranges: string[] };
  /** Spreadsheet.getName(). */
  name?: string;
  /** Realm whose Date/Array/Error the services hand out by default (the test's own if absent). */
  realm?: Realm;
  /** Where the fake's clock starts (ms or Date); default the real time at creation. */
  now?: number | Date;
  /** The bundle's Date.now() and new Date() follow the fake's clock (FakeApps.clock). */
  virtualClock?: boolean;
  /** Virtual milliseconds each counted Sheets call takes; default 0. */
  callCostMs?: number;
}

export interface FakeApps {
  /** Exactly: SpreadsheetApp, HtmlService, LockService, PropertiesService, Utilities, Session, ScriptApp, Logger, console. */
  globals: Record<string, unknown>;
  spreadsheet: FakeSpreadsheet;
  calls: Calls;
  faults: Faults;
  lock: LockState;
  ui: UiRecord;
  /** The fake's clock: now() and advance(ms); `virtual` when the bundle's Date follows it. */
  clock: { now(): number; advance(ms: number): number; readonly virtual: boolean };
  /** Everything Logger.log and console.* recorded. */
  logs: LogEntry[];
  /** JSON-safe deep copy of the workbook, for "exactly as before" assertions and FakeOptions.from. */
  snapshot(): WorkbookSnapshot;
  /** What a person sees over the data range: dates as YYYY-MM-DD[ HH:mm:ss], formulas computed. */
  display(sheetName: string): string[][];
  /** Formula text over the data range, '' where none. */
  formulas(sheetName: string): string[][];
  /** Where a HYPERLINK cell (1-based row/col) points, evaluated against the current data. */
  resolveLink(sheetName: string, row: number, col: number): LinkTarget;
  /** The note Sheets shows on an error cell (an ARRAYFORMULA that cannot spill, a parse error), else ''. */
  errorNote(sheetName: string, row: number, col: number): string;
  setActive(sheet: string, ranges: string[]): void;
  /**
   * Runs fn with the services handing out `realm`'s Dates, Arrays and Errors (a vm context's),
   * then goes back to the default; loadBundle wraps every bundle function in this.
   */
  withRealm<T>(realm: Realm, fn: () => T): T;
  /**
   * Runs fn as one Apps Script execution (loadBundle wraps every entry point in this): at its end
   * buffered writes are flushed, so an armed flush fault fires there if no flush came first, and a
   * killed execution ends with the ExecutionKilled error even if the script caught it.
   */
  execute<T>(fn: () => T): T;
}

export type { Clock };
