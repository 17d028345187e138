/**
 * The sidebar's controller: builds the panels, holds the state, and hands each click to its
 * step — refresh, set up, preview, apply, select a row — each in a module of its own.
 */
import type { Action } from '../src/shared/api';
import { loadSettings, saveSettings } from './accounting-settings';
import { applyPreview, sendRemaining, stoppingWords } from './apply';
import { syncControls } from './controls';
import { plural } from './format';
import { loadHistory, showMoreHistory } from './load-history';
import { askForColumns, saveColumns } from './match-columns';
import { createPanels } from './panels';
import { refreshSelection } from './refresh-selection';
import { runPreview } from './run-preview';
import { selectRow } from './select-row';
import { watchSelection } from './selection-watch';
import { setUpWorkbook } from './set-up-workbook';
import type { Sidebar } from './sidebar';
import { createState, type AppState, type RetryStep } from './state';
import { onRepaired } from './bridge';
import { repairedWords } from './messages';

export function startApp(root: HTMLElement, initialAction: Action | null): AppState {
  const state = createState();
  const panels = createPanels(root, {
    refresh: () => void refreshSelection(app),
    setUp: () => void setUpWorkbook(app),
    saveColumns: () => void saveThenRetry(app),
    formChanged: () => app.formChanged(),
    preview: () => void runPreview(app),
    cancel: () => {
      state.cancelRequested = true;
      stoppingWords(app);
    },
    apply: () => void applyPreview(app),
    select: (id) => void selectRow(app, id),
    previewAgain: (ids) => {
      void runPreview(app, ids, `Previewing again the ${plural(ids.length, 'invoice')} that changed.`);
    },
    applyRemaining: () => void sendRemaining(app),
    startOver: () => void refreshSelection(app),
    loadSettings: () => void loadSettings(app),
    saveSettings: () => void saveSettings(app),
    loadHistory: () => void loadHistory(app),
    showMoreHistory: () => void showMoreHistory(app),
    selectFromHistory: (id) => void selectRow(app, id, (text) => panels.history.say(text)),
  });
  const app: Sidebar = {
    state,
    panels,
    sync: () => syncControls(state, panels),
    formChanged: () => {
      state.formVersion += 1;
      if (state.preview && !state.applyQueue) panels.review.setOutdated(true);
      syncControls(state, panels);
    },
    hooks: () => ({ cancelled: () => state.cancelRequested, progress: (p) => panels.progress.update(p) }),
  };
  onRepaired((repaired) => {
    panels.repaired.textContent = repairedWords(repaired);
    panels.repaired.hidden = false;
  });
  watchSelection(app);
  if (initialAction) panels.form.setAction(initialAction);
  state.adjustRegenerate = initialAction === 'regenerate';
  app.sync();
  // On opening, ask about any column still missing (a failed selection has asked already).
  void refreshSelection(app).then((asked) => (asked ? undefined : askForColumns(app, 'none')));
  return state;
}

/** What "Match your columns" re-runs once the mapping is saved. */
const RETRY: Record<RetryStep, (app: Sidebar) => Promise<unknown>> = {
  none: async () => undefined,
  selection: refreshSelection,
  preview: (app) => runPreview(app),
  apply: sendRemaining,
};

/** Save, then show what is still missing and re-run what failed for want of the column. */
async function saveThenRetry(app: Sidebar): Promise<void> {
  const retry = app.state.columnsRetry;
  if (!(await saveColumns(app))) return;
  app.state.columnsRetry = 'none';
  await askForColumns(app, 'none');
  await RETRY[retry](app);
}
