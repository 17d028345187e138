/**
 * Tax rates in the line editor are percentages ("20" is 20 %), sent as "20%" so the server can't
 * read them as a fraction. Decimal strings are moved by their digits, never through a float.
 */
import { readTyped } from './format';

/** "020.50" → "20.5", "0.0" → "0": one spelling per number. */
function canonical(digits: string): string {
  const [whole, fraction = ''] = digits.split('.');
  const int = whole.replace(/^0+(?=\d)/, '') || '0';
  const frac = fraction.replace(/0+$/, '');
  return frac ? `${int}.${frac}` : int;
}

/** A fraction as the server sends it ("0.2", "0.0725", "1") → the percentage ("20", "7.25", "100"). */
export function percentOf(fraction: string): string {
  const m = /^(\d*)(?:\.(\d*))?$/.exec(fraction.trim());
  if (!m) return fraction;
  const frac = (m[2] ?? '').padEnd(2, '0');
  return canonical(`${m[1] || '0'}${frac.slice(0, 2)}.${frac.slice(2)}`);
}

/**
 * Typed text ("2", "20 %", "7.25%", "7,25" where the decimal mark is a comma) → the percentage as
 * canonical digits, or null unless 0–100.
 */
export function readPercent(text: string): string | null {
  const typed = readTyped(text.trim().replace(/\s*%$/, ''));
  if (typed === null || !/^\d+(\.\d+)?$/.test(typed)) return null;
  const value = canonical(typed);
  const whole = Number(value.split('.')[0]); // an integer part only: compared, never computed with
  return whole < 100 || value === '100' ? value : null;
}
