/**
 * apply-credit (SPEC §3; what Chargebee and Stripe do for a customer's next invoice, done when
 * the bookkeeper asks): the customer's credit in an open invoice's currency moves onto it, up to
 * its balance, oldest voided invoice first, each source a ledger pair. The invoice's Paid,
 * Balance and Status (paid once nothing is left to pay) are rewritten where they hold values;
 * a cell the workbook computes keeps its formula.
 */
import type { Context } from './context';
import type { CreditPool } from './customer-credit';
import type { IdAllocator } from './ids';
import type { Ledger } from './ledger';
import { Transfer, transferPayments } from './transfer-payments';
import { Dec, formatMoney } from '../calc/money';
import { moneyCell } from '../workbook/written-number';
import { fail } from '../workbook/errors';
import type { Invoice } from '../workbook/model';
import type { OutValue } from '../workbook/cells';
import { Plan, addRows, addUpdates, emptyPlan } from '../workbook/plan';

export interface CreditApplied {
  plan: Plan;
  transfer: Transfer;
  /** What is still to pay on the invoice after the credit. */
  left: Dec;
}

export function applyCredit(args: {
  invoice: Invoice;
  ledger: Ledger;
  pool: CreditPool;
  context: Context;
  ids: IdAllocator;
}): CreditApplied {
  const { invoice, ledger, pool, context, ids } = args;
  const { currency } = invoice;
  const balance = invoice.total.minus(ledger.paid);
  if (invoice.status !== 'open' || !balance.greaterThan(0)) {
    fail(
      'NOTHING_TO_APPLY',
      `${invoice.id} is ${invoice.status} with ${formatMoney(balance, currency)} ${currency} to pay: there is nothing to apply credit to.`,
    );
  }
  const offers = pool
    .voidedInvoices(invoice.customer, currency)
    .map((voided) => ({ invoiceId: voided.id, amount: pool.held(voided), idCell: voided.idCell }));
  const sources = pool.cover(offers, balance);
  if (!sources.length) {
    fail('NOTHING_TO_APPLY', `${invoice.customer} has no credit in ${currency} to apply to ${invoice.id}.`);
  }
  const idCell = (id: string) => offers.find((offer) => offer.invoiceId === id)?.idCell ?? id;
  const transfer = transferPayments({
    toId: invoice.id,
    toCell: invoice.idCell,
    sources: sources.map((source) => ({ ...source, idCell: idCell(source.invoiceId) })),
    currency,
    context,
    ids,
  });
  const left = balance.minus(transfer.transferred);
  const plan = emptyPlan();
  addRows(plan, 'payments', transfer.rows);
  const paid = { Paid: moneyCell(ledger.paid.plus(transfer.transferred), currency, `${invoice.id}'s Paid`) };
  const status: Record<string, OutValue> = left.isZero() ? { Status: 'paid' } : {};
  addUpdates(
    plan,
    'invoices',
    invoice.row,
    { ...paid, Balance: moneyCell(left, currency, `${invoice.id}'s Balance`), ...status },
    { optional: true },
  );
  return { plan, transfer, left };
}
