/**
 * Which rows a request needs, asked in rounds so that the sheets layer can find them by key
 * instead of reading whole sheets: first the requested invoices' own rows (their invoice row,
 * the rows linking to them, their lines, payments and credit notes), then what those rows
 * point to (the customer's schedule, the chain's other invoices, the IDs a regeneration
 * would take). Evaluation itself records any lookup still missing (coverage.ts), so a wrong
 * guess here costs a round, never a wrong answer.
 */
import { decimalMark } from '../shared/decimal-mark';
import { appliesCredit, regenerates } from '../shared/actions';
import { nextInChain } from './invoice/chain';
import { transferPaymentIds } from './invoice/transfer-payments';
import { creditNoteIdFor } from './invoice/void-invoice';
import type { ParsedRequest } from './request';
import type { Context } from './invoice/context';
import { loadBooks } from './workbook/books';
import type { RawWorkbook } from './workbook/cells';
import type { Lookups } from './workbook/coverage';
import { customerKey } from './workbook/model';

/** The rows of the requested invoices themselves, on every sheet the request reads. */
export function firstLookups({ request, sheets }: ParsedRequest): Lookups {
  const ids = request.invoiceIds;
  const lookups: Lookups = { invoices: { 'Invoice ID': ids } };
  if (sheets.read.includes('lines')) lookups.lines = { 'Invoice ID': ids };
  if (sheets.read.includes('payments')) lookups.payments = { 'Invoice ID': ids };
  if (sheets.read.includes('creditNotes')) lookups.creditNotes = { 'Invoice ID': ids };
  return lookups;
}

/**
 * What the rows read so far point to and evaluation will ask about; null when nothing more.
 * A request that fails before evaluation (a missing column) needs nothing more either.
 */
export function followUpLookups(
  raw: RawWorkbook,
  { request, sheets }: ParsedRequest,
  context: Context,
): Lookups | null {
  let books;
  try {
    books = loadBooks(raw, sheets, context.columnMapping, decimalMark(context.locale));
  } catch {
    return null;
  }
  const regenerating = regenerates(request.action);
  for (const invoiceId of request.invoiceIds) {
    const invoice = books.invoices.get(invoiceId)?.invoice;
    if (!invoice) continue;
    // The customer's other invoices: their credit is the customer's (SPEC §3).
    books.customers.get(customerKey(invoice.customer));
    if (request.creditNote) books.takenIds.creditNotes.has(creditNoteIdFor(invoiceId));
    if (appliesCredit(request.action)) {
      const { out, in: into } = transferPaymentIds(invoiceId);
      books.takenIds.payments.has(out);
      books.takenIds.payments.has(into);
    }
    if (!regenerating) continue;
    if (request.mode === 'schedule' && books.tables.schedule) books.schedule.get(customerKey(invoice.customer));
    const next = nextInChain(books, invoiceId);
    books.invoices.has(next);
    const { out, in: into } = transferPaymentIds(next);
    books.takenIds.payments.has(out);
    books.takenIds.payments.has(into);
  }
  return books.coverage.missingLookups();
}
