/** What Range reads and writes cell by cell: values, displayed text, stored content. */
import { Rect } from './a1';
import { Cell, isDateFormat, parseTyped, Parsed, Scalar, ServiceError } from './cells';
import { spillAt } from './array-formula';
import { Ctx } from './context';
import { instantFromSerial } from './dates';
import { computeCell, isErrorValue } from './formula';
import { SheetData } from './model';
import { displayText } from './number-format';

export type Read = Scalar | Date;

/** What getValues returns for one cell: '' when empty, error text, or a Date for date cells. */
export function readCell(ctx: Ctx, sheet: SheetData, row: number, col: number): Read {
  const value = computeCell(ctx.book, sheet, row, col);
  if (value === null) return '';
  if (isErrorValue(value)) return value.error;
  const format = ctx.book.cell(sheet, row, col)?.format;
  if (typeof value === 'number' && isDateFormat(format)) return ctx.date(instantFromSerial(value, ctx.book.timeZone));
  return value;
}

export function displayCell(ctx: Ctx, sheet: SheetData, row: number, col: number): string {
  const value = computeCell(ctx.book, sheet, row, col);
  if (value === null) return '';
  if (isErrorValue(value)) return value.error;
  return displayText(value, ctx.book.cell(sheet, row, col)?.format);
}

/**
 * Stores parsed content in a cell, keeping its formatting and data validation and applying an
 * implied format: Sheets gives a General cell a date format when a Date (or typed date) is
 * written, and keeps a cell's own date format when a plain number is written into it, so the
 * number shows as a date (https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue,
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setnumberformatnumberformat).
 */
export function store(ctx: Ctx, sheet: SheetData, row: number, col: number, parsed: Parsed): void {
  const old: Cell = ctx.book.cell(sheet, row, col) ?? {};
  let format = old.format;
  // Sheets sets a format for typed dates/percentages/currency unless the cell already suits them.
  if (
    parsed.format &&
    (!format || /^general$/i.test(format) || (isDateFormat(parsed.format) && !isDateFormat(format)))
  ) {
    format = parsed.format;
  }
  // A fixture's stand-in result stays with its formula when the same formula is written back.
  const cached = parsed.formula !== undefined && parsed.formula === old.formula ? old.cached : undefined;
  ctx.book.setCell(sheet, row, col, {
    value: parsed.value,
    formula: parsed.formula,
    cached,
    format,
    fontWeight: old.fontWeight,
    background: old.background,
    validation: old.validation,
  });
}

/**
 * An empty string written into a cell an ARRAYFORMULA spills into still counts as data there, so
 * the spill breaks (#REF!) — reported for writes through the Sheets API in
 * https://github.com/googleapis/google-api-go-client/issues/1041. clearContent() does not.
 */
export function blankWrite(
  ctx: Ctx,
  sheet: SheetData,
  row: number,
  col: number,
  input: unknown,
  parsed: Parsed,
): Parsed {
  if (input !== '' || parsed.value !== undefined || parsed.formula !== undefined || !ctx.book.arrayFormulas)
    return parsed;
  return spillAt(ctx.book, sheet, row, col) ? { value: '' } : parsed;
}

export function formulaInput(input: unknown): Parsed {
  if (input === null || input === undefined || input === '') return {};
  if (typeof input !== 'string') throw new ServiceError('fake: setFormula expects a string');
  return input.startsWith('=') ? { formula: input } : parseTyped(input);
}

export function checkShape(data: unknown, rect: Rect): unknown[][] {
  if (!Array.isArray(data) || !data.every((row) => Array.isArray(row))) {
    throw new ServiceError(
      "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  }
  if (data.length !== rect.numRows) {
    throw new ServiceError(
      `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${rect.numRows}.`,
    );
  }
  for (const row of data as unknown[][]) {
    if (row.length !== rect.numCols) {
      throw new ServiceError(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${rect.numCols}.`,
      );
    }
  }
  return data as unknown[][];
}

/** "General" is what getNumberFormats reports for an unformatted cell: setting it unformats. */
export function storedFormat(format: string): string | undefined {
  return format && format !== 'General' ? format : undefined;
}
