import type { Books } from '../workbook/books';
import type { DateRange } from '../calc/dates';
import { expandSchedule } from './expand-schedule';
import { Line, customerKey } from '../workbook/model';

/** The customer's current schedule over the span, with their closure days taken out. */
export function scheduleLines(
  books: Books,
  customer: string,
  span: DateRange,
  prorate = true,
): { lines: Line[]; warnings: string[] } {
  const key = customerKey(customer);
  const group = books.schedule.get(key);
  if (group?.error) throw group.error;
  const items = group?.items ?? [];
  const closures = books.closures;
  if (items.some((item) => item.frequency === 'daily')) {
    const closureError = closures.errorByCustomer.get(key) ?? closures.everyoneError;
    if (closureError) throw closureError;
  }
  const closed = new Set([...closures.everyone, ...(closures.byCustomer.get(key) ?? [])]);
  const warnings = items.length ? [] : [`${customer} has nothing on the Schedule; only manual lines are kept.`];
  return { lines: expandSchedule(items, span, closed, prorate), warnings };
}
