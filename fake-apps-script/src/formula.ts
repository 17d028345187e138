/**
 * A small formula evaluator: enough to compute what Revoice writes and what real workbooks hold
 * (HYPERLINK labels whose URL finds its row with MATCH, IF/IFERROR, SUMIF totals, ARRAYFORMULA
 * columns) against the live grid, so values are checked as Sheets would show them. Functions
 * live in functions.ts, spills in array-formula.ts; anything else is "unsupported" and shows the
 * fixture's value or ''.
 */
import { parseA1, Rect, splitSheetPrefix } from './a1';
import { Cell, isEmpty, Scalar } from './cells';
import { arrayShape, spillAt, spillError } from './array-formula';
import { callFunction, Unsupported } from './functions';
import { Node, ParseError, parseCached } from './formula-parse';
import { Book, SheetData } from './model';

export interface ErrorValue {
  error: string;
}
export interface RangeValue {
  sheet: SheetData;
  rect: Rect;
}
export type Value = Scalar | ErrorValue | RangeValue | null; // null = an empty cell

export interface EvalContext {
  book: Book;
  sheet: SheetData;
  row: number;
  col: number;
  depth: number;
  /** Inside ARRAYFORMULA: the element being computed (0-based); ranges then yield that element. */
  index?: { i: number; j: number };
}

export const isError = (v: unknown): v is ErrorValue => typeof v === 'object' && v !== null && 'error' in v;
export const isRange = (v: unknown): v is RangeValue => typeof v === 'object' && v !== null && 'rect' in v;

export function resolveRef(text: string, ctx: Pick<EvalContext, 'book' | 'sheet'>): RangeValue | ErrorValue {
  const { sheet: name, address } = splitSheetPrefix(text);
  const sheet = name === null ? ctx.sheet : ctx.book.findSheet(name);
  if (!sheet) return { error: '#REF!' };
  const rect = parseA1(address, sheet.rows.length, sheet.maxCols);
  return rect ? { sheet, rect } : { error: '#REF!' };
}

/**
 * A single value: a one-cell range becomes its cell's value. A larger range is #VALUE!, except
 * inside ARRAYFORMULA, where it yields the element at the current index (#N/A past its end).
 */
export function scalar(v: Value, ctx: EvalContext): Scalar | ErrorValue | null {
  if (!isRange(v)) return v;
  const { rect } = v;
  if (rect.numRows === 1 && rect.numCols === 1)
    return computeCell(ctx.book, v.sheet, rect.row, rect.col, ctx.depth + 1);
  if (!ctx.index) return { error: '#VALUE!' };
  const i = rect.numRows === 1 ? 0 : ctx.index.i;
  const j = rect.numCols === 1 ? 0 : ctx.index.j;
  if (i >= rect.numRows || j >= rect.numCols) return { error: '#N/A' };
  return computeCell(ctx.book, v.sheet, rect.row + i, rect.col + j, ctx.depth + 1);
}

export const text = (v: Scalar | null) =>
  v === null ? '' : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v);

export function num(v: Scalar | null): number | ErrorValue {
  if (v === null || v === '') return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const n = typeof v === 'number' ? v : Number(v.trim());
  return Number.isFinite(n) && v !== ' ' ? n : { error: '#VALUE!' };
}

const TYPE_ORDER = { number: 0, string: 1, boolean: 2 } as const;

/**
 * Sheets' comparison: text case-insensitively, an empty cell equal to '' and to 0, and across
 * types numbers < text < booleans (so "1" = 1 is FALSE).
 * https://support.google.com/docs/answer/3093593 (EQ, and its See also: NE, LT, LTE, GT, GTE)
 */
export function compare(a: Scalar | null, b: Scalar | null): number {
  if (a === null) a = b === null ? '' : typeof b === 'number' ? 0 : typeof b === 'boolean' ? false : '';
  if (b === null) b = typeof a === 'number' ? 0 : typeof a === 'boolean' ? false : '';
  if (typeof a !== typeof b)
    return TYPE_ORDER[typeof a as keyof typeof TYPE_ORDER] - TYPE_ORDER[typeof b as keyof typeof TYPE_ORDER];
  if (typeof a === 'string') {
    const [x, y] = [a.toLowerCase(), (b as string).toLowerCase()];
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return Number(a) - Number(b);
}

function comparison(op: string, l: Scalar | null, r: Scalar | null): boolean {
  const c = compare(l, r);
  return op === '='
    ? c === 0
    : op === '<>'
      ? c !== 0
      : op === '<'
        ? c < 0
        : op === '>'
          ? c > 0
          : op === '<='
            ? c <= 0
            : c >= 0;
}

export function evaluate(node: Node, ctx: EvalContext): Value {
  switch (node.kind) {
    case 'lit':
      return node.value;
    case 'error':
      return { error: node.error };
    case 'name':
      return { error: '#NAME?' };
    case 'ref':
      return resolveRef(node.text, ctx);
    case 'call':
      return callFunction(node.fn, node.args, ctx);
    case 'unary': {
      const v = scalar(evaluate(node.arg, ctx), ctx);
      if (isError(v)) return v;
      const n = num(v);
      return isError(n) ? n : node.op === '-' ? -n : n;
    }
    case 'binary': {
      const l = scalar(evaluate(node.left, ctx), ctx);
      const r = scalar(evaluate(node.right, ctx), ctx);
      if (isError(l)) return l;
      if (isError(r)) return r;
      if (node.op === '&') return text(l) + text(r);
      if (!'+-*/'.includes(node.op)) return comparison(node.op, l, r);
      const a = num(l);
      const b = num(r);
      if (isError(a)) return a;
      if (isError(b)) return b;
      if (node.op === '/' && b === 0) return { error: '#DIV/0!' };
      return node.op === '+' ? a + b : node.op === '-' ? a - b : node.op === '*' ? a * b : a / b;
    }
  }
}

/** Evaluates a formula at `ctx`, or returns undefined when the fake cannot (the caller shows `cached`). */
export function evaluateFormula(formula: string, ctx: EvalContext): Scalar | ErrorValue | null | undefined {
  if (ctx.depth > 50) return { error: '#REF!' };
  try {
    const root = parseCached(formula, ctx.book.locale);
    if (!ctx.index) {
      const shape = arrayShape(root, ctx);
      if (shape) return spillError(ctx, shape) ?? scalar(evaluate(root, { ...ctx, index: { i: 0, j: 0 } }), ctx);
    }
    const result = evaluate(root, ctx);
    // A bare multi-cell range spills in Sheets; the fake does that only inside ARRAYFORMULA.
    if (isRange(result) && (result.rect.numRows > 1 || result.rect.numCols > 1) && !ctx.index) return undefined;
    return scalar(result, ctx);
  } catch (e) {
    if (e instanceof ParseError) return { error: '#ERROR!' };
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

/** A cell's value as Sheets computes it: null when empty, an ErrorValue for #N/A and friends. */
export function computeCell(
  book: Book,
  sheet: SheetData,
  row: number,
  col: number,
  depth = 0,
): Scalar | ErrorValue | null {
  const cell: Cell | undefined = book.cell(sheet, row, col);
  if (isEmpty(cell)) {
    const spilled = book.arrayFormulas ? spillAt(book, sheet, row, col) : null;
    if (!spilled) return null;
    const { anchor, i, j } = spilled;
    const result = evaluateFormula(anchor.formula, {
      book,
      sheet,
      row: anchor.row,
      col: anchor.col,
      depth: depth + 1,
      index: { i, j },
    });
    return result === undefined ? null : result;
  }
  if (cell!.formula === undefined) return cell!.value ?? null;
  const result = evaluateFormula(cell!.formula, { book, sheet, row, col, depth });
  return result === undefined ? (cell!.cached ?? '') : result;
}

export { isError as isErrorValue, evaluate as evaluateNode, scalar as scalarValue };
export { lex, parseFormula, ParseError } from './formula-parse';
export type { Node, TokenKind } from './formula-parse';
