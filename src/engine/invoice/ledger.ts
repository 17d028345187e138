import type { Books } from '../workbook/books';
import { Dec, sum } from '../calc/money';

export interface Ledger {
  /** Σ payments on the invoice (each already in the currency's minor units). */
  paid: Dec;
  refunded: Dec;
  credited: Dec;
  /** What its payments can still settle: paid − refunds − credits. */
  available: Dec;
}

/** The invoice's money as the ledgers say. A bad payment or credit note row blocks it. */
export function ledgerOf(books: Books, invoiceId: string): Ledger {
  const payments = books.payments.get(invoiceId);
  const notes = books.creditNotes.get(invoiceId);
  if (payments?.error) throw payments.error;
  if (notes?.error) throw notes.error;
  // Each amount has at most the currency's decimals (checked when read), so the sums are exact.
  const paid = sum((payments?.items ?? []).map((p) => p.amount));
  const refunded = sum((notes?.items ?? []).map((n) => n.refund));
  const credited = sum((notes?.items ?? []).map((n) => n.credit));
  return { paid, refunded, credited, available: paid.minus(refunded).minus(credited) };
}
