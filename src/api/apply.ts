import type { ApplyResponse } from '../shared/api';
import { isEmptyPlan, parseRequest, planApply } from '../engine';
import { writeAllOrNothing } from '../sheets/write-all-or-nothing';
import { engineContext, read, writeContext } from '../sheets/workbook-session';
import { WRITTEN_SHEETS, layoutPlan } from '../sheets/write-plan';

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
        const result = read(session, parsed.sheets.read, WRITTEN_SHEETS, parsed.request.requestKey);
        const { response, plan } = planApply(result.raw, parsed, engineContext(session));
        if (!response.ok || isEmptyPlan(plan)) return { answer: response };
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
