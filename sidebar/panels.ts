/** The sidebar's panels, built once and laid out in the order the bookkeeper uses them. */
import { createActionForm, type ActionForm } from './action-form';
import { createColumnsPanel, type ColumnsPanel } from './columns-panel';
import { el, replace } from './dom';
import { createHistoryPanel, type HistoryHandlers, type HistoryPanel } from './history-panel';
import { createProgressPanel, type ProgressPanel } from './progress-panel';
import { createResultsPanel, type ResultsHandlers, type ResultsPanel } from './results-panel';
import { createReviewPanel, type ReviewPanel } from './review-panel';
import { createSelectionPanel, type SelectionPanel } from './selection-panel';
import { createSettingsPanel, type SettingsPanel } from './settings-panel';

export interface Panels {
  selection: SelectionPanel;
  /** One line under the selection: what the last refresh or setup had to say. */
  notice: HTMLElement;
  /** What the server undid of an interrupted change, if anything. */
  repaired: HTMLElement;
  /** Match your columns: which header holds a required column Revoice couldn't find. */
  columns: ColumnsPanel;
  form: ActionForm;
  /** Inside the form, above Preview: what to fix before a preview can run. */
  formErrors: HTMLElement;
  progress: ProgressPanel;
  review: ReviewPanel;
  results: ResultsPanel;
  /** Settings: the accounting columns "Reset accounting link" clears. */
  settings: SettingsPanel;
  /** History: what Revoice did lately, from the Audit Log. */
  history: HistoryPanel;
}

/** What each control asks the controller to do. */
interface PanelHandlers extends ResultsHandlers, HistoryHandlers {
  refresh(): void;
  setUp(): void;
  saveColumns(): void;
  formChanged(): void;
  preview(): void;
  cancel(): void;
  apply(): void;
  loadSettings(): void;
  saveSettings(): void;
}

export function createPanels(root: HTMLElement, on: PanelHandlers): Panels {
  const selection = createSelectionPanel(on.refresh, on.setUp);
  const columns = createColumnsPanel(on);
  const form = createActionForm(on.formChanged, on.preview);
  const formErrors = el('div', { class: 'form-errors', role: 'alert' });
  const progress = createProgressPanel(on.cancel);
  const review = createReviewPanel(on.apply, on.cancel);
  const results = createResultsPanel(on);
  const settings = createSettingsPanel(on);
  const history = createHistoryPanel(on);
  const notice = el('p', { class: 'notice', role: 'status', id: 'rv-notice' });
  const repaired = el('p', { class: 'notice', role: 'status', id: 'rv-repaired', hidden: true });
  form.element.insertBefore(formErrors, form.previewButton.parentElement);
  replace(
    root,
    selection.element,
    repaired,
    notice,
    columns.element,
    form.element,
    progress.element,
    review.element,
    results.element,
    history.element,
    settings.element,
  );
  return { selection, notice, repaired, columns, form, formErrors, progress, review, results, settings, history };
}
