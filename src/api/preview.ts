import type { PreviewResponse } from '../shared/api';
import { asFailure, parseRequest, previewRequest } from '../engine';
import { repairInterruptedWrites } from '../sheets/write-all-or-nothing';
import { engineContext, openSession, readForRequest } from '../sheets/workbook-session';

/** What a request would do, per invoice, with fingerprints for the apply. Writes nothing. */
export function revoicePreview(input: unknown): PreviewResponse {
  const parsed = parseRequest(input, false);
  if ('ok' in parsed) return parsed;
  const repairs = repairInterruptedWrites();
  if ('ok' in repairs) return repairs;
  try {
    const session = openSession();
    // Invoices' formulas: a link showing an error is read by the ID its formula names.
    const formulas = { written: ['invoices' as const], found: ['invoices' as const] };
    const { outcome } = readForRequest(session, parsed, formulas, (raw) =>
      previewRequest(raw, parsed, engineContext(session, parsed)),
    );
    const response = outcome.response;
    return response.ok ? { ...response, ...repairs } : response;
  } catch (error) {
    return asFailure(error);
  }
}
