/** Spreadsheet, its Selection, and SpreadsheetApp. */
import { splitSheetPrefix } from './a1';
import { ServiceError } from './cells';
import { Ctx, instrument } from './context';
import { SPREADSHEET_ID } from './faults';
import { NEW_SHEET_COLUMNS, NEW_SHEET_ROWS, SheetData } from './model';
import { FakeRange } from './range';
import { FakeRangeList } from './range-list';
import { FakeSheet } from './sheet';
import { FakeTextFinder, spreadsheetScopes } from './text-finder';
import { dropReferences } from './shift';
import { UiRecord, createUi } from './ui';

export { SPREADSHEET_ID };

export class FakeSelection {
  constructor(
    readonly _ctx: Ctx,
    readonly _book: FakeSpreadsheet,
  ) {}
  getActiveSheet(): FakeSheet {
    return this._book.getActiveSheet();
  }
  getActiveRange(): FakeRange | null {
    return this._book.getActiveRange();
  }
  getActiveRangeList(): FakeRangeList | null {
    return this._book.getActiveRangeList();
  }
  getCurrentCell(): FakeRange {
    return this._book.getCurrentCell();
  }
}
instrument(FakeSelection);

export class FakeSpreadsheet {
  private readonly views = new Map<SheetData, FakeSheet>();

  constructor(
    readonly _ctx: Ctx,
    readonly _ui: UiRecord,
    readonly _name: string,
  ) {
    _ctx.views = { sheet: (data) => this._view(data), spreadsheet: () => this };
  }

  /** One Sheet object per sheet, so the same sheet compares equal to itself. */
  _view(data: SheetData): FakeSheet {
    let view = this.views.get(data);
    if (!view) this.views.set(data, (view = new FakeSheet(this._ctx, data)));
    return view;
  }

  _sheetArg(sheet: FakeSheet): SheetData {
    if (!(sheet instanceof FakeSheet) || !this._ctx.book.sheets.includes(sheet._data))
      throw new ServiceError('The sheet has been deleted.');
    return sheet._data;
  }

  getId(): string {
    return SPREADSHEET_ID;
  }
  getName(): string {
    return this._name;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${SPREADSHEET_ID}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    return this._ctx.book.timeZone;
  }
  /**
   * The locale (FakeOptions.locale, default en_GB) decides formula syntax: see locale.ts.
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getspreadsheetlocale
   */
  getSpreadsheetLocale(): string {
    return this._ctx.book.locale;
  }

  getNumSheets(): number {
    return this._ctx.book.sheets.length;
  }

  /** Serials stay as they are, so every date cell now means a different instant — as in Sheets. */
  setSpreadsheetTimeZone(timeZone: string): void {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone }).format(0);
    } catch {
      throw new ServiceError(`Invalid argument: ${timeZone}`);
    }
    this._ctx.book.timeZone = timeZone;
  }

  getSheets(): FakeSheet[] {
    return this._ctx.list(this._ctx.book.sheets.map((s) => this._view(s)));
  }

  getSheetByName(name: string): FakeSheet | null {
    const data = this._ctx.book.findSheet(String(name));
    return data ? this._view(data) : null;
  }

  getSheetById(id: number): FakeSheet | null {
    const data = this._ctx.book.sheets.find((s) => s.id === id);
    return data ? this._view(data) : null;
  }

  /** insertSheet(), (index), (name), (name, index); the new sheet becomes the active one. */
  insertSheet(nameOrIndex?: string | number, index?: number): FakeSheet {
    const book = this._ctx.book;
    let name = typeof nameOrIndex === 'string' ? nameOrIndex : undefined;
    const at = typeof nameOrIndex === 'number' ? nameOrIndex : (index ?? book.sheets.length);
    if (name === undefined) {
      let n = book.sheets.length + 1;
      while (book.findSheet(`Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    if (name.trim() === '') throw new ServiceError('fake: sheet names cannot be blank');
    if (!Number.isInteger(at) || at < 0 || at > book.sheets.length)
      throw new ServiceError('The sheet index is out of range.');
    const data = book.addSheet(name, NEW_SHEET_ROWS, NEW_SHEET_COLUMNS, at);
    book.active = data;
    return this._view(data);
  }

  deleteSheet(sheet: FakeSheet): void {
    const data = this._sheetArg(sheet);
    this._ctx.book.removeSheet(data, () => dropReferences(this._ctx.book, data));
  }

  getActiveSheet(): FakeSheet {
    return this._view(this._ctx.book.active);
  }

  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this._ctx.book.active = this._sheetArg(sheet);
    return sheet;
  }

  getActiveRange(): FakeRange | null {
    return this.getActiveSheet().getActiveRange();
  }

  getActiveRangeList(): FakeRangeList | null {
    return this.getActiveSheet().getActiveRangeList();
  }

  getCurrentCell(): FakeRange {
    return this.getActiveSheet().getActiveCell();
  }

  getSelection(): FakeSelection {
    return new FakeSelection(this._ctx, this);
  }

  setActiveRange(range: FakeRange): FakeRange {
    return range.activate();
  }

  setActiveRangeList(rangeList: FakeRangeList): FakeRangeList {
    return rangeList.activate();
  }

  setActiveSelection(a1: string): FakeRange {
    return this.getRange(a1).activate();
  }

  /** "Invoices!A1:C3", or an address on the active sheet. */
  getRange(a1: string): FakeRange {
    const { sheet } = splitSheetPrefix(a1);
    const target = sheet === null ? this.getActiveSheet() : this.getSheetByName(sheet);
    if (!target) throw new ServiceError('Range not found');
    return target.getRange(a1);
  }

  /**
   * A finder over every sheet, hidden ones included, in tab order, each over its data range; its
   * findAll is one counted Sheets call (a read) giving ranges on their own sheets (text-finder.ts).
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#createTextFinder(String)
   */
  createTextFinder(findText: string): FakeTextFinder {
    return new FakeTextFinder(this._ctx, () => spreadsheetScopes(this._ctx.book), findText);
  }

  toast(message: string, _title?: string, _timeoutSeconds?: number): void {
    this._ui.toasts.push(String(message));
  }
}
instrument(FakeSpreadsheet);

export function createSpreadsheetApp(ctx: Ctx, spreadsheet: FakeSpreadsheet, record: UiRecord) {
  const ui = createUi(ctx, record);
  return {
    getActiveSpreadsheet: () => spreadsheet,
    getActive: () => spreadsheet,
    openById(id: string) {
      if (id !== SPREADSHEET_ID) throw ctx.error(`fake: no spreadsheet with id ${id}`);
      return spreadsheet;
    },
    getActiveSheet: () => spreadsheet.getActiveSheet(),
    getActiveRange: () => spreadsheet.getActiveRange(),
    getActiveRangeList: () => spreadsheet.getActiveRangeList(),
    getCurrentCell: () => spreadsheet.getCurrentCell(),
    getSelection: () => spreadsheet.getSelection(),
    setActiveSheet: (sheet: FakeSheet) => spreadsheet.setActiveSheet(sheet),
    setActiveRange: (range: FakeRange) => spreadsheet.setActiveRange(range),
    getUi: () => ui,
    /**
     * Counted (in `total`, `byMethod.flush` and `calls.flushes`, so code that flushes in a loop
     * shows up) but not in `sheetsCalls`: a flush only sends writes already counted. An armed
     * flush fault fires here (faults.ts). https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush
     */
    flush: () => ctx.run('flush', () => ctx.faults.flush()),
  };
}
