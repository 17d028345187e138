/** The sidebar's History: the latest changes the Audit Log records. Reads only what it shows. */
import { HISTORY_DEFAULT_LIMIT, HISTORY_MAX_LIMIT, type HistoryResponse } from '../shared/api';
import { asFailure } from '../engine';
import { readAuditTail } from '../sheets/audit-tail';
import { repairInterruptedWrites } from '../sheets/write-all-or-nothing';
import { openSession } from '../sheets/workbook-session';

/** The latest `limit` entries (default 20, at most 100), newest first; none when there is no Audit Log yet. */
export function revoiceHistory(limit: unknown): HistoryResponse {
  if (limit !== undefined && limit !== null && (typeof limit !== 'number' || !Number.isFinite(limit)))
    return { ok: false, code: 'BAD_REQUEST', message: 'Give the number of History entries to show.' };
  const repairs = repairInterruptedWrites();
  if ('ok' in repairs) return repairs;
  try {
    const wanted = Math.min(HISTORY_MAX_LIMIT, Math.max(1, Math.floor(limit ?? HISTORY_DEFAULT_LIMIT)));
    return { ok: true, ...readAuditTail(openSession(), wanted), ...repairs };
  } catch (error) {
    return asFailure(error);
  }
}
