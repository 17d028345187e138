/** A workbook as the xlsx reader returns it and the writer takes it: values, formulas, formats. */
import { columnNumber } from '../../fake-apps-script/src/a1';

// Date formats are recognised exactly as the in-memory Sheets recognises them.
export { isDateFormat } from '../../fake-apps-script/src/cells';
export { columnLetters } from '../../fake-apps-script/src/a1';

export type XValue = number | string | boolean;

export interface XCell {
  /** The value, or a formula's cached result; absent for an empty formula result. */
  value?: XValue;
  /** Formula text with its leading '='. */
  formula?: string;
  /** An error result such as '#N/A' (then there is no value). */
  error?: string;
  /** Number format code; absent = General. A number with a date format is a date serial. */
  format?: string;
}

export interface XSheet {
  name: string;
  /** rows[r][c], 0-based; holes are empty cells. */
  rows: Array<Array<XCell | undefined> | undefined>;
}

export interface XWorkbook {
  sheets: XSheet[];
}

/** Formats Excel knows by number (ECMA-376 18.8.30): 14–22 and 45–47 are dates and times. */
export const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'yyyy-mm-dd',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'yyyy-mm-dd h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mm:ss.0',
  48: '##0.0E+0',
  49: '@',
};

const SERIAL_1904_OFFSET = 1462;

/** Days since 1899-12-30 (what Sheets and 1900-system Excel files store) from a 1904-system serial. */
export function from1904(serial: number): number {
  return serial + SERIAL_1904_OFFSET;
}

/** "B12" → {row: 12, col: 2}; null if not a cell reference. */
export function parseCellRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  return m ? { row: Number(m[2]), col: columnNumber(m[1]) } : null;
}
