import { asText, serialOfInstant } from './cell-values';
import { isDate } from './zone';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

type Entry =
  | { kind: 'cells'; sheet: Sheet; row: number; column: number; values: unknown[][]; formats: string[][] | null }
  | { kind: 'rows'; sheet: Sheet; after: number; count: number }
  | { kind: 'columns'; sheet: Sheet; after: number; count: number }
  | { kind: 'sheet'; sheet: Sheet };

/**
 * A previous cell as setValues must be given it to come back exactly: its formula, its text
 * (verbatim in a Plain-text column), its number, or its date as the serial the sheet held.
 */
export function restorable(value: unknown, formula: string | undefined, timeZone: string, plainText = false): unknown {
  if (formula) return formula;
  if (typeof value === 'string') return asText(value, plainText);
  if (isDate(value)) return serialOfInstant(value, timeZone);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return '';
}

/**
 * Everything a call wrote, so a failure midway can put the workbook back as it was:
 * cells get their previous values, inserted rows and columns go, a created sheet goes.
 */
export class Journal {
  private readonly entries: Entry[] = [];

  constructor(private readonly spreadsheet: Spreadsheet) {}

  /**
   * Writes a block and remembers what it held. A block whose dates or links need a number format
   * gets `formats` too, and then remembers the formats it had. Formats go first: what a cell
   * makes of typed input depends on its format (a Plain-text cell keeps "=…" as text).
   */
  write(
    sheet: Sheet,
    row: number,
    column: number,
    values: unknown[][],
    previous: unknown[][],
    formats?: (current: string[][]) => string[][],
  ): void {
    const range = sheet.getRange(row, column, values.length, values[0].length);
    const before = formats ? range.getNumberFormats() : null;
    this.entries.push({ kind: 'cells', sheet, row, column, values: previous, formats: before });
    if (formats && before) range.setNumberFormats(formats(before));
    range.setValues(values);
  }

  rowsInserted(sheet: Sheet, after: number, count: number): void {
    this.entries.push({ kind: 'rows', sheet, after, count });
  }

  columnsInserted(sheet: Sheet, after: number, count: number): void {
    this.entries.push({ kind: 'columns', sheet, after, count });
  }

  sheetCreated(sheet: Sheet): void {
    this.entries.push({ kind: 'sheet', sheet });
  }

  /** Undoes in reverse order. Returns the errors it met (empty when fully restored). */
  restore(): string[] {
    const errors: string[] = [];
    for (const entry of [...this.entries].reverse()) {
      try {
        if (entry.kind === 'cells') {
          const range = entry.sheet.getRange(entry.row, entry.column, entry.values.length, entry.values[0].length);
          if (entry.formats) range.setNumberFormats(entry.formats);
          range.setValues(entry.values);
        } else if (entry.kind === 'rows') {
          entry.sheet.deleteRows(entry.after + 1, entry.count);
        } else if (entry.kind === 'columns') {
          entry.sheet.deleteColumns(entry.after + 1, entry.count);
        } else {
          this.spreadsheet.deleteSheet(entry.sheet);
        }
      } catch (error) {
        errors.push(String((error as Error)?.message ?? error));
      }
    }
    return errors;
  }
}
