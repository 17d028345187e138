/** Range and RangeList: counted views over a rectangle of a sheet. */
import { rectA1, Rect } from './a1';
import { Cell, isDateFormat, parseTyped, parseWritten, Parsed, Scalar, ServiceError } from './cells';
import { Ctx, instrument } from './context';
import { instantFromSerial } from './dates';
import { computeCell, isErrorValue } from './formula';
import { checkRect, SheetData } from './model';
import { displayText } from './number-format';
import type { FakeSheet } from './sheet';

type Read = Scalar | Date;

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

/** Stores parsed content in a cell, keeping its formatting and applying an implied format. */
export function store(ctx: Ctx, sheet: SheetData, row: number, col: number, parsed: Parsed): void {
  const old: Cell = ctx.book.cell(sheet, row, col) ?? {};
  let format = old.format;
  // Sheets sets a format for typed dates/percentages/currency unless the cell already suits them.
  if (parsed.format && (!format || /^general$/i.test(format) || (isDateFormat(parsed.format) && !isDateFormat(format)))) {
    format = parsed.format;
  }
  ctx.book.setCell(sheet, row, col, {
    value: parsed.value, formula: parsed.formula, format, fontWeight: old.fontWeight, background: old.background,
  });
}

function formulaInput(input: unknown): Parsed {
  if (input === null || input === undefined || input === '') return {};
  if (typeof input !== 'string') throw new ServiceError('fake: setFormula expects a string');
  return input.startsWith('=') ? { formula: input } : parseTyped(input);
}

function checkShape(data: unknown, rect: Rect): unknown[][] {
  if (!Array.isArray(data) || !data.every((row) => Array.isArray(row))) {
    throw new ServiceError('The parameters (number[]) don\'t match the method signature for SpreadsheetApp.Range.setValues.');
  }
  if (data.length !== rect.numRows) {
    throw new ServiceError(`The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${rect.numRows}.`);
  }
  for (const row of data as unknown[][]) {
    if (row.length !== rect.numCols) {
      throw new ServiceError(`The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${rect.numCols}.`);
    }
  }
  return data as unknown[][];
}

export class FakeRange {
  constructor(readonly _ctx: Ctx, readonly _sheet: SheetData, readonly _rect: Rect) {
    checkRect(_sheet, _rect);
  }

  /** Every cell position, row by row. */
  _cells<T>(fn: (row: number, col: number, i: number, j: number) => T): T[][] {
    this._live();
    const { row, col, numRows, numCols } = this._rect;
    return Array.from({ length: numRows }, (_, i) => Array.from({ length: numCols }, (_, j) => fn(row + i, col + j, i, j)));
  }

  /** A range whose sheet was deleted, or which rows/columns deletion left outside, is unusable. */
  _live(): void {
    if (!this._ctx.book.sheets.includes(this._sheet)) throw new ServiceError('The sheet has been deleted.');
    checkRect(this._sheet, this._rect);
  }

  _size(): number {
    return this._rect.numRows * this._rect.numCols;
  }

  _write(parse: (i: number, j: number, row: number, col: number) => Parsed): this {
    const parsed = this._cells((row, col, i, j) => parse(i, j, row, col)); // parse all first: a bad value writes nothing
    this._cells((row, col, i, j) => store(this._ctx, this._sheet, row, col, parsed[i][j]));
    this._ctx.cells('write', this._size());
    return this;
  }

  _restyle(fn: (cell: Cell, i: number, j: number) => Cell): this {
    this._cells((row, col, i, j) => this._ctx.book.setCell(this._sheet, row, col, fn({ ...this._ctx.book.cell(this._sheet, row, col) }, i, j)));
    return this;
  }

  getValues(): Read[][] {
    this._ctx.cells('read', this._size());
    return this._ctx.grid(this._cells((r, c) => readCell(this._ctx, this._sheet, r, c)));
  }

  getValue(): Read {
    this._ctx.cells('read', 1);
    this._live();
    return readCell(this._ctx, this._sheet, this._rect.row, this._rect.col);
  }

  getDisplayValues(): string[][] {
    this._ctx.cells('read', this._size());
    return this._ctx.grid(this._cells((r, c) => displayCell(this._ctx, this._sheet, r, c)));
  }

  getDisplayValue(): string {
    this._ctx.cells('read', 1);
    this._live();
    return displayCell(this._ctx, this._sheet, this._rect.row, this._rect.col);
  }

  getFormulas(): string[][] {
    this._ctx.cells('read', this._size());
    return this._ctx.grid(this._cells((r, c) => this._ctx.book.cell(this._sheet, r, c)?.formula ?? ''));
  }

  getFormula(): string {
    this._ctx.cells('read', 1);
    this._live();
    return this._ctx.book.cell(this._sheet, this._rect.row, this._rect.col)?.formula ?? '';
  }

  getNumberFormats(): string[][] {
    return this._ctx.grid(this._cells((r, c) => this._ctx.book.cell(this._sheet, r, c)?.format ?? 'General'));
  }

  getNumberFormat(): string {
    this._live();
    return this._ctx.book.cell(this._sheet, this._rect.row, this._rect.col)?.format ?? 'General';
  }

  setValues(values: unknown[][]): FakeRange {
    const data = checkShape(values, this._rect);
    const tz = this._ctx.book.timeZone;
    return this._write((i, j, r, c) => parseWritten(data[i][j], tz, this._ctx.book.cell(this._sheet, r, c)?.format));
  }

  setValue(value: unknown): FakeRange {
    const tz = this._ctx.book.timeZone;
    return this._write((_i, _j, r, c) => parseWritten(value, tz, this._ctx.book.cell(this._sheet, r, c)?.format));
  }

  setFormula(formula: string): FakeRange {
    return this._write(() => formulaInput(formula));
  }

  setFormulas(formulas: string[][]): FakeRange {
    const data = checkShape(formulas, this._rect);
    return this._write((i, j) => formulaInput(data[i][j]));
  }

  clearContent(): FakeRange {
    return this._write(() => ({}));
  }

  clear(): FakeRange {
    this._cells((r, c) => this._ctx.book.setCell(this._sheet, r, c, undefined));
    this._ctx.cells('write', this._size());
    return this;
  }

  clearFormat(): FakeRange {
    return this._restyle((cell) => ({ value: cell.value, formula: cell.formula, cached: cell.cached }));
  }

  setNumberFormat(format: string): FakeRange {
    return this._restyle((cell) => ({ ...cell, format: storedFormat(format) }));
  }

  setNumberFormats(formats: string[][]): FakeRange {
    const data = checkShape(formats, this._rect) as string[][];
    return this._restyle((cell, i, j) => ({ ...cell, format: storedFormat(data[i][j]) }));
  }

  setFontWeight(weight: string | null): FakeRange {
    return this._restyle((cell) => ({ ...cell, fontWeight: weight && weight !== 'normal' ? weight : undefined }));
  }

  setFontWeights(weights: Array<Array<string | null>>): FakeRange {
    const data = checkShape(weights, this._rect) as Array<Array<string | null>>;
    return this._restyle((cell, i, j) => ({ ...cell, fontWeight: data[i][j] && data[i][j] !== 'normal' ? data[i][j]! : undefined }));
  }

  setBackground(color: string | null): FakeRange {
    return this._restyle((cell) => ({ ...cell, background: color && color !== '#ffffff' ? color : undefined }));
  }

  getRow(): number { return this._rect.row; }
  getColumn(): number { return this._rect.col; }
  getNumRows(): number { return this._rect.numRows; }
  getNumColumns(): number { return this._rect.numCols; }
  getHeight(): number { return this._rect.numRows; }
  getWidth(): number { return this._rect.numCols; }
  getLastRow(): number { return this._rect.row + this._rect.numRows - 1; }
  getLastColumn(): number { return this._rect.col + this._rect.numCols - 1; }
  getA1Notation(): string { return rectA1(this._rect); }
  getSheet(): FakeSheet { return this._ctx.views.sheet(this._sheet) as FakeSheet; }

  getCell(row: number, column: number): FakeRange {
    if (row < 1 || column < 1 || row > this._rect.numRows || column > this._rect.numCols) {
      throw new ServiceError('Cell reference out of range');
    }
    return new FakeRange(this._ctx, this._sheet, { row: this._rect.row + row - 1, col: this._rect.col + column - 1, numRows: 1, numCols: 1 });
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): FakeRange {
    return new FakeRange(this._ctx, this._sheet, {
      row: this._rect.row + rowOffset, col: this._rect.col + columnOffset,
      numRows: numRows ?? this._rect.numRows, numCols: numColumns ?? this._rect.numCols,
    });
  }

  activate(): FakeRange {
    this._live();
    this._ctx.book.active = this._sheet;
    this._sheet.selection = [{ ...this._rect }];
    return this;
  }
}
instrument(FakeRange);

export class FakeRangeList {
  constructor(readonly _ctx: Ctx, readonly _ranges: FakeRange[]) {}

  getRanges(): FakeRange[] {
    return this._ctx.list(this._ranges.map((r) => new FakeRange(this._ctx, r._sheet, { ...r._rect })));
  }

  /** Applies fn to each range; `content` writes count their cells in cellsWritten. */
  _each(fn: (r: FakeRange) => unknown, content = true): FakeRangeList {
    this._ranges.forEach((r) => { fn(r); if (content) this._ctx.cells('write', r._size()); });
    return this;
  }

  activate(): FakeRangeList {
    const first = this._ranges[0];
    if (!first) return this;
    this._ctx.book.active = first._sheet;
    first._sheet.selection = this._ranges.map((r) => ({ ...r._rect }));
    return this;
  }

  clearContent(): FakeRangeList { return this._each((r) => r.clearContent()); }
  setValue(value: unknown): FakeRangeList { return this._each((r) => r.setValue(value)); }
  setFormula(formula: string): FakeRangeList { return this._each((r) => r.setFormula(formula)); }
  setNumberFormat(format: string): FakeRangeList { return this._each((r) => r.setNumberFormat(format), false); }
  setFontWeight(weight: string | null): FakeRangeList { return this._each((r) => r.setFontWeight(weight), false); }
  setBackground(color: string | null): FakeRangeList { return this._each((r) => r.setBackground(color), false); }
}
instrument(FakeRangeList);

/** "General" is what getNumberFormats reports for an unformatted cell: setting it unformats. */
function storedFormat(format: string): string | undefined {
  return format && format !== 'General' ? format : undefined;
}
