/** The invoices selected in the sheet, with a Refresh button. */
import { SELECTION_HINT } from '../src/shared/messages';
import type { CustomerCredit, SelectedInvoice } from '../src/shared/api';
import { button, el, replace } from './dom';
import { isNonZero, money, plural } from './format';
import { plainWords, setUpFixes, type FailureCode } from './messages';

export interface SelectionPanel {
  element: HTMLElement;
  loading(): void;
  show(invoices: readonly SelectedInvoice[], hint?: string): void;
  /** Adds the customer's available credit under each invoice that has some (Apply credit). */
  showCredit(credits: readonly CustomerCredit[]): void;
  /** Shows these invoices as voided (after an apply), as the sheet now does. */
  markVoided(invoiceIds: readonly string[]): void;
  error(code: FailureCode, message: string): void;
  setDisabled(disabled: boolean): void;
}

function item(inv: SelectedInvoice): HTMLLIElement {
  return el(
    'li',
    { class: 'invoice', 'data-invoice': inv.invoiceId },
    el(
      'div',
      { class: 'invoice-top' },
      el('span', { class: 'invoice-id', text: inv.invoiceId }),
      el('span', { class: `status status-${inv.status.toLowerCase().replace(/[^a-z]+/g, '-')}`, text: inv.status }),
    ),
    el(
      'div',
      { class: 'invoice-bottom' },
      el('span', { class: 'customer', text: inv.customer }),
      el('span', { class: 'amount', text: money(inv.total, inv.currency) }),
    ),
  );
}

export function createSelectionPanel(onRefresh: () => void, onSetup: () => void): SelectionPanel {
  const refresh = button('Refresh', onRefresh, {
    class: 'secondary small',
    id: 'rv-refresh',
    'aria-describedby': 'rv-selection-title',
  });
  const count = el('p', { class: 'count', id: 'rv-selection-count', 'aria-live': 'polite' });
  const body = el('div', { class: 'selection-body' });
  const element = el(
    'section',
    { class: 'selection', 'aria-labelledby': 'rv-selection-title' },
    el('div', { class: 'section-head' }, el('h2', { id: 'rv-selection-title', text: 'Selected invoices' }), refresh),
    count,
    body,
  );

  return {
    element,
    loading: () => {
      count.textContent = 'Reading the selection…';
      element.setAttribute('aria-busy', 'true');
    },
    show: (invoices, hint) => {
      element.removeAttribute('aria-busy');
      if (!invoices.length) {
        count.textContent = 'No invoices selected.';
        replace(body, el('p', { class: 'hint selection-hint', text: hint || SELECTION_HINT }));
        return;
      }
      count.textContent = `${plural(invoices.length, 'invoice')} selected.`;
      const list = el(
        'ul',
        { class: 'invoice-list', 'aria-label': 'Selected invoices', tabindex: invoices.length > 6 ? 0 : undefined },
        ...invoices.map(item),
      );
      replace(body, list, hint ? el('p', { class: 'hint', text: hint }) : null);
    },
    error: (code, message) => {
      element.removeAttribute('aria-busy');
      count.textContent = 'Couldn’t read the selection.';
      replace(
        body,
        el('p', { class: 'error-text', role: 'alert', text: plainWords(code) }),
        message ? el('p', { class: 'detail' }, 'Details: ', message) : null,
        setUpFixes(code) ? button('Set up workbook', onSetup, { class: 'secondary', id: 'rv-setup' }) : null,
      );
    },
    showCredit: (credits) => {
      for (const { invoiceId, customer, credit, currency } of credits) {
        if (!isNonZero(credit) || credit.startsWith('-')) continue;
        const card = [...body.querySelectorAll<HTMLElement>('li.invoice')].find(
          (li) => li.dataset.invoice === invoiceId,
        );
        card?.append(el('p', { class: 'hint credit', text: `${customer}'s credit: ${money(credit, currency)}` }));
      }
    },
    markVoided: (invoiceIds) => {
      for (const li of body.querySelectorAll<HTMLElement>('li.invoice')) {
        const status = li.querySelector<HTMLElement>('.status');
        if (!status || !invoiceIds.includes(li.dataset.invoice ?? '')) continue;
        status.textContent = 'voided';
        status.className = 'status status-voided';
      }
    },
    setDisabled: (disabled) => {
      refresh.disabled = disabled;
    },
  };
}
