import { Cell, RawWorkbook, SHEETS, SheetKey } from '../engine';
import { toCell } from './zone';

/** A sheet as read once at the start of a call: what the writer needs to place its writes. */
export interface SheetState {
  key: SheetKey;
  name: string;
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  /** getValues() of the data range, as Sheets returned it (for restoring). */
  values: unknown[][];
  /** getFormulas() of the same range, where kept (the sheet whose cells are overwritten). */
  formulas: string[][] | null;
}

export interface ReadResult {
  raw: RawWorkbook;
  states: Partial<Record<SheetKey, SheetState>>;
}

/** Reads each named sheet once (plus formulas for the sheet whose cells get overwritten). */
export function readWorkbook(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, keys: SheetKey[], timeZone: string, withFormulas: SheetKey[] = [],
): ReadResult {
  const raw: RawWorkbook = {};
  const states: Partial<Record<SheetKey, SheetState>> = {};
  for (const key of keys) {
    const name = SHEETS[key];
    const sheet = spreadsheet.getSheetByName(name);
    if (!sheet) continue;
    const range = sheet.getDataRange();
    const values = range.getValues();
    const formulas = withFormulas.includes(key) ? range.getFormulas() : null;
    states[key] = { key, name, sheet, values, formulas };
    raw[name] = { name, rows: values.map((row) => row.map((value): Cell => toCell(value, timeZone))) };
  }
  return { raw, states };
}
