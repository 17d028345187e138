/**
 * The workbook's state, with no Apps Script surface: sheets, their cell grids and sizes, and the
 * selection. The service objects (sheet.ts, range.ts…) are thin, counted views over this.
 */
import { Rect } from './a1';
import { Cell, isEmpty, parseFixture, ServiceError } from './cells';
import { DEFAULT_LOCALE } from './locale';

/** Apps Script's message for a range that does not fit the sheet. */
export const RANGE_OUTSIDE_SHEET = 'The coordinates of the range are outside the dimensions of the sheet.';

/** Sheets caps a spreadsheet at ten million cells, counting every sheet's full grid. */
export const MAX_CELLS = 10_000_000;

export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;

export interface SheetData {
  name: string;
  id: number;
  /** One entry per row up to maxRows; rows and cells are filled lazily. */
  rows: Array<Array<Cell | undefined> | undefined>;
  maxCols: number;
  frozenRows: number;
  /** This sheet's selected ranges; the last is the "active range". */
  selection: Rect[];
  /** Merged blocks (Range.merge); a merged block's value sits in its top-left cell. */
  merges: Rect[];
  /** Hidden from the tabs (Sheet.hideSheet). */
  hidden: boolean;
}

/** Sheet ids: the first sheet is 0 like in Sheets, later ones large and deterministic. */
function sheetIdFor(seq: number): number {
  return seq === 0 ? 0 : (seq * 1_234_567_891) % 2_147_483_647;
}

export class Book {
  sheets: SheetData[] = [];
  active!: SheetData;
  /** Bumped by every change to content or shape, so formula caches know when to rebuild. */
  generation = 0;
  /** Set once any formula mentions ARRAYFORMULA, so workbooks without spills never look for them. */
  arrayFormulas = false;
  /** PropertiesService.getDocumentProperties(): kept with the spreadsheet, outside the cell grid. */
  readonly documentProperties = new Map<string, string>();
  private seq = 0;

  constructor(
    public timeZone: string,
    public locale: string = DEFAULT_LOCALE,
  ) {}

  touch(): void {
    this.generation++;
  }

  /** Throws like Sheets when growing by `extra` cells would pass the workbook limit. */
  checkGrowth(extra: number): void {
    const cells = this.sheets.reduce((sum, s) => sum + s.rows.length * s.maxCols, 0);
    if (cells + extra > MAX_CELLS) {
      throw new ServiceError(
        `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`,
      );
    }
  }

  findSheet(name: string): SheetData | undefined {
    // Sheets treats sheet names case-insensitively (no two may differ only by case).
    const wanted = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === wanted);
  }

  requireSheet(name: string): SheetData {
    const sheet = this.findSheet(name);
    if (!sheet) throw new Error(`fake: no sheet named ${JSON.stringify(name)}`);
    return sheet;
  }

  addSheet(name: string, maxRows: number, maxCols: number, index = this.sheets.length, id?: number): SheetData {
    this.touch();
    if (this.findSheet(name)) {
      throw new ServiceError(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this.checkGrowth(maxRows * maxCols);
    const sheet: SheetData = {
      name,
      id: id ?? this.nextId(),
      rows: new Array(maxRows).fill(undefined),
      maxCols,
      frozenRows: 0,
      selection: [{ row: 1, col: 1, numRows: 1, numCols: 1 }],
      merges: [],
      hidden: false,
    };
    this.sheets.splice(index, 0, sheet);
    if (!this.active) this.active = sheet;
    return sheet;
  }

  /** A sheet filled from fixture rows; its size is exactly the data's unless given. */
  addFixtureSheet(name: string, rows: unknown[][], maxRows?: number, maxCols?: number): SheetData {
    // A loop, not Math.max(...rows): spreading 175,000 rows overflows the call stack.
    const width = rows.reduce((widest, r) => Math.max(widest, r.length), 1);
    const sheet = this.addSheet(name, Math.max(maxRows ?? rows.length, 1), Math.max(maxCols ?? width, 1));
    if (rows.length > sheet.rows.length || width > sheet.maxCols) {
      throw new Error(`fake: fixture for ${name} is larger than its maxRows/maxColumns`);
    }
    rows.forEach((row, r) =>
      row.forEach((input, c) => {
        const parsed = parseFixture(input, this.timeZone);
        if (parsed.value !== undefined || parsed.formula !== undefined || parsed.format || parsed.validation)
          this.setCell(sheet, r + 1, c + 1, { ...parsed });
      }),
    );
    return sheet;
  }

  /** `beforeRemove` runs once the removal is known to be allowed (to rewrite references). */
  removeSheet(sheet: SheetData, beforeRemove?: () => void): void {
    this.touch();
    if (this.sheets.length === 1) throw new ServiceError("You can't remove all the sheets in a document.");
    const index = this.sheets.indexOf(sheet);
    if (index < 0) throw new ServiceError('The sheet has been deleted.');
    beforeRemove?.();
    this.sheets.splice(index, 1);
    if (this.active === sheet) this.active = this.sheets[Math.max(0, index - 1)];
  }

  cell(sheet: SheetData, row: number, col: number): Cell | undefined {
    return sheet.rows[row - 1]?.[col - 1];
  }

  setCell(sheet: SheetData, row: number, col: number, cell: Cell | undefined): void {
    this.touch();
    let keep: Cell | undefined;
    if (cell) {
      // Store only defined fields, so snapshots and emptiness checks see exactly the content.
      for (const key of Object.keys(cell) as Array<keyof Cell>) {
        if (cell[key] !== undefined) (keep ??= {} as Cell)[key] = cell[key] as never;
      }
    }
    if (keep?.formula && /ARRAYFORMULA/i.test(keep.formula)) this.arrayFormulas = true;
    let line = sheet.rows[row - 1];
    if (!line) {
      if (!keep) return;
      line = sheet.rows[row - 1] = [];
    }
    line[col - 1] = keep;
  }

  lastRow(sheet: SheetData): number {
    for (let r = sheet.rows.length; r > 0; r--) {
      if (sheet.rows[r - 1]?.some((c) => !isEmpty(c))) return r;
    }
    return 0;
  }

  lastColumn(sheet: SheetData): number {
    let last = 0;
    for (const line of sheet.rows) {
      if (!line) continue;
      for (let c = line.length; c > last; c--)
        if (!isEmpty(line[c - 1])) {
          last = c;
          break;
        }
    }
    return last;
  }

  /** A fresh sheet id, never one in use (a workbook rebuilt from a snapshot keeps its ids). */
  private nextId(): number {
    let id = sheetIdFor(this.seq++);
    while (this.sheets.some((s) => s.id === id)) id = sheetIdFor(this.seq++);
    return id;
  }

  /** Inserts empty rows before 1-based `at`, copying formatting from row `inheritFrom` (or none). */
  insertRows(sheet: SheetData, at: number, count: number, inheritFrom: number | null): void {
    this.touch();
    this.checkGrowth(count * sheet.maxCols);
    const source = inheritFrom === null ? undefined : sheet.rows[inheritFrom - 1];
    const fresh = Array.from({ length: count }, () => (source ? source.map(formatOnly) : undefined));
    sheet.rows.splice(at - 1, 0, ...fresh);
    sheet.merges = shiftRects(sheet.merges, 'row', at, count);
  }

  deleteRows(sheet: SheetData, start: number, count: number): void {
    this.touch();
    if (start < 1 || count < 1 || start + count - 1 > sheet.rows.length)
      throw new ServiceError('Those rows are out of bounds.');
    if (sheet.rows.length - count <= sheet.frozenRows) {
      throw new ServiceError('Sorry, it is not possible to delete all non-frozen rows.');
    }
    sheet.rows.splice(start - 1, count);
    sheet.merges = shiftRects(sheet.merges, 'row', start, -count);
  }

  insertColumns(sheet: SheetData, at: number, count: number, inheritFrom: number | null): void {
    this.touch();
    this.checkGrowth(count * sheet.rows.length);
    for (const line of sheet.rows) {
      if (!line || line.length < at - 1) continue;
      const source = inheritFrom === null ? undefined : line[inheritFrom - 1];
      line.splice(at - 1, 0, ...Array.from({ length: count }, () => formatOnly(source)));
    }
    sheet.maxCols += count;
    sheet.merges = shiftRects(sheet.merges, 'col', at, count);
  }

  deleteColumns(sheet: SheetData, start: number, count: number): void {
    this.touch();
    if (start < 1 || count < 1 || start + count - 1 > sheet.maxCols)
      throw new ServiceError('Those columns are out of bounds.');
    if (count >= sheet.maxCols) throw new ServiceError('Sorry, it is not possible to delete all non-frozen columns.');
    for (const line of sheet.rows) line?.splice(start - 1, count);
    sheet.maxCols -= count;
    sheet.merges = shiftRects(sheet.merges, 'col', start, -count);
  }
}

/** The formatting of a cell without its content, as inherited by inserted rows/columns. */
function formatOnly(cell: Cell | undefined): Cell | undefined {
  if (!cell) return undefined;
  const { format, fontWeight, background } = cell;
  return format || fontWeight || background
    ? JSON.parse(JSON.stringify({ format, fontWeight, background }))
    : undefined;
}

/**
 * Merged blocks move with inserted and deleted rows/columns, grow when rows are inserted inside
 * them, shrink when some of their rows are deleted and vanish with all of them (as in Sheets).
 */
function shiftRects(rects: Rect[], axis: 'row' | 'col', at: number, delta: number): Rect[] {
  const size = axis === 'row' ? 'numRows' : 'numCols';
  return rects.flatMap((rect) => {
    const start = rect[axis];
    const end = start + rect[size] - 1;
    if (delta > 0) {
      if (at <= start) return [{ ...rect, [axis]: start + delta }];
      return [at <= end ? { ...rect, [size]: rect[size] + delta } : rect];
    }
    const last = at - delta - 1;
    if (last < start) return [{ ...rect, [axis]: start + delta }];
    if (at > end) return [rect];
    const kept = rect[size] - (Math.min(end, last) - Math.max(start, at) + 1);
    return kept > 0 ? [{ ...rect, [axis]: Math.min(start, at), [size]: kept }] : [];
  });
}

/** Throws like Apps Script when a rectangle does not fit inside the sheet. */
export function checkRect(sheet: SheetData, r: Rect): void {
  for (const n of [r.row, r.col, r.numRows, r.numCols]) {
    if (!Number.isInteger(n)) throw new ServiceError(`fake: range coordinates must be integers, got ${n}`);
  }
  if (r.row < 1) throw new ServiceError('The starting row of the range is too small.');
  if (r.col < 1) throw new ServiceError('The starting column of the range is too small.');
  if (r.numRows < 1) throw new ServiceError('The number of rows in the range must be at least 1.');
  if (r.numCols < 1) throw new ServiceError('The number of columns in the range must be at least 1.');
  if (r.row + r.numRows - 1 > sheet.rows.length || r.col + r.numCols - 1 > sheet.maxCols) {
    throw new ServiceError(RANGE_OUTSIDE_SHEET);
  }
}
