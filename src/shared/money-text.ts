/**
 * Money typed as people type it — in a cell or in the sidebar, read by the same rule (SPEC §2):
 * "£1,234.50", "-12.5", "1234.5 GBP", "$ 20", "20 €". Shared so that an amount the sidebar accepts
 * is exactly what the server reads. Where the spreadsheet's decimal mark is a comma (de_DE …),
 * "1.234,50", "12,5" and "€ 1.234,50" are read as Sheets reads them there: a point only groups.
 */
import type { DecimalMark } from './decimal-mark';

const SYMBOL = '[£$€¥]';

/** The digits: thousands groups (optional) and a fraction after the locale's decimal mark. */
const DIGITS: Record<DecimalMark, string> = {
  '.': String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+`,
  // Germany groups with '.', France with a (no-break) space: either, the same throughout.
  ',': String.raw`(?:\d{1,3}(?:\.\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,\d+)?|,\d+`,
};

const MONEY_TEXT: Record<DecimalMark, RegExp> = {
  '.': moneyText('.'),
  ',': moneyText(','),
};

function moneyText(mark: DecimalMark): RegExp {
  return new RegExp(
    String.raw`^([-+])?\s*(?:${SYMBOL}|[A-Z]{3}\s?)?\s*([-+])?\s*(${DIGITS[mark]})\s*(?:${SYMBOL}|[A-Z]{3})?$`,
  );
}

/** The amount as plain decimal text ("-1234.50"), or null when the text is not money. */
export function decimalTextOf(text: string, mark: DecimalMark = '.'): string | null {
  const match = MONEY_TEXT[mark].exec(text.trim());
  if (!match || (match[1] && match[2])) return null;
  const sign = match[1] ?? match[2] ?? '';
  const digits =
    mark === '.' ? match[3].replace(/,/g, '') : match[3].replace(/[. \u00a0\u202f]/g, '').replace(',', '.');
  // ".5" and ",5" are written "0.5": plain decimal text always starts with a digit.
  return `${sign === '-' ? '-' : ''}${digits.startsWith('.') ? '0' : ''}${digits}`;
}
