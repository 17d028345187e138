import type { Context } from './context';
import type { IdAllocator } from './ids';
import { Dec, ZERO } from '../calc/money';
import { moneyCell } from '../workbook/written-number';
import type { OutValue } from '../workbook/cells';
import type { NewRow } from '../workbook/plan';
import type { CreditSource } from './customer-credit';

/** The ledger pair's Payment IDs: the row money leaves (OUT) and the row it reaches (IN). */
export function transferPaymentIds(toId: string): { out: string; in: string } {
  return { out: `TRF-${toId}-OUT`, in: `TRF-${toId}-IN` };
}

export interface Transfer {
  transferred: Dec;
  /** Where the money came from, the regenerated invoice's own original first. */
  sources: CreditSource[];
  rows: NewRow[];
}

/**
 * Moves credit onto a regenerated invoice (Chargebee/Lago/Pigeonhole): from each source, two
 * ledger rows, −x on the invoice the money leaves and +x on the one it reaches, so money is
 * conserved: Σ Paid over the customer's invoices does not change.
 */
export function transferPayments(args: {
  toId: string;
  /** The receiving invoice's ID as its cell holds it, when it has a row already (apply-credit). */
  toCell?: OutValue;
  /** Each source with its ID as its cell holds it (1001 stays a number), written on the row money leaves. */
  sources: (CreditSource & { idCell: OutValue })[];
  currency: string;
  context: Context;
  ids: IdAllocator;
}): Transfer {
  const { toId, sources, currency, context, ids } = args;
  const toCell = args.toCell ?? toId;
  const paymentIds = transferPaymentIds(toId);
  const row = (invoiceId: OutValue, amount: Dec, base: string, note: string): NewRow => ({
    'Payment ID': ids.unique('payments', base),
    'Invoice ID': invoiceId,
    Date: { date: context.today },
    Amount: moneyCell(amount, currency, `The transfer ${note.toLowerCase()}`),
    Method: 'transfer',
    Note: note,
  });
  const rows = sources.flatMap((source) => [
    row(source.idCell, source.amount.negated(), paymentIds.out, `Moved to ${toId}`),
    row(toCell, source.amount, paymentIds.in, `Moved from ${source.invoiceId}`),
  ]);
  const transferred = sources.reduce((sum, source) => sum.plus(source.amount), ZERO);
  return { transferred, sources: sources.map(({ invoiceId, amount }) => ({ invoiceId, amount })), rows };
}
