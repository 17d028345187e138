import { Context, SHEETS, SheetKey, columnLetter, resolveColumns } from '../engine';
import type { ColumnMapping } from '../shared/columns';
import { readColumnMapping } from './column-mapping';
import type { WriteContext } from './cell-values';
import { invoiceLinkFormula } from './links';
import { argumentSeparator } from './locale';
import { ReadResult, readWorkbook } from './read-workbook';
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

/** Reads the sheets a call needs; of the Audit Log, only the rows of `requestKey` (see read-audit-rows). */
export function read(
  session: WorkbookSession,
  keys: SheetKey[],
  withFormulas: SheetKey[] = [],
  requestKey: string | null = null,
): ReadResult {
  return readWorkbook(session.spreadsheet, keys, session.timeZone, withFormulas, session.columnMapping, requestKey);
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

/** What the engine is told about this call. */
export function engineContext(session: WorkbookSession): Context {
  return { today: session.today, user: session.user, columnMapping: session.columnMapping };
}
