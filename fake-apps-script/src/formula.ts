/**
 * A small formula evaluator: enough to compute what Revoice writes (HYPERLINK labels whose URL
 * finds its row with MATCH) against the live grid, so links are checked as Sheets would show
 * them. Literals, references, & + - * /, HYPERLINK, MATCH(…, 0), CONCATENATE, ROW and COLUMN are
 * evaluated; anything else is "unsupported" and shows the fixture's value or ''.
 */
import { parseA1, Rect, splitSheetPrefix } from './a1';
import { Cell, Scalar } from './cells';
import { Book, SheetData } from './model';

export interface ErrorValue { error: string }
interface RangeValue { sheet: SheetData; rect: Rect }
type Value = Scalar | ErrorValue | RangeValue | null; // null = an empty cell

export type Node =
  | { kind: 'lit'; value: Scalar }
  | { kind: 'error'; error: string }
  | { kind: 'ref'; text: string }
  | { kind: 'name'; name: string }
  | { kind: 'call'; fn: string; args: Node[] }
  | { kind: 'unary'; op: string; arg: Node }
  | { kind: 'binary'; op: string; left: Node; right: Node };

export class ParseError extends Error {}
class Unsupported extends Error {}

export type TokenKind = 'space' | 'string' | 'rows' | 'number' | 'function' | 'ref' | 'error' | 'op';

const KINDS: TokenKind[] = ['space', 'string', 'rows', 'number', 'function', 'ref', 'error', 'op'];
const TOKEN = new RegExp([
  /\s+/.source,
  /"(?:[^"]|"")*"/.source,                                                   // string
  /\$?\d+:\$?\d+/.source,                                                    // whole rows
  /\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+/.source,                            // number
  /[A-Za-z_][\w.]*(?=\s*\()/.source,                                        // function name
  /(?:(?:'(?:[^']|'')*'|[A-Za-z_][\w.]*)!)?\$?[A-Za-z]+\$?\d*(?::\$?[A-Za-z]+\$?\d*)?(?![\w(])/.source, // ref or name
  /#REF!/.source,                                                            // a reference Sheets deleted
  /<>|<=|>=|[&+\-*/(),=<>]/.source,
].map((s) => `(${s})`).join('|'), 'y');

/** Splits formula text (without '=') into tokens, whitespace included, so it can be rebuilt. */
export function lex(text: string): Array<{ kind: TokenKind; text: string }> {
  const tokens: Array<{ kind: TokenKind; text: string }> = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const m = TOKEN.exec(text);
    if (!m) throw new ParseError(`unexpected ${text.slice(TOKEN.lastIndex)}`);
    tokens.push({ kind: KINDS[m.slice(1).findIndex((g) => g !== undefined)], text: m[0] });
  }
  return tokens;
}

function tokenize(text: string): string[] {
  return lex(text).filter((t) => t.kind !== 'space').map((t) => t.text);
}

/** Parses a formula (with its leading '='). Throws ParseError for text Sheets would reject. */
export function parseFormula(formula: string): Node {
  const tokens = tokenize(formula.replace(/^=/, ''));
  let i = 0;
  const peek = () => tokens[i];
  const take = (want?: string) => {
    const t = tokens[i++];
    if (t === undefined || (want !== undefined && t !== want)) throw new ParseError(`expected ${want ?? 'more'}`);
    return t;
  };
  const binary = (ops: string[], next: () => Node) => (): Node => {
    let left = next();
    while (ops.includes(peek())) left = { kind: 'binary', op: take(), left, right: next() };
    return left;
  };
  const primary = (): Node => {
    const t = take();
    if (t === '-' || t === '+') return { kind: 'unary', op: t, arg: primary() };
    if (t === '(') { const inner = expr(); take(')'); return inner; }
    if (t === '#REF!') return { kind: 'error', error: t };
    if (t.startsWith('"')) return { kind: 'lit', value: t.slice(1, -1).replace(/""/g, '"') };
    if (/^[\d.]/.test(t) && !t.includes(':')) return { kind: 'lit', value: Number(t) };
    if (/^(true|false)$/i.test(t)) return { kind: 'lit', value: t.toLowerCase() === 'true' };
    if (peek() === '(' && /^[A-Za-z_]/.test(t)) {
      take('(');
      const args: Node[] = [];
      if (peek() !== ')') do args.push(expr()); while (peek() === ',' && take(','));
      take(')');
      return { kind: 'call', fn: t.toUpperCase(), args };
    }
    if (/^[A-Za-z_$'\d]/.test(t)) {
      const { address } = splitSheetPrefix(t);
      return parseA1(address, 1, 1) ? { kind: 'ref', text: t } : { kind: 'name', name: t };
    }
    throw new ParseError(`unexpected ${t}`);
  };
  const term = binary(['*', '/'], primary);
  const additive = binary(['+', '-'], term);
  const concat = binary(['&'], additive);
  const expr = (): Node => {
    const node = concat();
    if (['=', '<>', '<', '>', '<=', '>='].includes(peek())) throw new Unsupported('comparison');
    return node;
  };
  const root = expr();
  if (i !== tokens.length) throw new ParseError(`unexpected ${tokens[i]}`);
  return root;
}

export interface EvalContext { book: Book; sheet: SheetData; row: number; col: number; depth: number }

const isError = (v: Value): v is ErrorValue => typeof v === 'object' && v !== null && 'error' in v;
const isRange = (v: Value): v is RangeValue => typeof v === 'object' && v !== null && 'rect' in v;

function resolveRef(text: string, ctx: EvalContext): RangeValue | ErrorValue {
  const { sheet: name, address } = splitSheetPrefix(text);
  const sheet = name === null ? ctx.sheet : ctx.book.findSheet(name);
  if (!sheet) return { error: '#REF!' };
  const rect = parseA1(address, sheet.rows.length, sheet.maxCols);
  return rect ? { sheet, rect } : { error: '#REF!' };
}

/** A single value: a one-cell range becomes its cell's value. */
function scalar(v: Value, ctx: EvalContext): Scalar | ErrorValue | null {
  if (!isRange(v)) return v;
  if (v.rect.numRows !== 1 || v.rect.numCols !== 1) return { error: '#VALUE!' };
  return computeCell(ctx.book, v.sheet, v.rect.row, v.rect.col, ctx.depth + 1);
}

const text = (v: Scalar | null) => (v === null ? '' : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v));

function num(v: Scalar | null): number | ErrorValue {
  if (v === null || v === '') return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const n = typeof v === 'number' ? v : Number(v.trim());
  return Number.isFinite(n) ? n : { error: '#VALUE!' };
}

/** MATCH(…, 0) compares text case-insensitively and other values by type and value. */
function matchKey(v: Scalar): string {
  return typeof v === 'string' ? `s${v.toLowerCase()}` : `${typeof v}${v}`;
}

const matchIndexes = new WeakMap<Book, { generation: number; byRange: Map<string, Map<string, number>> }>();

/**
 * First position of each value in a one-row or one-column range, built once per workbook
 * generation: a sheet full of links would otherwise rescan the column for every cell.
 */
function matchIndex({ sheet, rect }: RangeValue, ctx: EvalContext): Map<string, number> {
  let cache = matchIndexes.get(ctx.book);
  if (!cache || cache.generation !== ctx.book.generation) {
    matchIndexes.set(ctx.book, (cache = { generation: ctx.book.generation, byRange: new Map() }));
  }
  const id = `${sheet.id}:${rect.row}:${rect.col}:${rect.numRows}:${rect.numCols}`;
  let index = cache.byRange.get(id);
  if (!index) {
    index = new Map();
    const length = Math.max(rect.numRows, rect.numCols);
    for (let k = 0; k < length; k++) {
      const r = rect.numRows > 1 ? rect.row + k : rect.row;
      const c = rect.numRows > 1 ? rect.col : rect.col + k;
      const v = computeCell(ctx.book, sheet, r, c, ctx.depth + 1);
      if (v === null || isError(v)) continue;
      const key = matchKey(v);
      if (!index.has(key)) index.set(key, k + 1);
    }
    cache.byRange.set(id, index);
  }
  return index;
}

function call(fn: string, args: Node[], ctx: EvalContext): Value {
  const values = () => args.map((a) => scalar(evaluate(a, ctx), ctx));
  switch (fn) {
    case 'HYPERLINK': {
      const [url, label] = values();
      if (args.length < 1 || args.length > 2) return { error: '#N/A' };
      if (isError(url)) return url;
      if (label !== undefined && isError(label)) return label;
      return label === undefined ? url : label;
    }
    case 'CONCATENATE': {
      const parts = values();
      const bad = parts.find(isError);
      return bad ?? parts.map((p) => text(p as Scalar | null)).join('');
    }
    case 'MATCH': {
      const needle = scalar(evaluate(args[0], ctx), ctx);
      const range = evaluate(args[1], ctx);
      const type = args[2] ? scalar(evaluate(args[2], ctx), ctx) : 1;
      if (isError(needle)) return needle;
      if (isError(range)) return range;
      if (!isRange(range) || (range.rect.numRows > 1 && range.rect.numCols > 1)) return { error: '#N/A' };
      if (type !== 0) throw new Unsupported('MATCH without match type 0');
      const key = needle === null ? undefined : matchKey(needle);
      return (key !== undefined && matchIndex(range, ctx).get(key)) || { error: '#N/A' };
    }
    case 'ROW': case 'COLUMN': {
      if (args.length === 0) return fn === 'ROW' ? ctx.row : ctx.col;
      const ref = evaluate(args[0], ctx);
      if (!isRange(ref)) return isError(ref) ? ref : { error: '#N/A' };
      return fn === 'ROW' ? ref.rect.row : ref.rect.col;
    }
    default:
      throw new Unsupported(fn);
  }
}

function evaluate(node: Node, ctx: EvalContext): Value {
  switch (node.kind) {
    case 'lit': return node.value;
    case 'error': return { error: node.error };
    case 'name': return { error: '#NAME?' };
    case 'ref': return resolveRef(node.text, ctx);
    case 'call': return call(node.fn, node.args, ctx);
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
      const a = num(l);
      const b = num(r);
      if (isError(a)) return a;
      if (isError(b)) return b;
      if (node.op === '/' && b === 0) return { error: '#DIV/0!' };
      return node.op === '+' ? a + b : node.op === '-' ? a - b : node.op === '*' ? a * b : a / b;
    }
  }
}

/** Evaluates a formula cell, or returns null when the fake cannot (the caller shows `cached`). */
export function evaluateFormula(formula: string, ctx: EvalContext): Scalar | ErrorValue | null | undefined {
  if (ctx.depth > 50) return { error: '#REF!' };
  try {
    const result = evaluate(parseFormula(formula), ctx);
    // A formula that is a whole range spills an array in Sheets; the fake does not model that.
    if (isRange(result) && (result.rect.numRows > 1 || result.rect.numCols > 1)) return undefined;
    return scalar(result, ctx);
  } catch (e) {
    if (e instanceof ParseError) return { error: '#ERROR!' };
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

/** A cell's value as Sheets computes it: null when empty, an ErrorValue for #N/A and friends. */
export function computeCell(book: Book, sheet: SheetData, row: number, col: number, depth = 0): Scalar | ErrorValue | null {
  const cell: Cell | undefined = book.cell(sheet, row, col);
  if (!cell) return null;
  if (cell.formula === undefined) return cell.value ?? null;
  const result = evaluateFormula(cell.formula, { book, sheet, row, col, depth });
  return result === undefined ? cell.cached ?? '' : result;
}

export { isError as isErrorValue, evaluate as evaluateNode, scalar as scalarValue };
