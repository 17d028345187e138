/** Row 1 of a sheet, read on its own: what matching columns needs, never the whole sheet. */
import { retried } from './passing-errors';

/** The header row as Sheets returns it (one getValues of the used columns); null when there is no such sheet. */
export function readHeaderRow(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string): unknown[] | null {
  const sheet = retried(() => spreadsheet.getSheetByName(name));
  if (!sheet) return null;
  const width = retried(() => sheet.getLastColumn());
  return width > 0 ? retried(() => sheet.getRange(1, 1, 1, width).getValues())[0] : [];
}
