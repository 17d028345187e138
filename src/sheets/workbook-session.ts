import { SHEETS, SheetKey, columnLetter, normalizeHeader } from '../engine';
import type { WriteContext } from './cell-values';
import { invoiceLinkFormula } from './links';
import { ReadResult, readWorkbook } from './read-workbook';
import { todayIn } from './zone';

/** The active spreadsheet with its zone, "today" there, and the user, for one call. */
export interface WorkbookSession {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  timeZone: string;
  today: string;
  user: string;
}

export function openSession(): WorkbookSession {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  return { spreadsheet, timeZone, today: todayIn(timeZone), user: currentUser() };
}

/** The user's email where Google shares it (it may not, under these narrow scopes). */
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
  return {
    timeZone: session.timeZone,
    now: new Date(),
    linkTo: (invoiceId) => invoiceLinkFormula({ invoiceId, sheetName: SHEETS.invoices, sheetId, idColumn }),
  };
}
