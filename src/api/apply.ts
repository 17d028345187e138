import type { ApplyResponse } from '../shared/api';
import { asFailure, isEmptyPlan, parseRequest, planApply } from '../engine';
import { Journal } from '../sheets/journal';
import { withDocumentLock } from '../sheets/lock';
import { openSession, read, writeContext, engineContext } from '../sheets/workbook-session';
import { WRITTEN_SHEETS, writePlan } from '../sheets/write-plan';

/**
 * Applies a request, all or nothing: under the document lock it re-reads the workbook,
 * plans every write in memory, writes in batches and, if any write fails, restores
 * what it wrote and answers WRITE_FAILED.
 */
export function revoiceApply(input: unknown): ApplyResponse {
  const parsed = parseRequest(input, true);
  if ('ok' in parsed) return parsed;
  try {
    return withDocumentLock((): ApplyResponse => {
      const session = openSession();
      const result = read(session, parsed.sheets.read, WRITTEN_SHEETS);
      const { response, plan } = planApply(result.raw, parsed, engineContext(session));
      if (!response.ok || isEmptyPlan(plan)) return response;
      const journal = new Journal(session.spreadsheet);
      try {
        writePlan({ spreadsheet: session.spreadsheet, states: result.states, plan, context: writeContext(session, result), journal });
        SpreadsheetApp.flush();
      } catch (error) {
        const leftovers = journal.restore();
        const why = String((error as Error)?.message ?? error);
        const restored = leftovers.length
          ? `Revoice could not undo every write (${leftovers.join('; ')}); check the Audit Log and the sheets.`
          : 'Nothing was changed.';
        return { ok: false, code: 'WRITE_FAILED', message: `Writing to the spreadsheet failed (${why}). ${restored}` };
      }
      return response;
    });
  } catch (error) {
    return asFailure(error);
  }
}
