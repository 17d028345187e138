/** Step one of every call, before any sheet is read: is the request well formed, and what must be read? */
import type { Action, Failure, InvoiceEdits, RegenerateMode } from '../shared/api';
import { MAX_INVOICES_PER_CALL } from '../shared/api';
import { ACTIONS, appliesCredit, regenerates, resetsAccounting, voids } from '../shared/actions';
import { isIsoDate } from './calc/dates';
import { Dec } from './calc/money';
import type { ValidRequest } from './invoice/valid-request';
import type { SheetNeeds } from './workbook/books';
import { asFailure, fail } from './workbook/errors';
import type { SheetKey } from './workbook/schema';
import { decimalFromText } from './workbook/values';

/** A valid request and the sheets it reads: what preview and apply start from. */
export interface ParsedRequest {
  request: ValidRequest;
  sheets: SheetNeeds;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function badRequest(message: string): never {
  return fail('BAD_REQUEST', message);
}

function optionalString(body: Record<string, unknown>, key: string, maxLength: number): string | null {
  const value = body[key];
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') badRequest(`"${key}" must be text.`);
  if (value.length > maxLength) badRequest(`"${key}" is longer than ${maxLength} characters.`);
  return value;
}

function optionalDate(body: Record<string, unknown>, key: string): string | null {
  const value = optionalString(body, key, 10);
  if (value !== null && !isIsoDate(value)) badRequest(`"${key}" must be a date written YYYY-MM-DD.`);
  return value;
}

/** A request amount: a number or numeric text, never negative. */
export function requestAmount(value: unknown, what: string): Dec {
  const amount =
    typeof value === 'number' && Number.isFinite(value)
      ? new Dec(value.toPrecision(15))
      : typeof value === 'string'
        ? decimalFromText(value)
        : null;
  if (!amount) return badRequest(`${what} must be an amount of money.`);
  if (amount.isNegative()) badRequest(`${what} cannot be negative.`);
  return amount;
}

function parseInvoiceIds(value: unknown): string[] {
  if (!Array.isArray(value) || value.length === 0) badRequest('"invoiceIds" must list at least one invoice.');
  if (value.length > MAX_INVOICES_PER_CALL)
    badRequest(`One call takes at most ${MAX_INVOICES_PER_CALL} invoices; send the rest in another call.`);
  const ids = value.map((id) => (typeof id === 'string' ? id.trim() : ''));
  if (ids.some((id) => !id)) badRequest('Every invoice ID must be non-empty text.');
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) badRequest(`Invoice "${id}" is listed twice.`);
    seen.add(id);
  }
  return ids;
}

function parseStringMap(value: unknown, key: string): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (!isPlainObject(value) || Object.values(value).some((v) => typeof v !== 'string')) {
    badRequest(`"${key}" must map invoice IDs to text.`);
  }
  return value as Record<string, string>;
}

function parseEdits(value: unknown, ids: string[], mode: RegenerateMode): Record<string, InvoiceEdits> {
  if (value === undefined || value === null) return {};
  if (!isPlainObject(value)) badRequest('"edits" must map invoice IDs to {lines, add}.');
  const edits = value as Record<string, unknown>;
  for (const [id, edit] of Object.entries(edits)) {
    if (!ids.includes(id)) badRequest(`"edits" names ${id}, which is not in "invoiceIds".`);
    if (!isPlainObject(edit)) badRequest(`"edits" for ${id} must be {lines, add}.`);
    for (const list of ['lines', 'add'] as const) {
      if (edit[list] !== undefined && !Array.isArray(edit[list]))
        badRequest(`"edits.${list}" for ${id} must be a list.`);
    }
  }
  if (Object.keys(edits).length && mode !== 'copy') badRequest('"edits" only apply in copy mode.');
  return edits as Record<string, InvoiceEdits>;
}

function parseCreditNote(value: unknown, action: Action): ValidRequest['creditNote'] {
  if (value === undefined || value === null) return null;
  if (!voids(action)) badRequest(`A credit note is issued when voiding; "${action}" takes none.`);
  if (!isPlainObject(value)) badRequest('"creditNote" must be {refund, credit}.');
  return {
    refund: requestAmount(value.refund ?? 0, 'The refund'),
    credit: requestAmount(value.credit ?? 0, 'The credit'),
  };
}

/** Checks a request's shape; anything malformed is BAD_REQUEST, before any sheet is read. */
function validateRequest(input: unknown): ValidRequest {
  if (!isPlainObject(input)) badRequest('The request must be an object.');
  const body = input as Record<string, unknown>;
  const action = body.action as Action;
  if (!ACTIONS.includes(action)) badRequest(`"action" must be one of ${ACTIONS.join(', ')}.`);
  const mode = (body.mode ?? 'schedule') as RegenerateMode;
  if (mode !== 'schedule' && mode !== 'copy') badRequest('"mode" must be "schedule" or "copy".');
  if (body.keepManual !== undefined && typeof body.keepManual !== 'boolean')
    badRequest('"keepManual" must be true or false.');
  if (body.prorate !== undefined && typeof body.prorate !== 'boolean') badRequest('"prorate" must be true or false.');
  if (body.applyCredit !== undefined && typeof body.applyCredit !== 'boolean')
    badRequest('"applyCredit" must be true or false.');
  if (body.prorate === false && mode === 'copy')
    badRequest('"prorate" applies to schedule mode; a copy keeps the original quantities.');
  if (resetsAccounting(action)) {
    const given = ['mode', 'keepManual', 'prorate', 'applyCredit', 'from', 'to', 'edits'].filter(
      (key) => body[key] !== undefined && body[key] !== null,
    );
    if (given.length)
      badRequest(`"reset-accounting" rebuilds nothing; it takes no ${given.map((k) => `"${k}"`).join(', ')}.`);
  }
  const invoiceIds = parseInvoiceIds(body.invoiceIds);
  const from = optionalDate(body, 'from');
  const to = optionalDate(body, 'to');
  if (from && to && to < from) badRequest(`"to" (${to}) is before "from" (${from}).`);
  if ((from || to) && mode === 'copy')
    badRequest('"from" and "to" apply to schedule mode; a copy keeps the original period.');
  return {
    action,
    invoiceIds,
    reason: optionalString(body, 'reason', 1000) ?? '',
    mode,
    keepManual: body.keepManual !== false,
    prorate: body.prorate !== false,
    applyCredit: body.applyCredit !== false,
    from,
    to,
    edits: parseEdits(body.edits, invoiceIds, mode),
    creditNote: parseCreditNote(body.creditNote, action),
    requestKey: optionalString(body, 'requestKey', 200),
    fingerprints: parseStringMap(body.fingerprints, 'fingerprints'),
  };
}

/** Which sheets a request reads, and which of them must exist. */
function sheetsNeeded(request: ValidRequest, forApply: boolean): SheetNeeds {
  const regenerating = regenerates(request.action);
  const required: SheetKey[] = ['invoices'];
  // Clearing the accounting link reads the invoice's own row, nothing else.
  if (resetsAccounting(request.action))
    return { required, read: forApply ? ['invoices', 'audit'] : ['invoices'], written: ['invoices', 'audit'] };
  if (regenerating || appliesCredit(request.action)) required.push('payments');
  if (regenerating) required.push('lines');
  if (regenerating && request.mode === 'schedule') required.push('schedule');
  // A credit note needs to know what was paid; a missing Credit Notes sheet is created on write.
  if (request.creditNote) required.push('payments');
  const optional: SheetKey[] = ['lines', 'payments', 'creditNotes'];
  if (regenerating && request.mode === 'schedule') optional.push('closures');
  if (forApply) optional.push('audit');
  const written: SheetKey[] = ['invoices', 'audit'];
  if (regenerating) written.push('lines', 'payments');
  if (appliesCredit(request.action)) written.push('payments');
  if (request.creditNote) written.push('creditNotes');
  return { required: [...new Set(required)], read: [...new Set([...required, ...optional])], written };
}

/** The request checked once, with the sheets a preview (or, `forApply`, an apply) must read. */
export function parseRequest(input: unknown, forApply: boolean): ParsedRequest | Failure {
  try {
    const request = validateRequest(input);
    return { request, sheets: sheetsNeeded(request, forApply) };
  } catch (error) {
    return asFailure(error);
  }
}
