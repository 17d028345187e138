/**
 * Between an .xlsx and the in-memory spreadsheet: fixture rows for createFakeApps (dates as
 * calendar dates, formulas with their cached values) plus the number formats to lay on top,
 * and back from the spreadsheet's cells to an .xlsx workbook.
 */
import type { FakeApps } from '../fake-apps-script/src';
import { isDateObject, isoFromSerial, serialFromInstant } from '../fake-apps-script/src/dates';
import { XCell, XSheet, XWorkbook, isDateFormat, parseCellRef } from './xlsx/model';

export interface CellFormat {
  sheet: string;
  row: number;
  col: number;
  format: string;
}

export interface ImportedWorkbook {
  /** Sheet name → rows, for createFakeApps({sheets}). */
  sheets: Record<string, unknown[][]>;
  /** Formats (currency, percent, the original date pattern) to set once the fake exists. */
  formats: CellFormat[];
}

const isDate = (cell: XCell) => typeof cell.value === 'number' && isDateFormat(cell.format);

function fixtureCell(cell: XCell): unknown {
  if (cell.formula) return { formula: cell.formula, value: cell.value ?? cell.error };
  if (cell.error !== undefined) return { text: cell.error };
  if (isDate(cell)) {
    const serial = cell.value as number;
    return Number.isInteger(serial)
      ? { date: isoFromSerial(serial, false) }
      : { dateTime: isoFromSerial(serial, true) };
  }
  // A fixture string starting with '=' would become a formula; in the file it was text.
  if (typeof cell.value === 'string' && cell.value.startsWith('=')) return { text: cell.value };
  return cell.value ?? '';
}

export function fixtureFromXlsx(book: XWorkbook): ImportedWorkbook {
  const sheets: Record<string, unknown[][]> = {};
  const formats: CellFormat[] = [];
  for (const sheet of book.sheets) {
    sheets[sheet.name] = Array.from(sheet.rows, (row, r) =>
      Array.from(row ?? [], (cell, c) => {
        if (cell?.format) formats.push({ sheet: sheet.name, row: r + 1, col: c + 1, format: cell.format });
        return cell ? fixtureCell(cell) : '';
      }),
    );
  }
  return { sheets, formats };
}

export function applyFormats(apps: FakeApps, formats: readonly CellFormat[]): void {
  for (const { sheet, row, col, format } of formats) {
    apps.spreadsheet.getSheetByName(sheet)?.getRange(row, col).setNumberFormat(format);
  }
}

const ERROR_VALUE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|ERROR!)$/;

/** A formula's current result as a cached value: dates as serials, error text as an error. */
function cachedResult(value: unknown, timeZone: string): Pick<XCell, 'value' | 'error'> {
  if (isDateObject(value)) return { value: serialFromInstant(value.getTime(), timeZone) };
  if (typeof value === 'string' && ERROR_VALUE.test(value)) return { error: value };
  return typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' ? { value } : {};
}

/** The spreadsheet as it is now, as an .xlsx workbook model. */
export function xlsxFromFake(apps: FakeApps): XWorkbook {
  const snapshot = apps.snapshot();
  const sheets: XSheet[] = snapshot.sheets.map((sheet) => {
    const rows: XSheet['rows'] = [];
    const formulaCells = Object.values(sheet.cells).some((c) => c.formula);
    const computed = formulaCells ? apps.spreadsheet.getSheetByName(sheet.name)!.getDataRange().getValues() : [];
    for (const [a1, stored] of Object.entries(sheet.cells)) {
      const at = parseCellRef(a1)!;
      const cell: XCell = stored.formula
        ? { formula: stored.formula, ...cachedResult(computed[at.row - 1]?.[at.col - 1], snapshot.timeZone) }
        : { value: stored.value };
      if (stored.format) cell.format = stored.format;
      if (cell.value === undefined && !cell.formula) continue; // formatting only
      (rows[at.row - 1] ??= [])[at.col - 1] = cell;
    }
    return { name: sheet.name, rows };
  });
  return { sheets };
}
