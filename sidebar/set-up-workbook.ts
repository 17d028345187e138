/**
 * Set up workbook (offered for a missing sheet, or a column no header could hold): add what is
 * missing, then refresh. A required column a header may hold is not added: the server names it,
 * and "Match your columns" asks which header holds it.
 */
import type { SetupResponse } from '../src/shared/api';
import type { Sidebar } from './sidebar';
import { callServer } from './bridge';
import { askForColumns } from './match-columns';
import { errorMessage, withDetails } from './messages';
import { refreshSelection } from './refresh-selection';

export async function setUpWorkbook(app: Sidebar): Promise<void> {
  let said: string;
  try {
    said = setupWords(await callServer('revoiceSetup'));
  } catch (error) {
    said = withDetails('UNREACHABLE', errorMessage(error));
  }
  // What is still missing now; a selection that failed for want of a column has asked already.
  if (!(await refreshSelection(app))) await askForColumns(app, 'none');
  // Said after the refresh, which clears the notice.
  app.panels.notice.textContent = said;
}

function setupWords(answer: SetupResponse): string {
  if (!answer.ok) return withDetails(answer.code, answer.message);
  const added = `Workbook set up${answer.created.length ? `: added ${answer.created.join(', ')}` : ''}.`;
  if (!answer.toMap) return added;
  const columns = answer.toMap.map((c) => `${c.column} in ${c.sheet}`).join(', ');
  return `${added} Not added: ${columns}, which may be under another name: choose it in “Match your columns”.`;
}
