import type { PreviewResponse } from '../shared/api';
import { asFailure, parseRequest, previewRequest } from '../engine';
import { repairInterruptedWrites } from '../sheets/write-all-or-nothing';
import { engineContext, openSession, read } from '../sheets/workbook-session';

/** What a request would do, per invoice, with fingerprints for the apply. Writes nothing. */
export function revoicePreview(input: unknown): PreviewResponse {
  const parsed = parseRequest(input, false);
  if ('ok' in parsed) return parsed;
  const repairs = repairInterruptedWrites();
  if ('ok' in repairs) return repairs;
  try {
    const session = openSession();
    const { raw } = read(session, parsed.sheets.read, ['invoices']);
    const response = previewRequest(raw, parsed, engineContext(session));
    return response.ok ? { ...response, ...repairs } : response;
  } catch (error) {
    return asFailure(error);
  }
}
