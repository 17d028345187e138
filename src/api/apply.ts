import type { ApplyResponse } from '../shared/api';
import { isEmptyPlan, parseRequest, planApply } from '../engine';
import { writeAllOrNothing } from '../sheets/write-all-or-nothing';
import { engineContext, readForRequest, writeContext } from '../sheets/workbook-session';
import { UPDATED_SHEETS, layoutPlan } from '../sheets/write-plan';

/**
 * Applies a request, all or nothing: under the document lock it re-reads the workbook, plans
 * and lays out every write in memory, journals them, writes in batches and, if a write fails,
 * puts back what it wrote and answers WRITE_FAILED (see write-all-or-nothing).
 */
export function revoiceApply(input: unknown): ApplyResponse {
  const started = Date.now();
  const parsed = parseRequest(input, true);
  if ('ok' in parsed) return parsed;
  return writeAllOrNothing<ApplyResponse>(
    {
      plan: (session) => {
        const formulas = { written: parsed.sheets.written, found: UPDATED_SHEETS };
        const read = readForRequest(session, parsed, formulas, (raw) =>
          planApply(raw, parsed, engineContext(session, parsed)),
        );
        const { outcome, result, reader } = read;
        const { response, plan } = outcome;
        if (!response.ok || isEmptyPlan(plan)) return { answer: response };
        reader.findArrayFormulas();
        const ops = layoutPlan({ states: result.states, plan, context: writeContext(session, result) });
        const summary = { action: parsed.request.action, invoiceIds: parsed.request.invoiceIds };
        return { ops, summary, requestKey: parsed.request.requestKey, answer: response };
      },
      failed: (why, leftovers) => {
        const restored = leftovers.length
          ? `Revoice could not undo every write yet (${leftovers.join('; ')}); the next Revoice call on this ` +
            'spreadsheet finishes undoing it, before anything else.'
          : 'Nothing was changed.';
        return { ok: false, code: 'WRITE_FAILED', message: `Writing to the spreadsheet failed (${why}). ${restored}` };
      },
    },
    started,
  );
}
