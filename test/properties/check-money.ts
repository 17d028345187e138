/**
 * Invariant 1: money is conserved. Σ Paid per customer and currency never changes; every movement
 * is a transfer into a new invoice from the customer's voided invoices, never more than they hold;
 * credit notes never give back more than was paid; the result's figures match the ledger.
 */
import {
  D,
  InvoiceMoney,
  ZERO,
  customerCredit,
  groupKey,
  money,
  moneyOf,
  paidByGroup,
  parseAmount,
  parseMoney,
} from './money-model';
import { SHEET, get } from './read-back';
import { Report, Result, StepContext, okResults } from './step-context';

function newRows(ctx: StepContext, sheet: string) {
  const from = ctx.before.grids[sheet]?.length ?? 1;
  return ctx.after.tables[sheet]?.rows.filter((row) => row.row > from) ?? [];
}

const amountOf = (value: unknown) => (typeof value === 'string' ? parseAmount(value) : null);

function checkSources(
  report: Report,
  r: Result,
  transferred: D,
  after: Map<string, InvoiceMoney>,
  outflow: Map<string, D>,
): void {
  const sources = r.creditSources as { invoiceId: string; amount: string }[] | undefined;
  if (
    !report.check(
      Array.isArray(sources) || transferred.isZero(),
      'I1',
      'creditSources missing',
      () => `${r.invoiceId} → ${r.newInvoiceId} moved ${r.transferred} but the result has no creditSources`,
    )
  )
    return;
  if (!sources) return;
  const sum = sources.reduce((s, x) => s.plus(amountOf(x.amount) ?? new D(NaN)), ZERO);
  report.check(
    sum.equals(transferred),
    'I1',
    'creditSources do not sum to transferred',
    () => `${r.invoiceId}: ${JSON.stringify(sources)} vs transferred ${r.transferred}`,
  );
  const own = sources.findIndex((s) => s.invoiceId === r.invoiceId);
  report.check(own <= 0, 'I1', 'own share not first', () => `${r.invoiceId}: creditSources ${JSON.stringify(sources)}`);
  const target = after.get(r.newInvoiceId);
  const others = sources.filter((s) => s.invoiceId !== r.invoiceId).map((s) => after.get(s.invoiceId));
  for (const [i, s] of sources.entries()) {
    const m = after.get(s.invoiceId);
    report.check(
      !!m && !!target && m.customer === target.customer && m.currency === target.currency && m.status === 'voided',
      'I1',
      'credit source not a voided invoice of the customer in the currency',
      () =>
        `${r.newInvoiceId} took ${s.amount} from ${s.invoiceId} (${JSON.stringify(m && { ...m, paid: String(m.paid) })})`,
    );
    report.check(
      outflow.has(s.invoiceId),
      'I1',
      'credit source without a ledger row',
      () => `source ${i + 1} ${s.invoiceId} of ${r.newInvoiceId} has no transfer row`,
    );
  }
  const order = (m: InvoiceMoney | undefined) => [m?.voidedAt ? 1 : 0, m?.voidedAt ?? '', m?.row ?? 0] as const;
  const sorted = others.every((m, i) => i === 0 || JSON.stringify(order(others[i - 1])) <= JSON.stringify(order(m)));
  report.check(
    sorted,
    'I1',
    'other credit not taken oldest voided first',
    () => `${r.newInvoiceId}: creditSources ${JSON.stringify(sources)}`,
  );
}

export function checkMoney(report: Report, ctx: StepContext): void {
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
  const results = okResults(ctx);
  const newIds = new Set(results.map((r) => r.newInvoiceId).filter(Boolean));
  for (const id of inflow.keys())
    report.check(
      newIds.has(id),
      'I1',
      'money moved into an invoice that is not new',
      () => `${id} received ${inflow.get(id)}`,
    );
  const strict = ctx.request.applyCredit === false;
  for (const [id, out] of outflow) {
    const m = after.get(id);
    report.check(
      !!m && m.status === 'voided',
      'I1',
      'money moved out of an invoice that is not voided',
      () => `${id} (${m?.status}) gave ${out}`,
    );
    const left = m ? (strict ? m.held.minus(m.credits) : m.held) : ZERO;
    report.check(
      left.greaterThanOrEqualTo(0),
      'I1',
      'more moved out than the invoice held',
      () =>
        `${id}: after moving ${out} out, Paid ${m?.paid} − refunds ${m?.refunds}${strict ? ` − credits ${m?.credits}` : ''} = ${left}`,
    );
  }

  const notes = newRows(ctx, SHEET.creditNotes);
  const lastOfGroup = new Map<string, Result>();
  for (const r of results) {
    const m = before.get(r.invoiceId);
    if (!m) continue;
    if (r.voided || r.newInvoiceId) lastOfGroup.set(groupKey(m.customer, m.currency), r);
    const mine = notes.filter((n) => get(n, 'Invoice ID').trim() === r.invoiceId);
    report.check(
      mine.length === (r.creditNoteId ? 1 : 0),
      'I1',
      'credit note rows do not match the result',
      () => `${r.invoiceId}: creditNoteId ${r.creditNoteId}, ${mine.length} Credit Notes rows written`,
    );
    for (const n of mine) {
      const refund = parseMoney(get(n, 'Refund'), m.currency);
      const credit = parseMoney(get(n, 'Credit'), m.currency);
      report.check(
        !!refund &&
          !!credit &&
          refund.greaterThanOrEqualTo(0) &&
          credit.greaterThanOrEqualTo(0) &&
          refund.plus(credit).lessThanOrEqualTo(m.paid),
        'I1',
        'credit note exceeds what was paid',
        () => `${r.invoiceId}: refund ${get(n, 'Refund')} + credit ${get(n, 'Credit')}, paid ${m.paid}`,
      );
      report.check(
        get(n, 'Credit Note ID') === r.creditNoteId && get(n, 'Customer') === m.customer,
        'I1',
        'credit note row not as reported',
        () => `${r.invoiceId}: row ${JSON.stringify(n.shown)}, result creditNoteId ${r.creditNoteId}`,
      );
    }
    if (!r.newInvoiceId) continue;
    const transferred = inflow.get(r.newInvoiceId) ?? ZERO;
    const total = amountOf(r.total);
    report.check(
      amountOf(r.transferred)?.equals(transferred) ?? false,
      'I1',
      'transferred is not what the ledger moved in',
      () => `${r.newInvoiceId}: result transferred ${r.transferred}, ledger moved in ${transferred}`,
    );
    if (!total) continue;
    report.check(
      transferred.lessThanOrEqualTo(D.max(total, 0)),
      'I1',
      'more moved in than the new total',
      () => `${r.newInvoiceId}: total ${r.total}, moved in ${transferred}`,
    );
    checkSources(report, r, transferred, after, outflow);
    const mv = after.get(r.invoiceId);
    if (strict && mv) {
      const available = m.paid.minus(mv.refunds).minus(mv.credits);
      const expected = total.greaterThan(0) && available.greaterThan(0) ? D.min(available, total) : ZERO;
      report.check(
        transferred.equals(expected),
        'I1',
        'applyCredit false: not min(own unrefunded, uncredited payments, total)',
        () =>
          `${r.invoiceId} → ${r.newInvoiceId}: paid ${m.paid}, refunds ${mv.refunds}, credits ${mv.credits}, total ${r.total}: expected ${expected}, moved ${transferred}`,
      );
    } else if (total.greaterThan(transferred)) {
      const left = amountOf(r.unappliedCredit);
      report.check(
        !!left && left.lessThanOrEqualTo(0),
        'I1',
        'new invoice left unpaid while the customer has credit',
        () =>
          `${r.invoiceId} → ${r.newInvoiceId}: total ${r.total}, moved ${transferred}, unappliedCredit ${r.unappliedCredit}`,
      );
    }
  }
  for (const [key, r] of lastOfGroup) {
    const m = before.get(r.invoiceId)!;
    const credit = money(customerCredit(after, m.customer, m.currency), m.currency);
    report.check(
      r.unappliedCredit === credit,
      'I1',
      "unappliedCredit is not the customer's credit after the action",
      () => `${key}: last result (${r.invoiceId}) says unappliedCredit ${r.unappliedCredit}; the sheets give ${credit}`,
    );
  }
}
