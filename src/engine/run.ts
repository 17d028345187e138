/** Preview and apply over parsed tables: a result per invoice, and for an apply the plan of writes. */
import type { ApplyResponse, ApplyResult, InvoiceFailure, PreviewResponse, PreviewResult } from '../shared/api';
import { auditRow, replayRequest } from './audit';
import type { Context } from './invoice/context';
import { InvoiceOutcome, evaluateInvoice } from './invoice/evaluate-invoice';
import { IdAllocator } from './invoice/ids';
import type { ValidRequest } from './invoice/valid-request';
import type { ParsedRequest } from './request';
import { Books, loadBooks } from './workbook/books';
import type { RawWorkbook } from './workbook/cells';
import { asFailure, isRevoiceError } from './workbook/errors';
import { Plan, addRows, emptyPlan, mergePlans } from './workbook/plan';

function invoiceFailure(invoiceId: string, error: unknown): InvoiceFailure {
  const failure: InvoiceFailure = { invoiceId, ...asFailure(error) };
  if (isRevoiceError(error) && error.newInvoiceId) failure.newInvoiceId = error.newInvoiceId;
  return failure;
}

function evaluateAll(books: Books, request: ValidRequest, context: Context): (InvoiceOutcome | InvoiceFailure)[] {
  const ids = new IdAllocator(books);
  return request.invoiceIds.map((invoiceId) => {
    try {
      return evaluateInvoice({ books, invoiceId, request, context, ids });
    } catch (error) {
      return invoiceFailure(invoiceId, error);
    }
  });
}

function isFailure(outcome: InvoiceOutcome | InvoiceFailure): outcome is InvoiceFailure {
  return 'ok' in outcome && outcome.ok === false;
}

/** What each invoice would become. Writes nothing. */
export function previewRequest(
  raw: RawWorkbook,
  { request, sheets }: ParsedRequest,
  context: Context,
): PreviewResponse {
  try {
    const books = loadBooks(raw, sheets, context.columnMapping);
    const results: PreviewResult[] = evaluateAll(books, request, context).map((outcome) =>
      isFailure(outcome) ? outcome : outcome.preview,
    );
    return { ok: true, results };
  } catch (error) {
    return asFailure(error);
  }
}

export interface ApplyPlan {
  response: ApplyResponse;
  plan: Plan;
}

/**
 * The writes an apply makes and the answer it gives. A request key seen before answers
 * from the Audit Log with an empty plan; invoices that fail are reported and the rest go ahead.
 */
export function planApply(raw: RawWorkbook, { request, sheets }: ParsedRequest, context: Context): ApplyPlan {
  const plan = emptyPlan();
  try {
    const books = loadBooks(raw, sheets, context.columnMapping);
    const replayed = replayRequest(books.tables.audit, request);
    if (replayed) return { response: { ok: true, results: replayed }, plan };
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
    return { response: { ok: true, results }, plan };
  } catch (error) {
    return { response: asFailure(error), plan };
  }
}
