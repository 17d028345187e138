/**
 * A draft rebuilt in place (SPEC §3, Pigeonhole's "Regenerate Invoice"): a draft has not been
 * issued, so instead of being voided it gets the customer's current schedule over its period
 * (narrowed by from–to, which becomes its period), its manual lines kept unless keepManual is
 * false. Its old line rows are deleted and the new lines written as one block; its Subtotal,
 * Tax, Total (and Balance where the sheet has one) rewritten. Its ID, Reference, payments and
 * status stay; it neither gives nor receives credit.
 */
import type { Context } from './context';
import { fail } from '../workbook/errors';
import { InvoiceTotals, totalCells, totalsOf } from './line-math';
import { ledgerOf } from './ledger';
import { moneyCell } from '../workbook/written-number';
import type { Dec } from '../calc/money';
import type { DateRange } from '../calc/dates';
import type { Books } from '../workbook/books';
import type { Invoice, Line, StoredLine } from '../workbook/model';
import type { OutValue } from '../workbook/cells';
import { Plan, addDeletions, addRows, addUpdates, emptyPlan } from '../workbook/plan';
import { lineRows, newLines } from './regenerate-invoice';
import type { ValidRequest } from './valid-request';

export interface RebuiltDraft {
  plan: Plan;
  lines: Line[];
  totals: InvoiceTotals;
  /** Total − what the draft has been paid. */
  balance: Dec;
  period: DateRange;
  warnings: string[];
}

export function rebuildDraft(args: {
  books: Books;
  invoice: Invoice;
  original: StoredLine[];
  request: ValidRequest;
  context: Context;
}): RebuiltDraft {
  const { books, invoice, original, request } = args;
  if (request.mode === 'copy') {
    fail('DRAFT', `${invoice.id} is a draft: edit its lines directly, or rebuild it from the schedule.`);
  }
  const { lines, warnings, period } = newLines(books, invoice, original, request);
  const { currency } = invoice;
  const totals = totalsOf(lines, currency);
  const plan = emptyPlan();
  const rows = lineRows(invoice.idCell, invoice.id, lines, currency);
  addDeletions(
    plan,
    'lines',
    original.map((line) => line.row),
  );
  addRows(plan, 'lines', rows);
  const balance = totals.total.minus(ledgerOf(books, invoice.id).paid);
  // A narrowed period is a record the lines depend on; the totals a workbook may compute itself.
  addUpdates(plan, 'invoices', invoice.row, {
    ...(period.start !== invoice.period.start ? { 'Period Start': { date: period.start } } : {}),
    ...(period.end !== invoice.period.end ? { 'Period End': { date: period.end } } : {}),
  });
  const balanceCell: Record<string, OutValue> = books.tables.invoices?.has('Balance')
    ? { Balance: moneyCell(balance, currency, `${invoice.id}'s Balance`) }
    : {};
  addUpdates(
    plan,
    'invoices',
    invoice.row,
    { ...totalCells(totals, currency, `${invoice.id}'s`), ...balanceCell },
    { optional: true },
  );
  if (!lines.length) warnings.push(`${invoice.id} has no lines left.`);
  return { plan, lines, totals, balance, period, warnings };
}
