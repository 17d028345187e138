import { DateRange, addDays, dayNumber, daysInMonth, daysInclusive, intersect, weekday } from '../calc/dates';
import { Dec, ZERO } from '../calc/money';
import type { Line, ScheduleItem } from '../workbook/model';

/**
 * Expands a customer's schedule over an invoice period: one line per item with a
 * non-zero quantity, in schedule order. `closed` holds the closure dates that apply
 * to this customer (theirs and everyone's). With `prorate` false (Chargebee's prorate flag),
 * a monthly item counts 1 for every calendar month the window touches and a weekly item
 * ⌈days ÷ 7⌉: whole units for part periods.
 */
export function expandSchedule(items: ScheduleItem[], period: DateRange, closed: Set<string>, prorate = true): Line[] {
  const lines: Line[] = [];
  for (const item of items) {
    const quantity = occurrences(item, period, closed, prorate).times(item.units).toDecimalPlaces(4, Dec.ROUND_HALF_UP);
    if (quantity.isZero()) continue;
    const span = item.frequency === 'once' ? null : itemSpan(item, period);
    const part = span && (span.start !== period.start || span.end !== period.end);
    lines.push({
      ...(part ? { covers: span } : {}),
      kind: item.kind,
      description: item.description,
      quantity,
      unitPrice: item.rate,
      taxRate: item.taxRate,
      source: `Schedule row ${item.row}`,
    });
  }
  return lines;
}

/** The part of the period within the item's effective dates, or null when none is. */
function itemSpan(item: ScheduleItem, period: DateRange): DateRange | null {
  return intersect(period, { start: item.effectiveFrom ?? period.start, end: item.effectiveTo ?? period.end });
}

/** How many times an item occurs in the period (fractional for weekly and monthly). */
export function occurrences(item: ScheduleItem, period: DateRange, closed: Set<string>, prorate = true): Dec {
  if (item.frequency === 'once') {
    const on = item.effectiveFrom as string;
    return new Dec(period.start <= on && on <= period.end ? 1 : 0);
  }
  const span = itemSpan(item, period);
  if (!span) return ZERO;
  switch (item.frequency) {
    case 'daily':
      return new Dec(countWeekdays(span, item.days, closed));
    case 'weekly': {
      const weeks = new Dec(daysInclusive(span.start, span.end)).dividedBy(7);
      return prorate ? weeks : weeks.ceil();
    }
    case 'monthly':
      return monthFractions(span, prorate);
  }
}

function countWeekdays(span: DateRange, days: number[], closed: Set<string>): number {
  let count = 0;
  for (let date = span.start; date <= span.end; date = addDays(date, 1)) {
    if (days.includes(weekday(date)) && !closed.has(date)) count++;
  }
  return count;
}

/** Σ over the calendar months the span touches of (days in span ÷ days in month), or of 1. */
function monthFractions(span: DateRange, prorate: boolean): Dec {
  let total = ZERO;
  let start = span.start;
  while (dayNumber(start) <= dayNumber(span.end)) {
    const [year, month] = start.split('-').map(Number);
    const length = daysInMonth(year, month);
    const monthEnd = `${start.slice(0, 8)}${String(length).padStart(2, '0')}`;
    const end = monthEnd < span.end ? monthEnd : span.end;
    total = total.plus(prorate ? new Dec(daysInclusive(start, end)).dividedBy(length) : 1);
    start = addDays(monthEnd, 1);
  }
  return total;
}
