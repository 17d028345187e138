/** The review panel: per invoice, what will change, for the bookkeeper to check before Apply. */
import type { Action, SelectedInvoice } from '../src/shared/api';
import type { PreviewOutcome } from './chunk-answers';
import { button, el, replace } from './dom';
import { money, plural } from './format';
import { failureCard, heading, successCard } from './review-card';

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
  setApplyState(state: 'busy' | 'done'): void;
  focus(): void;
}

const VERB: Record<Action, string> = {
  void: 'void',
  regenerate: 'regenerate',
  'void-and-regenerate': 'void and regenerate',
  'apply-credit': "apply the customer's credit to",
  'reset-accounting': 'unlink from the accounting software',
};

function card(outcome: PreviewOutcome, customer: string, collapsed: boolean): HTMLElement {
  const body = outcome.ok ? successCard(outcome) : failureCard(outcome);
  const cls = `card ${outcome.ok ? '' : 'is-error'}`;
  const sub = customer ? el('p', { class: 'customer', text: customer }) : null;
  if (!collapsed) {
    return el('article', { class: cls }, el('h3', {}, ...heading(outcome)), sub, ...body);
  }
  const label = !outcome.ok
    ? 'can’t be changed'
    : outcome.cleared
      ? `clears ${outcome.cleared.map((c) => c.column).join(', ')}`
      : money(outcome.after ? outcome.after.total : outcome.before.total, outcome.currency);
  return el(
    'details',
    { class: cls },
    el(
      'summary',
      {},
      el('span', { class: 'summary-id' }, ...heading(outcome)),
      el('span', { class: 'summary-note', text: label }),
    ),
    sub,
    ...body,
  );
}

export function createReviewPanel(onApply: () => void): ReviewPanel {
  const title = el('h2', { id: 'rv-preview-title', tabindex: -1, text: 'Preview' });
  const summary = el('p', { class: 'summary' });
  const outdated = el('p', { class: 'notice', role: 'status' });
  const list = el('div', { class: 'cards' });
  const apply = button('Apply', onApply, { class: 'primary', id: 'rv-apply' });
  const element = el(
    'section',
    { class: 'preview', hidden: true, 'aria-labelledby': 'rv-preview-title' },
    title,
    summary,
    list,
    el('div', { class: 'actions sticky' }, apply, outdated),
  );
  let ready = 0;
  let isOutdated = false;
  let applyState: 'ready' | 'busy' | 'done' = 'ready';
  const syncApply = (): void => {
    apply.disabled = ready === 0 || isOutdated || applyState !== 'ready';
    apply.setAttribute('aria-busy', String(applyState === 'busy'));
    apply.textContent =
      applyState === 'busy' ? 'Applying…' : applyState === 'done' ? 'Applied' : `Apply to ${plural(ready, 'invoice')}`;
    outdated.textContent =
      isOutdated && applyState === 'ready' ? 'Settings changed since this preview. Preview again before applying.' : '';
  };

  return {
    element,
    show: (d) => {
      const outcomes = d.ids.map((id) => d.outcomes.get(id)).filter((o): o is PreviewOutcome => o !== undefined);
      const failures = outcomes.filter((o) => !o.ok);
      ready = outcomes.length - failures.length;
      const collapsed = outcomes.length > 5;
      const text = [`${plural(ready, 'invoice')} ready to ${VERB[d.action]}`];
      if (failures.length) text.push(`${failures.length} can’t be changed${collapsed ? ' (listed first)' : ''}`);
      replace(
        summary,
        `${text.join('; ')}.`,
        d.notStarted.length
          ? ` Preview was cancelled: ${plural(d.notStarted.length, 'invoice')} not previewed and won’t be applied.`
          : '',
        d.note ? ` ${d.note}` : '',
      );
      const ordered = collapsed ? [...failures, ...outcomes.filter((o) => o.ok)] : outcomes;
      replace(
        list,
        ...ordered.map((o) => {
          const sel = d.selection.get(o.invoiceId);
          return card(o, sel ? sel.customer : '', collapsed);
        }),
      );
      isOutdated = false;
      applyState = 'ready';
      syncApply();
      element.hidden = false;
    },
    clear: () => {
      element.hidden = true;
      replace(list);
      ready = 0;
    },
    setOutdated: (value) => {
      isOutdated = value;
      syncApply();
    },
    setApplyState: (state) => {
      applyState = state;
      syncApply();
    },
    focus: () => title.focus(),
  };
}
