/**
 * One invoice's preview in detail: its lines before → after, totals, the money that moves and
 * any warnings; or, for an invoice that can't be changed, why in plain words.
 */
import type { PreviewSuccess } from '../src/shared/api';
import type { OutcomeFailure, PreviewOutcome } from './chunk-answers';
import { arrow, el } from './dom';
import { isNonZero, money } from './format';
import { countChanges, renderLines } from './line-changes';
import { dateRange } from './date-range';
import { plainWords } from './messages';

/** "50.00 GBP", or "50.00 → 62.50 GBP" when it changes. */
function change(before: string, after: string | undefined, currency: string): Node {
  if (after === undefined || after === before) return document.createTextNode(money(before, currency));
  const frag = document.createDocumentFragment();
  frag.append(el('span', { class: 'old', text: money(before, currency) }), arrow(), money(after, currency));
  return frag;
}

function row(term: string, value: Node | string, strong = false): HTMLElement[] {
  return [el('dt', { text: term }), el('dd', { class: strong ? 'strong' : '' }, value)];
}

export function failureCard(f: OutcomeFailure): HTMLElement[] {
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

/** A status as the bookkeeper reads it: "paid" when nothing is left to pay. */
function statusWords(status: string): string {
  if (status === 'paid') return 'paid (nothing left to pay)';
  if (status === 'draft') return 'draft (stays a draft)';
  return status;
}

export function successCard(p: PreviewSuccess): HTMLElement[] {
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
  if (p.period) says(`Bills only ${dateRange(p.period.from, p.period.to, true)}: that becomes its period.`);
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
  if (p.after) {
    totals.append(...row(p.regeneratedInPlace ? 'Left to pay' : 'New invoice: to pay', money(p.after.balance, c)));
    totals.append(...row(p.regeneratedInPlace ? 'Status' : 'New invoice: status', statusWords(p.after.status)));
  }
  if (p.creditNote) {
    const { creditNoteId, refund, credit } = p.creditNote;
    totals.append(...row(`Credit note ${creditNoteId}`, `refund ${money(refund, c)}, credit ${money(credit, c)}`));
  }
  if (p.unappliedCredit !== undefined) {
    totals.append(...row("Customer's credit left", money(p.unappliedCredit, c)));
  }
  parts.push(totals);
  const warnings = warningList(p.warnings);
  if (warnings) parts.push(warnings);
  return parts;
}

export function heading(outcome: PreviewOutcome): Node[] {
  const nodes: Node[] = [document.createTextNode(outcome.invoiceId)];
  if (outcome.ok && outcome.newInvoiceId) nodes.push(arrow(), document.createTextNode(outcome.newInvoiceId));
  return nodes;
}
