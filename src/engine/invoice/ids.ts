import type { Books } from '../workbook/books';
import { fail } from '../workbook/errors';
import { nextInChain } from './chain';

/** Hands out IDs that are unique in the workbook and within one call. */
export class IdAllocator {
  private readonly invoices = new Set<string>();

  constructor(private readonly books: Books) {}

  /** `<root>-R<n>`: root = first invoice of the chain, n = its place along the chain. */
  nextInvoiceId(invoiceId: string): string {
    const id = nextInChain(this.books, invoiceId);
    const existing = this.books.invoices.get(id);
    if (existing || this.invoices.has(id)) {
      const where = existing ? ` (${this.books.tables.invoices?.ref(existing.row, 'Invoice ID')})` : '';
      fail(
        'DUPLICATE_ID',
        `The regenerated invoice would be ${id}, but that ID is already taken${where} without being linked to ${invoiceId}.`,
      );
    }
    this.invoices.add(id);
    return id;
  }

  /** `base`, or `base-2`, `base-3`… when taken. */
  unique(kind: 'payments' | 'creditNotes', base: string): string {
    const taken = this.books.takenIds[kind];
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  }
}
