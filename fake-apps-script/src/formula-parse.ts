/**
 * Formula text → syntax tree, in the spreadsheet's locale: arguments are separated by ',' or ';'
 * and numbers written with '.' or ',' (see locale.ts). Text Sheets would reject throws ParseError,
 * which shows as #ERROR! (Formula parse error).
 */
import { parseA1, splitSheetPrefix } from './a1';
import { Scalar } from './cells';
import { argumentSeparator, decimalSeparator, DEFAULT_LOCALE } from './locale';

export type Node =
  | { kind: 'lit'; value: Scalar }
  | { kind: 'error'; error: string }
  | { kind: 'ref'; text: string }
  | { kind: 'name'; name: string }
  | { kind: 'call'; fn: string; args: Node[] }
  | { kind: 'unary'; op: string; arg: Node }
  | { kind: 'binary'; op: string; left: Node; right: Node };

export class ParseError extends Error {}

export type TokenKind = 'space' | 'string' | 'rows' | 'number' | 'function' | 'ref' | 'error' | 'op';

const KINDS: TokenKind[] = ['space', 'string', 'rows', 'number', 'function', 'ref', 'error', 'op'];

function tokenPattern(decimal: '.' | ','): RegExp {
  const d = decimal === '.' ? '\\.' : ',';
  return new RegExp(
    [
      /\s+/.source,
      /"(?:[^"]|"")*"/.source, // string
      /\$?\d+:\$?\d+/.source, // whole rows
      `\\d+(?:${d}\\d*)?(?:[eE][+-]?\\d+)?${decimal === '.' ? '|\\.\\d+' : ''}`, // number
      /[A-Za-z_][\w.]*(?=\s*\()/.source, // function name
      /(?:(?:'(?:[^']|'')*'|[A-Za-z_][\w.]*)!)?\$?[A-Za-z]+\$?\d*(?::\$?[A-Za-z]+\$?\d*)?(?![\w(])/.source, // ref or name
      /#REF!/.source, // a reference Sheets deleted
      /<>|<=|>=|[&+\-*/(),;=<>]/.source,
    ]
      .map((s) => `(${s})`)
      .join('|'),
    'y',
  );
}

const PATTERNS = { '.': tokenPattern('.'), ',': tokenPattern(',') };

/** Splits formula text (without '=') into tokens, whitespace included, so it can be rebuilt. */
export function lex(text: string, locale = DEFAULT_LOCALE): Array<{ kind: TokenKind; text: string }> {
  const pattern = PATTERNS[decimalSeparator(locale)];
  const tokens: Array<{ kind: TokenKind; text: string }> = [];
  pattern.lastIndex = 0;
  while (pattern.lastIndex < text.length) {
    const m = pattern.exec(text);
    if (!m) throw new ParseError(`unexpected ${text.slice(pattern.lastIndex)}`);
    tokens.push({ kind: KINDS[m.slice(1).findIndex((g) => g !== undefined)], text: m[0] });
  }
  return tokens;
}

const COMPARISONS = ['=', '<>', '<', '>', '<=', '>='];

/** Parses a formula (with its leading '=') written for `locale`. Throws ParseError for text Sheets would reject. */
export function parseFormula(formula: string, locale = DEFAULT_LOCALE): Node {
  const tokens = lex(formula.replace(/^=/, ''), locale).filter((t) => t.kind !== 'space');
  const sep = argumentSeparator(locale);
  const decimal = decimalSeparator(locale);
  let i = 0;
  const peek = () => tokens[i]?.text;
  const take = (want?: string) => {
    const t = tokens[i++];
    if (t === undefined || (want !== undefined && t.text !== want)) throw new ParseError(`expected ${want ?? 'more'}`);
    return t;
  };
  const binary = (ops: string[], next: () => Node) => (): Node => {
    let left = next();
    while (ops.includes(peek())) left = { kind: 'binary', op: take().text, left, right: next() };
    return left;
  };
  const primary = (): Node => {
    const { kind, text: t } = take();
    if (t === '-' || t === '+') return { kind: 'unary', op: t, arg: primary() };
    if (t === '(') {
      const inner = expr();
      take(')');
      return inner;
    }
    if (kind === 'error') return { kind: 'error', error: t };
    if (kind === 'string') return { kind: 'lit', value: t.slice(1, -1).replace(/""/g, '"') };
    if (kind === 'number') return { kind: 'lit', value: Number(decimal === ',' ? t.replace(',', '.') : t) };
    if (/^(true|false)$/i.test(t) && peek() !== '(') return { kind: 'lit', value: t.toLowerCase() === 'true' };
    if (kind === 'function') {
      take('(');
      const args: Node[] = [];
      if (peek() !== ')')
        do args.push(expr());
        while (peek() === sep && take(sep));
      take(')');
      return { kind: 'call', fn: t.toUpperCase(), args };
    }
    if (kind === 'ref' || kind === 'rows') {
      const { address } = splitSheetPrefix(t);
      return parseA1(address, 1, 1) ? { kind: 'ref', text: t } : { kind: 'name', name: t };
    }
    throw new ParseError(`unexpected ${t}`);
  };
  const term = binary(['*', '/'], primary);
  const additive = binary(['+', '-'], term);
  const concat = binary(['&'], additive);
  const expr = binary(COMPARISONS, concat);
  const root = expr();
  if (i !== tokens.length) throw new ParseError(`unexpected ${tokens[i].text}`);
  return root;
}

const parsed = new Map<string, Node | ParseError>();

/** parseFormula, memoised (a sheet of links re-reads the same few formulas thousands of times). */
export function parseCached(formula: string, locale: string): Node {
  const key = `${locale}\u0000${formula}`;
  let hit = parsed.get(key);
  if (hit === undefined) {
    try {
      hit = parseFormula(formula, locale);
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      hit = e;
    }
    if (parsed.size > 50_000) parsed.clear();
    parsed.set(key, hit);
  }
  if (hit instanceof ParseError) throw hit;
  return hit;
}
