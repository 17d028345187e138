/** The review panel: per invoice, what will change, for the bookkeeper to check before Apply. */
import type { Action, PreviewSuccess, SelectedInvoice } from '../src/shared/api';
import type { OutcomeFailure, PreviewOutcome } from './chunk-answers';
import { arrow, button, el, replace } from './dom';
import { isNonZero, money, plural } from './format';
import { countChanges, renderLines } from './line-changes';
import { plainWords } from './messages';

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

/** "50.00 GBP", or "50.00 → 62.50 GBP" when it changes. */
function change(before: string, after: string | undefined, currency: string): Node {
  if (after === undefined || after === before) return document.createTextNode(money(before, currency));
  const frag = document.createDocumentFragment();
  frag.append(el('span', { class: 'old', text: money(before, '') }), arrow(), money(after, currency));
  return frag;
}

function row(term: string, value: Node | string, strong = false): HTMLElement[] {
  return [el('dt', { text: term }), el('dd', { class: strong ? 'strong' : '' }, value)];
}

function failureCard(f: OutcomeFailure): HTMLElement[] {
  const parts: Array<HTMLElement | null> = [
    el('p', { class: 'error-text' }, el('strong', { text: 'Can’t be changed: ' }), plainWords(f.code)),
    f.newInvoiceId ? el('p', {}, 'It was regenerated as ', el('strong', { text: f.newInvoiceId }), '.') : null,
    f.message ? el('p', { class: 'detail' }, 'Details: ', f.message) : null,
  ];
  return parts.filter((n): n is HTMLElement => n !== null);
}

function warningList(warnings: readonly string[]): HTMLElement | null {
  if (!warnings.length) return null;
  return el(
    'ul',
    { class: 'warnings', 'aria-label': 'Warnings' },
    ...warnings.map((w) => el('li', {}, el('strong', { text: 'Warning: ' }), w)),
  );
}

/** A cell reset-accounting clears, as the bookkeeper sees it. */
function heldText(value: string | number | boolean): string {
  return value === true ? 'ticked (will be unticked)' : String(value);
}

/** reset-accounting: the accounting cells to clear, with what they hold now. */
function resetCard(p: PreviewSuccess, cleared: NonNullable<PreviewSuccess['cleared']>): HTMLElement[] {
  const list = el('dl', { class: 'totals cleared' }, ...cleared.flatMap((c) => row(c.column, heldText(c.value))));
  const parts = [el('p', { class: 'hint', text: 'Will blank its accounting link:' }), list, warningList(p.warnings)];
  return parts.filter((n): n is HTMLElement => n !== null);
}

function successCard(p: PreviewSuccess): HTMLElement[] {
  if (p.cleared) return resetCard(p, p.cleared);
  const c = p.currency;
  const parts: HTMLElement[] = [];
  const says = (text: string) => parts.push(el('p', { class: 'hint', text }));
  if (p.regeneratedInPlace) {
    says('A draft: rebuilt in place from the current schedule. It keeps its ID, reference, payments and status.');
  } else if (!p.after && p.creditSources) {
    says("The customer's credit pays it, oldest voided invoice first:");
  } else if (!p.after) {
    says('Will be voided. Its amounts stay in the sheet as a record and count as zero.');
  }
  parts.push(el('p', { class: 'hint' }, `Amounts in ${c}. `, countChanges(p.diff)));
  parts.push(renderLines(p.diff, p.before.lines));
  const totals = el(
    'dl',
    { class: 'totals' },
    ...row('Subtotal', change(p.before.subtotal, p.after && p.after.subtotal, c)),
    ...row('Tax', change(p.before.tax, p.after && p.after.tax, c)),
    ...row('Total', change(p.before.total, p.after && p.after.total, c), true),
  );
  if (isNonZero(p.before.paid)) totals.append(...row('Paid so far', money(p.before.paid, c)));
  if (p.transferred !== undefined) {
    totals.append(...row('Payments to move', money(p.transferred, c)));
  }
  // Where the money comes from when the customer's other credit pays too (their own first).
  for (const source of (p.creditSources ?? []).filter((s) => s.invoiceId !== p.invoiceId)) {
    totals.append(...row(`from ${source.invoiceId}`, money(source.amount, c)));
  }
  if (p.unappliedCredit !== undefined) {
    totals.append(...row("Customer's credit left", money(p.unappliedCredit, c)));
  }
  parts.push(totals);
  const warnings = warningList(p.warnings);
  if (warnings) parts.push(warnings);
  return parts;
}

function heading(outcome: PreviewOutcome): Node[] {
  const nodes: Node[] = [document.createTextNode(outcome.invoiceId)];
  if (outcome.ok && outcome.newInvoiceId) nodes.push(arrow(), document.createTextNode(outcome.newInvoiceId));
  return nodes;
}

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
