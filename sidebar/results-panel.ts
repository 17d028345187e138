/**
 * After apply: every invoice of the preview accounted for — applied (new IDs select their rows),
 * failed (in plain words, with "Preview again" for those changed meanwhile), not applied because
 * Cancel stopped the queue, left out by the bookkeeper, and skipped because they couldn't be
 * changed — and "Export results" to copy all of it as a table.
 */
import type { ApplyOutcome, OutcomeFailure } from './chunk-answers';
import { arrow, button, el, replace, type Child } from './dom';
import { idButton as invoiceButton } from './id-button';
import { isNonZero, money, plural, progressText } from './format';
import { plainWords } from './messages';
import { copyText } from './copy-text';
import type { ResultsDisplay } from './results-display';
import { outcomeWords, resultsTable } from './results-table';

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

/** What the apply did to the invoice, after its IDs: totals, money moved, the credit note. */
function facts(o: Extract<ApplyOutcome, { ok: true }>, currency: string): string[] {
  const said: string[] = [];
  if (o.total !== undefined) said.push(`New total ${money(o.total, currency)}`);
  if (o.transferred !== undefined && isNonZero(o.transferred)) {
    const others = (o.creditSources ?? []).filter((s) => s.invoiceId !== o.invoiceId).map((s) => s.invoiceId);
    const from = others.length ? ` (with credit from ${others.join(', ')})` : '';
    said.push(`${money(o.transferred, currency)} of payments moved${from}`);
  }
  if (o.creditNoteId) said.push(`credit note ${o.creditNoteId}`);
  if (o.cleared) said.push(`accounting link cleared: ${o.cleared.map((c) => c.column).join(', ')}`);
  if (o.unappliedCredit !== undefined && isNonZero(o.unappliedCredit))
    said.push(`${money(o.unappliedCredit, currency)} left as the customer's credit`);
  return said;
}

/** The one-line count at the top: every invoice of the preview appears in exactly one number. */
function summaryWords(d: ResultsDisplay, failed: number): string {
  const words = [`${progressText(d.outcomes.length, d.total, failed, 'applied')}.`];
  if (d.cancelled && d.unsent.length) words.push(`Cancelled: ${d.unsent.length} not applied.`);
  else if (d.unsent.length) words.push(`${d.unsent.length} not sent.`);
  if (d.leftOut.length) words.push(`${d.leftOut.length} left out.`);
  const skipped = d.skipped.length + d.notPreviewed.length;
  if (skipped) words.push(`${skipped} skipped.`);
  return words.join(' ');
}

export function createResultsPanel(on: ResultsHandlers): ResultsPanel {
  const title = el('h2', { id: 'rv-results-title', tabindex: -1, text: 'Results' });
  const summary = el('p', { class: 'summary', id: 'rv-results-summary' });
  const groups = el('div', { class: 'result-groups' });
  const footer = el('div', { class: 'actions' });
  const said = el('p', { class: 'hint', role: 'status', id: 'rv-select-status' });
  const exported = el('div', { class: 'export', id: 'rv-export' });
  const element = el(
    'section',
    { class: 'results', hidden: true, 'aria-labelledby': 'rv-results-title' },
    title,
    summary,
    groups,
    said,
    footer,
    exported,
  );

  const idButton = (id: string): HTMLButtonElement => invoiceButton(id, on.select);

  const failure = (f: OutcomeFailure, lead: string): HTMLLIElement =>
    el(
      'li',
      { class: 'result is-error' },
      el('div', {}, idButton(f.invoiceId), el('span', { class: 'mark', text: ` — ${lead}` })),
      el('p', { class: 'error-text', text: plainWords(f.code) }),
      f.newInvoiceId ? el('p', {}, 'Regenerated earlier as ', idButton(f.newInvoiceId), '.') : null,
      f.message ? el('p', { class: 'detail' }, 'Details: ', f.message) : null,
    );

  const success = (o: Extract<ApplyOutcome, { ok: true }>, currency: string): HTMLLIElement => {
    const said = facts(o, currency);
    return el(
      'li',
      { class: 'result' },
      el(
        'div',
        {},
        idButton(o.invoiceId),
        ` ${outcomeWords(o)}`,
        o.newInvoiceId ? arrow() : null,
        o.newInvoiceId ? idButton(o.newInvoiceId) : null,
      ),
      said.length ? el('p', { class: 'hint', text: said.join(' · ') }) : null,
    );
  };

  /** A titled list; long plain ID lists stay folded. */
  const group = (id: string, heading: string, items: Child[], fold = false): HTMLElement | null => {
    if (!items.length) return null;
    const list = el('ul', { class: 'results-list' }, ...items);
    const head = `${heading} (${items.length})`;
    if (fold) return el('details', { class: 'result-group', id }, el('summary', { text: head }), list);
    return el('section', { class: 'result-group', id }, el('h3', { text: head }), list);
  };
  const idItems = (ids: readonly string[]): HTMLLIElement[] =>
    ids.map((id) => el('li', { class: 'result id-only' }, idButton(id)));

  return {
    element,
    show: (d) => {
      const failed = d.outcomes.filter((o): o is OutcomeFailure => !o.ok);
      const applied = d.outcomes.filter((o): o is Extract<ApplyOutcome, { ok: true }> => o.ok);
      const stale = failed.filter((f) => f.code === 'STALE').map((f) => f.invoiceId);
      summary.textContent = summaryWords(d, failed.length);
      replace(
        groups,
        group(
          'rv-failed',
          'Failed, not changed',
          failed.map((f) => failure(f, 'not changed')),
        ),
        group(
          'rv-unsent',
          d.cancelled ? 'Not applied: cancelled before they were sent' : 'Not sent',
          idItems(d.unsent),
          d.unsent.length > 10,
        ),
        group(
          'rv-applied',
          'Applied',
          applied.map((o) => success(o, d.currency(o.invoiceId))),
          applied.length > 20,
        ),
        group('rv-left-out', 'Left out by you', idItems(d.leftOut), d.leftOut.length > 10),
        group(
          'rv-skipped',
          'Skipped: couldn’t be changed',
          [
            ...d.skipped.map((f) => failure(f, 'skipped')),
            ...d.notPreviewed.map((id) => el('li', { class: 'result' }, idButton(id), ' — not previewed')),
          ],
          d.skipped.length + d.notPreviewed.length > 10,
        ),
      );
      replace(exported);
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
        button(
          'Export results',
          () =>
            void copyText(
              resultsTable(d, (o, c) => facts(o, c).join('; ')),
              exported,
              'results as a table',
            ),
          { class: 'secondary', id: 'rv-export-results' },
        ),
        button('Start over', on.startOver, { class: 'secondary', id: 'rv-start-over' }),
      );
      said.textContent = '';
      element.hidden = false;
    },
    clear: () => {
      element.hidden = true;
      replace(groups);
      replace(footer);
      replace(exported);
    },
    focus: () => title.focus(),
    say: (text) => {
      said.textContent = text;
    },
  };
}
