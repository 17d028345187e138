/** Range: a counted view over a rectangle of a sheet. */
import { rectA1, Rect } from './a1';
import { Cell, Parsed, parseWritten, ServiceError } from './cells';
import { Ctx, instrument } from './context';
import { checkRect, SheetData } from './model';
import { a1ToR1C1, r1c1ToA1 } from './r1c1';
import { blankWrite, checkShape, displayCell, formulaInput, Read, readCell, store, storedFormat } from './range-cells';
import type { FakeSheet } from './sheet';
import { FakeTextFinder } from './text-finder';

export { displayCell, readCell, store } from './range-cells';

const overlaps = (a: Rect, b: Rect) =>
  a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.col < b.col + b.numCols && b.col < a.col + a.numCols;
const inside = (a: Rect, b: Rect) =>
  a.row >= b.row && a.col >= b.col && a.row + a.numRows <= b.row + b.numRows && a.col + a.numCols <= b.col + b.numCols;

export class FakeRange {
  constructor(
    readonly _ctx: Ctx,
    readonly _sheet: SheetData,
    readonly _rect: Rect,
  ) {
    checkRect(_sheet, _rect);
  }

  /** Every cell position, row by row. */
  _cells<T>(fn: (row: number, col: number, i: number, j: number) => T): T[][] {
    this._live();
    const { row, col, numRows, numCols } = this._rect;
    return Array.from({ length: numRows }, (_, i) =>
      Array.from({ length: numCols }, (_, j) => fn(row + i, col + j, i, j)),
    );
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
    this._live();
    this._cells((row, col, i, j) =>
      this._ctx.book.setCell(this._sheet, row, col, fn({ ...this._ctx.book.cell(this._sheet, row, col) }, i, j)),
    );
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
    return this._write((i, j, r, c) => {
      const parsed = parseWritten(data[i][j], tz, this._ctx.book.cell(this._sheet, r, c)?.format);
      return blankWrite(this._ctx, this._sheet, r, c, data[i][j], parsed);
    });
  }

  setValue(value: unknown): FakeRange {
    const tz = this._ctx.book.timeZone;
    return this._write((_i, _j, r, c) =>
      blankWrite(
        this._ctx,
        this._sheet,
        r,
        c,
        value,
        parseWritten(value, tz, this._ctx.book.cell(this._sheet, r, c)?.format),
      ),
    );
  }

  setFormula(formula: string): FakeRange {
    return this._write(() => formulaInput(formula));
  }

  setFormulas(formulas: string[][]): FakeRange {
    const data = checkShape(formulas, this._rect);
    return this._write((i, j) => formulaInput(data[i][j]));
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/range#getformulasr1c1 */
  getFormulasR1C1(): string[][] {
    this._ctx.cells('read', this._size());
    const locale = this._ctx.book.locale;
    return this._ctx.grid(
      this._cells((r, c) => {
        const formula = this._ctx.book.cell(this._sheet, r, c)?.formula;
        return formula ? a1ToR1C1(formula, r, c, locale) : '';
      }),
    );
  }

  getFormulaR1C1(): string {
    return this.getCell(1, 1).getFormulasR1C1()[0][0];
  }

  /** One R1C1 formula for every cell, its relative references resolved from each cell. */
  setFormulaR1C1(formula: string): FakeRange {
    return this._write((_i, _j, r, c) => formulaInput(typeof formula === 'string' ? r1c1ToA1(formula, r, c) : formula));
  }

  setFormulasR1C1(formulas: string[][]): FakeRange {
    const data = checkShape(formulas, this._rect);
    return this._write((i, j, r, c) =>
      formulaInput(typeof data[i][j] === 'string' ? r1c1ToA1(data[i][j], r, c) : data[i][j]),
    );
  }

  /**
   * Checkbox data validation on every cell, each set to FALSE (unchecked); getValues then gives
   * booleans, and the FALSE cells are content, so getLastRow/getDataRange reach the last one.
   * https://developers.google.com/apps-script/reference/spreadsheet/range#insertcheckboxes
   */
  insertCheckboxes(): FakeRange {
    this._restyle((cell) => ({ ...cell, value: false, formula: undefined, cached: undefined, validation: 'checkbox' }));
    this._ctx.cells('write', this._size());
    return this;
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/range#removecheckboxes — values go too. */
  removeCheckboxes(): FakeRange {
    return this._restyle((cell) =>
      cell.validation === 'checkbox'
        ? { ...cell, validation: undefined, value: typeof cell.value === 'boolean' ? undefined : cell.value }
        : cell,
    );
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/range#check — only checkbox cells change. */
  check(): FakeRange {
    return this._restyle((cell) => (cell.validation === 'checkbox' ? { ...cell, value: true } : cell));
  }

  uncheck(): FakeRange {
    return this._restyle((cell) => (cell.validation === 'checkbox' ? { ...cell, value: false } : cell));
  }

  /** True/false when every cell is a checkbox in that state, null when mixed or not all checkboxes. */
  isChecked(): boolean | null {
    const states = new Set(
      this._cells((r, c) => {
        const cell = this._ctx.book.cell(this._sheet, r, c);
        return cell?.validation === 'checkbox' ? cell.value === true : null;
      }).flat(),
    );
    return states.size === 1 ? [...states][0] : null;
  }

  /**
   * Merges the block; only the top-left value survives, the other cells read ''.
   * https://developers.google.com/apps-script/reference/spreadsheet/range#merge
   */
  merge(): FakeRange {
    this._live();
    const merges = this._sheet.merges;
    if (merges.some((m) => overlaps(m, this._rect) && !inside(m, this._rect))) {
      throw new ServiceError('You must select all cells in a merged range to merge or unmerge them.');
    }
    this._restyle((cell, i, j) =>
      i === 0 && j === 0 ? cell : { ...cell, value: undefined, formula: undefined, cached: undefined },
    );
    this._sheet.merges = [...merges.filter((m) => !inside(m, this._rect)), { ...this._rect }];
    return this;
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/range#breakapart */
  breakApart(): FakeRange {
    this._live();
    this._ctx.book.touch();
    this._sheet.merges = this._sheet.merges.filter((m) => !overlaps(m, this._rect));
    return this;
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/range#getmergedranges */
  getMergedRanges(): FakeRange[] {
    this._live();
    return this._ctx.list(
      this._sheet.merges
        .filter((m) => overlaps(m, this._rect))
        .map((m) => new FakeRange(this._ctx, this._sheet, { ...m })),
    );
  }

  isPartOfMerge(): boolean {
    this._live();
    return this._sheet.merges.some((m) => overlaps(m, this._rect));
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/range#createtextfinderfindtext */
  createTextFinder(findText: string): FakeTextFinder {
    this._live();
    const scope = { sheet: this._sheet, rect: { ...this._rect } };
    return new FakeTextFinder(this._ctx, () => [scope], findText);
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
    return this._restyle((cell) => ({
      value: cell.value,
      formula: cell.formula,
      cached: cell.cached,
      validation: cell.validation,
    }));
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
    return this._restyle((cell, i, j) => ({
      ...cell,
      fontWeight: data[i][j] && data[i][j] !== 'normal' ? data[i][j]! : undefined,
    }));
  }

  setBackground(color: string | null): FakeRange {
    return this._restyle((cell) => ({ ...cell, background: color && color !== '#ffffff' ? color : undefined }));
  }

  getRow(): number {
    return this._rect.row;
  }
  getColumn(): number {
    return this._rect.col;
  }
  getNumRows(): number {
    return this._rect.numRows;
  }
  getNumColumns(): number {
    return this._rect.numCols;
  }
  getHeight(): number {
    return this._rect.numRows;
  }
  getWidth(): number {
    return this._rect.numCols;
  }
  getLastRow(): number {
    return this._rect.row + this._rect.numRows - 1;
  }
  getLastColumn(): number {
    return this._rect.col + this._rect.numCols - 1;
  }
  getA1Notation(): string {
    return rectA1(this._rect);
  }
  getSheet(): FakeSheet {
    return this._ctx.views.sheet(this._sheet) as FakeSheet;
  }

  getCell(row: number, column: number): FakeRange {
    if (row < 1 || column < 1 || row > this._rect.numRows || column > this._rect.numCols) {
      throw new ServiceError('Cell reference out of range');
    }
    return new FakeRange(this._ctx, this._sheet, {
      row: this._rect.row + row - 1,
      col: this._rect.col + column - 1,
      numRows: 1,
      numCols: 1,
    });
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): FakeRange {
    return new FakeRange(this._ctx, this._sheet, {
      row: this._rect.row + rowOffset,
      col: this._rect.col + columnOffset,
      numRows: numRows ?? this._rect.numRows,
      numCols: numColumns ?? this._rect.numCols,
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
