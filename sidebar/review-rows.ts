/**
 * The batch review's rows and sums, worked out from the preview outcomes before anything is drawn:
 * per invoice its total before and after, the difference and what kind of change it is; per
 * currency the sums of the invoices that will be applied.
 */
import type { Action, PreviewSuccess } from '../src/shared/api';
import type { PreviewOutcome } from './chunk-answers';
import { differenceOf, sumDecimals } from './decimal-text';

/** What happens to the invoice, in one word or two. */
export type ReviewMark = 'error' | 'unchanged' | 'changed' | 'rebuilt' | 'voided' | 'credit' | 'unlinked';

export const MARK_WORDS: Record<ReviewMark, string> = {
  error: 'can’t be changed',
  unchanged: 'unchanged',
  changed: 'changed',
  rebuilt: 'rebuilt in place',
  voided: 'voided',
  credit: 'credit applied',
  unlinked: 'unlinked',
};

export interface ReviewRow {
  invoiceId: string;
  customer: string;
  outcome: PreviewOutcome;
  mark: ReviewMark;
  /** Unchanged, and applying it would void or rebuild a live invoice for nothing: "Leave out unchanged" leaves it out. */
  needless: boolean;
  currency: string;
  before?: string;
  after?: string;
  difference?: string;
}

/** The regenerated invoice would be the original again: the same lines and the same totals. */
function sameAsBefore(p: PreviewSuccess): boolean {
  if (!p.after) return false;
  const lines = (p.diff ?? []).every((d) => d.change === 'same');
  return (
    lines && p.after.subtotal === p.before.subtotal && p.after.tax === p.before.tax && p.after.total === p.before.total
  );
}

function markOf(action: Action, p: PreviewSuccess): ReviewMark {
  if (p.cleared) return 'unlinked';
  if (action === 'apply-credit') return 'credit';
  if (!p.after) return 'voided';
  if (sameAsBefore(p)) return 'unchanged';
  return p.regeneratedInPlace ? 'rebuilt' : 'changed';
}

/** The invoice's total once applied: a voided one counts as zero. */
function totalAfter(mark: ReviewMark, p: PreviewSuccess): string {
  if (p.after) return p.after.total;
  // x − x: zero written with the currency's decimals ("0.00", JPY "0").
  return mark === 'voided' ? (differenceOf(p.before.total, p.before.total) ?? '0') : p.before.total;
}

export function reviewRow(action: Action, outcome: PreviewOutcome, customer: string): ReviewRow {
  const base = { invoiceId: outcome.invoiceId, customer, outcome };
  if (!outcome.ok) return { ...base, mark: 'error', needless: false, currency: '' };
  const mark = markOf(action, outcome);
  const before = outcome.before.total;
  const after = totalAfter(mark, outcome);
  return {
    ...base,
    mark,
    // Regenerating an already-voided invoice is never needless: without it the customer has no invoice.
    needless: mark === 'unchanged' && (action === 'void-and-regenerate' || outcome.regeneratedInPlace === true),
    currency: outcome.currency,
    before,
    after,
    difference: differenceOf(before, after) ?? undefined,
  };
}

export interface CurrencySums {
  currency: string;
  count: number;
  before: string;
  after: string;
  difference: string;
  /** Payments and credit moved onto the new invoices. */
  moved: string;
  /** The customers' credit left after the last of their invoices here. */
  creditLeft: string;
}

function sum(amounts: readonly string[]): string {
  return sumDecimals(amounts) ?? '—';
}

/** Per currency, over the rows that will be applied (in the order shown). */
export function sumsOf(rows: readonly ReviewRow[]): CurrencySums[] {
  const byCurrency = new Map<string, ReviewRow[]>();
  for (const row of rows) {
    if (!row.outcome.ok) continue;
    const list = byCurrency.get(row.currency) ?? [];
    list.push(row);
    byCurrency.set(row.currency, list);
  }
  return [...byCurrency].map(([currency, list]) => {
    // unappliedCredit is the customer's whole credit after that invoice: the last one per customer counts.
    const credit = new Map<string, string>();
    const moved: string[] = [];
    for (const row of list) {
      const p = row.outcome as PreviewSuccess;
      if (p.transferred !== undefined) moved.push(p.transferred);
      if (p.unappliedCredit !== undefined) credit.set(row.customer || row.invoiceId, p.unappliedCredit);
    }
    const before = sum(list.map((r) => r.before as string));
    const after = sum(list.map((r) => r.after as string));
    // Nothing to add up is zero written with the currency's decimals, like the totals.
    const zero = differenceOf(before, before) ?? '0';
    const total = (amounts: string[]): string => (amounts.length ? sum(amounts) : zero);
    return {
      currency,
      count: list.length,
      before,
      after,
      difference: differenceOf(before, after) ?? '—',
      moved: total(moved),
      creditLeft: total([...credit.values()]),
    };
  });
}
