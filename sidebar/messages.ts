/** Error codes in plain words. The server's own message is kept as the detail. */
import type { ErrorCode, Repaired } from '../src/shared/api';

/** ErrorCode plus the client's own: the call never reached the sheet or never answered. */
export type FailureCode = ErrorCode | 'UNREACHABLE' | 'NO_ANSWER';

const SENTENCES: Record<FailureCode, string> = {
  NOT_FOUND: 'This invoice is no longer in the Invoices sheet.',
  NOTHING_TO_APPLY:
    'Nothing to apply: the invoice is not open with something to pay, or the customer has no credit in its currency.',
  NOTHING_TO_CLEAR: 'Nothing to clear: this invoice’s accounting columns are already blank.',
  DRAFT: 'This invoice is still a draft, so there is nothing to void. Edit the draft instead.',
  ALREADY_VOIDED: 'This invoice is already voided.',
  NOT_VOIDED: 'Only a voided invoice can be regenerated. Choose “Void & regenerate” instead.',
  ALREADY_REGENERATED: 'This invoice has already been regenerated.',
  CREDIT_EXCEEDS_PAID: 'The refund and credit together are more than was paid on this invoice.',
  BAD_EDIT: 'An edit to this invoice’s lines can’t be used. The details say which line and what to change.',
  PERIOD_OUTSIDE_ORIGINAL: 'The From and To dates must lie inside the invoice’s original period.',
  BAD_VALUE:
    'A value this invoice depends on can’t be read, or would be too long for a cell. The details name it; fix it and try again.',
  DUPLICATE_ID: 'Two rows in Invoices share this Invoice ID. Give each invoice its own ID.',
  MISSING_SHEET: 'A sheet Revoice needs is missing. “Set up workbook” can create it.',
  MISSING_COLUMN:
    'Revoice couldn’t find a column it needs under a name it knows. Choose which of your columns holds it in “Match your columns” (accounting columns: in Settings).',
  BAD_REQUEST: 'The sheet couldn’t use this request. Reload the sidebar and try again.',
  STALE:
    'This invoice changed in the sheet after the preview, so nothing was done to it. Preview again to see the current figures.',
  BUSY: 'Someone else is changing this workbook right now, so nothing was done. Wait a moment and try again.',
  WRITE_FAILED:
    'Google Sheets refused a write, so everything in this batch was put back as it was. Try again; if it keeps failing, check for protected ranges.',
  TIME_LIMIT:
    'This batch would take longer than Google lets one run last, so nothing was written. Revoice sends smaller batches.',
  UNREACHABLE:
    'Revoice couldn’t reach the spreadsheet. Check your connection and try again — nothing is applied twice.',
  NO_ANSWER: 'The sheet didn’t answer for this invoice. Try again.',
};

export function plainWords(code: FailureCode): string {
  return SENTENCES[code] || 'Something went wrong with this invoice.';
}

/** A failed call in plain words, then the server's or the browser's own message. */
export function withDetails(code: FailureCode, detail: string): string {
  return `${plainWords(code)} Details: ${detail}`;
}

/** The message of whatever a failed call threw. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * "Set up workbook" is the fix for a missing sheet only: a missing column may be in the sheet
 * under another name, and adding an empty one would hide it ("Match your columns" asks instead).
 */
export function setUpFixes(code: FailureCode): boolean {
  return code === 'MISSING_SHEET';
}

/** What the server repaired before answering, in plain words. */
export function repairedWords(repaired: Repaired): string {
  const what = repaired.invoiceIds.length
    ? `${repaired.action} of ${repaired.invoiceIds.length === 1 ? repaired.invoiceIds[0] : `${repaired.invoiceIds.length} invoices`}`
    : repaired.action;
  return (
    `Google stopped an earlier change before it finished (${what}, started ${repaired.started.slice(0, 16).replace('T', ' ')} UTC). ` +
    'Revoice undid it, so none of it is left in the sheets. Apply it again if you still want it.'
  );
}
