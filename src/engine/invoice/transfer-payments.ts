import type { Context } from './context';
import type { IdAllocator } from './ids';
import { Dec, ZERO, minDec, moneyToCell } from '../calc/money';
import type { OutValue } from '../workbook/cells';
import type { NewRow } from '../workbook/plan';

/** The ledger pair's Payment IDs: the row money leaves (OUT) and the row it reaches (IN). */
export function transferPaymentIds(toId: string): { out: string; in: string } {
  return { out: `TRF-${toId}-OUT`, in: `TRF-${toId}-IN` };
}

export interface Transfer {
  transferred: Dec;
  unappliedCredit: Dec;
  rows: NewRow[];
}

/**
 * Carries payments from a voided invoice to its regenerated one (Chargebee/Pigeonhole):
 * transferred = min(available, new total), never below zero; the rest stays on the
 * voided invoice as unapplied credit. Two ledger rows move it, so money is conserved:
 * paid before = transferred + refund + credit + unapplied credit.
 */
export function transferPayments(args: {
  fromId: string;
  /** The voided invoice's ID as its cell holds it, written on the row money leaves. */
  fromCell: OutValue;
  toId: string;
  available: Dec;
  newTotal: Dec;
  currency: string;
  context: Context;
  ids: IdAllocator;
}): Transfer {
  const { fromId, fromCell, toId, available, newTotal, currency, context, ids } = args;
  const transferred = newTotal.greaterThan(0) && available.greaterThan(0) ? minDec(available, newTotal) : ZERO;
  const unappliedCredit = available.minus(transferred);
  if (transferred.isZero()) return { transferred, unappliedCredit, rows: [] };
  const paymentIds = transferPaymentIds(toId);
  const row = (invoiceId: OutValue, amount: Dec, base: string, note: string): NewRow => ({
    'Payment ID': ids.unique('payments', base),
    'Invoice ID': invoiceId,
    Date: { date: context.today },
    Amount: moneyToCell(amount, currency),
    Method: 'transfer',
    Note: note,
  });
  return {
    transferred,
    unappliedCredit,
    rows: [
      row(fromCell, transferred.negated(), paymentIds.out, `Moved to ${toId}`),
      row(toId, transferred, paymentIds.in, `Moved from ${fromId}`),
    ],
  };
}
