import { cellKey } from './cells';
import type { Books } from './books';
import { SCHEMAS, SheetKey } from './schema';
import type { Row, Table } from './table';

/** 53-bit string hash (cyrb53): short, stable, no crypto service needed. */
export function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

function rowText(table: Table | undefined, key: SheetKey, row: Row): string {
  if (!table) return '';
  // Every schema column, present or not: an apply that adds Revoice's columns to the
  // header must not make the other invoices of the same selection look changed.
  return SCHEMAS[key].all.map((column) => cellKey(table.get(row, column))).join('\u001f');
}

/**
 * A fingerprint of everything an invoice's outcome depends on in its own rows: the
 * invoice row, its lines, payments and credit notes. Preview hands it out; apply
 * compares it to refuse a change made in between (STALE).
 */
export function fingerprintOf(books: Books, invoiceId: string, invoiceRow: Row): string {
  const parts = [rowText(books.tables.invoices, 'invoices', invoiceRow)];
  const related: [SheetKey, Row[] | undefined][] = [
    ['lines', books.lines.get(invoiceId)?.rows],
    ['payments', books.payments.get(invoiceId)?.rows],
    ['creditNotes', books.creditNotes.get(invoiceId)?.rows],
  ];
  for (const [key, rows] of related) {
    for (const row of rows ?? []) parts.push(`${key}:${rowText(books.tables[key], key, row)}`);
  }
  return hash53(parts.join('\u001e'));
}
