import type { PreviewResponse } from '../shared/api';
import { asFailure, previewRequest, readPlan } from '../engine';
import { openSession, read } from '../sheets/workbook-session';

/** What a request would do, per invoice, with fingerprints for the apply. Writes nothing. */
export function revoicePreview(input: unknown): PreviewResponse {
  const start = readPlan(input, false);
  if ('ok' in start) return start;
  try {
    const session = openSession();
    const { raw } = read(session, start.sheets);
    return previewRequest(raw, start.request, { today: session.today, user: session.user });
  } catch (error) {
    return asFailure(error);
  }
}
