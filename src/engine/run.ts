import type { ApplyResponse, ApplyResult, Failure, InvoiceFailure, PreviewResponse, PreviewResult } from '../shared/api';
import { replayRequest, auditRow } from './audit';
import { Books, loadBooks, sheetsFor } from './books';
import type { RawWorkbook } from './cells';
import type { Context } from './context';
import { isRevoiceError } from './errors';
import { InvoiceOutcome, evaluateInvoice } from './evaluate-invoice';
import { IdAllocator } from './ids';
import { Plan, addRows, emptyPlan, mergePlans } from './plan';
import { ValidRequest, validateRequest } from './request';
import type { SheetKey } from './schema';

/** A request-level failure ({ok: false}) from a thrown RevoiceError; anything else is a bug. */
export function asFailure(error: unknown): Failure {
  if (isRevoiceError(error)) return { ok: false, code: error.code, message: error.message };
  throw error;
}

function invoiceFailure(invoiceId: string, error: unknown): InvoiceFailure {
  const failure: InvoiceFailure = { invoiceId, ...asFailure(error) };
  if (isRevoiceError(error) && error.newInvoiceId) failure.newInvoiceId = error.newInvoiceId;
  return failure;
}

/** Step one, before any sheet is read: is the request well formed, and what must be read? */
export function readPlan(input: unknown, forApply: boolean): { request: ValidRequest; sheets: SheetKey[] } | Failure {
  try {
    const request = validateRequest(input);
    return { request, sheets: sheetsFor(request, forApply).read };
  } catch (error) {
    return asFailure(error);
  }
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
export function previewRequest(raw: RawWorkbook, request: ValidRequest, context: Context): PreviewResponse {
  try {
    const books = loadBooks(raw, sheetsFor(request, false));
    const results: PreviewResult[] = evaluateAll(books, request, context)
      .map((outcome) => (isFailure(outcome) ? outcome : outcome.preview));
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
export function planApply(raw: RawWorkbook, request: ValidRequest, context: Context): ApplyPlan {
  const plan = emptyPlan();
  try {
    const books = loadBooks(raw, sheetsFor(request, true));
    const replayed = replayRequest(books.tables.audit, request);
    if (replayed) return { response: { ok: true, results: replayed }, plan };
    const outcomes = evaluateAll(books, request, context);
    const failures = outcomes.filter(isFailure);
    const results: ApplyResult[] = outcomes.map((outcome) => (isFailure(outcome) ? outcome : outcome.result));
    let first = true;
    for (const outcome of outcomes) {
      if (isFailure(outcome)) continue;
      mergePlans(plan, outcome.plan);
      addRows(plan, 'audit', [auditRow({
        request, user: context.user, result: outcome.result, resultId: outcome.resultId,
        failures: first ? failures : undefined,
      })]);
      first = false;
    }
    return { response: { ok: true, results }, plan };
  } catch (error) {
    return { response: asFailure(error), plan };
  }
}
