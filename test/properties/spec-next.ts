/**
 * SPEC rules of the customer-credit and drafts work, checked by default now that it has landed.
 * PROPERTY_SPEC=before-credit checks the earlier rules instead: check-money.ts's own-transfer rule
 * (a new invoice takes from its original alone, `unappliedCredit` is what that original still
 * holds) and expectations.ts's drafts refused (DRAFT, or NOT_VOIDED for a plain regenerate).
 *
 * SPEC §3 rules checked here:
 * - "void": the result's `creditNoteId` names the Credit Notes row the void wrote.
 * - "Payments and customer credit": with `applyCredit` (default true) V's own Held(V) = Paid −
 *   refunds moves first, x₀ = min(Held(V), T), then the customer's other credit in N's currency,
 *   oldest voided invoice first (by Voided At, blanks first, then row), until N is covered; with
 *   `applyCredit: false` only min(Paid − refunds − credits, T); `creditSources` (V's own share
 *   first, summing to `transferred`); `unappliedCredit` is the customer's credit in that currency
 *   after the action (Σ Held over their voided invoices); no source is left below zero.
 * - "drafts": `regenerate` / `void-and-regenerate` of a draft in schedule mode rebuilds it in place
 *   (`regeneratedInPlace: true`; check-cells.ts and check-invoices.ts then check its rewritten
 *   lines, totals and period); `copy` mode on a draft and `void` of a draft → DRAFT.
 */
import { Flows, MoneyView, amountOf, newRows, unsettled } from './check-money';
import type { Expectation } from './expectations';
import { D, InvoiceMoney, ZERO, customerCredit, groupKey, money } from './money-model';
import { SHEET, get } from './read-back';
import type { Request } from './requests';
import { Report, Result, StepContext, okResults } from './step-context';

export const NEXT_SPEC = process.env.PROPERTY_SPEC !== 'before-credit';

/** SPEC §3 "drafts": a draft in schedule mode is rebuilt in place; voided or copied, it is refused. */
export function draftsInPlace(e: Expectation, request: Request, must: (code: string, why: string) => void): void {
  if (request.action === 'void' || (request.mode ?? 'schedule') === 'copy') must('DRAFT', 'a draft');
  else e.inPlace = true;
}

/** SPEC §3 "void" and §4: an ok result reports the credit note it wrote, by ID. */
export function checkNextResult(report: Report, r: Result, e: Expectation): void {
  report.check(
    !!r.creditNoteId === e.creditNote,
    'I9',
    'creditNoteId missing or unasked',
    () => `${r.invoiceId}: ${JSON.stringify(r)}; a credit note was ${e.creditNote ? '' : 'not '}asked for`,
  );
}

/** SPEC §3: Held(V) = Paid − refunds (a credit note's credit stays the customer's). */
const held = (m: InvoiceMoney) => m.paid.minus(m.refunds);

function checkSources(report: Report, r: Result, transferred: D, view: MoneyView): void {
  const sources = r.creditSources as { invoiceId: string; amount: string }[] | undefined;
  if (
    !report.check(
      Array.isArray(sources) || transferred.isZero(),
      'I1',
      'creditSources missing',
      () => `${r.invoiceId} → ${r.newInvoiceId} moved ${r.transferred} but the result has no creditSources`,
    ) ||
    !sources
  )
    return;
  const sum = sources.reduce((s, x) => s.plus(amountOf(x.amount) ?? new D(NaN)), ZERO);
  report.check(
    sum.equals(transferred),
    'I1',
    'creditSources do not sum to transferred',
    () => `${r.invoiceId}: ${JSON.stringify(sources)} vs transferred ${r.transferred}`,
  );
  const own = sources.findIndex((s) => s.invoiceId === r.invoiceId);
  report.check(own <= 0, 'I1', 'own share not first', () => `${r.invoiceId}: creditSources ${JSON.stringify(sources)}`);
  const target = view.after.get(r.newInvoiceId);
  for (const [i, s] of sources.entries()) {
    const m = view.after.get(s.invoiceId);
    report.check(
      !!m && !!target && m.customer === target.customer && m.currency === target.currency && m.status === 'voided',
      'I1',
      'credit source not a voided invoice of the customer in the currency',
      () => `${r.newInvoiceId} took ${s.amount} from ${s.invoiceId} (${m?.customer} ${m?.currency} ${m?.status})`,
    );
    report.check(
      view.flows.outflow.has(s.invoiceId),
      'I1',
      'credit source without a ledger row',
      () => `source ${i + 1} ${s.invoiceId} of ${r.newInvoiceId} has no transfer row`,
    );
  }
  const others = sources.filter((s) => s.invoiceId !== r.invoiceId).map((s) => view.after.get(s.invoiceId));
  const order = (m: InvoiceMoney | undefined) => [m?.voidedAt ? 1 : 0, m?.voidedAt ?? '', m?.row ?? 0] as const;
  report.check(
    others.every((m, i) => i === 0 || JSON.stringify(order(others[i - 1])) <= JSON.stringify(order(m))),
    'I1',
    'other credit not taken oldest voided first',
    () => `${r.newInvoiceId}: creditSources ${JSON.stringify(sources)}`,
  );
}

/** How much of N's total V's own money covers, and whether the customer's other credit may add to it. */
function checkShares(report: Report, ctx: StepContext, r: Result, view: MoneyView, transferred: D, total: D): void {
  const was = view.before.get(r.invoiceId);
  const now = view.after.get(r.invoiceId);
  if (!was || !now) return;
  const strict = ctx.request.applyCredit === false;
  // V's credit notes of this call count (a void-and-regenerate with a credit note).
  const own = strict ? was.paid.minus(now.refunds).minus(now.credits) : was.paid.minus(now.refunds);
  const ownShare = total.greaterThan(0) && own.greaterThan(0) ? D.min(own, total) : ZERO;
  // What left V in this call for its own new invoice, as the ledger says: less what other invoices
  // of the same call took from V as the customer's credit (their creditSources say so).
  const toOthers = okResults(ctx)
    .filter((other) => other !== r)
    .flatMap((other) => (other.creditSources as { invoiceId: string; amount: string }[] | undefined) ?? [])
    .filter((source) => source.invoiceId === r.invoiceId)
    .reduce((sum, source) => sum.plus(amountOf(source.amount) ?? ZERO), ZERO);
  const fromV = (view.flows.outflow.get(r.invoiceId) ?? ZERO).minus(toOthers);
  report.check(
    strict ? transferred.equals(ownShare) : fromV.equals(ownShare),
    'I1',
    strict
      ? 'applyCredit false: not min(own unrefunded, uncredited payments, total)'
      : 'own share is not min(Held, total)',
    () =>
      `${r.invoiceId} → ${r.newInvoiceId}: paid ${was.paid}, refunds ${now.refunds}, credits ${now.credits}, total ${r.total}: ` +
      `own share ${ownShare}, moved ${transferred} (from ${r.invoiceId}: ${fromV})`,
  );
  if (strict || !total.greaterThan(transferred)) return;
  const left = amountOf(r.unappliedCredit);
  report.check(
    !!left && left.lessThanOrEqualTo(0),
    'I1',
    'new invoice left unpaid while the customer has credit',
    () =>
      `${r.invoiceId} → ${r.newInvoiceId}: total ${r.total}, moved ${transferred}, unappliedCredit ${r.unappliedCredit}`,
  );
}

function checkSourcesLeft(report: Report, ctx: StepContext, after: Map<string, InvoiceMoney>, flows: Flows): void {
  const strict = ctx.request.applyCredit === false;
  for (const [id, out] of flows.outflow) {
    const m = after.get(id);
    const left = m ? (strict ? unsettled(m) : held(m)) : ZERO;
    report.check(
      left.greaterThanOrEqualTo(0),
      'I1',
      'more moved out than the invoice held',
      () =>
        `${id}: after moving ${out} out, ${strict ? 'Paid − refunds − credits' : 'Held = Paid − refunds'} = ${left}`,
    );
  }
}

/** SPEC §3's customer credit, credit sources and credit note IDs (see the head of this file). */
export function checkNextMoney(report: Report, ctx: StepContext, view: MoneyView): void {
  checkSourcesLeft(report, ctx, view.after, view.flows);
  const notes = newRows(ctx, SHEET.creditNotes);
  const lastOfGroup = new Map<string, Result>();
  for (const r of okResults(ctx)) {
    const m = view.before.get(r.invoiceId);
    if (!m) continue;
    if (r.voided || r.newInvoiceId) lastOfGroup.set(groupKey(m.customer, m.currency), r);
    for (const n of notes.filter((row) => get(row, 'Invoice ID').trim() === r.invoiceId)) {
      report.check(
        get(n, 'Credit Note ID') === r.creditNoteId,
        'I1',
        'credit note row not as reported',
        () => `${r.invoiceId}: row ${JSON.stringify(n.shown)}, result creditNoteId ${r.creditNoteId}`,
      );
    }
    const total = amountOf(r.total);
    if (!r.newInvoiceId || !total) continue;
    const transferred = view.flows.inflow.get(r.newInvoiceId) ?? ZERO;
    checkSources(report, r, transferred, view);
    checkShares(report, ctx, r, view, transferred, total);
  }
  for (const [key, r] of lastOfGroup) {
    const m = view.before.get(r.invoiceId)!;
    const credit = money(customerCredit(view.after, m.customer, m.currency), m.currency);
    report.check(
      r.unappliedCredit === credit,
      'I1',
      "unappliedCredit is not the customer's credit after the action",
      () => `${key}: last result (${r.invoiceId}) says unappliedCredit ${r.unappliedCredit}; the sheets give ${credit}`,
    );
  }
}
