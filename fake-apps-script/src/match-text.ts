/**
 * How MATCH and SUMIF compare a key with cell values: text case-insensitively and only with text,
 * numbers only with numbers, and in text keys the wildcards * (any run) and ? (any one character),
 * with ~ making the next character literal. https://support.google.com/docs/answer/3093583 (SUMIF
 * criterion), https://support.google.com/docs/answer/3093378 (MATCH).
 */
import { Scalar } from './cells';
import { compare } from './formula';

/** A value's identity for equality: its type plus its value, text folded to lower case. */
export function matchKey(v: Scalar): string {
  return typeof v === 'string' ? `s${v.toLowerCase()}` : `${typeof v}${v}`;
}

/** Splits a key into literal characters and wildcards, resolving ~ escapes. */
function pieces(key: string): Array<{ literal: string } | { wild: '*' | '?' }> {
  const out: Array<{ literal: string } | { wild: '*' | '?' }> = [];
  for (let i = 0; i < key.length; i++) {
    const ch = key[i];
    if (ch === '~' && i + 1 < key.length) out.push({ literal: key[++i] });
    else if (ch === '*' || ch === '?') out.push({ wild: ch });
    else out.push({ literal: ch });
  }
  return out;
}

/** The key as MATCH's equality index sees it: ~ escapes resolved. */
export function equalityKey(v: Scalar): string {
  if (typeof v !== 'string') return matchKey(v);
  return matchKey(
    pieces(v)
      .map((p) => ('literal' in p ? p.literal : p.wild))
      .join(''),
  );
}

/** A case-insensitive whole-text pattern for a key with unescaped wildcards, or null when it has none. */
export function wildcardPattern(key: string): RegExp | null {
  const parts = pieces(key);
  if (!parts.some((p) => 'wild' in p)) return null;
  const source = parts
    .map((p) =>
      'wild' in p ? (p.wild === '*' ? '[\\s\\S]*' : '[\\s\\S]') : p.literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${source}$`, 'i');
}

export interface Criterion {
  /** For plain equality: the matchKeys a value must have (looked up in an index); else undefined. */
  equalKeys?: string[];
  test(v: Scalar | null): boolean;
}

const NUMERIC = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * SUMIF's criterion: a number or boolean matches equal values of its type; text may start with
 * = <> < > <= >= ; "" (or "=") matches empty cells; text that reads as a number matches that
 * number and that text.
 */
export function criterionMatcher(c: Scalar | null): Criterion {
  if (c === null) return { test: (v) => v === null || v === '' };
  if (typeof c !== 'string')
    return { equalKeys: [matchKey(c)], test: (v) => v !== null && matchKey(v) === matchKey(c) };
  const m = /^(<=|>=|<>|<|>|=)?([\s\S]*)$/.exec(c)!;
  const op = m[1] ?? '';
  const rest = m[2];
  const n = NUMERIC.test(rest.trim()) ? Number(rest) : null;
  if (op === '<' || op === '>' || op === '<=' || op === '>=') {
    const ok = (d: number) => (op === '<' ? d < 0 : op === '>' ? d > 0 : op === '<=' ? d <= 0 : d >= 0);
    return {
      test: (v) => (n !== null ? typeof v === 'number' && ok(v - n) : typeof v === 'string' && ok(compare(v, rest))),
    };
  }
  const equal = equalityTest(rest, n);
  if (op === '<>') return { test: (v) => !equal.test(v) };
  return equal;
}

function equalityTest(rest: string, n: number | null): Criterion {
  if (rest === '') return { test: (v) => v === null || v === '' };
  const pattern = wildcardPattern(rest);
  if (pattern) return { test: (v) => typeof v === 'string' && pattern.test(v) };
  const keys = [equalityKey(rest), ...(n !== null ? [matchKey(n)] : [])];
  return { equalKeys: keys, test: (v) => v !== null && keys.includes(matchKey(v)) };
}
