import type { Books } from '../workbook/books';
import type { DateRange } from '../calc/dates';
import { expandSchedule, occurrences } from './expand-schedule';
import { fail } from '../workbook/errors';
import { Invoice, Line, customerKey } from '../workbook/model';

/**
 * The customer's current schedule over the span, with their closure days taken out. A row used
 * that names another currency than the invoice's is refused (BAD_VALUE): money never changes
 * currency in Revoice, as a credit in another currency is never used either.
 */
export function scheduleLines(
  books: Books,
  invoice: Invoice,
  span: DateRange,
  prorate = true,
): { lines: Line[]; warnings: string[] } {
  const { customer, currency } = invoice;
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
  for (const item of items) {
    if (!item.currency || item.currency.code === currency) continue;
    if (occurrences(item, span, closed, prorate).isZero()) continue;
    fail(
      'BAD_VALUE',
      `${item.currency.cell} is in ${item.currency.code}, but ${invoice.id} is in ${currency}: Revoice never bills one currency's rates in another. Give ${customer} ${currency} rates on the Schedule, or correct the invoice's Currency.`,
    );
  }
  const warnings = items.length ? [] : [`${customer} has nothing on the Schedule; only manual lines are kept.`];
  return { lines: expandSchedule(items, span, closed, prorate), warnings };
}
