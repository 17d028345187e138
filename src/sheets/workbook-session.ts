import {
  Context,
  Lookups,
  ParsedRequest,
  SHEETS,
  SheetKey,
  columnLetter,
  firstLookups,
  followUpLookups,
  resolveColumns,
} from '../engine';
import type { ColumnMapping } from '../shared/columns';
import { resetsAccounting } from '../shared/actions';
import { readAccountingColumns } from './accounting-columns';
import { readColumnMapping } from './column-mapping';
import type { WriteContext } from './cell-values';
import { invoiceLinkFormula } from './links';
import { argumentSeparator } from './locale';
import { FormulaNeeds, ReadResult, WorkbookReader } from './read-workbook';
import { todayIn } from './zone';
import { retried } from './passing-errors';

/** The active spreadsheet with its zone, "today" there, and the user, for one call. */
export interface WorkbookSession {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  timeZone: string;
  /** The spreadsheet's locale (File → Settings), which sets the formula argument separator. */
  locale: string;
  /** Which header holds which column, where the bookkeeper chose (document properties). */
  columnMapping: ColumnMapping;
  today: string;
  user: string;
  /** The accounting columns chosen in Settings, read once when a request needs them (undefined: not yet). */
  accountingColumns?: string[] | null;
}

export function openSession(): WorkbookSession {
  const spreadsheet = retried(() => SpreadsheetApp.getActiveSpreadsheet());
  const timeZone = retried(() => spreadsheet.getSpreadsheetTimeZone());
  return {
    spreadsheet,
    timeZone,
    locale: retried(() => spreadsheet.getSpreadsheetLocale()),
    columnMapping: readColumnMapping(),
    today: todayIn(timeZone),
    user: currentUser(),
  };
}

/**
 * The user's email, for the Audit Log. Google shares it only with the userinfo.email scope
 * (in appsscript.json), and even then may not (e.g. a consumer account using another's script).
 * https://developers.google.com/apps-script/reference/base/session#getActiveUser()
 */
function currentUser(): string {
  try {
    return Session.getActiveUser().getEmail() || '';
  } catch {
    return '';
  }
}

/** Sheets opened for a call: small ones read whole, the others' headers, rows found by key on request. */
export function openSheets(session: WorkbookSession, keys: SheetKey[], formulas?: FormulaNeeds): WorkbookReader {
  const needs = formulas ?? { written: [], found: [] };
  return new WorkbookReader(session.spreadsheet, keys, session.timeZone, needs, session.columnMapping);
}

/** Rounds of lookups before the last resort of reading the sheets still missing whole. */
const LOOKUP_ROUNDS = 4;

/**
 * Reads the rows a request needs, in rounds: its invoices' own rows (and, for an apply, the
 * Audit Log rows of its request key), then what they point to, then whatever the engine's
 * answer still says is missing, until it says nothing is. `evaluate` runs the engine.
 */
export function readForRequest<T extends { missing: Lookups | null }>(
  session: WorkbookSession,
  parsed: ParsedRequest,
  formulas: FormulaNeeds,
  evaluate: (raw: ReadResult['raw']) => T,
): { outcome: T; result: ReadResult; reader: WorkbookReader } {
  const reader = openSheets(session, parsed.sheets.read, formulas);
  // Clearing accounting cells leaves those an ARRAYFORMULA fills: the engine must know them to say so.
  if (resetsAccounting(parsed.request.action)) reader.findArrayFormulas();
  const requestKey = parsed.sheets.read.includes('audit') ? parsed.request.requestKey : null;
  reader.find(firstLookups(parsed), requestKey);
  const next = followUpLookups(reader.raw(), parsed, engineContext(session, parsed));
  if (next) reader.find(next);
  for (let round = 1; ; round++) {
    const raw = reader.raw();
    const outcome = evaluate(raw);
    if (!outcome.missing) return { outcome, result: { raw, states: reader.states }, reader };
    if (round < LOOKUP_ROUNDS) reader.find(outcome.missing);
    else for (const key of Object.keys(outcome.missing) as SheetKey[]) reader.readWhole(key);
  }
}

/** How the writer turns dates and links into cells for this spreadsheet. */
export function writeContext(session: WorkbookSession, result: ReadResult): WriteContext {
  const invoices = result.states.invoices;
  const idIndex = resolveColumns('invoices', invoices?.values[0] ?? [], session.columnMapping).get('Invoice ID') ?? 0;
  const idColumn = columnLetter(idIndex);
  const sheet = invoices?.sheet;
  const sheetId = sheet ? retried(() => sheet.getSheetId()) : 0;
  const separator = argumentSeparator(session.locale);
  return {
    timeZone: session.timeZone,
    now: new Date(),
    columnMapping: session.columnMapping,
    linkTo: (invoiceId) => invoiceLinkFormula({ invoiceId, sheetName: SHEETS.invoices, sheetId, idColumn, separator }),
  };
}

/** What the engine is told about this call (and, for a reset of accounting links, which columns those are). */
export function engineContext(session: WorkbookSession, parsed?: ParsedRequest): Context {
  const context: Context = {
    today: session.today,
    user: session.user,
    columnMapping: session.columnMapping,
    locale: session.locale,
  };
  if (parsed && resetsAccounting(parsed.request.action)) {
    if (session.accountingColumns === undefined) session.accountingColumns = readAccountingColumns();
    context.accountingColumns = session.accountingColumns;
  }
  return context;
}
