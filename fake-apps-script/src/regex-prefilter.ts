/**
 * Regular expressions as the fake's TextFinder takes them: what RE2 (Sheets' engine) refuses,
 * and a cheap literal-prefix test that rules most cells out before the expression runs.
 */
/**
 * Constructs that Sheets' regular expressions (RE2, https://github.com/google/re2/wiki/Syntax, the
 * syntax Sheets documents for its regular expressions: https://support.google.com/docs/answer/3098292)
 * do not support but a JS RegExp accepts: lookahead/lookbehind and backreferences. The fake refuses
 * them rather than find what Sheets could not. Returns the offending construct, or null.
 */
export function re2Unsupported(pattern: string): string | null {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      const next = pattern[i + 1] ?? '';
      if (!inClass && /[1-9]/.test(next)) return `\\${next}`;
      if (!inClass && next === 'k' && pattern[i + 2] === '<') return '\\k<';
      i++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
    } else if (ch === '[') {
      inClass = true;
      if (pattern[i + 1] === '^') i++;
      if (pattern[i + 1] === ']') i++; // a leading ] is literal
    } else if (ch === '(') {
      const look = /^\(\?(?:=|!|<=|<!)/.exec(pattern.slice(i));
      if (look) return look[0];
    }
  }
  return null;
}

/** Characters a regular expression gives a meaning to outside a class; any other ASCII one is literal. */
const SYNTAX = new Set('\\^$.|?*+()[]{}');
const QUANTIFIERS = new Set('*+?{');

/** JS `\s` (and String.prototype.trim): WhiteSpace and LineTerminator. */
function isSpace(code: number): boolean {
  if (code > 32 && code < 127) return false;
  return (
    (code >= 9 && code <= 13) ||
    code === 32 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Walks `source` from `from`, calling `visit(i, depth)` for each character outside escapes and
 * character classes, with the group depth before it; stops when `visit` returns true. In a JS
 * RegExp the first ] closes a class ([] is empty).
 */
function walkTopLevel(source: string, from: number, visit: (i: number, depth: number) => boolean): void {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else {
      if (visit(i, depth)) return;
      if (ch === '(') depth++;
      else if (ch === ')') depth--;
    }
  }
}

/** The end (index of its ")") of the group opened at `open`, skipping escapes and classes; -1 if none. */
function groupEnd(source: string, open: number): number {
  let end = -1;
  walkTopLevel(source, open, (i, depth) => {
    if (source[i] === ')' && depth === 1) end = i;
    return end >= 0;
  });
  return end;
}

/** `source` split at its top-level `|`s (not inside a group or class, nor escaped). */
function topLevelAlternatives(source: string): string[] {
  const parts: string[] = [];
  let from = 0;
  walkTopLevel(source, 0, (i, depth) => {
    if (source[i] === '|' && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
    return false;
  });
  parts.push(source.slice(from));
  return parts;
}

/**
 * The alternatives of a pattern anchored at the start: `^(?:A|B…)` followed by anything (`$`),
 * or `^A` alone; an alternative that is itself anchored is opened in turn. Null when the pattern
 * is not of that shape (a match could start anywhere).
 */
function anchoredAlternatives(source: string): string[] | null {
  if (!source.startsWith('^')) return null;
  const body = source.slice(1);
  let alternatives: string[];
  if (body.startsWith('(?:')) {
    const end = groupEnd(body, 0);
    // Not (?:…)* or (?:…)|B: the group must match, first.
    if (end < 0 || QUANTIFIERS.has(body[end + 1] ?? '') || topLevelAlternatives(body).length !== 1) return null;
    alternatives = topLevelAlternatives(body.slice(3, end));
  } else {
    alternatives = topLevelAlternatives(body);
    if (alternatives.length !== 1) return null; // ^A|B: B may match anywhere
  }
  const all: string[] = [];
  for (const alternative of alternatives) {
    if (alternative.startsWith('^')) {
      const inner = anchoredAlternatives(alternative);
      if (!inner) return null;
      all.push(...inner);
    } else all.push(alternative);
  }
  return all;
}

/**
 * A text with each run of spaces (JS `\\s`) made one ' ', from `at` until it is `max` long, case
 * folded unless `matchCase`.
 */
function spacesCollapsed(text: string, at: number, max: number, matchCase: boolean): string {
  let out = '';
  let from = at;
  let i = at;
  while (i < text.length && out.length + (i - from) < max) {
    if (!isSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    out += `${text.slice(from, i)} `;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    from = i;
  }
  out += text.slice(from, i);
  return matchCase ? out : out.toLowerCase();
}

/**
 * What a match of one alternative must start with (after the spaces a leading `\\s*` takes), as
 * spacesCollapsed gives it, or null when it has none: its literal ASCII characters, with a ' ' for
 * each `\\s+` or `\\s` between them, up to the first construct that is neither (a class, an escape
 * such as \\d, a group) or that a quantifier makes optional.
 */
function literalPrefix(alternative: string, matchCase: boolean): { spaces: boolean; text: string } | null {
  let i = 0;
  const spaces = alternative.startsWith('\\s*');
  if (spaces) i = 3;
  let text = '';
  while (i < alternative.length) {
    let ch = alternative[i];
    let width = 1;
    if (ch === '\\' && alternative[i + 1] === 's') {
      ch = ' ';
      width = alternative[i + 2] === '+' ? 3 : 2;
      if (i === 3 && spaces) break;
    } else if (ch === '\\') {
      ch = alternative[i + 1] ?? '';
      width = 2;
      if (!/^[!-/:-@[-`{-~]$/.test(ch)) break; // only an escaped ASCII punctuation mark is literal
    } else if (SYNTAX.has(ch) || ch < ' ' || ch > '~') break;
    if (QUANTIFIERS.has(alternative[i + width] ?? '')) break;
    text += ch;
    i += width;
  }
  // After \\s*, the first character must not be a space (the spaces taken are then the leading ones).
  if (!text || (spaces && text[0] === ' ')) return null;
  return { spaces, text: spacesCollapsed(text, 0, text.length, matchCase) };
}

/**
 * A quick test that no alternative of an anchored regular expression can match `shown`, so the
 * expression need not be run: each alternative's prefix (literal ASCII characters and spaces)
 * must start the text, after its leading spaces when the alternative starts with \\s*, compared
 * case aside unless matchCase (as a RegExp's i flag compares ASCII) and with runs of spaces taken
 * as one. Never false for a text the expression matches (true for a few it does not); null when
 * the expression's shape gives no such test (then every text is tried).
 */
export function prefixFilter(source: string, matchCase: boolean): ((shown: string) => boolean) | null {
  const alternatives = anchoredAlternatives(source);
  if (!alternatives) return null;
  const firstCode = (text: string, at: number) => {
    const code = text.charCodeAt(at);
    if (isSpace(code)) return 32;
    return !matchCase && code >= 65 && code <= 90 ? code + 32 : code;
  };
  // By whether spaces may come first: the prefixes' first characters, and the prefixes by length.
  const groups = [false, true].map(() => ({
    first: new Set<number>(),
    byLength: new Map<number, Set<string>>(),
    longest: 0,
  }));
  for (const alternative of alternatives) {
    const prefix = literalPrefix(alternative, matchCase);
    if (!prefix) return null;
    const group = groups[prefix.spaces ? 1 : 0];
    group.first.add(firstCode(prefix.text, 0));
    const texts = group.byLength.get(prefix.text.length) ?? new Set<string>();
    texts.add(prefix.text);
    group.byLength.set(prefix.text.length, texts);
    group.longest = Math.max(group.longest, prefix.text.length);
  }
  const startsWith = (shown: string, at: number, group: (typeof groups)[number]) => {
    if (at >= shown.length || !group.first.has(firstCode(shown, at))) return false;
    // Case folding may turn a non-ASCII character into ASCII: a text kept here that the
    // expression then rejects, never one dropped that it matches.
    const start = spacesCollapsed(shown, at, group.longest, matchCase);
    for (const [length, texts] of group.byLength) {
      if (length <= start.length && texts.has(length === start.length ? start : start.slice(0, length))) return true;
    }
    return false;
  };
  const [plain, spaced] = groups;
  return (shown) => {
    if (plain.first.size && startsWith(shown, 0, plain)) return true;
    if (!spaced.first.size) return false;
    let at = 0;
    while (at < shown.length && isSpace(shown.charCodeAt(at))) at++;
    return startsWith(shown, at, spaced);
  };
}
