import type { Context } from './context';
import { fail } from '../workbook/errors';
import type { IdAllocator } from './ids';
import type { Ledger } from './ledger';
import { Dec, formatMoney, moneyToCell, roundMoney } from '../calc/money';
import type { Invoice } from '../workbook/model';
import { Plan, addRows, addUpdates, emptyPlan } from '../workbook/plan';
import type { ValidRequest } from './valid-request';

export interface VoidOutcome {
  plan: Plan;
  creditNoteId: string | null;
  /** Payments left on the voided invoice after its credit note. */
  unappliedCredit: Dec;
}

/** Lago's rules: a draft or an already voided invoice can't be voided; credit ≤ paid. */
export function checkVoidable(invoice: Invoice): void {
  if (invoice.status === 'draft') fail('DRAFT', `${invoice.id} is a draft; a draft can be edited or deleted, not voided.`);
  if (invoice.status === 'voided') fail('ALREADY_VOIDED', `${invoice.id} is already voided.`);
}

/** Marks the invoice voided (amounts stay as the paper trail), with an optional credit note. */
export function voidInvoice(
  invoice: Invoice, ledger: Ledger, request: ValidRequest, context: Context, ids: IdAllocator,
): VoidOutcome {
  checkVoidable(invoice);
  const plan = emptyPlan();
  // Rounded as they will be written, so refund + credit + unapplied credit = paid exactly.
  const refund = roundMoney(request.creditNote?.refund ?? new Dec(0), invoice.currency);
  const credit = roundMoney(request.creditNote?.credit ?? new Dec(0), invoice.currency);
  const noted = refund.plus(credit);
  // Checked only for a credit note that will be written (refund 0 + credit 0 writes none):
  // a plain void of an invoice whose ledger nets negative (a chargeback, an old credit note) goes ahead.
  if (noted.greaterThan(0) && noted.greaterThan(ledger.available)) {
    fail('CREDIT_EXCEEDS_PAID', `A refund and credit of ${formatMoney(noted, invoice.currency)} is more than the ${formatMoney(ledger.available, invoice.currency)} paid on ${invoice.id}.`);
  }
  addUpdates(plan, 'invoices', invoice.row, {
    Status: 'voided',
    'Voided At': { now: true },
    'Void Reason': request.reason,
  });
  let creditNoteId: string | null = null;
  if (noted.greaterThan(0)) {
    creditNoteId = ids.unique('creditNotes', `CN-${invoice.id}`);
    addRows(plan, 'creditNotes', [{
      'Credit Note ID': creditNoteId,
      'Invoice ID': invoice.id,
      Customer: invoice.copies.Customer,
      Date: { date: context.today },
      Refund: moneyToCell(refund, invoice.currency),
      Credit: moneyToCell(credit, invoice.currency),
      Reason: request.reason,
    }]);
  }
  return { plan, creditNoteId, unappliedCredit: ledger.available.minus(noted) };
}
