/**
 * ARRAYFORMULA spills (https://support.google.com/docs/answer/3093275): a cell holding
 * =ARRAYFORMULA(expr) fills the block its expression spans — as many rows and columns as the
 * largest range used element by element — with computed values that have no formula of their
 * own (getFormulas gives '' there). If any other cell of that block holds anything, nothing
 * spills and the formula cell shows #REF! ("Array result was not expanded because it would
 * overwrite data in D7", as reported in https://github.com/googleapis/google-api-go-client/issues/1041
 * and https://github.com/Max-Makhrov/GoogleSheets/issues/5). A block that would pass the sheet's
 * last row or column is #REF! too (the fake does not add rows for it). Spilled cells are content:
 * they count for getLastRow/getDataRange like any formula result.
 */
import { cellA1 } from './a1';
import { isEmpty } from './cells';
import { ErrorValue, EvalContext, isRange, resolveRef } from './formula';
import { Node, parseCached } from './formula-parse';
import { Book, SheetData } from './model';

/** Argument positions that take a whole range rather than one element (MATCH's range, SUMIF's ranges). */
const WHOLE_RANGE_ARGS: Record<string, number[]> = { MATCH: [1], SUMIF: [0, 2] };

export interface Shape {
  rows: number;
  cols: number;
}

function grow(node: Node, ctx: EvalContext, shape: Shape): void {
  switch (node.kind) {
    case 'ref': {
      const r = resolveRef(node.text, ctx);
      if (isRange(r)) {
        shape.rows = Math.max(shape.rows, r.rect.numRows);
        shape.cols = Math.max(shape.cols, r.rect.numCols);
      }
      return;
    }
    case 'call':
      node.args.forEach((a, k) => {
        if (!WHOLE_RANGE_ARGS[node.fn]?.includes(k)) grow(a, ctx, shape);
      });
      return;
    case 'unary':
      grow(node.arg, ctx, shape);
      return;
    case 'binary':
      grow(node.left, ctx, shape);
      grow(node.right, ctx, shape);
      return;
    default:
  }
}

/** The block a formula spills into, or null when it is not an ARRAYFORMULA of more than one cell. */
export function arrayShape(root: Node, ctx: EvalContext): Shape | null {
  if (root.kind !== 'call' || root.fn !== 'ARRAYFORMULA' || root.args.length !== 1) return null;
  const shape = { rows: 1, cols: 1 };
  grow(root.args[0], ctx, shape);
  return shape.rows * shape.cols > 1 ? shape : null;
}

export interface Anchor extends Shape {
  row: number;
  col: number;
  formula: string;
  /** Why it does not spill ("Array result was not expanded …"), or null when it does. */
  blocked: string | null;
}

const caches = new WeakMap<Book, { generation: number; bySheet: Map<SheetData, Anchor[]> }>();

function findAnchors(book: Book, sheet: SheetData): Anchor[] {
  const found: Anchor[] = [];
  sheet.rows.forEach((line, r) =>
    line?.forEach((cell, c) => {
      if (!cell?.formula || !/ARRAYFORMULA/i.test(cell.formula)) return;
      const row = r + 1;
      const col = c + 1;
      let shape: Shape | null;
      try {
        shape = arrayShape(parseCached(cell.formula, book.locale), { book, sheet, row, col, depth: 0 });
      } catch {
        return; // a formula that does not parse shows #ERROR! and spills nothing
      }
      if (shape) found.push({ row, col, formula: cell.formula, ...shape, blocked: blockage(sheet, row, col, shape) });
    }),
  );
  return found;
}

function blockage(sheet: SheetData, row: number, col: number, { rows, cols }: Shape): string | null {
  if (row + rows - 1 > sheet.rows.length || col + cols - 1 > sheet.maxCols) {
    return 'Result was not automatically expanded, please insert more rows or columns.';
  }
  for (let r = row; r < row + rows; r++) {
    const line = sheet.rows[r - 1];
    if (!line) continue;
    for (let c = col; c < col + cols; c++) {
      if ((r !== row || c !== col) && !isEmpty(line[c - 1])) {
        return `Array result was not expanded because it would overwrite data in ${cellA1(r, c)}.`;
      }
    }
  }
  return null;
}

/** The ARRAYFORMULA cells of a sheet, worked out once per workbook generation. */
export function anchors(book: Book, sheet: SheetData): Anchor[] {
  let cache = caches.get(book);
  if (!cache || cache.generation !== book.generation)
    caches.set(book, (cache = { generation: book.generation, bySheet: new Map() }));
  let list = cache.bySheet.get(sheet);
  if (!list) cache.bySheet.set(sheet, (list = book.arrayFormulas ? findAnchors(book, sheet) : []));
  return list;
}

/** #REF! for an ARRAYFORMULA cell whose block is obstructed, else null. */
export function spillError(ctx: EvalContext, _shape: Shape): ErrorValue | null {
  const anchor = anchors(ctx.book, ctx.sheet).find((a) => a.row === ctx.row && a.col === ctx.col);
  return anchor?.blocked ? { error: '#REF!' } : null;
}

/** The spilling formula covering an empty cell, with the cell's 0-based place in its block. */
export function spillAt(
  book: Book,
  sheet: SheetData,
  row: number,
  col: number,
): { anchor: Anchor; i: number; j: number } | null {
  for (const anchor of anchors(book, sheet)) {
    if (
      anchor.blocked ||
      row < anchor.row ||
      col < anchor.col ||
      row >= anchor.row + anchor.rows ||
      col >= anchor.col + anchor.cols
    )
      continue;
    if (row === anchor.row && col === anchor.col) continue;
    return { anchor, i: row - anchor.row, j: col - anchor.col };
  }
  return null;
}

/** The last row and column any spill reaches (0 when none). */
export function spillExtent(book: Book, sheet: SheetData): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const a of anchors(book, sheet)) {
    if (a.blocked) continue;
    rows = Math.max(rows, a.row + a.rows - 1);
    cols = Math.max(cols, a.col + a.cols - 1);
  }
  return { rows, cols };
}

/**
 * Sheet.getLastRow / getLastColumn: the last row (column) with content, spilled values included.
 * A formula showing '' and a checkbox showing FALSE are content too.
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getlastrow
 */
export function lastRowOf(book: Book, sheet: SheetData): number {
  return Math.max(book.lastRow(sheet), book.arrayFormulas ? spillExtent(book, sheet).rows : 0);
}

export function lastColumnOf(book: Book, sheet: SheetData): number {
  return Math.max(book.lastColumn(sheet), book.arrayFormulas ? spillExtent(book, sheet).cols : 0);
}
