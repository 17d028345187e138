import type { LineKind } from '../../shared/api';
import { fail } from './errors';
import { groupRows } from './group';
import { Dec } from '../calc/money';
import type { CurrencyOf, Group, StoredLine } from './model';
import type { Row, Table } from './table';
import { readAmount, readDecimal, readOptionalDecimal, readTaxRate, readText } from './values';

const KINDS: readonly LineKind[] = ['session', 'charge', 'manual'];

export function parseLineKind(table: Table, row: Row): LineKind {
  const text = readText(table, row, 'Kind').toLowerCase();
  if (!(KINDS as readonly string[]).includes(text)) {
    fail('BAD_VALUE', `${table.ref(row, 'Kind')} should be session, charge or manual, not ${JSON.stringify(text)}.`);
  }
  return text as LineKind;
}

function parseLine(table: Table, row: Row, currency: string | undefined): StoredLine {
  return {
    row: row.row,
    kind: parseLineKind(table, row),
    description: readText(table, row, 'Description'),
    quantity: readOptionalDecimal(table, row, 'Quantity', new Dec(1)),
    unitPrice: readDecimal(table, row, 'Unit Price', 'an amount of money'),
    storedAmount: readAmount(table, row, 'Amount', currency),
    taxRate: readTaxRate(table, row, 'Tax Rate'),
    source: readText(table, row, 'Source'),
  };
}

/** Lines by invoice ID, in sheet order (a line's index is its position here, from 1). */
export function parseLines(table: Table, currencyOf: CurrencyOf): Map<string, Group<StoredLine>> {
  const invoiceOf = (row: Row) => readText(table, row, 'Invoice ID');
  return groupRows(table, invoiceOf, (row) => parseLine(table, row, currencyOf(invoiceOf(row))));
}
