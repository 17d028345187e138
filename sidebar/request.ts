/** Turns what the bookkeeper filled in into a RevoiceRequest, or says what to fix. */
import type { Action, InvoiceEdits, RegenerateMode, RevoiceRequest } from '../src/shared/api';
import { regenerates, voids } from '../src/shared/actions';
import { groupDigits, readTyped, typedNumber } from './format';

export interface FormValues {
  action: Action;
  reason: string;
  mode: RegenerateMode;
  keepManual: boolean;
  /** Schedule mode: false bills part months and started weeks whole. */
  prorate: boolean;
  from: string;
  to: string;
  /** Only read when the credit note fields are shown. */
  creditNote: { refund: string; credit: string } | null;
}

/** What Preview says when a void has no reason. */
export const REASON_NEEDED = 'Say why it is voided.';

interface Built {
  /** The request without invoiceIds, fingerprints or requestKey (added per chunk). */
  request?: RevoiceRequest;
  errors: string[];
}

export function buildRequest(values: FormValues, edits: { invoiceId: string; edits: InvoiceEdits } | null): Built {
  const errors: string[] = [];
  const request: RevoiceRequest = { action: values.action, invoiceIds: [] };
  const reason = values.reason.trim();
  if (reason) request.reason = reason;
  // The sidebar's rule, not the API's: a void is a record, and its credit note's Reason with it.
  else if (voids(values.action)) errors.push(REASON_NEEDED);

  if (regenerates(values.action)) {
    request.mode = values.mode;
    if (values.mode === 'schedule') request.keepManual = values.keepManual;
    if (values.mode === 'schedule' && !values.prorate) request.prorate = false;
    const from = values.from.trim();
    const to = values.to.trim();
    if (from || to) {
      if (!from || !to) errors.push('Give both From and To dates, or leave both empty.');
      else if (from > to) errors.push('The From date must be on or before the To date.');
      else {
        request.from = from;
        request.to = to;
      }
    }
    if (values.mode === 'copy' && edits && (edits.edits.lines || edits.edits.add)) {
      request.edits = { [edits.invoiceId]: edits.edits };
    }
  }

  if (voids(values.action) && values.creditNote) {
    const refund = values.creditNote.refund.trim();
    const credit = values.creditNote.credit.trim();
    if (refund || credit) {
      // Read as cells are (SPEC §2), in the spreadsheet's locale: "£100.00" is 100.00, so is
      // "100,00 €" in de_DE; more decimals than the currency has is refused by the server, never rounded.
      const amount = (text: string) => (text ? readTyped(text) : '0');
      const [r, c] = [amount(refund), amount(credit)];
      if (r === null || c === null) {
        const example = `25, ${typedNumber('25.50')} or ${groupDigits('1025.50')}`;
        errors.push(`Refund and credit must be amounts like ${example} (zero or more).`);
      } else {
        request.creditNote = { refund: r, credit: c };
      }
    }
  }
  return errors.length ? { errors } : { request, errors };
}
