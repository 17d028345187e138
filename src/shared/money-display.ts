/**
 * Money and numbers shown as the spreadsheet's locale writes them: "£1,234.50" (en_GB),
 * "1.234,50 €" (de_DE), "￥804" (ja_JP). Shared by the server (warnings) and the sidebar.
 * Amounts arrive as decimal strings with exactly the currency's minor units and are never turned
 * into floats: Intl only shows, on a sample value, where the symbol goes and which separators the
 * locale uses; the amount's own digits are then laid out by hand.
 */

/** How a locale lays out a number, learned from Intl on a sample. */
interface Style {
  group: string;
  decimal: string;
  /** Digits in the group next to the decimal mark, and in the groups further left (en-IN: 3, 2). */
  primary: number;
  secondary: number;
  /** Some locales (es-ES) leave 4-digit numbers ungrouped: "1234,50 €" but "12.345,50 €". */
  groupsFourDigits: boolean;
  /** Text around the digits ("£", "-£", " €"), for positive and negative amounts. */
  positive: [string, string];
  negative: [string, string];
}

/** Without a locale: what the sidebar showed before it knew one ("1,234.50 GBP"). */
const PLAIN: Style = {
  group: ',',
  decimal: '.',
  primary: 3,
  secondary: 3,
  groupsFourDigits: true,
  positive: ['', ''],
  negative: ['-', ''],
};

/** A spreadsheet locale ("en_GB") as the BCP 47 tag Intl takes ("en-GB"); undefined when it is not one. */
export function localeTag(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  const tag = locale.replace(/_/g, '-');
  try {
    return Intl.NumberFormat.supportedLocalesOf([tag]).length ? tag : undefined;
  } catch {
    return undefined; // not well-formed ("x_1")
  }
}

/** True when Intl knows the currency by name: otherwise its code is shown after the amount. */
function knownCurrency(currency: string): boolean {
  try {
    return new Intl.DisplayNames(['en'], { type: 'currency', fallback: 'none' }).of(currency) !== undefined;
  } catch {
    return false;
  }
}

type Part = Intl.NumberFormatPart;
const NUMBER_PARTS = new Set(['integer', 'group', 'decimal', 'fraction']);

/** The text before and after the digits (the sign, the symbol and their spaces). */
function around(parts: Part[]): [string, string] {
  const first = parts.findIndex((p) => NUMBER_PARTS.has(p.type));
  const last = parts.length - 1 - [...parts].reverse().findIndex((p) => NUMBER_PARTS.has(p.type));
  const text = (list: Part[]) => list.map((p) => p.value).join('');
  return [text(parts.slice(0, first)), text(parts.slice(last + 1))];
}

function learn(tag: string, currency: string): Style {
  // One fraction digit on the sample, so that even JPY shows the locale's decimal mark.
  const options: Intl.NumberFormatOptions = currency
    ? { style: 'currency', currency, minimumFractionDigits: 1, maximumFractionDigits: 1 }
    : { minimumFractionDigits: 1, maximumFractionDigits: 1 };
  // The amount's digits are ASCII, so the separators must be those the locale uses with them.
  const format = new Intl.NumberFormat(tag, { ...options, numberingSystem: 'latn' });
  const parts = format.formatToParts(-1234567.5);
  const value = (type: string) => parts.find((p) => p.type === type)?.value;
  const integers = parts.filter((p) => p.type === 'integer').map((p) => p.value.length);
  return {
    group: value('group') ?? '',
    decimal: value('decimal') ?? '.',
    primary: integers[integers.length - 1] ?? 3,
    secondary: integers[integers.length - 2] ?? 3,
    groupsFourDigits: format.formatToParts(1234.5).some((p) => p.type === 'group'),
    positive: around(format.formatToParts(1234567.5)),
    negative: around(parts),
  };
}

/** Learned styles by locale and currency; null: a currency Intl doesn't know (its code is shown). */
const styles = new Map<string, Style | null>();

function styleOf(locale: string | undefined, currency: string): Style | null {
  const tag = localeTag(locale);
  if (!tag) return currency ? null : PLAIN;
  const key = `${tag} ${currency}`;
  let style = styles.get(key);
  if (style === undefined) {
    try {
      style = currency && !knownCurrency(currency) ? null : learn(tag, currency);
    } catch {
      style = currency ? null : PLAIN; // an Intl without this locale or option: still readable
    }
    styles.set(key, style);
  }
  return style;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** The integer digits in the locale's groups. */
function grouped(digits: string, style: Style): string {
  if (!style.group || (digits.length <= 4 && !style.groupsFourDigits) || digits.length <= style.primary) return digits;
  const groups = [digits.slice(-style.primary)];
  let rest = digits.slice(0, -style.primary);
  while (rest.length > style.secondary) {
    groups.unshift(rest.slice(-style.secondary));
    rest = rest.slice(0, -style.secondary);
  }
  groups.unshift(rest);
  return groups.join(style.group);
}

function layOut(match: RegExpExecArray, style: Style): string {
  const [, minus, integer, fraction] = match;
  const digits = grouped(integer, style) + (fraction === undefined ? '' : style.decimal + fraction);
  const [before, after] = minus ? style.negative : style.positive;
  return before + digits + after;
}

/** A decimal string ("1234.5", "-3") with the locale's separators, digits as given; other text as given. */
export function formatNumber(decimal: string, locale: string | undefined): string {
  const match = DECIMAL.exec(decimal.trim());
  return match ? layOut(match, styleOf(locale, '') ?? PLAIN) : decimal;
}

/**
 * An amount ("1234.50", exactly the currency's minor units) in its currency: "£1,234.50" in en_GB.
 * No locale, or a currency Intl doesn't know: "1,234.50 XYZ". No currency: the number alone.
 */
export function formatMoneyText(amount: string, currency: string, locale: string | undefined): string {
  const match = DECIMAL.exec(amount.trim());
  if (!match) return currency ? `${amount} ${currency}` : amount;
  const style = currency ? styleOf(locale, currency) : null;
  if (style) return layOut(match, style);
  const number = layOut(match, styleOf(locale, '') ?? PLAIN);
  return currency ? `${number} ${currency}` : number;
}
