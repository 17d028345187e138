/**
 * Invariant 1: money is conserved. Σ Paid per customer and currency never changes; every movement
 * is a transfer into a new invoice out of a voided one; credit notes are the ones asked for and
 * never give back more than was paid; the result's figures match the ledger. Then the transfer
 * rule that is built (README "Regenerate"): a new invoice takes min(what its original still holds,
 * paid − refunds − credits, new total) from its original alone, which keeps the rest as
 * `unappliedCredit`. The SPEC §3 customer-credit rules that replace it live in spec-next.ts.
 */
import { D, InvoiceMoney, ZERO, money, moneyOf, paidByGroup, parseAmount, parseMoney } from './money-model';
import { SHEET, get } from './read-back';
import { Report, StepContext, okResults } from './step-context';

export function newRows(ctx: StepContext, sheet: string) {
  const from = ctx.before.grids[sheet]?.length ?? 1;
  return ctx.after.tables[sheet]?.rows.filter((row) => row.row > from) ?? [];
}

export const amountOf = (value: unknown) => (typeof value === 'string' ? parseAmount(value) : null);

/** What the call's new Payments rows moved, per invoice: money in and money out. */
export interface Flows {
  inflow: Map<string, D>;
  outflow: Map<string, D>;
}

/** Every invoice's money before and after the call, and what the call moved. */
export interface MoneyView {
  before: Map<string, InvoiceMoney>;
  after: Map<string, InvoiceMoney>;
  flows: Flows;
}

/** What V can still settle: Paid − refunds − credits (README; SPEC §3's `applyCredit: false`). */
export const unsettled = (m: InvoiceMoney) => m.paid.minus(m.refunds).minus(m.credits);

function flowsOf(report: Report, ctx: StepContext, after: Map<string, InvoiceMoney>): Flows {
  const inflow = new Map<string, D>();
  const outflow = new Map<string, D>();
  for (const row of newRows(ctx, SHEET.payments)) {
    const id = get(row, 'Invoice ID').trim();
    const amount = parseMoney(get(row, 'Amount'), after.get(id)?.currency ?? 'GBP');
    if (
      !report.check(
        !!amount && !amount.isZero() && get(row, 'Method') === 'transfer',
        'I1',
        'new payment row is not a transfer',
        () => `Payments row ${row.row}: ${JSON.stringify(row.shown)}`,
      )
    )
      continue;
    const flows = amount!.isNegative() ? outflow : inflow;
    flows.set(id, (flows.get(id) ?? ZERO).plus(amount!.abs()));
  }
  return { inflow, outflow };
}

/** The credit note SPEC §3 asks for on a void, or null when none is written (refund + credit = 0). */
function askedNote(ctx: StepContext): { refund: D; credit: D } | null {
  const note = ctx.request.creditNote;
  if (!note || ctx.request.action === 'regenerate') return null;
  const refund = new D(note.refund);
  const credit = new D(note.credit);
  return refund.plus(credit).greaterThan(0) ? { refund, credit } : null;
}

/** Credit Notes rows: one per invoice voided with a credit note, as asked, within what was paid. */
function checkCreditNotes(report: Report, ctx: StepContext, before: Map<string, InvoiceMoney>): void {
  const notes = newRows(ctx, SHEET.creditNotes);
  const asked = askedNote(ctx);
  const ids = (ctx.before.tables[SHEET.creditNotes]?.rows ?? []).map((n) => get(n, 'Credit Note ID'));
  for (const r of okResults(ctx)) {
    const m = before.get(r.invoiceId);
    if (!m) continue;
    const mine = notes.filter((n) => get(n, 'Invoice ID').trim() === r.invoiceId);
    const expected = asked && r.voided ? 1 : 0;
    report.check(
      mine.length === expected,
      'I1',
      'credit note rows are not the one asked for',
      () =>
        `${r.invoiceId}: ${mine.length} Credit Notes rows written, ${expected} asked (${JSON.stringify(ctx.request.creditNote)})`,
    );
    for (const n of mine) {
      const refund = parseMoney(get(n, 'Refund'), m.currency);
      const credit = parseMoney(get(n, 'Credit'), m.currency);
      report.check(
        !!refund && !!credit && !!asked && refund.equals(asked.refund) && credit.equals(asked.credit),
        'I1',
        'credit note amounts are not the ones asked for',
        () =>
          `${r.invoiceId}: row refund ${get(n, 'Refund')}, credit ${get(n, 'Credit')}; asked ${JSON.stringify(ctx.request.creditNote)}`,
      );
      report.check(
        !!refund && !!credit && refund.plus(credit).lessThanOrEqualTo(m.paid),
        'I1',
        'credit note exceeds what was paid',
        () => `${r.invoiceId}: refund ${get(n, 'Refund')} + credit ${get(n, 'Credit')}, paid ${m.paid}`,
      );
      const id = get(n, 'Credit Note ID');
      report.check(
        !!id && !ids.includes(id) && get(n, 'Customer') === m.customer,
        'I1',
        'credit note row without its own ID or customer',
        () => `${r.invoiceId}: row ${JSON.stringify(n.shown)}; IDs already used ${JSON.stringify(ids)}`,
      );
      ids.push(id);
    }
  }
}

/** The transfer rule that is built: each new invoice takes from its own original only. */
export function checkOwnTransfer(report: Report, ctx: StepContext, { before, after, flows }: MoneyView): void {
  for (const [id, out] of flows.outflow) {
    const m = after.get(id);
    report.check(
      !!m && unsettled(m).greaterThanOrEqualTo(0),
      'I1',
      'more moved out than the invoice held',
      () => `${id}: after moving ${out} out, Paid ${m?.paid} − refunds ${m?.refunds} − credits ${m?.credits} < 0`,
    );
  }
  for (const r of okResults(ctx)) {
    const was = before.get(r.invoiceId);
    const now = after.get(r.invoiceId);
    if (!was || !now) continue;
    if (r.newInvoiceId) {
      const total = amountOf(r.total);
      const moved = flows.inflow.get(r.newInvoiceId) ?? ZERO;
      const available = was.paid.minus(now.refunds).minus(now.credits);
      const expected = total?.greaterThan(0) && available.greaterThan(0) ? D.min(available, total) : ZERO;
      report.check(
        moved.equals(expected) && (flows.outflow.get(r.invoiceId) ?? ZERO).equals(moved),
        'I1',
        'transfer is not min(what the original still holds, new total), from the original',
        () =>
          `${r.invoiceId} → ${r.newInvoiceId}: paid ${was.paid}, refunds ${now.refunds}, credits ${now.credits}, total ${r.total}: ` +
          `expected ${expected}, moved in ${moved}, out of ${r.invoiceId} ${flows.outflow.get(r.invoiceId) ?? ZERO}`,
      );
    }
    const left = money(unsettled(now), now.currency);
    report.check(
      r.unappliedCredit === left,
      'I1',
      'unappliedCredit is not what the voided invoice still holds',
      () => `${r.invoiceId}: unappliedCredit ${r.unappliedCredit}; Paid − refunds − credits on the sheets ${left}`,
    );
  }
}

/** The checks of invariant 1 that hold whichever transfer rule applies. */
export function checkMoney(report: Report, ctx: StepContext): MoneyView {
  const before = moneyOf(ctx.before);
  const after = moneyOf(ctx.after);
  const paidBefore = paidByGroup(before);
  const paidAfter = paidByGroup(after);
  for (const key of new Set([...paidBefore.keys(), ...paidAfter.keys()])) {
    const [a, b] = [paidBefore.get(key) ?? ZERO, paidAfter.get(key) ?? ZERO];
    report.check(
      a.equals(b),
      'I1',
      'Σ Paid of a customer and currency changed',
      () => `${key}: Σ Paid was ${a}, now ${b}`,
    );
  }
  const flows = flowsOf(report, ctx, after);
  const results = okResults(ctx);
  const newIds = new Set(results.map((r) => r.newInvoiceId).filter(Boolean));
  for (const [id, value] of flows.inflow)
    report.check(newIds.has(id), 'I1', 'money moved into an invoice that is not new', () => `${id} received ${value}`);
  for (const [id, out] of flows.outflow) {
    const m = after.get(id);
    report.check(
      !!m && m.status === 'voided',
      'I1',
      'money moved out of an invoice that is not voided',
      () => `${id} (${m?.status}) gave ${out}`,
    );
  }
  checkCreditNotes(report, ctx, before);
  for (const r of results) {
    if (!r.newInvoiceId) continue;
    const transferred = flows.inflow.get(r.newInvoiceId) ?? ZERO;
    const total = amountOf(r.total);
    report.check(
      amountOf(r.transferred)?.equals(transferred) ?? false,
      'I1',
      'transferred is not what the ledger moved in',
      () => `${r.newInvoiceId}: result transferred ${r.transferred}, ledger moved in ${transferred}`,
    );
    report.check(
      !!total && transferred.lessThanOrEqualTo(D.max(total, 0)),
      'I1',
      'more moved in than the new total',
      () => `${r.newInvoiceId}: total ${r.total}, moved in ${transferred}`,
    );
  }
  return { before, after, flows };
}
