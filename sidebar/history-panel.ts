/**
 * History, a disclosure at the foot of the sidebar beside Settings: what Revoice did lately, from
 * the Audit Log, newest first. Each invoice ID selects its row in the sheet. Loaded each time it
 * is opened (and after an apply while open); "Show more" asks for older entries.
 */
import type { HistoryEntry, HistoryInvoice } from '../src/shared/api';
import { createStatusLine } from './status-line';
import { arrow, button, el, replace } from './dom';
import { plural } from './format';
import { idButton } from './id-button';

/** Invoices listed per entry before the rest fold away (a batch may hold hundreds). */
const SHOWN_INVOICES = 10;

/** What each action did, in the past tense; an action the sidebar does not know is shown as logged. */
const DONE: Record<string, string> = {
  void: 'Voided',
  regenerate: 'Regenerated',
  'void-and-regenerate': 'Voided & regenerated',
  'apply-credit': "Applied the customer's credit",
  'reset-accounting': 'Reset accounting link',
};

export interface HistoryPanel {
  element: HTMLDetailsElement;
  isOpen(): boolean;
  /** The entries, newest first; `more` when older ones were left out. */
  show(entries: readonly HistoryEntry[], more: boolean): void;
  /** A status line (loading, a row selected) or an error; "" clears it. */
  say(text: string, error?: boolean): void;
  /** Clears the status line if it shows an error (a new preview has started). */
  clearError(): void;
  setLoading(loading: boolean): void;
}

export interface HistoryHandlers {
  loadHistory(): void;
  showMoreHistory(): void;
  /** Selects the row; said in History's own status line. */
  selectFromHistory(invoiceId: string): void;
}

export function createHistoryPanel(on: HistoryHandlers): HistoryPanel {
  const summary = el('summary', { id: 'rv-history-summary', text: 'History' });
  const list = el('ol', { class: 'history-list', id: 'rv-history-list' });
  const empty = el('p', {
    class: 'hint',
    id: 'rv-history-empty',
    hidden: true,
    text: 'Nothing yet: changes you apply with Revoice are listed here.',
  });
  const status = createStatusLine('rv-history-status');
  const more = button('Show more', on.showMoreHistory, {
    class: 'secondary small',
    id: 'rv-history-more',
    hidden: true,
  });
  const element = el('details', { class: 'history', id: 'rv-history' }, summary, list, empty, status.element, more);
  element.addEventListener('toggle', () => {
    if (element.open) on.loadHistory();
  });

  const invoiceLine = (invoice: HistoryInvoice): HTMLLIElement =>
    el(
      'li',
      {},
      invoice.invoiceId ? idButton(invoice.invoiceId, on.selectFromHistory) : '(no ID)',
      invoice.newInvoiceId ? arrow() : null,
      invoice.newInvoiceId ? idButton(invoice.newInvoiceId, on.selectFromHistory) : null,
      invoice.creditNoteId ? el('span', { class: 'hint', text: ` credit note ${invoice.creditNoteId}` }) : null,
    );

  const invoiceList = (invoices: readonly HistoryInvoice[]): (HTMLElement | null)[] => {
    const rest = invoices.slice(SHOWN_INVOICES);
    return [
      el('ul', { class: 'history-invoices' }, ...invoices.slice(0, SHOWN_INVOICES).map(invoiceLine)),
      rest.length
        ? el(
            'details',
            { class: 'history-rest' },
            el('summary', { text: `and ${plural(rest.length, 'more invoice')}` }),
            el('ul', { class: 'history-invoices' }, ...rest.map(invoiceLine)),
          )
        : null,
    ];
  };

  const entryItem = (entry: HistoryEntry): HTMLLIElement =>
    el(
      'li',
      { class: 'history-entry' },
      el(
        'div',
        { class: 'history-head' },
        el('strong', { text: DONE[entry.action] ?? (entry.action || 'Changed') }),
        // Seconds left out for the eye; the title keeps what the Audit Log holds.
        el('span', { class: 'history-when', title: entry.when, text: entry.when.slice(0, 16) }),
      ),
      entry.user ? el('div', { class: 'history-who', text: entry.user }) : null,
      ...invoiceList(entry.invoices),
      entry.reason ? el('p', { class: 'hint', text: `Reason: ${entry.reason}` }) : null,
      entry.notChanged?.length ? el('p', { class: 'hint', text: `Not changed: ${entry.notChanged.join(', ')}` }) : null,
      entry.requestKey ? el('p', { class: 'history-key', text: `Request ${entry.requestKey}` }) : null,
    );

  return {
    element,
    isOpen: () => element.open,
    show: (entries, older) => {
      replace(list, ...entries.map(entryItem));
      empty.hidden = entries.length > 0;
      more.hidden = !older;
    },
    clearError: status.clearError,
    say: status.say,
    setLoading: (loading) => {
      more.disabled = loading;
      if (loading) element.setAttribute('aria-busy', 'true');
      else element.removeAttribute('aria-busy');
    },
  };
}
