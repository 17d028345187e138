/**
 * The sidebar can't hear the sheet: when the bookkeeper selects other rows, nothing tells it.
 * So each time they come back to the sidebar (its window gets focus) while it is idle, it asks
 * what is selected now, and if that differs from what it shows, says so next to Refresh —
 * without throwing away a preview or results they may still be reading.
 */
import type { Sidebar } from './sidebar';
import { callServer } from './bridge';
import { plural } from './format';

/** At most one look per this many ms: focus can fire in bursts. */
const QUIET_MS = 1500;

export function watchSelection(app: Sidebar): void {
  let last = 0;
  window.addEventListener('focus', () => {
    const now = Date.now();
    if (app.state.busy || now - last < QUIET_MS) return;
    last = now;
    void compare(app);
  });
}

async function compare(app: Sidebar): Promise<void> {
  const { state, panels } = app;
  try {
    const answer = await callServer('revoiceSelection');
    if (!answer.ok || state.busy) return;
    const shown = state.selection.map((inv) => inv.invoiceId).join('\n');
    const now = answer.invoices.map((inv) => inv.invoiceId).join('\n');
    if (shown === now) return;
    panels.notice.textContent = answer.invoices.length
      ? `Other rows are selected in the sheet now (${plural(answer.invoices.length, 'invoice')}). Press Refresh to work on them.`
      : 'No invoices are selected in the sheet now. This shows the earlier selection; press Refresh to clear it.';
  } catch {
    // Only a hint: the sidebar works on without it.
  }
}
