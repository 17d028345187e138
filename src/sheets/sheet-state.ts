import type { SheetKey } from '../engine';

/** A sheet as read once at the start of a call: what the writer needs to place its writes. */
export interface SheetState {
  key: SheetKey;
  name: string;
  /** null for a sheet this call will create. */
  sheet: GoogleAppsScript.Spreadsheet.Sheet | null;
  /** getValues() of the data range, as Sheets returned it (for restoring), rows below the table included. */
  values: unknown[][];
  /** getFormulas() of the same range, where read (sheets this call may write). */
  formulas: string[][] | null;
  /** The table's rows end here (1-based, the header is row 1): the last row with a key value. */
  lastRow: number;
}
