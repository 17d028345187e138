import type { Books } from '../workbook/books';
import { Dec, roundMoney, sum } from '../calc/money';

export interface Ledger {
  /** Σ payments on the invoice, rounded to minor units. */
  paid: Dec;
  refunded: Dec;
  credited: Dec;
  /** What its payments can still settle: paid − refunds − credits. */
  available: Dec;
  warnings: string[];
}

/** The invoice's money as the ledgers say. A bad payment or credit note row blocks it. */
export function ledgerOf(books: Books, invoiceId: string, currency: string): Ledger {
  const payments = books.payments.get(invoiceId);
  const notes = books.creditNotes.get(invoiceId);
  if (payments?.error) throw payments.error;
  if (notes?.error) throw notes.error;
  const exact = sum((payments?.items ?? []).map((p) => p.amount));
  const paid = roundMoney(exact, currency);
  const refunded = sum((notes?.items ?? []).map((n) => n.refund));
  const credited = sum((notes?.items ?? []).map((n) => n.credit));
  const warnings = paid.equals(exact) ? [] : [`Payments on ${invoiceId} add up to ${exact}, more decimals than ${currency} has; taken as ${paid}.`];
  return { paid, refunded, credited, available: paid.minus(refunded).minus(credited), warnings };
}
