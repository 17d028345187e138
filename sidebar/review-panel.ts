/**
 * The review panel: what will change, for the bookkeeper to check before Apply. One invoice is
 * shown whole; several as the batch review table, where any can be left out. The Apply bar stays
 * at the foot of the sidebar and shows the apply's progress, with Cancel at its far end — never
 * where Apply was, so a double click on Apply can't cancel.
 */
import type { Action, SelectedInvoice } from '../src/shared/api';
import type { PreviewOutcome, Progress } from './chunk-answers';
import { createCancelButton } from './cancel-button';
import { button, el, replace } from './dom';
import { plural } from './format';
import { failureCard, heading, successCard } from './review-card';
import { MARK_WORDS, reviewRow, type ReviewMark, type ReviewRow } from './review-rows';
import { createReviewTable } from './review-table';

interface ReviewDisplay {
  action: Action;
  ids: readonly string[];
  outcomes: ReadonlyMap<string, PreviewOutcome>;
  notStarted: readonly string[];
  selection: ReadonlyMap<string, SelectedInvoice>;
  note?: string;
}

export interface ReviewPanel {
  element: HTMLElement;
  show(display: ReviewDisplay): void;
  clear(): void;
  /** Settings changed since the preview: Apply is off until the next preview. */
  setOutdated(outdated: boolean): void;
  /** The invoices the bookkeeper left out of the apply. */
  leftOut(): ReadonlySet<string>;
  /** Busy: Apply says so and Cancel appears at the bar's far end; done: both are put away. */
  setApplyState(state: 'busy' | 'done'): void;
  applyProgress(progress: Progress, words: string): void;
  focus(): void;
  /** Scrolls the first changed line into view above the Apply bar (one invoice shown whole). */
  revealChanges(): void;
}

const VERB: Record<Action, string> = {
  void: 'void',
  regenerate: 'regenerate',
  'void-and-regenerate': 'void and regenerate',
  'apply-credit': "apply the customer's credit to",
  'reset-accounting': 'unlink from the accounting software',
};

function wholeCard(row: ReviewRow): HTMLElement {
  const { outcome } = row;
  const body = outcome.ok ? successCard(outcome) : failureCard(outcome);
  const customer = row.customer ? el('p', { class: 'customer', text: row.customer }) : null;
  return el(
    'article',
    { class: `card ${outcome.ok ? '' : 'is-error'}` },
    el('h3', {}, ...heading(outcome)),
    customer,
    ...body,
  );
}

/** "20 invoices: 14 changed, 5 unchanged, 1 can’t be changed." */
function countWords(rows: readonly ReviewRow[]): string {
  const counts = new Map<ReviewMark, number>();
  for (const row of rows) counts.set(row.mark, (counts.get(row.mark) ?? 0) + 1);
  const parts = [...counts].map(([mark, n]) => `${n} ${MARK_WORDS[mark]}`);
  return `${plural(rows.length, 'invoice')}: ${parts.join(', ')}.`;
}

export function createReviewPanel(onApply: () => void, onCancel: () => void): ReviewPanel {
  const title = el('h2', { id: 'rv-preview-title', tabindex: -1, text: 'Preview' });
  const summary = el('p', { class: 'summary', id: 'rv-review-summary' });
  const outdated = el('p', { class: 'notice', role: 'status' });
  const list = el('div', { class: 'cards' });
  const leaveOutBox = el('input', { type: 'checkbox', id: 'rv-leave-out-unchanged', checked: true });
  const leaveOut = el(
    'label',
    { class: 'check leave-out', hidden: true },
    leaveOutBox,
    ' Leave out unchanged invoices',
  );
  const apply = button('Apply', onApply, { class: 'primary', id: 'rv-apply' });
  const cancel = createCancelButton('rv-apply-cancel', 'Stopping…', onCancel, 'cancel-apply');
  cancel.element.hidden = true;
  const bar = el('progress', {
    id: 'rv-apply-progress',
    max: 1,
    value: 0,
    hidden: true,
    'aria-label': 'Applied so far',
  });
  const counts = el('p', { class: 'counts', id: 'rv-apply-counts', role: 'status', 'aria-live': 'polite' });
  const element = el(
    'section',
    { class: 'preview', hidden: true, 'aria-labelledby': 'rv-preview-title' },
    title,
    summary,
    leaveOut,
    list,
    el('div', { class: 'actions sticky apply-bar' }, apply, cancel.element, bar, counts, outdated),
  );

  let rows: ReviewRow[] = [];
  const left = new Set<string>();
  let isOutdated = false;
  let applyState: 'ready' | 'busy' | 'done' = 'ready';
  const table = createReviewTable((id, included) => {
    if (included) left.delete(id);
    else left.add(id);
    table.setLeftOut(left);
    syncApply();
  });

  const ready = (): number => rows.filter((r) => r.outcome.ok && !left.has(r.invoiceId)).length;
  const syncApply = (): void => {
    const n = ready();
    apply.disabled = n === 0 || isOutdated || applyState !== 'ready';
    apply.setAttribute('aria-busy', String(applyState === 'busy'));
    apply.textContent =
      applyState === 'busy' ? 'Applying…' : applyState === 'done' ? 'Applied' : `Apply to ${plural(n, 'invoice')}`;
    outdated.textContent =
      isOutdated && applyState === 'ready' ? 'Settings changed since this preview. Preview again before applying.' : '';
    leaveOutBox.disabled = applyState !== 'ready';
    table.setDisabled(applyState !== 'ready');
  };

  /** "Leave out unchanged": ticked leaves every needless row out, unticked brings them back. */
  const applyLeaveOut = (): void => {
    for (const row of rows) {
      if (!row.needless) continue;
      if (leaveOutBox.checked) left.add(row.invoiceId);
      else left.delete(row.invoiceId);
    }
    table.setLeftOut(left);
    syncApply();
  };
  leaveOutBox.addEventListener('change', applyLeaveOut);

  return {
    element,
    show: (d) => {
      const outcomes = d.ids.map((id) => d.outcomes.get(id)).filter((o): o is PreviewOutcome => o !== undefined);
      rows = outcomes.map((o) => reviewRow(d.action, o, d.selection.get(o.invoiceId)?.customer ?? ''));
      // Those that can't be changed first: they are what the bookkeeper has to act on.
      rows.sort((a, b) => Number(b.mark === 'error') - Number(a.mark === 'error'));
      left.clear();
      const batch = rows.length > 1;
      const needless = rows.filter((r) => r.needless).length;
      leaveOut.hidden = !batch || needless === 0;
      leaveOutBox.checked = true;
      if (batch) for (const row of rows) if (row.needless) left.add(row.invoiceId);
      const ok = rows.filter((r) => r.outcome.ok).length;
      const ready = batch
        ? `Ready to ${VERB[d.action]} ${ok === rows.length ? '' : `${ok} of `}${countWords(rows)}`
        : `${plural(ok, 'invoice')} ready to ${VERB[d.action]}.`;
      replace(
        summary,
        ready,
        d.notStarted.length
          ? ` Preview was cancelled: ${plural(d.notStarted.length, 'invoice')} not previewed and won’t be applied.`
          : '',
        d.note ? ` ${d.note}` : '',
      );
      if (batch) {
        table.show(rows, left);
        replace(list, table.element);
      } else {
        replace(list, ...rows.map(wholeCard));
      }
      isOutdated = false;
      applyState = 'ready';
      bar.hidden = true;
      counts.textContent = '';
      cancel.element.hidden = true;
      syncApply();
      element.hidden = false;
    },
    clear: () => {
      element.hidden = true;
      replace(list);
      rows = [];
      left.clear();
    },
    setOutdated: (value) => {
      isOutdated = value;
      syncApply();
    },
    leftOut: () => new Set(left),
    setApplyState: (state) => {
      applyState = state;
      cancel.element.hidden = state !== 'busy';
      cancel.reset();
      bar.hidden = state !== 'busy';
      syncApply();
    },
    applyProgress: (p, words) => {
      bar.max = Math.max(p.total, 1);
      bar.value = p.done;
      counts.textContent = words;
    },
    focus: () => title.focus(),
    revealChanges: () => {
      const first = list.querySelector('.card .line:not(.is-same)');
      if (first) first.scrollIntoView({ block: 'nearest' });
    },
  };
}
