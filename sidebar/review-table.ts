/**
 * The batch review: one row per invoice — total before → after, the difference, what kind of
 * change — with a checkbox to leave it out, the sums at the foot, and each row's lines on demand.
 */
import { button, el, replace, uid } from './dom';
import { money, plural } from './format';
import { MARK_WORDS, sumsOf, type ReviewRow } from './review-rows';
import { failureCard, successCard } from './review-card';
import { signOf } from './decimal-text';

export interface ReviewTable {
  element: HTMLElement;
  show(rows: readonly ReviewRow[], leftOut: ReadonlySet<string>): void;
  /** Rows left out changed elsewhere ("Leave out unchanged"): tick boxes and sums follow. */
  setLeftOut(leftOut: ReadonlySet<string>): void;
  setDisabled(disabled: boolean): void;
}

/** "+12.50", "−13.50", "0.00": the sign always shown, so a drop can't be read as a rise. */
function signed(amount: string | undefined, currency: string): string {
  if (amount === undefined) return '—';
  const sign = signOf(amount);
  const size = money(amount.replace(/^-/, ''), currency);
  return sign > 0 ? `+${size}` : sign < 0 ? `−${size}` : size;
}

function totalCell(row: ReviewRow): HTMLElement {
  if (!row.outcome.ok) return el('td', { class: 'num', text: '—' });
  const cell = el('td', { class: 'num' });
  if (row.before !== row.after) cell.append(el('s', { class: 'old', text: money(row.before, row.currency) }), ' ');
  cell.append(el('span', { class: 'new', text: money(row.after, row.currency) }));
  return cell;
}

/** The invoice's lines before → after, built the first time the row is opened. */
function detailOf(row: ReviewRow): HTMLElement[] {
  const customer = row.customer ? el('p', { class: 'customer', text: row.customer }) : null;
  const body = row.outcome.ok ? successCard(row.outcome) : failureCard(row.outcome);
  return customer ? [customer, ...body] : body;
}

function footRows(rows: readonly ReviewRow[], leftOut: ReadonlySet<string>): HTMLElement[] {
  const applied = rows.filter((r) => !leftOut.has(r.invoiceId));
  return sumsOf(applied).flatMap((s) => {
    const line = (term: string, value: string, cls = ''): HTMLElement =>
      el(
        'tr',
        { class: cls },
        el('th', { scope: 'row', colspan: 2, text: term }),
        el('td', { colspan: 2, class: 'num', text: value }),
      );
    return [
      el(
        'tr',
        { class: 'sum-head' },
        el('th', { scope: 'rowgroup', colspan: 4, text: `${plural(s.count, 'invoice')} in ${s.currency}` }),
      ),
      line('Before', money(s.before, s.currency)),
      line('After', money(s.after, s.currency), 'strong'),
      line('Difference', signed(s.difference, s.currency)),
      line('Money moved', money(s.moved, s.currency)),
      line('Credit left', money(s.creditLeft, s.currency)),
    ];
  });
}

export function createReviewTable(onToggle: (invoiceId: string, included: boolean) => void): ReviewTable {
  const body = el('tbody');
  const foot = el('tfoot');
  const element = el(
    'table',
    { class: 'review-table', id: 'rv-review-table' },
    el('caption', { class: 'sr-only', text: 'Invoices in this preview, with their totals before and after' }),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col', class: 'pick' }, el('span', { class: 'sr-only', text: 'Apply' })),
        el('th', { scope: 'col', text: 'Invoice' }),
        el('th', { scope: 'col', class: 'num', text: 'Total' }),
        el('th', { scope: 'col', class: 'num', text: 'Change' }),
      ),
    ),
    body,
    foot,
  );
  let rows: readonly ReviewRow[] = [];
  const boxes = new Map<string, HTMLInputElement>();

  const rowFor = (row: ReviewRow, included: boolean): HTMLElement[] => {
    const detailId = uid('rv-detail');
    const detail = el('tr', { class: 'detail-row', id: detailId, hidden: true });
    const toggle = button(
      row.invoiceId,
      () => {
        const open = toggle.getAttribute('aria-expanded') === 'true';
        if (!detail.firstChild) detail.append(el('td', { colspan: 4 }, ...detailOf(row)));
        toggle.setAttribute('aria-expanded', String(!open));
        detail.hidden = open;
      },
      {
        class: 'link row-toggle',
        'aria-expanded': 'false',
        'aria-controls': detailId,
        'data-invoice-id': row.invoiceId,
      },
    );
    const pick = row.outcome.ok
      ? el('input', {
          type: 'checkbox',
          checked: included,
          'aria-label': `Apply to ${row.invoiceId}`,
          'data-invoice-id': row.invoiceId,
          onchange: (event: Event) => onToggle(row.invoiceId, (event.target as HTMLInputElement).checked),
        })
      : null;
    if (pick) boxes.set(row.invoiceId, pick);
    const newId =
      row.outcome.ok && row.outcome.newInvoiceId
        ? el('span', { class: 'new-id', text: `→\u00a0${row.outcome.newInvoiceId}` })
        : null;
    const line = el(
      'tr',
      { class: `review-row is-${row.mark}`, 'data-invoice-id': row.invoiceId },
      el('td', { class: 'pick' }, pick),
      el('td', { class: 'invoice' }, toggle, newId, el('span', { class: 'mark-word', text: MARK_WORDS[row.mark] })),
      totalCell(row),
      el('td', { class: 'num difference', text: row.outcome.ok ? signed(row.difference, row.currency) : '—' }),
    );
    return [line, detail];
  };

  return {
    element,
    show: (shown, leftOut) => {
      rows = shown;
      boxes.clear();
      replace(body, ...shown.flatMap((r) => rowFor(r, !leftOut.has(r.invoiceId))));
      replace(foot, ...footRows(rows, leftOut));
    },
    setLeftOut: (leftOut) => {
      for (const [id, box] of boxes) box.checked = !leftOut.has(id);
      replace(foot, ...footRows(rows, leftOut));
    },
    setDisabled: (disabled) => {
      for (const box of boxes.values()) box.disabled = disabled;
    },
  };
}
