/**
 * Display helpers. Money arrives as decimal strings and is only reformatted as text
 * (thousands separators, currency code) — never parsed into a float.
 */

/** "1234.50", "GBP" → "1,234.50 GBP". Anything unexpected is shown as given. */
export function money(amount: string | undefined, currency: string): string {
  if (amount === undefined || amount === '') return '—';
  return currency ? `${groupDigits(amount)} ${currency}` : groupDigits(amount);
}

/** Thousands separators on the integer part of a decimal string. */
export function groupDigits(amount: string): string {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(amount.trim());
  if (!m) return amount;
  return `${m[1]}${m[2].replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${m[3] || ''}`;
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

/** Decimal text as typed in a field: "12", "-3.5", "0.25". */
export function isDecimal(text: string, allowNegative = false): boolean {
  return (allowNegative ? /^-?\d+(\.\d+)?$/ : /^\d+(\.\d+)?$/).test(text.trim());
}
