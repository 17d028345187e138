import { fail } from './errors';
import { groupRows } from './group';
import type { CreditNote, CurrencyOf, Group, Payment } from './model';
import type { Row, Table } from './table';
import { readAmount, readText } from './values';

function nonNegative(table: Table, row: Row, column: string, currency: string | undefined) {
  const value = readAmount(table, row, column, currency);
  if (value.isNegative()) fail('BAD_VALUE', `${table.ref(row, column)} should not be negative.`);
  return value;
}

/** Payments by invoice ID; an amount is in its invoice's currency. */
export function parsePayments(table: Table, currencyOf: CurrencyOf): Map<string, Group<Payment>> {
  const invoiceOf = (row: Row) => readText(table, row, 'Invoice ID');
  return groupRows(table, invoiceOf, (row) => ({
    id: readText(table, row, 'Payment ID'),
    amount: readAmount(table, row, 'Amount', currencyOf(invoiceOf(row))),
  }));
}

/** Credit notes by invoice ID; refund and credit are in the invoice's currency. */
export function parseCreditNotes(table: Table, currencyOf: CurrencyOf): Map<string, Group<CreditNote>> {
  const invoiceOf = (row: Row) => readText(table, row, 'Invoice ID');
  return groupRows(table, invoiceOf, (row) => {
    const currency = currencyOf(invoiceOf(row));
    return {
      id: readText(table, row, 'Credit Note ID'),
      refund: nonNegative(table, row, 'Refund', currency),
      credit: nonNegative(table, row, 'Credit', currency),
    };
  });
}

/** Every value of one column, to keep new IDs unique: none when the sheet or column is missing. */
export function columnValues(table: Table | undefined, column: string): Set<string> {
  const values = new Set<string>();
  if (!table?.has(column)) return values;
  for (const row of table.rows) values.add(readText(table, row, column));
  return values;
}
