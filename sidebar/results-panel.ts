/** After apply: new IDs (each selects its row in the sheet) and per-invoice errors in plain words. */
import type { ApplyOutcome, OutcomeFailure } from './chunk-answers';
import { arrow, button, el, replace } from './dom';
import { idButton as invoiceButton } from './id-button';
import { isNonZero, money, plural, progressText } from './format';
import { plainWords } from './messages';

interface ResultsDisplay {
  outcomes: readonly ApplyOutcome[];
  total: number;
  /** Invoices whose chunk never ran (cancelled) or whose whole call failed. */
  pending: number;
  cancelled: boolean;
  currency(invoiceId: string): string;
}

export interface ResultsHandlers {
  select(invoiceId: string): void;
  previewAgain(invoiceIds: string[]): void;
  applyRemaining(): void;
  startOver(): void;
}

export interface ResultsPanel {
  element: HTMLElement;
  show(display: ResultsDisplay): void;
  clear(): void;
  focus(): void;
  /** A short message about the last row selection. */
  say(text: string): void;
}

export function createResultsPanel(on: ResultsHandlers): ResultsPanel {
  const title = el('h2', { id: 'rv-results-title', tabindex: -1, text: 'Results' });
  const summary = el('p', { class: 'summary', id: 'rv-results-summary' });
  const list = el('ul', { class: 'results-list' });
  const footer = el('div', { class: 'actions' });
  const said = el('p', { class: 'hint', role: 'status', id: 'rv-select-status' });
  const element = el(
    'section',
    { class: 'results', hidden: true, 'aria-labelledby': 'rv-results-title' },
    title,
    summary,
    list,
    said,
    footer,
  );

  const idButton = (id: string): HTMLButtonElement => invoiceButton(id, on.select);

  const failure = (f: OutcomeFailure): HTMLLIElement =>
    el(
      'li',
      { class: 'result is-error' },
      el('div', {}, idButton(f.invoiceId), el('span', { class: 'mark', text: ' — not changed' })),
      el('p', { class: 'error-text', text: plainWords(f.code) }),
      f.newInvoiceId ? el('p', {}, 'Regenerated earlier as ', idButton(f.newInvoiceId), '.') : null,
      f.message ? el('p', { class: 'detail' }, 'Details: ', f.message) : null,
    );

  const success = (o: ApplyOutcome, currency: string): HTMLLIElement => {
    if (!o.ok) return failure(o);
    const facts: string[] = [];
    if (o.total !== undefined) facts.push(`New total ${money(o.total, currency)}`);
    if (o.transferred !== undefined && isNonZero(o.transferred)) {
      const others = (o.creditSources ?? []).filter((s) => s.invoiceId !== o.invoiceId).map((s) => s.invoiceId);
      const from = others.length ? ` (with credit from ${others.join(', ')})` : '';
      facts.push(`${money(o.transferred, currency)} of payments moved${from}`);
    }
    if (o.creditNoteId) facts.push(`credit note ${o.creditNoteId}`);
    if (o.cleared) facts.push(`accounting link cleared: ${o.cleared.map((c) => c.column).join(', ')}`);
    if (o.unappliedCredit !== undefined && isNonZero(o.unappliedCredit))
      facts.push(`${money(o.unappliedCredit, currency)} left as the customer's credit`);
    return el(
      'li',
      { class: 'result' },
      el(
        'div',
        {},
        idButton(o.invoiceId),
        o.voided ? ' voided' : '',
        o.regeneratedInPlace ? ' rebuilt in place' : '',
        o.newInvoiceId ? arrow() : null,
        o.newInvoiceId ? idButton(o.newInvoiceId) : null,
      ),
      facts.length ? el('p', { class: 'hint', text: facts.join(' · ') }) : null,
    );
  };

  return {
    element,
    show: (d) => {
      const failed = d.outcomes.filter((o): o is OutcomeFailure => !o.ok);
      const stale = failed.filter((f) => f.code === 'STALE').map((f) => f.invoiceId);
      const words = [`${progressText(d.outcomes.length, d.total, failed.length)}.`];
      if (d.cancelled && d.pending) words.push(`Cancelled: ${plural(d.pending, 'invoice')} not sent.`);
      summary.textContent = words.join(' ');
      replace(
        list,
        ...failed.map(failure),
        ...d.outcomes.filter((o) => o.ok).map((o) => success(o, d.currency(o.invoiceId))),
      );
      replace(
        footer,
        stale.length
          ? button(`Preview again (${plural(stale.length, 'changed invoice')})`, () => on.previewAgain(stale), {
              class: 'primary',
              id: 'rv-preview-again',
            })
          : null,
        d.pending
          ? button(d.cancelled ? `Apply the remaining ${d.pending}` : `Try again (${d.pending})`, on.applyRemaining, {
              class: 'primary',
              id: 'rv-apply-remaining',
            })
          : null,
        button('Start over', on.startOver, { class: 'secondary', id: 'rv-start-over' }),
      );
      said.textContent = '';
      element.hidden = false;
    },
    clear: () => {
      element.hidden = true;
      replace(list);
      replace(footer);
    },
    focus: () => title.focus(),
    say: (text) => {
      said.textContent = text;
    },
  };
}
