import { cellKey } from '../workbook/cells';
import type { Books } from '../workbook/books';
import { SCHEMAS, SheetKey } from '../workbook/schema';
import { customerKey } from '../workbook/model';
import type { Row, Table } from '../workbook/table';
import { readText } from '../workbook/values';

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
 * A fingerprint of everything an invoice's outcome depends on: the invoice row, its
 * lines, payments and credit notes and, when the schedule was read, its customer's
 * schedule and the closures that apply to them. Preview hands it out; apply compares it
 * to refuse a change made in between (STALE), so what is applied is what was previewed.
 */
export function fingerprintOf(
  books: Books,
  invoiceId: string,
  invoiceRow: Row,
  customer: string,
  /** Other cells of the invoice row the outcome depends on (reset-accounting: its accounting cells). */
  alsoColumns: readonly number[] = [],
): string {
  const parts = [rowText(books.tables.invoices, 'invoices', invoiceRow)];
  if (alsoColumns.length) parts.push(alsoColumns.map((i) => cellKey(invoiceRow.cells[i])).join('\u001f'));
  const key = customerKey(customer);
  const related: [SheetKey, Row[] | undefined][] = [
    ['lines', books.lines.get(invoiceId)?.rows],
    ['payments', books.payments.get(invoiceId)?.rows],
    ['creditNotes', books.creditNotes.get(invoiceId)?.rows],
    ['schedule', books.schedule.get(key)?.rows],
    ['closures', books.tables.closures?.rows.filter((row) => appliesTo(books.tables.closures as Table, row, key))],
  ];
  // The customer's other voided invoices: their credit may pay this one (SPEC §3).
  for (const other of books.customers.get(key) ?? []) {
    const entry = other === invoiceId ? undefined : books.invoices.get(other);
    if (entry?.holder?.status !== 'voided') continue;
    related.push(
      ['invoices', [entry.row]],
      ['payments', books.payments.get(other)?.rows],
      ['creditNotes', books.creditNotes.get(other)?.rows],
    );
  }
  for (const [sheet, rows] of related) {
    for (const row of rows ?? []) parts.push(`${sheet}:${rowText(books.tables[sheet], sheet, row)}`);
  }
  return hash53(parts.join('\u001e'));
}

function appliesTo(closures: Table, row: Row, key: string): boolean {
  const customer = customerKey(readText(closures, row, 'Customer'));
  return customer === '' || customer === key;
}
