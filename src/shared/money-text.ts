/**
 * Money typed as people type it — in a cell or in the sidebar, read by the same rule (SPEC §2):
 * "£1,234.50", "-12.5", "1234.5 GBP", "$ 20". Shared so that an amount the sidebar accepts is
 * exactly what the server reads.
 */
const MONEY_TEXT =
  /^([-+])?\s*(?:[£$€¥]|[A-Z]{3}\s?)?\s*([-+])?\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)\s*(?:[A-Z]{3})?$/;

/** The amount as plain decimal text ("-1234.50"), or null when the text is not money. */
export function decimalTextOf(text: string): string | null {
  const match = MONEY_TEXT.exec(text.trim());
  if (!match || (match[1] && match[2])) return null;
  const sign = match[1] ?? match[2] ?? '';
  return `${sign === '-' ? '-' : ''}${match[3].replace(/,/g, '')}`;
}
