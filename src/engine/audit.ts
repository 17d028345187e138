import type { ApplyResult, ApplySuccess, InvoiceFailure } from '../shared/api';
import { regenerates, voids } from '../shared/actions';
import type { NewRow } from './workbook/plan';
import type { ValidRequest } from './invoice/valid-request';
import type { Row, Table } from './workbook/table';
import { readText } from './workbook/values';

/** Failures kept with a request key, so a repeat can answer them too (bounded for the cell). */
const MAX_STORED_FAILURES = 100;
const MAX_MESSAGE = 300;

export interface AuditDetails {
  result?: ApplySuccess;
  failures?: InvoiceFailure[];
  reason?: string;
  mode?: string;
  /** Only when false: part months and weeks were counted whole. */
  prorate?: false;
}

/** A row's Details cell, parsed; {} when it is blank or hand-edited (the row itself still counts). */
export function auditDetails(audit: Table, row: Row): AuditDetails {
  try {
    const parsed: unknown = JSON.parse(readText(audit, row, 'Details'));
    if (typeof parsed === 'object' && parsed !== null) return parsed as AuditDetails;
  } catch {
    // Not JSON: fall through.
  }
  return {};
}

export function auditRow(args: {
  request: ValidRequest;
  user: string;
  result: ApplySuccess;
  resultId: string;
  failures?: InvoiceFailure[];
}): NewRow {
  const { request, result } = args;
  const details: AuditDetails = { result, reason: request.reason || undefined };
  if (regenerates(request.action)) details.mode = request.mode;
  if (regenerates(request.action) && !request.prorate) details.prorate = false;
  if (args.failures?.length) {
    details.failures = args.failures
      .slice(0, MAX_STORED_FAILURES)
      .map((f) => ({ ...f, message: f.message.slice(0, MAX_MESSAGE) }));
  }
  return {
    Timestamp: { now: true },
    User: args.user,
    Action: request.action,
    'Invoice ID': result.invoiceId,
    'Result ID': args.resultId,
    'Request Key': request.requestKey ?? '',
    Details: JSON.stringify(details),
  };
}

/**
 * The results a request key already produced, from the Audit Log, in request order;
 * null when the key is new. A repeat answers with these and writes nothing.
 */
export function replayRequest(audit: Table | undefined, request: ValidRequest): ApplyResult[] | null {
  // No Request Key column: no key was ever recorded, so there is nothing to replay.
  if (!audit?.has('Request Key') || !request.requestKey) return null;
  const known = new Map<string, ApplyResult>();
  for (const row of audit.rows) {
    if (readText(audit, row, 'Request Key') !== request.requestKey) continue;
    const details = auditDetails(audit, row);
    for (const failure of details.failures ?? []) known.set(failure.invoiceId, failure);
    // Without an Invoice ID cell the result still names its invoice; failing both, the key
    // is known as used and every invoice of the request is refused below (never applied twice).
    const id = readText(audit, row, 'Invoice ID') || (details.result?.invoiceId ?? '');
    known.set(id, details.result ?? { invoiceId: id, ok: true, voided: voids(request.action) });
  }
  if (!known.size) return null;
  return request.invoiceIds.map(
    (invoiceId) =>
      known.get(invoiceId) ?? {
        invoiceId,
        ok: false,
        code: 'BAD_REQUEST',
        message: `Request key "${request.requestKey}" was already used for other invoices; nothing was done to ${invoiceId}.`,
      },
  );
}
