import type { PreviewResponse } from '../shared/api';
import { asFailure, parseRequest, previewRequest } from '../engine';
import { openSession, read, engineContext } from '../sheets/workbook-session';

/** What a request would do, per invoice, with fingerprints for the apply. Writes nothing. */
export function revoicePreview(input: unknown): PreviewResponse {
  const parsed = parseRequest(input, false);
  if ('ok' in parsed) return parsed;
  try {
    const session = openSession();
    const { raw } = read(session, parsed.sheets.read, ['invoices']);
    return previewRequest(raw, parsed, engineContext(session));
  } catch (error) {
    return asFailure(error);
  }
}
