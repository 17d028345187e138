import { SHEETS, SheetKey, columnLetter, normalizeHeader } from '../engine';
import type { WriteContext } from './cell-values';
import { invoiceLinkFormula } from './links';
import { argumentSeparator } from './locale';
import { ReadResult, readWorkbook } from './read-workbook';
import { todayIn } from './zone';

/** The active spreadsheet with its zone, "today" there, and the user, for one call. */
export interface WorkbookSession {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  timeZone: string;
  /** The spreadsheet's locale (File → Settings), which sets the formula argument separator. */
  locale: string;
  today: string;
  user: string;
}

export function openSession(): WorkbookSession {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  return { spreadsheet, timeZone, locale: spreadsheet.getSpreadsheetLocale(), today: todayIn(timeZone), user: currentUser() };
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

export function read(session: WorkbookSession, keys: SheetKey[], withFormulas: SheetKey[] = []): ReadResult {
  return readWorkbook(session.spreadsheet, keys, session.timeZone, withFormulas);
}

/** How the writer turns dates and links into cells for this spreadsheet. */
export function writeContext(session: WorkbookSession, result: ReadResult): WriteContext {
  const invoices = result.states.invoices;
  const header = (invoices?.values[0] ?? []).map((cell) => normalizeHeader(cell));
  const idColumn = columnLetter(Math.max(0, header.indexOf(normalizeHeader('Invoice ID'))));
  const sheetId = invoices ? invoices.sheet.getSheetId() : 0;
  const separator = argumentSeparator(session.locale);
  return {
    timeZone: session.timeZone,
    now: new Date(),
    linkTo: (invoiceId) => invoiceLinkFormula({ invoiceId, sheetName: SHEETS.invoices, sheetId, idColumn, separator }),
  };
}
