import { asText } from './cell-values';
import { isDate } from './zone';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

type Entry =
  | { kind: 'cells'; sheet: Sheet; row: number; column: number; values: unknown[][]; formats: string[][] | null }
  | { kind: 'rows'; sheet: Sheet; after: number; count: number }
  | { kind: 'columns'; sheet: Sheet; after: number; count: number }
  | { kind: 'sheet'; sheet: Sheet };

/** A previous cell as setValues must be given it to come back exactly. */
export function restorable(value: unknown, formula = ''): unknown {
  if (formula) return formula;
  if (typeof value === 'string') return asText(value);
  if (typeof value === 'number' || typeof value === 'boolean' || isDate(value)) return value;
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
   * Writes a block and remembers what it held. Writing a Date gives an unformatted cell a
   * date format, so blocks with dates also remember their number formats.
   */
  write(sheet: Sheet, row: number, column: number, values: unknown[][], previous: unknown[][]): void {
    const range = sheet.getRange(row, column, values.length, values[0].length);
    const formats = values.some((line) => line.some(isDate)) ? range.getNumberFormats() : null;
    range.setValues(values);
    this.entries.push({ kind: 'cells', sheet, row, column, values: previous, formats });
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
          range.setValues(entry.values);
          if (entry.formats) range.setNumberFormats(entry.formats);
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
