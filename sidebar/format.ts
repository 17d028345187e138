/**
 * Display helpers. Money arrives as decimal strings and is only reformatted as text, as the
 * spreadsheet's locale writes it ("£1,234.50", "1.234,50 €") — never parsed into a float.
 */
import { decimalMark } from '../src/shared/decimal-mark';
import { formatMoneyText, formatNumber } from '../src/shared/money-display';
import { decimalTextOf } from '../src/shared/money-text';

/** The spreadsheet's locale ("en_GB"), set when the selection arrives; until then "1,234.50 GBP". */
let displayLocale: string | undefined;

export function setDisplayLocale(locale: string | undefined): void {
  displayLocale = locale;
}

/** "1234.50", "GBP" → "£1,234.50" (en_GB). Anything unexpected is shown as given. */
export function money(amount: string | undefined, currency: string): string {
  if (amount === undefined || amount === '') return '—';
  return formatMoneyText(amount, currency, displayLocale);
}

/** A decimal string with the locale's thousands and decimal separators ("1.234,5" in de_DE). */
export function groupDigits(amount: string): string {
  return formatNumber(amount, displayLocale);
}

/** A number as the bookkeeper would type it back: the locale's decimal mark, no grouping ("12,5"). */
export function typedNumber(decimal: string): string {
  return decimalMark(displayLocale) === ',' ? decimal.replace('.', ',') : decimal;
}

/**
 * A number or amount typed in a field, read as a cell of the spreadsheet is ("1.234,50" in de_DE,
 * "£1,234.50" in en_GB), as plain decimal text for the server; null when it is not one.
 */
export function readTyped(text: string, allowNegative = false): string | null {
  const decimal = decimalTextOf(text, decimalMark(displayLocale));
  return decimal !== null && (allowNegative || !decimal.startsWith('-')) ? decimal : null;
}

/** True when a decimal string holds anything but zeros ("0.00" → false). */
export function isNonZero(amount: string | undefined): boolean {
  return amount !== undefined && /[1-9]/.test(amount);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "149 of 150 done, 1 failed": a failed invoice is not counted as done (nothing was done to it). */
export function progressText(answered: number, total: number, failed: number, verb = 'done'): string {
  return `${answered - failed} of ${total} ${verb}${failed ? `, ${failed} failed` : ''}`;
}
