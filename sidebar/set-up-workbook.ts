/** Set up workbook (offered when a sheet or column is missing): add what is missing, then refresh. */
import type { Sidebar } from './sidebar';
import { callServer } from './bridge';
import { errorMessage, withDetails } from './messages';
import { refreshSelection } from './refresh-selection';

export async function setUpWorkbook(app: Sidebar): Promise<void> {
  let said: string;
  try {
    const answer = await callServer('revoiceSetup');
    said = answer.ok
      ? `Workbook set up${answer.created.length ? `: added ${answer.created.join(', ')}` : ''}.`
      : withDetails(answer.code, answer.message);
  } catch (error) {
    said = withDetails('UNREACHABLE', errorMessage(error));
  }
  await refreshSelection(app);
  // Said after the refresh, which clears the notice.
  app.panels.notice.textContent = said;
}
