/**
 * History: ask the server for the latest Audit Log entries and show them. A read only, so it may
 * run beside a preview or an apply; a load asked for while one runs follows it (the newer wins).
 */
import { HISTORY_DEFAULT_LIMIT, HISTORY_MAX_LIMIT } from '../src/shared/api';
import type { Sidebar } from './sidebar';
import { callServer } from './bridge';
import { errorMessage, withDetails } from './messages';

let limit = HISTORY_DEFAULT_LIMIT;
let loading = false;
let again = false;

export async function loadHistory(app: Sidebar): Promise<void> {
  const { history } = app.panels;
  if (loading) {
    again = true;
    return;
  }
  loading = true;
  history.setLoading(true);
  history.say('Loading…');
  try {
    const answer = await callServer('revoiceHistory', limit);
    if (answer.ok) history.show(answer.entries, answer.more && limit < HISTORY_MAX_LIMIT);
    history.say(answer.ok ? '' : withDetails(answer.code, answer.message), !answer.ok);
  } catch (error) {
    history.say(withDetails('UNREACHABLE', errorMessage(error)), true);
  }
  loading = false;
  history.setLoading(false);
  if (again) {
    again = false;
    await loadHistory(app);
  }
}

/** "Show more": the same list with older entries, up to what the server gives at most. */
export function showMoreHistory(app: Sidebar): Promise<void> {
  limit = Math.min(HISTORY_MAX_LIMIT, limit + HISTORY_DEFAULT_LIMIT);
  return loadHistory(app);
}
