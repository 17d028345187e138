import type { Context } from './context';
import { fail } from '../workbook/errors';
import type { IdAllocator } from './ids';
import type { Ledger } from './ledger';
import { Dec, formatMoney, minorUnits } from '../calc/money';
import { moneyCell } from '../workbook/written-number';
import type { Invoice } from '../workbook/model';
import { Plan, addRows, addUpdates, emptyPlan } from '../workbook/plan';
import type { ValidRequest } from './valid-request';

export interface VoidOutcome {
  plan: Plan;
  creditNoteId: string | null;
  /** Payments left on the voided invoice after its credit note, neither refunded nor credited. */
  available: Dec;
  /** The credit note's refund (0 without one): money that leaves the customer's credit. */
  refund: Dec;
  /** The credit note's credit (0 without one). */
  credit: Dec;
}

/** The ID a void's credit note gets (CN-INV-7), unless that one is taken. */
export function creditNoteIdFor(invoiceId: string): string {
  return `CN-${invoiceId}`;
}

/** Lago's rules: a draft or an already voided invoice can't be voided; credit ≤ paid. */
export function checkVoidable(invoice: Invoice): void {
  if (invoice.status === 'draft')
    fail('DRAFT', `${invoice.id} is a draft; a draft can be edited or deleted, not voided.`);
  if (invoice.status === 'voided') fail('ALREADY_VOIDED', `${invoice.id} is already voided.`);
}

/**
 * An amount typed in the request, in the invoice's currency: more decimals than it has is
 * refused, never silently rounded (so refund + credit + unapplied credit = paid exactly).
 */
function typedAmount(invoice: Invoice, value: Dec | undefined, what: string): Dec {
  const amount = value ?? new Dec(0);
  const places = minorUnits(invoice.currency);
  if (amount.decimalPlaces() > places) {
    fail(
      'BAD_REQUEST',
      `The ${what} ${amount} has more decimals than ${invoice.currency} has (${places}); ${invoice.id} was not voided.`,
    );
  }
  return amount;
}

/** Marks the invoice voided (amounts stay as the paper trail), with an optional credit note. */
export function voidInvoice(
  invoice: Invoice,
  ledger: Ledger,
  request: ValidRequest,
  context: Context,
  ids: IdAllocator,
): VoidOutcome {
  checkVoidable(invoice);
  const plan = emptyPlan();
  const refund = typedAmount(invoice, request.creditNote?.refund, 'refund');
  const credit = typedAmount(invoice, request.creditNote?.credit, 'credit');
  const noted = refund.plus(credit);
  // Checked only for a credit note that will be written (refund 0 + credit 0 writes none):
  // a plain void of an invoice whose ledger nets negative (a chargeback, an old credit note) goes ahead.
  if (noted.greaterThan(0) && noted.greaterThan(ledger.available)) {
    fail(
      'CREDIT_EXCEEDS_PAID',
      `A refund and credit of ${formatMoney(noted, invoice.currency)} is more than the ${formatMoney(ledger.available, invoice.currency)} paid on ${invoice.id}.`,
    );
  }
  addUpdates(plan, 'invoices', invoice.row, {
    Status: 'voided',
    'Voided At': { now: true },
    'Void Reason': request.reason,
  });
  let creditNoteId: string | null = null;
  if (noted.greaterThan(0)) {
    creditNoteId = ids.unique('creditNotes', creditNoteIdFor(invoice.id));
    addRows(plan, 'creditNotes', [
      {
        'Credit Note ID': creditNoteId,
        'Invoice ID': invoice.idCell,
        Customer: invoice.copies.Customer,
        Date: { date: context.today },
        Refund: moneyCell(refund, invoice.currency, `${invoice.id}'s credit note refund`, 'BAD_REQUEST'),
        Credit: moneyCell(credit, invoice.currency, `${invoice.id}'s credit note credit`, 'BAD_REQUEST'),
        Reason: request.reason,
      },
    ]);
  }
  return {
    plan,
    creditNoteId,
    available: ledger.available.minus(noted),
    refund: noted.greaterThan(0) ? refund : new Dec(0),
    credit: noted.greaterThan(0) ? credit : new Dec(0),
  };
}
