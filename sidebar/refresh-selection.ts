/** Refresh (and Start over): read the sheet's selection again and forget any preview, queue and edits. */
import type { SelectedInvoice } from '../src/shared/api';
import type { Sidebar } from './sidebar';
import { callServer } from './bridge';
import { replace } from './dom';
import { askForColumns } from './match-columns';
import { setDisplayLocale } from './format';
import { errorMessage } from './messages';
import { resetWork, setSelection } from './state';

/** True when the selection failed for want of a column and "Match your columns" was asked. */
export async function refreshSelection(app: Sidebar): Promise<boolean> {
  const { state, panels } = app;
  if (state.busy) return false;
  state.busy = 'selection';
  let said = '';
  let missingColumn = false;
  panels.selection.loading();
  app.sync();
  try {
    const answer = await callServer('revoiceSelection');
    if (answer.ok) {
      setDisplayLocale(answer.locale);
      setSelection(state, answer.invoices);
      panels.selection.show(answer.invoices, answer.hint);
      said = adjustRegenerate(app, answer.invoices);
      void showCredit(app, answer.invoices);
    } else {
      setSelection(state, []);
      panels.selection.error(answer.code, answer.message);
      missingColumn = answer.code === 'MISSING_COLUMN';
    }
  } catch (error) {
    setSelection(state, []);
    panels.selection.error('UNREACHABLE', errorMessage(error));
  }
  resetWork(state);
  panels.review.clear();
  panels.results.clear();
  panels.progress.element.hidden = true;
  replace(panels.formErrors);
  panels.notice.textContent = said;
  state.busy = null;
  app.sync();
  if (missingColumn) await askForColumns(app, 'selection');
  return missingColumn;
}

/** Most invoices asked about at once: the first chunk's worth. */
const CREDIT_ASKED = 500;

/** The customers' credit, shown under the invoices once known; the selection works without it. */
async function showCredit({ panels }: Sidebar, invoices: readonly SelectedInvoice[]): Promise<void> {
  if (!invoices.length) return;
  try {
    const ids = invoices.slice(0, CREDIT_ASKED).map((inv) => inv.invoiceId);
    const answer = await callServer('revoiceCustomerCredit', ids);
    if (answer.ok) panels.selection.showCredit(answer.credits);
  } catch {
    // Credit is extra information: without it the sidebar works as before.
  }
}

/**
 * The menu's "Regenerate selected…" means Void & regenerate unless every selected invoice is
 * voided. Decided once, on the first selection with invoices; returns what to tell the bookkeeper.
 */
function adjustRegenerate({ state, panels }: Sidebar, invoices: readonly SelectedInvoice[]): string {
  if (!state.adjustRegenerate || !invoices.length) return '';
  state.adjustRegenerate = false;
  const allVoided = invoices.every((inv) => inv.status.toLowerCase() === 'voided');
  if (panels.form.values().action !== 'regenerate' || allVoided) return '';
  panels.form.setAction('void-and-regenerate');
  return 'Not every selected invoice is voided yet, so “Void & regenerate” is chosen.';
}
