/** Sheet: a counted view over one SheetData. */
import { parseA1, Rect, splitSheetPrefix } from './a1';
import { lastColumnOf, lastRowOf } from './array-formula';
import { parseWritten, ServiceError } from './cells';
import { Ctx, instrument } from './context';
import { SheetData } from './model';
import { renameReferences, shiftReferences } from './shift';
import { FakeRange, store } from './range';
import { FakeRangeList } from './range-list';
import { FakeTextFinder } from './text-finder';
import type { FakeSpreadsheet } from './spreadsheet';

function whole(n: unknown, what: string): number {
  if (typeof n !== 'number' || !Number.isInteger(n)) {
    throw new ServiceError(`The parameters (${typeof n}) don't match the method signature for ${what}.`);
  }
  return n;
}

export class FakeSheet {
  constructor(
    readonly _ctx: Ctx,
    readonly _data: SheetData,
  ) {}

  _live(): SheetData {
    if (!this._ctx.book.sheets.includes(this._data)) throw new ServiceError('The sheet has been deleted.');
    return this._data;
  }

  _rect(a1: string): Rect {
    const sheet = this._live();
    const { sheet: prefix, address } = splitSheetPrefix(a1);
    const rect = parseA1(address, sheet.rows.length, sheet.maxCols);
    if (!rect || (prefix !== null && prefix.toLowerCase() !== sheet.name.toLowerCase()))
      throw new ServiceError('Range not found');
    return rect;
  }

  _range(rect: Rect): FakeRange {
    return new FakeRange(this._ctx, this._live(), rect);
  }

  _rangeArg(range: string | FakeRange): FakeRange {
    if (typeof range === 'string') return this._range(this._rect(range));
    if (range._sheet !== this._data) throw new ServiceError('The range must be on this sheet.');
    return range;
  }

  getName(): string {
    return this._live().name;
  }
  getSheetName(): string {
    return this._live().name;
  }
  getSheetId(): number {
    return this._live().id;
  }
  getIndex(): number {
    return this._ctx.book.sheets.indexOf(this._live()) + 1;
  }
  getParent(): FakeSpreadsheet {
    return this._ctx.views.spreadsheet() as FakeSpreadsheet;
  }
  getMaxRows(): number {
    return this._live().rows.length;
  }
  getMaxColumns(): number {
    return this._live().maxCols;
  }
  getLastRow(): number {
    return lastRowOf(this._ctx.book, this._live());
  }
  getLastColumn(): number {
    return lastColumnOf(this._ctx.book, this._live());
  }
  getFrozenRows(): number {
    return this._live().frozenRows;
  }

  setName(name: string): FakeSheet {
    const other = this._ctx.book.findSheet(name);
    if (other && other !== this._data)
      throw new ServiceError(`A sheet with the name "${name}" already exists. Please enter another name.`);
    renameReferences(this._ctx.book, this._live(), name);
    this._live().name = name;
    return this;
  }

  /**
   * Hides the tab; Sheets refuses to hide the last visible sheet.
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#hidesheet
   */
  hideSheet(): FakeSheet {
    const visible = this._ctx.book.sheets.filter((sheet) => !sheet.hidden);
    if (visible.length === 1 && visible[0] === this._live())
      throw new ServiceError("You can't hide all the sheets in a document.");
    this._live().hidden = true;
    return this;
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#showsheet */
  showSheet(): FakeSheet {
    this._live().hidden = false;
    return this;
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#issheethidden */
  isSheetHidden(): boolean {
    return this._live().hidden;
  }

  activate(): FakeSheet {
    this._ctx.book.active = this._live();
    return this;
  }

  getRange(a1OrRow: string | number, column?: number, numRows?: number, numColumns?: number): FakeRange {
    if (typeof a1OrRow === 'string' && column === undefined) return this._range(this._rect(a1OrRow));
    const where = 'SpreadsheetApp.Sheet.getRange';
    return this._range({
      row: whole(a1OrRow, where),
      col: whole(column, where),
      numRows: numRows === undefined ? 1 : whole(numRows, where),
      numCols: numColumns === undefined ? 1 : whole(numColumns, where),
    });
  }

  getRangeList(a1Notations: string[]): FakeRangeList {
    return new FakeRangeList(
      this._ctx,
      a1Notations.map((a1) => this._range(this._rect(a1))),
    );
  }

  getDataRange(): FakeRange {
    const sheet = this._live();
    const rows = Math.max(lastRowOf(this._ctx.book, sheet), 1);
    const cols = Math.max(lastColumnOf(this._ctx.book, sheet), 1);
    return this._range({ row: 1, col: 1, numRows: rows, numCols: cols });
  }

  _checkPosition(position: number, count: number, max: number, what: 'rows' | 'columns'): void {
    whole(position, `SpreadsheetApp.Sheet.insert`);
    whole(count, `SpreadsheetApp.Sheet.insert`);
    if (position < 1 || position > max || count < 1) throw new ServiceError(`Those ${what} are out of bounds.`);
  }

  insertRowsAfter(afterPosition: number, howMany: number): FakeSheet {
    const sheet = this._live();
    this._checkPosition(afterPosition, howMany, sheet.rows.length, 'rows');
    this._ctx.book.insertRows(sheet, afterPosition + 1, howMany, afterPosition);
    shiftReferences(this._ctx.book, sheet, 'row', afterPosition + 1, howMany);
    return this;
  }

  insertRowsBefore(beforePosition: number, howMany: number): FakeSheet {
    const sheet = this._live();
    this._checkPosition(beforePosition, howMany, sheet.rows.length, 'rows');
    this._ctx.book.insertRows(sheet, beforePosition, howMany, beforePosition);
    shiftReferences(this._ctx.book, sheet, 'row', beforePosition, howMany);
    return this;
  }

  insertRowAfter(afterPosition: number): FakeSheet {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowBefore(beforePosition: number): FakeSheet {
    return this.insertRowsBefore(beforePosition, 1);
  }

  insertColumnsAfter(afterPosition: number, howMany: number): FakeSheet {
    const sheet = this._live();
    this._checkPosition(afterPosition, howMany, sheet.maxCols, 'columns');
    this._ctx.book.insertColumns(sheet, afterPosition + 1, howMany, afterPosition);
    shiftReferences(this._ctx.book, sheet, 'col', afterPosition + 1, howMany);
    return this;
  }

  insertColumnsBefore(beforePosition: number, howMany: number): FakeSheet {
    const sheet = this._live();
    this._checkPosition(beforePosition, howMany, sheet.maxCols, 'columns');
    this._ctx.book.insertColumns(sheet, beforePosition, howMany, beforePosition);
    shiftReferences(this._ctx.book, sheet, 'col', beforePosition, howMany);
    return this;
  }

  insertColumnAfter(afterPosition: number): FakeSheet {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumnBefore(beforePosition: number): FakeSheet {
    return this.insertColumnsBefore(beforePosition, 1);
  }

  deleteRows(rowPosition: number, howMany: number): void {
    const sheet = this._live();
    this._ctx.book.deleteRows(sheet, rowPosition, howMany);
    shiftReferences(this._ctx.book, sheet, 'row', rowPosition, -howMany);
  }

  deleteRow(rowPosition: number): FakeSheet {
    this.deleteRows(rowPosition, 1);
    return this;
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    const sheet = this._live();
    this._ctx.book.deleteColumns(sheet, columnPosition, howMany);
    shiftReferences(this._ctx.book, sheet, 'col', columnPosition, -howMany);
  }

  deleteColumn(columnPosition: number): FakeSheet {
    this.deleteColumns(columnPosition, 1);
    return this;
  }

  /** Writes after the last row with content, growing the sheet when it is full, like Sheets. */
  appendRow(rowContents: unknown[]): FakeSheet {
    const sheet = this._live();
    if (!Array.isArray(rowContents) || rowContents.length === 0)
      throw new ServiceError('fake: appendRow needs a non-empty array');
    const parsed = rowContents.map((v) => parseWritten(v, this._ctx.book.timeZone, undefined));
    const row = lastRowOf(this._ctx.book, sheet) + 1;
    if (row > sheet.rows.length) this._ctx.book.insertRows(sheet, row, row - sheet.rows.length, null);
    if (rowContents.length > sheet.maxCols)
      this._ctx.book.insertColumns(sheet, sheet.maxCols + 1, rowContents.length - sheet.maxCols, null);
    parsed.forEach((p, i) => store(this._ctx, sheet, row, i + 1, p));
    this._ctx.cells('write', rowContents.length);
    return this;
  }

  setFrozenRows(rows: number): void {
    const sheet = this._live();
    if (rows < 0 || rows >= sheet.rows.length) throw new ServiceError('fake: cannot freeze that many rows');
    sheet.frozenRows = rows;
  }

  setActiveRange(range: FakeRange): FakeRange {
    return this._rangeArg(range).activate();
  }

  setActiveSelection(range: string | FakeRange): FakeRange {
    return this._rangeArg(range).activate();
  }

  setActiveRangeList(rangeList: FakeRangeList): FakeRangeList {
    return rangeList.activate();
  }

  getActiveRange(): FakeRange | null {
    const selection = this._live().selection;
    const last = selection[selection.length - 1];
    return last ? this._range({ ...last }) : null;
  }

  getActiveRangeList(): FakeRangeList | null {
    const sheet = this._live();
    return sheet.selection.length
      ? new FakeRangeList(
          this._ctx,
          sheet.selection.map((r) => this._range({ ...r })),
        )
      : null;
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#createtextfinderfindtext */
  createTextFinder(findText: string): FakeTextFinder {
    const sheet = this._live();
    const rect = { row: 1, col: 1, numRows: sheet.rows.length, numCols: sheet.maxCols };
    return new FakeTextFinder(this._ctx, () => [{ sheet, rect }], findText);
  }

  getActiveCell(): FakeRange {
    const selection = this._live().selection;
    const last = selection[selection.length - 1] ?? { row: 1, col: 1 };
    return this._range({ row: last.row, col: last.col, numRows: 1, numCols: 1 });
  }
}
instrument(FakeSheet);
