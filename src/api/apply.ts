import type { ApplyResponse } from '../shared/api';
import { isEmptyPlan, parseRequest, planApply } from '../engine';
import { writeAllOrNothing } from '../sheets/write-all-or-nothing';
import { engineContext, read, writeContext } from '../sheets/workbook-session';
import { WRITTEN_SHEETS, writePlan } from '../sheets/write-plan';

/**
 * Applies a request, all or nothing: under the document lock it re-reads the workbook,
 * plans every write in memory, writes in batches and, if any write fails, restores
 * what it wrote and answers WRITE_FAILED.
 */
export function revoiceApply(input: unknown): ApplyResponse {
  const parsed = parseRequest(input, true);
  if ('ok' in parsed) return parsed;
  return writeAllOrNothing<ApplyResponse>({
    plan: (session) => {
      const result = read(session, parsed.sheets.read, WRITTEN_SHEETS);
      const { response, plan } = planApply(result.raw, parsed, engineContext(session));
      if (!response.ok || isEmptyPlan(plan)) return { answer: response };
      return {
        write: (journal) => {
          const context = writeContext(session, result);
          writePlan({ spreadsheet: session.spreadsheet, states: result.states, plan, context, journal });
          return response;
        },
      };
    },
    failed: (why, leftovers) => {
      const restored = leftovers.length
        ? `Revoice could not undo every write (${leftovers.join('; ')}); check the Audit Log and the sheets.`
        : 'Nothing was changed.';
      return { ok: false, code: 'WRITE_FAILED', message: `Writing to the spreadsheet failed (${why}). ${restored}` };
    },
  });
}
