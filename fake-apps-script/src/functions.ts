/**
 * The spreadsheet functions the fake evaluates, each as its Google Sheets help page describes it.
 * A wrong number of arguments shows #N/A, as Sheets does ("Wrong number of arguments to …").
 */
import { Scalar } from './cells';
import {
  computeCell,
  ErrorValue,
  EvalContext,
  evaluate,
  isError,
  isRange,
  num,
  RangeValue,
  scalar,
  text,
  Value,
} from './formula';
import { Node } from './formula-parse';
import { displayText } from './number-format';
import { criterionMatcher, equalityKey, matchKey, wildcardPattern } from './match-text';

/** A function (or use of one) the fake does not model: the cell shows its fixture value. */
export class Unsupported extends Error {}

type Fn = (args: Node[], ctx: EvalContext) => Value;

const arity = (args: Node[], min: number, max: number): ErrorValue | null =>
  args.length < min || args.length > max ? { error: '#N/A' } : null;

const one = (node: Node, ctx: EvalContext) => scalar(evaluate(node, ctx), ctx);

/** The cell a one-cell range (or, inside ARRAYFORMULA, the current element of a range) names. */
function elementCell(v: RangeValue, ctx: EvalContext): { row: number; col: number } | null {
  const { rect } = v;
  if (rect.numRows === 1 && rect.numCols === 1) return { row: rect.row, col: rect.col };
  if (!ctx.index) return null;
  const i = rect.numRows === 1 ? 0 : ctx.index.i;
  const j = rect.numCols === 1 ? 0 : ctx.index.j;
  return i < rect.numRows && j < rect.numCols ? { row: rect.row + i, col: rect.col + j } : null;
}

/** Every cell of a one-row or one-column range, in order, with its computed value. */
function* line({ sheet, rect }: RangeValue, ctx: EvalContext): Generator<Scalar | ErrorValue | null> {
  const length = Math.max(rect.numRows, rect.numCols);
  for (let k = 0; k < length; k++) {
    const r = rect.numRows > 1 ? rect.row + k : rect.row;
    const c = rect.numRows > 1 ? rect.col : rect.col + k;
    yield computeCell(ctx.book, sheet, r, c, ctx.depth + 1);
  }
}

type IndexCache = { generation: number; byKey: Map<string, Map<string, number>> };
const indexes = new WeakMap<object, IndexCache>();

/** A per-workbook-generation memo: a sheet full of links or totals would otherwise rescan a column per cell. */
function memo(ctx: EvalContext, key: string, build: () => Map<string, number>): Map<string, number> {
  let cache = indexes.get(ctx.book);
  if (!cache || cache.generation !== ctx.book.generation)
    indexes.set(ctx.book, (cache = { generation: ctx.book.generation, byKey: new Map() }));
  let index = cache.byKey.get(key);
  if (!index) cache.byKey.set(key, (index = build()));
  return index;
}

const rangeId = ({ sheet, rect }: RangeValue) => `${sheet.id}:${rect.row}:${rect.col}:${rect.numRows}:${rect.numCols}`;

/**
 * MATCH(search_key, range, 0): the first position whose value equals the key, comparing text
 * case-insensitively and never text with numbers (MATCH("1001", …) does not find the number
 * 1001, nor MATCH(1001, …) the text "1001"). A text key may hold the wildcards * and ?, and ~
 * escapes them. No match is #N/A; a two-dimensional range is #N/A too.
 * https://support.google.com/docs/answer/3093378 (MATCH); wildcards and ~ as in SUMIF's criterion,
 * https://support.google.com/docs/answer/3093583, and ECMA-376 Part 1 §18.17.7.220 (MATCH).
 */
function match(args: Node[], ctx: EvalContext): Value {
  const bad = arity(args, 2, 3);
  if (bad) return bad;
  const needle = one(args[0], ctx);
  const range = evaluate(args[1], ctx);
  const type = args[2] ? one(args[2], ctx) : 1;
  if (isError(needle)) return needle;
  if (isError(range)) return range;
  if (!isRange(range) || (range.rect.numRows > 1 && range.rect.numCols > 1)) return { error: '#N/A' };
  if (type !== 0) throw new Unsupported('MATCH without match type 0');
  if (needle === null) return { error: '#N/A' };
  const pattern = typeof needle === 'string' ? wildcardPattern(needle) : null;
  if (pattern) {
    let k = 0;
    for (const v of line(range, ctx)) {
      k++;
      if (typeof v === 'string' && pattern.test(v)) return k;
    }
    return { error: '#N/A' };
  }
  const index = memo(ctx, `match:${rangeId(range)}`, () => {
    const first = new Map<string, number>();
    let k = 0;
    for (const v of line(range, ctx)) {
      k++;
      if (v !== null && !isError(v) && !first.has(matchKey(v))) first.set(matchKey(v), k);
    }
    return first;
  });
  return index.get(equalityKey(needle)) ?? { error: '#N/A' };
}

/**
 * SUMIF(range, criterion, [sum_range]): sums sum_range (aligned on its top-left cell with range)
 * where range meets the criterion: equality (text case-insensitive, with * ? ~ wildcards) or a
 * comparison such as ">5". https://support.google.com/docs/answer/3093583
 */
function sumif(args: Node[], ctx: EvalContext): Value {
  const bad = arity(args, 2, 3);
  if (bad) return bad;
  const range = evaluate(args[0], ctx);
  const criterion = one(args[1], ctx);
  const sumRange = args[2] ? evaluate(args[2], ctx) : range;
  if (isError(range)) return range;
  if (isError(sumRange)) return sumRange;
  if (isError(criterion)) return criterion;
  if (!isRange(range) || !isRange(sumRange)) return { error: '#VALUE!' };
  const addend = (r: number, c: number) => {
    const row = sumRange.rect.row + r;
    const col = sumRange.rect.col + c;
    if (row > sumRange.sheet.rows.length || col > sumRange.sheet.maxCols) return 0;
    const v = computeCell(ctx.book, sumRange.sheet, row, col, ctx.depth + 1);
    return typeof v === 'number' ? v : 0;
  };
  const each = (fn: (v: Scalar | ErrorValue | null, r: number, c: number) => void) => {
    for (let r = 0; r < range.rect.numRows; r++) {
      for (let c = 0; c < range.rect.numCols; c++)
        fn(computeCell(ctx.book, range.sheet, range.rect.row + r, range.rect.col + c, ctx.depth + 1), r, c);
    }
  };
  const keys = criterionMatcher(criterion);
  if (keys.equalKeys) {
    const sums = memo(ctx, `sumif:${rangeId(range)}|${rangeId(sumRange)}`, () => {
      const totals = new Map<string, number>();
      each((v, r, c) => {
        if (v === null || isError(v)) return;
        const key = matchKey(v);
        totals.set(key, (totals.get(key) ?? 0) + addend(r, c));
      });
      return totals;
    });
    return keys.equalKeys.reduce((sum, key) => sum + (sums.get(key) ?? 0), 0);
  }
  let sum = 0;
  each((v, r, c) => {
    if (!isError(v) && keys.test(v)) sum += addend(r, c);
  });
  return sum;
}

const FUNCTIONS: Record<string, Fn> = {
  /** https://support.google.com/docs/answer/3093313 — an error in the URL shows that error, not the label. */
  HYPERLINK(args, ctx) {
    const bad = arity(args, 1, 2);
    if (bad) return bad;
    const [url, label] = args.map((a) => one(a, ctx));
    if (isError(url)) return url;
    if (label !== undefined && isError(label)) return label;
    return label === undefined ? url : label;
  },
  CONCATENATE(args, ctx) {
    const parts = args.map((a) => one(a, ctx));
    return parts.find(isError) ?? parts.map((p) => text(p as Scalar | null)).join('');
  },
  MATCH: match,
  SUMIF: sumif,
  ROW: (args, ctx) => position('row', args, ctx),
  COLUMN: (args, ctx) => position('col', args, ctx),
  /** https://support.google.com/docs/answer/3093364 — text as a condition is #VALUE!, blank is FALSE. */
  IF(args, ctx) {
    const bad = arity(args, 2, 3);
    if (bad) return bad;
    const cond = one(args[0], ctx);
    if (isError(cond)) return cond;
    if (typeof cond === 'string' && cond !== '') return { error: '#VALUE!' };
    const truth = cond === null || cond === '' ? false : typeof cond === 'number' ? cond !== 0 : cond;
    return truth ? evaluate(args[1], ctx) : args[2] ? evaluate(args[2], ctx) : false;
  },
  /** https://support.google.com/docs/answer/3093304 — blank when the fallback is left out. */
  IFERROR(args, ctx) {
    const bad = arity(args, 1, 2);
    if (bad) return bad;
    const v = one(args[0], ctx);
    if (!isError(v)) return v;
    return args[1] ? evaluate(args[1], ctx) : null;
  },
  /** https://support.google.com/docs/answer/3093275 — element by element over its ranges (see array-formula.ts). */
  ARRAYFORMULA(args, ctx) {
    const bad = arity(args, 1, 1);
    return bad ?? evaluate(args[0], ctx);
  },
  /** https://support.google.com/docs/answer/3094285 — a number as its cell shows it. */
  TO_TEXT(args, ctx) {
    const bad = arity(args, 1, 1);
    if (bad) return bad;
    const v = evaluate(args[0], ctx);
    if (isRange(v)) {
      const at = elementCell(v, ctx);
      if (!at) return { error: '#VALUE!' };
      const value = computeCell(ctx.book, v.sheet, at.row, at.col, ctx.depth + 1);
      if (value === null || isError(value)) return value === null ? '' : value;
      return displayText(value, ctx.book.cell(v.sheet, at.row, at.col)?.format);
    }
    const s = scalar(v, ctx);
    return isError(s) ? s : text(s);
  },
  /** https://support.google.com/docs/answer/3094220 — text that is not a number is #VALUE!. */
  VALUE(args, ctx) {
    const bad = arity(args, 1, 1);
    if (bad) return bad;
    const v = one(args[0], ctx);
    if (isError(v) || typeof v === 'number') return v;
    if (typeof v === 'boolean') return { error: '#VALUE!' };
    const s = (v ?? '').trim().replace(/,(?=\d{3}\b)/g, '');
    const pct = /^(.*)%$/.exec(s);
    const n = num(pct ? pct[1] : s);
    return isError(n) ? n : pct ? n / 100 : n;
  },
};

function position(axis: 'row' | 'col', args: Node[], ctx: EvalContext): Value {
  if (args.length === 0) return ctx[axis];
  const bad = arity(args, 1, 1);
  if (bad) return bad;
  const ref = evaluate(args[0], ctx);
  if (!isRange(ref)) return isError(ref) ? ref : { error: '#N/A' };
  const start = axis === 'row' ? ref.rect.row : ref.rect.col;
  const size = axis === 'row' ? ref.rect.numRows : ref.rect.numCols;
  if (!ctx.index || size === 1) return start;
  const k = axis === 'row' ? ctx.index.i : ctx.index.j;
  return k < size ? start + k : { error: '#N/A' };
}

export function callFunction(fn: string, args: Node[], ctx: EvalContext): Value {
  const impl = FUNCTIONS[fn];
  if (!impl) throw new Unsupported(fn);
  return impl(args, ctx);
}
