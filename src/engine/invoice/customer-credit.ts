/**
 * A customer's credit (SPEC §3, as Chargebee, Lago and Metronome keep it): for a voided invoice
 * V, Held(V) = Paid(V) − the refunds of its credit notes — money the business still holds for
 * V's customer (a credit note's credit is part of it). The customer's credit in a currency is
 * Σ Held over their voided invoices in that currency. The pool follows one call: what it voids,
 * refunds and moves, invoice after invoice, so a later invoice of the call sees an earlier one's
 * moves. Drafts neither give nor receive.
 */
import { Dec, ZERO, minDec } from '../calc/money';
import type { Books } from '../workbook/books';
import { CreditHolder, customerKey } from '../workbook/model';
import { ledgerOf } from './ledger';

export interface CreditSource {
  invoiceId: string;
  amount: Dec;
}

/** Voided invoices with no Voided At sort first, then by Voided At, then by row (SPEC §3). */
function oldestFirst(a: CreditHolder, b: CreditHolder): number {
  const at = (invoice: CreditHolder) => (invoice.voidedAt === null ? '' : `~${invoice.voidedAt}`);
  return at(a) < at(b) ? -1 : at(a) > at(b) ? 1 : a.row - b.row;
}

export class CreditPool {
  /** What this call moved out of an invoice (ledger rows not in the sheets yet). */
  private readonly movedOut = new Map<string, Dec>();
  private readonly refunded = new Map<string, Dec>();
  /** Invoices this call voids, with the moment it does (latest of all). */
  private readonly voidedNow = new Set<string>();

  constructor(private readonly books: Books) {}

  /** The pool as it stands, to go back to when an invoice of the call fails after touching it. */
  mark(): () => void {
    const saved = [new Map(this.movedOut), new Map(this.refunded), new Set(this.voidedNow)] as const;
    return () => {
      for (const [into, from] of [
        [this.movedOut, saved[0]],
        [this.refunded, saved[1]],
      ] as const) {
        into.clear();
        for (const [k, v] of from) into.set(k, v);
      }
      this.voidedNow.clear();
      for (const id of saved[2]) this.voidedNow.add(id);
    };
  }

  private extra(map: Map<string, Dec>, id: string): Dec {
    return map.get(id) ?? ZERO;
  }

  voided(invoice: CreditHolder, refund: Dec): void {
    this.voidedNow.add(invoice.id);
    this.refunded.set(invoice.id, this.extra(this.refunded, invoice.id).plus(refund));
  }

  isVoided(invoice: CreditHolder): boolean {
    return invoice.status === 'voided' || this.voidedNow.has(invoice.id);
  }

  /** Held(V) now: Paid − refunds, less what this call moved out. Zero unless voided. */
  held(invoice: CreditHolder): Dec {
    if (!this.isVoided(invoice)) return ZERO;
    const ledger = ledgerOf(this.books, invoice.id);
    return ledger.paid
      .minus(ledger.refunded)
      .minus(this.extra(this.refunded, invoice.id))
      .minus(this.extra(this.movedOut, invoice.id));
  }

  /** What V's own payments can still settle: Paid − refunds − credits, less what this call moved out. */
  unsettled(invoice: CreditHolder, available: Dec): Dec {
    return available.minus(this.extra(this.movedOut, invoice.id));
  }

  moved(invoiceId: string, amount: Dec): void {
    this.movedOut.set(invoiceId, this.extra(this.movedOut, invoiceId).plus(amount));
  }

  /** The customer's voided invoices in the currency, oldest voided first (those voided now last). */
  voidedInvoices(customer: string, currency: string): CreditHolder[] {
    const ids = this.books.customers.get(customerKey(customer)) ?? [];
    const invoices: CreditHolder[] = [];
    for (const id of ids) {
      const invoice = this.books.invoices.get(id)?.holder;
      if (invoice && invoice.currency === currency && this.isVoided(invoice)) invoices.push(invoice);
    }
    const before = invoices.filter((invoice) => !this.voidedNow.has(invoice.id)).sort(oldestFirst);
    const now = invoices.filter((invoice) => this.voidedNow.has(invoice.id));
    return [...before, ...now];
  }

  /** The customer's credit in the currency: Σ Held over their voided invoices (a chargeback may make one negative). */
  creditOf(customer: string, currency: string): Dec {
    return this.voidedInvoices(customer, currency).reduce((sum, invoice) => sum.plus(this.held(invoice)), ZERO);
  }

  /**
   * Takes from `offers` in order (each at most what it offers) until `total` is covered, and
   * records the moves: each taken offer is a credit source.
   */
  cover(offers: CreditSource[], total: Dec): CreditSource[] {
    const sources: CreditSource[] = [];
    let left = total;
    for (const offer of offers) {
      const amount = left.greaterThan(0) && offer.amount.greaterThan(0) ? minDec(offer.amount, left) : ZERO;
      if (amount.isZero()) continue;
      sources.push({ invoiceId: offer.invoiceId, amount });
      this.moved(offer.invoiceId, amount);
      left = left.minus(amount);
    }
    return sources;
  }
}
