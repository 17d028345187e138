/**
 * What a TextFinder searches for when rows are found by key: one regular expression per batch
 * of values, matched against the text each cell shows, case aside (the TextFinder's default):
 *   - an ID allows the spaces around it that the engine trims, and an ID of digits also the
 *     number a bookkeeper typed, shown with thousands separators or decimals (1,001 or 1001.00);
 *   - a customer allows any runs of spaces between its words (customers match as textKey does).
 * The searches are supersets: the engine still compares every row it is given.
 * https://developers.google.com/apps-script/reference/spreadsheet/text-finder#useRegularExpression(Boolean)
 */

/**
 * The longest expression one search is given. Google publishes no limit; this keeps each one
 * well inside what regular-expression engines take, at one search per ~500 IDs.
 */
export const MAX_PATTERN_LENGTH = 16 * 1024;

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function digitsPattern(digits: string): string {
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return `${groups.join('[,. \\u00a0\\u202f]?')}(?:[.,]0+)?`;
}

export function idPattern(id: string): string {
  const text = id.trim();
  return `\\s*${/^\d{1,15}$/.test(text) ? digitsPattern(text) : escapeRegex(text)}\\s*`;
}

export function namePattern(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean).map(escapeRegex);
  return `\\s*${words.join('\\s+')}\\s*`;
}

/** Whole-cell expressions for the given alternatives, as few as MAX_PATTERN_LENGTH allows. */
export function searchPatterns(alternatives: string[]): string[] {
  const batches: string[][] = [];
  let length = 0;
  for (const alternative of new Set(alternatives)) {
    const batch = batches[batches.length - 1];
    if (!batch || length + alternative.length + 1 > MAX_PATTERN_LENGTH) {
      batches.push([alternative]);
      length = alternative.length;
    } else {
      batch.push(alternative);
      length += alternative.length + 1;
    }
  }
  return batches.map((batch) => `^(?:${batch.join('|')})$`);
}
