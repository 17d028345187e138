/**
 * Settings → Accounting columns: load what the server knows of Invoices' headers and the choice
 * saved for this spreadsheet, and save the columns ticked.
 */
import type { AccountingColumnsResponse } from '../src/shared/api';
import type { Sidebar } from './sidebar';
import { callServer } from './bridge';
import { errorMessage, withDetails } from './messages';

let loading = false;

/** Shows the answer (or what went wrong) in the panel; `said` is the status line on success. True on success. */
async function show(app: Sidebar, call: () => Promise<AccountingColumnsResponse>, said: string): Promise<boolean> {
  const { settings } = app.panels;
  try {
    const answer = await call();
    if (answer.ok) settings.show(answer);
    settings.say(answer.ok ? said : withDetails(answer.code, answer.message), !answer.ok);
    return answer.ok;
  } catch (error) {
    settings.say(withDetails('UNREACHABLE', errorMessage(error)), true);
    return false;
  }
}

/** A read only: it may run beside a preview or an apply. */
export async function loadSettings(app: Sidebar): Promise<void> {
  if (loading) return;
  loading = true;
  app.panels.settings.say('Loading…');
  await show(app, () => callServer('revoiceAccountingColumns'), '');
  loading = false;
  app.sync();
}

export async function saveSettings(app: Sidebar): Promise<void> {
  const { state, panels } = app;
  if (state.busy) return;
  const chosen = panels.settings.chosen();
  state.busy = 'settings';
  panels.settings.say('Saving…');
  app.sync();
  const said = chosen.length
    ? 'Remembered for this spreadsheet.'
    : 'No column ticked: Revoice uses the usual names again.';
  const saved = await show(app, () => callServer('revoiceSaveAccountingColumns', chosen), said);
  state.busy = null;
  // A reset previewed with the columns chosen before is outdated: Apply waits for a new preview.
  if (saved && state.preview && state.preview.request.action === 'reset-accounting') app.formChanged();
  else app.sync();
}
