/**
 * An in-memory Apps Script: SpreadsheetApp over a fake workbook plus the other services the
 * bundle touches, modelling the Sheets behaviour that bites (serial dates in the spreadsheet's
 * zone, typed-input parsing, fixed sheet sizes, formulas computed on read, buffered writes).
 */
import { parseA1 } from './a1';
import { buildBook } from './build-book';
import { Clock } from './clock';
import { Ctx, HOST_REALM } from './context';
import { displayGrid, errorNote, formulaGrid, resolveLinkAt, snapshotBook } from './inspect';
import { FakeApps, FakeOptions } from './options';
import { createPropertiesService } from './properties';
import {
  createConsole,
  createLockService,
  createLogger,
  createSession,
  createUtilities,
  LockState,
  LogEntry,
  ScriptApp,
  USERINFO_EMAIL_SCOPE,
} from './services';
import { createSpreadsheetApp, FakeSpreadsheet } from './spreadsheet';
import { createHtmlService, newUiRecord } from './ui';

/** The manifest the fake assumes when none is given: enough for Session to give the user's email. */
export const DEFAULT_MANIFEST = { oauthScopes: [USERINFO_EMAIL_SCOPE] };

export function createFakeApps(options: FakeOptions = {}): FakeApps {
  const book = buildBook(options);
  const start = options.now === undefined ? Date.now() : new Date(options.now).getTime();
  const clock = new Clock(start, options.virtualClock ?? false);
  const ctx = new Ctx(book, clock);
  ctx.realm = options.realm ?? HOST_REALM;
  ctx.callCostMs = options.callCostMs ?? 0;
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
  const stores = {
    document: book.documentProperties,
    script: new Map<string, string>(),
    user: new Map<string, string>(),
  };

  return {
    globals: {
      SpreadsheetApp: createSpreadsheetApp(ctx, spreadsheet, ui),
      HtmlService: createHtmlService(ctx, options.html ?? {}),
      LockService: createLockService(ctx, lock),
      PropertiesService: createPropertiesService(ctx, stores),
      Utilities: createUtilities(ctx, logs),
      Session: createSession(options.user ?? 'bookkeeper@example.com', options.manifest ?? DEFAULT_MANIFEST),
      ScriptApp,
      Logger: createLogger(logs),
      console: createConsole(logs),
    },
    spreadsheet,
    calls: ctx.calls,
    faults: ctx.faults,
    lock,
    ui,
    clock,
    logs,
    snapshot: () => snapshotBook(book),
    display: (name) => displayGrid(book, book.requireSheet(name)),
    formulas: (name) => formulaGrid(book, book.requireSheet(name)),
    resolveLink: (name, row, col) => resolveLinkAt(book, book.requireSheet(name), row, col),
    errorNote: (name, row, col) => errorNote(book, book.requireSheet(name), row, col),
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
    execute: (fn) => {
      ctx.faults.beginExecution();
      let ok = false;
      let result;
      try {
        result = fn();
        ok = true;
      } finally {
        const failure = ctx.faults.endExecution(ctx.realm);
        // A killed execution ends with its kill even if the script swallowed it; a failed final
        // flush is the execution's error when the script itself ended normally.
        if (failure && (ok || failure.name === 'ExecutionKilled')) throw ctx.toRealm(failure);
      }
      return result as ReturnType<typeof fn>;
    },
  };
}

export interface CallCount {
  total: number;
  /** Reads and writes that reach the spreadsheet, as the budgets count them (see Calls.sheetsCalls). */
  sheetsCalls: number;
  /** SpreadsheetApp.flush() calls (in `total`, not in `sheetsCalls`). */
  flushes: number;
  byMethod: Record<string, number>;
  reads: number;
  writes: number;
  cellsRead: number;
  cellsWritten: number;
  /** Wall-clock ms spent inside the counted calls themselves (see Calls.serviceMs). */
  serviceMs: number;
}

/** A plain copy of the call counters, for comparing before/after or logging budgets. */
export function callCount(apps: FakeApps): CallCount {
  const { total, sheetsCalls, flushes, byMethod, reads, writes, cellsRead, cellsWritten, serviceMs } = apps.calls;
  return { total, sheetsCalls, flushes, byMethod: { ...byMethod }, reads, writes, cellsRead, cellsWritten, serviceMs };
}

export type { FakeApps, FakeOptions } from './options';
export { checkboxCell, dateCell, dateTimeCell, formulaCell, textCell, ServiceError } from './cells';
export type { Cell, Scalar } from './cells';
export {
  EXECUTION_KILLED,
  isExecutionKilled,
  KILLED_MESSAGE,
  SERVICE_ERRORS,
  SHEET_ERROR,
  SPREADSHEET_ID,
} from './faults';
export type { CallFaultOptions, FlushFaultOptions, KillOptions } from './faults';
export type { Realm } from './context';
export { argumentSeparator, decimalSeparator, COMMA_LOCALES, SEMICOLON_LOCALES_SAMPLE } from './locale';
export { RANGE_OUTSIDE_SHEET } from './model';
export { LOCK_TIMEOUT, USERINFO_EMAIL_SCOPE } from './services';
export type { LockState, LogEntry, Manifest } from './services';
export { PROPERTY_QUOTA_ERROR, PROPERTY_STORE_LIMIT, PROPERTY_VALUE_LIMIT } from './properties';
export type { CellSnapshot, LinkTarget, SheetSnapshot, WorkbookSnapshot } from './inspect';
export type { MenuItem, RecordedMenu, RecordedSidebar, RecordedDialog, UiRecord } from './ui';
export { FakeSpreadsheet } from './spreadsheet';
export { FakeSheet } from './sheet';
export { FakeRange } from './range';
export { FakeRangeList } from './range-list';
export { FakeTextFinder } from './text-finder';
export { formatDatePattern } from './format-date';
export { serialFromInstant, instantFromSerial } from './dates';
export { ADDON_MENU } from './ui';
