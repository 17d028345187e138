import type { Books } from '../workbook/books';

/** Where an invoice stands in its chain: the chain's first invoice and its place (root = 1). */
export interface ChainPosition {
  root: string;
  depth: number;
}

/** "INV-7-R2" → INV-7 and 2: the ID Revoice gives the n-th regeneration of a chain. */
const REGENERATED_ID = /^(.+)-R(\d+)$/;

/**
 * The invoice this one was regenerated from: its Regenerated From cell, or when that cell
 * shows a Sheets error, the row whose Regenerated As names it. '' for a chain's first
 * invoice, null when the link is unknown.
 */
function predecessorOf(books: Books, invoiceId: string): string | null {
  const entry = books.invoices.get(invoiceId);
  if (!entry) return '';
  return entry.regeneratedFrom ?? books.predecessors.get(invoiceId) ?? null;
}

/**
 * Walks "Regenerated From" back to the chain's first invoice. Where a link is unknown
 * and no row names the invoice, its ID pattern <root>-R<n> says where it stands; never
 * is an error label taken as an ID.
 */
export function chainPosition(books: Books, invoiceId: string): ChainPosition {
  let root = invoiceId;
  let depth = 1;
  const seen = new Set([invoiceId]);
  for (;;) {
    const from = predecessorOf(books, root);
    if (from === null) {
      const match = REGENERATED_ID.exec(root);
      return match ? { root: match[1], depth: depth + Number(match[2]) } : { root, depth };
    }
    if (!from || seen.has(from)) return { root, depth };
    seen.add(from);
    root = from;
    depth++;
  }
}

/** The ID the invoice's regeneration gets: <root>-R<n>. */
export function nextInChain(books: Books, invoiceId: string): string {
  const { root, depth } = chainPosition(books, invoiceId);
  return `${root}-R${depth}`;
}

/**
 * The invoice this one was already regenerated as: its Regenerated As cell, else a row
 * whose Regenerated From names it. When Regenerated As shows a Sheets error, the invoice
 * its chain would give it (if it exists); null when that is unknown too.
 * '' when it was not regenerated.
 */
export function successorOf(books: Books, invoiceId: string): string | null {
  const as = books.invoices.get(invoiceId)?.regeneratedAs;
  const named = as || books.successors.get(invoiceId);
  if (named) return named;
  if (as !== null) return '';
  const expected = nextInChain(books, invoiceId);
  return books.invoices.has(expected) ? expected : null;
}
