import { RevoiceError, fail, isRevoiceError } from './errors';
import { groupRows } from './group';
import { Dec, isCurrencyCode } from '../calc/money';
import { Closures, Frequency, Group, ScheduleItem, customerKey } from './model';
import type { Row, Table } from './table';
import { readDate, readDecimal, readOptionalDate, readOptionalDecimal, readTaxRate, readText } from './values';

const FREQUENCIES: readonly Frequency[] = ['daily', 'weekly', 'monthly', 'once'];
const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Common short forms that aren't a prefix of the day's name. */
const WEEKDAY_ALIASES: Record<string, number> = { weds: 3 };

/** "mon", "mond", "monday", "weds" → the weekday; null for anything that isn't one. */
function weekdayOf(word: string): number | null {
  if (word in WEEKDAY_ALIASES) return WEEKDAY_ALIASES[word];
  if (word.length < 3) return null;
  const index = WEEKDAY_NAMES.findIndex((name) => name.startsWith(word));
  return index < 0 ? null : index;
}

/** "Mon, Wed, Fri", "Monday Tuesday", "Mon-Fri" → weekday numbers (0 = Sunday), or null. */
export function parseWeekdays(text: string): number[] | null {
  const days = new Set<number>();
  const parts = text
    .toLowerCase()
    .split(/[\s,;/&]+/)
    .filter((part) => part && part !== 'and');
  for (const part of parts) {
    const ends = part.split('-').map(weekdayOf);
    if (ends.length > 2 || ends.some((day) => day === null)) return null;
    const [first, last = first] = ends as number[];
    for (let day = first; ; day = (day + 1) % 7) {
      days.add(day);
      if (day === last) break;
    }
  }
  return days.size ? [...days].sort() : null;
}

/** Symbols that name one currency only ($ and ¥ name several, so they say nothing). */
const SYMBOLS: Record<string, string> = { '£': 'GBP', '€': 'EUR' };

/**
 * The currency a schedule row names: an optional Currency column, else a code or symbol typed
 * with the Rate ("65 GBP", "£65"); null when it names none (the rate is in the invoice's currency).
 */
function rowCurrency(table: Table, row: Row): ScheduleItem['currency'] {
  const named = readText(table, row, 'Currency').toUpperCase();
  if (named) {
    if (!isCurrencyCode(named))
      fail(
        'BAD_VALUE',
        `${table.ref(row, 'Currency')} should be a currency code like GBP, not ${JSON.stringify(named)}.`,
      );
    return { code: named, cell: table.ref(row, 'Currency') };
  }
  const rate = table.get(row, 'Rate');
  if (typeof rate !== 'string') return null;
  const code = /[A-Z]{3}/.exec(rate)?.[0] ?? SYMBOLS[/[£€]/.exec(rate)?.[0] ?? ''];
  return code && isCurrencyCode(code) ? { code, cell: table.ref(row, 'Rate') } : null;
}

function parseItem(table: Table, row: Row): ScheduleItem {
  const kind = readText(table, row, 'Kind').toLowerCase();
  if (kind !== 'session' && kind !== 'charge') {
    fail('BAD_VALUE', `${table.ref(row, 'Kind')} should be session or charge, not ${JSON.stringify(kind)}.`);
  }
  const frequency = readText(table, row, 'Frequency').toLowerCase() as Frequency;
  if (!FREQUENCIES.includes(frequency)) {
    fail(
      'BAD_VALUE',
      `${table.ref(row, 'Frequency')} should be daily, weekly, monthly or once, not ${JSON.stringify(frequency)}.`,
    );
  }
  const daysText = readText(table, row, 'Days');
  const days = frequency === 'daily' ? parseWeekdays(daysText) : [];
  if (!days)
    fail(
      'BAD_VALUE',
      `${table.ref(row, 'Days')} should list weekdays like "Mon, Wed, Fri", not ${JSON.stringify(daysText)}.`,
    );
  const units = readOptionalDecimal(table, row, 'Units', new Dec(1));
  if (units.isNegative()) fail('BAD_VALUE', `${table.ref(row, 'Units')} should not be negative.`);
  const effectiveFrom = readOptionalDate(table, row, 'Effective From');
  if (frequency === 'once' && !effectiveFrom)
    fail('BAD_VALUE', `${table.ref(row, 'Effective From')} is empty; a "once" item needs the date it falls on.`);
  return {
    row: row.row,
    kind,
    description: readText(table, row, 'Description'),
    frequency,
    days,
    units,
    rate: readDecimal(table, row, 'Rate', 'an amount of money'),
    effectiveFrom,
    effectiveTo: readOptionalDate(table, row, 'Effective To'),
    taxRate: readTaxRate(table, row, 'Tax Rate'),
    currency: rowCurrency(table, row),
  };
}

/** Schedule items by customer key, in schedule order. */
export function parseSchedule(table: Table): Map<string, Group<ScheduleItem>> {
  return groupRows(
    table,
    (row) => customerKey(readText(table, row, 'Customer')),
    (row) => parseItem(table, row),
  );
}

/** Closure dates: blank customer = everyone. */
export function parseClosures(table: Table | undefined): Closures {
  const closures: Closures = { everyone: new Set(), byCustomer: new Map(), errorByCustomer: new Map() };
  for (const row of table?.rows ?? []) {
    const key = customerKey(readText(table as Table, row, 'Customer'));
    try {
      const date = readDate(table as Table, row, 'Date');
      if (!key) closures.everyone.add(date);
      else closures.byCustomer.set(key, (closures.byCustomer.get(key) ?? new Set()).add(date));
    } catch (error) {
      if (!isRevoiceError(error)) throw error;
      if (!key) closures.everyoneError ??= error;
      else if (!closures.errorByCustomer.has(key)) closures.errorByCustomer.set(key, error as RevoiceError);
    }
  }
  return closures;
}
