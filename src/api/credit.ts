import type { CustomerCreditResponse } from '../shared/api';
import { asFailure, customerCredits, parseRequest } from '../engine';
import { repairInterruptedWrites } from '../sheets/write-all-or-nothing';
import { engineContext, openSession, readForRequest } from '../sheets/workbook-session';

/**
 * The customer's credit for each selected invoice (SPEC §3 apply-credit: the sidebar shows what
 * is available before anything is asked). Reads like a preview of apply-credit: the invoices,
 * their customers' voided invoices and those invoices' ledgers, found by key. Writes nothing.
 */
export function revoiceCustomerCredit(invoiceIds: unknown): CustomerCreditResponse {
  const parsed = parseRequest({ action: 'apply-credit', invoiceIds }, false);
  if ('ok' in parsed) return parsed;
  const repairs = repairInterruptedWrites();
  if ('ok' in repairs) return repairs;
  try {
    const session = openSession();
    const formulas = { written: [], found: [] };
    const { outcome } = readForRequest(session, parsed, formulas, (raw) =>
      customerCredits(raw, parsed, engineContext(session)),
    );
    return outcome.response;
  } catch (error) {
    return asFailure(error);
  }
}
