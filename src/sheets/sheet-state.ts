import type { SheetKey } from '../engine';

/** A sheet as read for one call: what the writer needs to place its writes. */
export interface SheetState {
  key: SheetKey;
  name: string;
  /** null for a sheet this call will create. */
  sheet: GoogleAppsScript.Spreadsheet.Sheet | null;
  /**
   * getValues() of the rows read, as Sheets returned them (for restoring), by sheet row − 1:
   * every row up to the sheet's last when `whole`, else the header and the rows found by key
   * (a sparse array: rows not read are holes).
   */
  values: unknown[][];
  /** getFormulas() of the same rows, where read (sheets this call may write). */
  formulas: string[][] | null;
  /** Whether every row was read; else the table's end is found when an append needs it (table-end). */
  whole: boolean;
  /** 0-based columns holding an ARRAYFORMULA's anchor in rows not read (found by a search). */
  arrayColumns?: Set<number>;
  /** Number formats read for placing writes, by sheet row − 1 (sparse), as wide as the sheet was. */
  formats?: string[][];
  /** The table's rows end here (1-based, the header is row 1): the last row with a key value. */
  lastRow: number;
}
