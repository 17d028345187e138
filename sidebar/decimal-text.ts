/**
 * Exact sums and differences of the server's decimal strings ("123.45", "-0.50", "13202"), done
 * on whole minor units with BigInt, so the sidebar never turns money into a float.
 */

interface Scaled {
  units: bigint;
  scale: number;
}

// BigInt() rather than 10n literals: the sidebar is built for ES2019.
const ZERO = BigInt(0);
const TEN = BigInt(10);
const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

function scaled(amount: string): Scaled | null {
  const m = DECIMAL.exec(amount.trim());
  if (!m) return null;
  const fraction = m[3] || '';
  const units = BigInt(`${m[2]}${fraction}`);
  return { units: m[1] ? -units : units, scale: fraction.length };
}

function rescale(value: Scaled, scale: number): bigint {
  return value.units * TEN ** BigInt(scale - value.scale);
}

function text(units: bigint, scale: number): string {
  const negative = units < ZERO;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = scale ? `.${digits.slice(digits.length - scale)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** Σ amounts, kept at the largest number of decimals among them; null when one isn't a decimal. */
export function sumDecimals(amounts: readonly string[]): string | null {
  const values: Scaled[] = [];
  for (const amount of amounts) {
    const value = scaled(amount);
    if (!value) return null;
    values.push(value);
  }
  const scale = values.reduce((s, v) => Math.max(s, v.scale), 0);
  return text(
    values.reduce((sum, v) => sum + rescale(v, scale), ZERO),
    scale,
  );
}

/** after − before, exactly; null when either isn't a decimal. */
export function differenceOf(before: string, after: string): string | null {
  const negated = scaled(before);
  if (!negated) return null;
  return sumDecimals([after, text(-negated.units, negated.scale)]);
}

/** -1, 0 or 1. */
export function signOf(amount: string): number {
  const value = scaled(amount);
  if (!value || value.units === ZERO) return 0;
  return value.units < ZERO ? -1 : 1;
}
