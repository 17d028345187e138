import { fail } from './errors';
import { groupRows } from './group';
import type { CreditNote, Group, Payment } from './model';
import type { Row, Table } from './table';
import { readMoney, readText } from './values';

function nonNegative(table: Table, row: Row, column: string) {
  const value = readMoney(table, row, column);
  if (value.isNegative()) fail('BAD_VALUE', `${table.ref(row, column)} should not be negative.`);
  return value;
}

export function parsePayments(table: Table): Map<string, Group<Payment>> {
  return groupRows(table, (row) => readText(table, row, 'Invoice ID'), (row) => ({
    id: readText(table, row, 'Payment ID'),
    amount: readMoney(table, row, 'Amount'),
  }));
}

export function parseCreditNotes(table: Table): Map<string, Group<CreditNote>> {
  return groupRows(table, (row) => readText(table, row, 'Invoice ID'), (row) => ({
    id: readText(table, row, 'Credit Note ID'),
    refund: nonNegative(table, row, 'Refund'),
    credit: nonNegative(table, row, 'Credit'),
  }));
}

/** Every value of one column, to keep new IDs unique: none when the sheet or column is missing. */
export function columnValues(table: Table | undefined, column: string): Set<string> {
  const values = new Set<string>();
  if (!table?.has(column)) return values;
  for (const row of table.rows) values.add(readText(table, row, column));
  return values;
}
