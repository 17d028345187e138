/**
 * Match your columns: when a required column is missing (MISSING_COLUMN, or found missing on
 * opening), ask which of the sheet's columns holds it; Save remembers the answer for this
 * spreadsheet, then the controller re-runs what failed.
 */
import type { Sidebar } from './sidebar';
import { callServer } from './bridge';
import { choicesProblem, columnAsks, mappingUpdate, rememberedText } from './column-asks';
import { errorMessage, withDetails } from './messages';
import type { RetryStep } from './state';

/** Some invoice failed for want of a column: "Match your columns" asks which one holds it. */
export function lacksColumn(outcomes: Iterable<{ ok: boolean; code?: string }>): boolean {
  for (const outcome of outcomes) if (!outcome.ok && outcome.code === 'MISSING_COLUMN') return true;
  return false;
}

/** Asks the server what is missing and shows it; `retry` (what failed) is what Save re-runs afterwards. */
export async function askForColumns(app: Sidebar, retry: RetryStep): Promise<void> {
  const { state, panels } = app;
  let answer;
  try {
    answer = await callServer('revoiceColumns');
  } catch (error) {
    answer = { ok: false as const, code: 'UNREACHABLE' as const, message: errorMessage(error) };
  }
  if (!answer.ok) {
    // Only when something failed for want of a column: opening has said what went wrong already.
    if (retry !== 'none') panels.columns.say(withDetails(answer.code, answer.message), true);
    return;
  }
  const asks = columnAsks(answer.sheets);
  // Opening's own check never forgets what failed meanwhile.
  if (retry !== 'none') state.columnsRetry = retry;
  panels.columns.show(asks);
  app.sync();
  // Something the bookkeeper asked for failed: this is where to look next.
  if (asks.length && retry !== 'none') panels.columns.focus();
}

/** Save: remembers the columns chosen; true when the server took them. */
export async function saveColumns(app: Sidebar): Promise<boolean> {
  const { state, panels } = app;
  if (state.busy) return false;
  const choices = panels.columns.choices();
  const problem = choicesProblem(choices);
  if (problem) {
    panels.columns.say(problem, true);
    return false;
  }
  state.busy = 'columns';
  panels.columns.say('Saving…');
  app.sync();
  let saved = false;
  try {
    const answer = await callServer('revoiceSaveColumnMapping', mappingUpdate(choices));
    saved = answer.ok;
    panels.columns.say(answer.ok ? rememberedText(choices) : withDetails(answer.code, answer.message), !answer.ok);
  } catch (error) {
    panels.columns.say(withDetails('UNREACHABLE', errorMessage(error)), true);
  }
  state.busy = null;
  app.sync();
  return saved;
}
