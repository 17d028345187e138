/** Preview and apply over parsed tables: a result per invoice, and for an apply the plan of writes. */
import { decimalMark } from '../shared/decimal-mark';
import type {
  ApplyResponse,
  ApplyResult,
  CustomerCredit,
  CustomerCreditResponse,
  InvoiceFailure,
  PreviewResponse,
  PreviewResult,
} from '../shared/api';
import { formatMoney } from './calc/money';
import { resetsAccounting } from '../shared/actions';
import { auditRow, replayRequest } from './audit';
import { requireAccountingColumns } from './workbook/accounting-columns';
import type { Table } from './workbook/table';
import type { Context } from './invoice/context';
import { InvoiceOutcome, evaluateInvoice } from './invoice/evaluate-invoice';
import { IdAllocator } from './invoice/ids';
import { CreditPool } from './invoice/customer-credit';
import type { ValidRequest } from './invoice/valid-request';
import type { ParsedRequest } from './request';
import { Books, loadBooks } from './workbook/books';
import type { RawWorkbook } from './workbook/cells';
import { asFailure, isRevoiceError } from './workbook/errors';
import type { Lookups } from './workbook/coverage';
import { Plan, addRows, emptyPlan, mergePlans } from './workbook/plan';

function invoiceFailure(invoiceId: string, error: unknown): InvoiceFailure {
  const failure: InvoiceFailure = { invoiceId, ...asFailure(error) };
  if (isRevoiceError(error) && error.newInvoiceId) failure.newInvoiceId = error.newInvoiceId;
  return failure;
}

function evaluateAll(books: Books, request: ValidRequest, context: Context): (InvoiceOutcome | InvoiceFailure)[] {
  const ids = new IdAllocator(books);
  const pool = new CreditPool(books);
  // The accounting columns are the sheet's: none found fails the whole request (MISSING_COLUMN).
  const accounting = resetsAccounting(request.action)
    ? requireAccountingColumns(books.tables.invoices as Table, context.accountingColumns)
    : undefined;
  return request.invoiceIds.map((invoiceId) => {
    const rollback = pool.mark();
    try {
      return evaluateInvoice({ books, invoiceId, request, context, ids, pool, accounting });
    } catch (error) {
      rollback();
      return invoiceFailure(invoiceId, error);
    }
  });
}

function isFailure(outcome: InvoiceOutcome | InvoiceFailure): outcome is InvoiceFailure {
  return 'ok' in outcome && outcome.ok === false;
}

export interface PreviewOutcome {
  response: PreviewResponse;
  /**
   * Rows the answer depends on that the reads did not cover: read them and ask again. The
   * response is only to be used when this is null.
   */
  missing: Lookups | null;
}

/** What each invoice would become. Writes nothing. */
export function previewRequest(raw: RawWorkbook, { request, sheets }: ParsedRequest, context: Context): PreviewOutcome {
  try {
    const books = loadBooks(raw, sheets, context.columnMapping, decimalMark(context.locale));
    const results: PreviewResult[] = evaluateAll(books, request, context).map((outcome) =>
      isFailure(outcome) ? outcome : outcome.preview,
    );
    return { response: { ok: true, results }, missing: books.coverage.missingLookups() };
  } catch (error) {
    return { response: asFailure(error), missing: null };
  }
}

export interface ApplyPlan {
  response: ApplyResponse;
  plan: Plan;
  /** As for a preview: the plan is only to be used when this is null. */
  missing: Lookups | null;
}

/**
 * The writes an apply makes and the answer it gives. A request key seen before answers
 * from the Audit Log with an empty plan; invoices that fail are reported and the rest go ahead.
 */
export function planApply(raw: RawWorkbook, { request, sheets }: ParsedRequest, context: Context): ApplyPlan {
  const plan = emptyPlan();
  try {
    const books = loadBooks(raw, sheets, context.columnMapping, decimalMark(context.locale));
    const replayed = replayRequest(books.tables.audit, request);
    if (replayed) return { response: { ok: true, results: replayed }, plan, missing: null };
    const outcomes = evaluateAll(books, request, context);
    const failures = outcomes.filter(isFailure);
    const results: ApplyResult[] = outcomes.map((outcome) => (isFailure(outcome) ? outcome : outcome.result));
    let first = true;
    for (const outcome of outcomes) {
      if (isFailure(outcome)) continue;
      mergePlans(plan, outcome.plan);
      addRows(plan, 'audit', [
        auditRow({
          request,
          user: context.user,
          result: outcome.result,
          resultId: outcome.resultId,
          failures: first ? failures : undefined,
        }),
      ]);
      first = false;
    }
    return { response: { ok: true, results }, plan, missing: books.coverage.missingLookups() };
  } catch (error) {
    return { response: asFailure(error), plan, missing: null };
  }
}

export interface CreditOutcome {
  response: CustomerCreditResponse;
  missing: Lookups | null;
}

/** Each invoice's customer credit in its currency, for the sidebar to show before anything is asked. */
export function customerCredits(raw: RawWorkbook, { request, sheets }: ParsedRequest, context: Context): CreditOutcome {
  try {
    const books = loadBooks(raw, sheets, context.columnMapping, decimalMark(context.locale));
    const pool = new CreditPool(books);
    const credits: CustomerCredit[] = [];
    for (const invoiceId of request.invoiceIds) {
      const holder = books.invoices.get(invoiceId)?.holder;
      if (!holder) continue;
      try {
        const credit = formatMoney(pool.creditOf(holder.customer, holder.currency), holder.currency);
        credits.push({ invoiceId, customer: holder.customer, currency: holder.currency, credit });
      } catch (error) {
        if (!isRevoiceError(error)) throw error; // a bad ledger row: this invoice shows no credit
      }
    }
    return { response: { ok: true, credits }, missing: books.coverage.missingLookups() };
  } catch (error) {
    return { response: asFailure(error), missing: null };
  }
}
