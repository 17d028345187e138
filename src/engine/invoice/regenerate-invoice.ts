import type { Books } from '../workbook/books';
import type { Context } from './context';
import { DateRange, addDays, contains, dayNumber } from '../calc/dates';
import { successorOf } from './chain';
import { copyWithEdits } from './copy-edits';
import { fail } from '../workbook/errors';
import type { IdAllocator } from './ids';
import { InvoiceTotals, lineAmount, totalCells, totalsOf } from './line-math';
import { Dec, ZERO, moneyText } from '../calc/money';
import { moneyCell, writtenNumber } from '../workbook/written-number';
import type { Invoice, Line } from '../workbook/model';
import type { OutValue } from '../workbook/cells';
import { Plan, addRows, addUpdates, emptyPlan } from '../workbook/plan';
import type { ValidRequest } from './valid-request';
import { scheduleLines } from './schedule-lines';
import { Transfer, transferPayments } from './transfer-payments';
import type { CreditPool, CreditSource } from './customer-credit';

export interface RegenerateOutcome {
  plan: Plan;
  newInvoiceId: string;
  lines: Line[];
  totals: InvoiceTotals;
  transfer: Transfer;
  /** Total − what the transfers pay, and the status that gives the new invoice. */
  balance: Dec;
  status: 'paid' | 'open';
  period: DateRange;
  warnings: string[];
}

/** Chargebee's rule: only a voided invoice, and only once. */
export function checkRegenerable(books: Books, invoice: Invoice, voidedInThisCall: boolean): void {
  if (!voidedInThisCall && invoice.status !== 'voided') {
    fail('NOT_VOIDED', `${invoice.id} is ${invoice.status}; void it before regenerating it.`);
  }
  const existing = successorOf(books, invoice.id);
  if (existing) fail('ALREADY_REGENERATED', `${invoice.id} was already regenerated as ${existing}.`, existing);
  if (existing === null) {
    // A link cell showing an error still says a regeneration was made: never make a second one.
    const entry = books.invoices.get(invoice.id);
    const cell =
      entry && books.tables.invoices ? books.tables.invoices.ref(entry.row, 'Regenerated As') : 'Regenerated As';
    fail(
      'ALREADY_REGENERATED',
      `${invoice.id} may already have been regenerated: ${cell} shows an error instead of the new invoice's ID, and no row names ${invoice.id} in Regenerated From. Fix or clear that cell to regenerate it.`,
    );
  }
}

/** The new lines (and period) from the current schedule or an edited copy. */
export function newLines(books: Books, invoice: Invoice, original: Line[], request: ValidRequest) {
  if (request.mode === 'copy') {
    return {
      lines: copyWithEdits(invoice.id, original, request.edits[invoice.id], invoice.currency),
      warnings: [],
      period: invoice.period,
    };
  }
  // A lone from (or to) is paired with the period's own end (or start): never an inverted period.
  const period = { start: request.from ?? invoice.period.start, end: request.to ?? invoice.period.end };
  if (!contains(invoice.period, period)) {
    const asked = [request.from && `from ${request.from}`, request.to && `to ${request.to}`].filter(Boolean).join(' ');
    fail(
      'PERIOD_OUTSIDE_ORIGINAL',
      `${period.start} to ${period.end} (${asked}) is not inside ${invoice.id}'s period, ${invoice.period.start} to ${invoice.period.end}.`,
    );
  }
  const fromSchedule = scheduleLines(books, invoice, period, request.prorate);
  const manual = request.keepManual ? original.filter((line) => line.kind === 'manual') : [];
  return { lines: [...fromSchedule.lines, ...manual], warnings: fromSchedule.warnings, period };
}

/** Due date keeps the original's due-minus-issue gap, counted from today. */
function dueDate(invoice: Invoice, today: string): { date: string } | null {
  if (!invoice.issueDate || !invoice.dueDate) return null;
  return { date: addDays(today, dayNumber(invoice.dueDate) - dayNumber(invoice.issueDate)) };
}

/**
 * The Invoice Lines rows of `invoiceId` (its cell `idCell`), each number refused when a cell
 * can't hold it exactly; the message names the line and where it came from.
 */
export function lineRows(idCell: OutValue, invoiceId: string, lines: Line[], currency: string) {
  return lines.map((line, i) => {
    const what = (cell: string) => `Line ${i + 1} of ${invoiceId} ("${line.description}", ${line.source})'s ${cell}`;
    return {
      'Invoice ID': idCell,
      Kind: line.kind,
      Description: line.description,
      Quantity: writtenNumber(line.quantity, what('quantity')),
      'Unit Price': writtenNumber(line.unitPrice, what('unit price')),
      Amount: moneyCell(lineAmount(line, currency), currency, what('amount')),
      'Tax Rate': writtenNumber(line.taxRate, what('tax rate')),
      Source: line.source,
    };
  });
}

/**
 * What pays the new invoice (SPEC §3): the original's own money first — Held(V) with
 * `applyCredit`, else only its payments neither refunded nor credited — then, with
 * `applyCredit`, the customer's other credit in the currency, oldest voided invoice first.
 */
function creditFor(args: {
  books: Books;
  invoice: Invoice;
  available: Dec;
  total: Dec;
  request: ValidRequest;
  pool: CreditPool;
}) {
  const { books, invoice, available, total, request, pool } = args;
  const own = request.applyCredit ? pool.held(invoice) : pool.unsettled(invoice, available);
  const offers: CreditSource[] = [{ invoiceId: invoice.id, amount: own }];
  if (request.applyCredit) {
    for (const other of pool.voidedInvoices(invoice.customer, invoice.currency)) {
      if (other.id !== invoice.id) offers.push({ invoiceId: other.id, amount: pool.held(other) });
    }
  }
  const sources = pool.cover(offers, total.greaterThan(0) ? total : ZERO);
  const idCell = (id: string) => (id === invoice.id ? invoice.idCell : (books.invoices.get(id)?.invoice?.idCell ?? id));
  return sources.map((source) => ({ ...source, idCell: idCell(source.invoiceId) }));
}

/**
 * A new invoice from the voided one: lines from the current schedule or an edited copy,
 * linked both ways, with the customer's credit carried across.
 */
export function regenerateInvoice(args: {
  books: Books;
  invoice: Invoice;
  original: Line[];
  /** The original's payments neither refunded nor credited, after this call's credit note. */
  available: Dec;
  voidedInThisCall: boolean;
  request: ValidRequest;
  context: Context;
  ids: IdAllocator;
  pool: CreditPool;
}): RegenerateOutcome {
  const { books, invoice, original, available, request, context, ids, pool } = args;
  checkRegenerable(books, invoice, args.voidedInThisCall);
  const { lines, warnings, period } = newLines(books, invoice, original, request);
  const newInvoiceId = ids.nextInvoiceId(invoice.id);
  const currency = invoice.currency;
  const totals = totalsOf(lines, currency);
  const transfer = transferPayments({
    toId: newInvoiceId,
    sources: creditFor({ books, invoice, available, total: totals.total, request, pool }),
    currency,
    context,
    ids,
  });
  const balance = totals.total.minus(transfer.transferred);
  const status = totals.total.greaterThan(0) && balance.isZero() ? 'paid' : 'open';
  const plan = emptyPlan();
  // The lines first: a line that can't be written is named before the total it makes.
  const rows = lineRows(newInvoiceId, newInvoiceId, lines, currency);
  addRows(plan, 'invoices', [
    {
      'Invoice ID': newInvoiceId,
      ...invoice.copies,
      'Period Start': { date: period.start },
      'Period End': { date: period.end },
      'Issue Date': { date: context.today },
      'Due Date': dueDate(invoice, context.today),
      Currency: currency,
      Status: status,
      ...totalCells(totals, currency, `${newInvoiceId}'s`),
      Paid: moneyCell(transfer.transferred, currency, `${newInvoiceId}'s Paid`),
      Balance: moneyCell(balance, currency, `${newInvoiceId}'s Balance`),
      'Regenerated From': { link: invoice.id },
    },
  ]);
  addRows(plan, 'lines', rows);
  addRows(plan, 'payments', transfer.rows);
  addUpdates(plan, 'invoices', invoice.row, { 'Regenerated As': { link: newInvoiceId } });
  if (totals.total.isNegative())
    warnings.push(
      `The new total is negative (${moneyText(totals.total, currency, context.locale)}); no payment is moved.`,
    );
  if (!lines.length) warnings.push(`${newInvoiceId} has no lines.`);
  return { plan, newInvoiceId, lines, totals, transfer, balance, status, period, warnings };
}
