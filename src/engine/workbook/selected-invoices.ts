import type { ColumnMapping } from '../../shared/columns';
import type { DecimalMark } from '../../shared/decimal-mark';
import type { SelectedInvoice } from '../../shared/api';
import type { RawWorkbook } from './cells';
import { isCurrencyCode, formatMoney } from '../calc/money';
import { parseStatus } from './parse-invoices';
import { SCHEMAS, SHEETS } from './schema';
import { Table } from './table';
import { readMoney, readText } from './values';

/**
 * The invoices on the given sheet rows, for the sidebar's list (bad cells shown as typed); a
 * Total kept as text is read with the spreadsheet's decimal mark, as preview and apply read it.
 */
export function selectedInvoices(
  raw: RawWorkbook,
  rows: number[],
  mapping?: ColumnMapping,
  mark: DecimalMark = '.',
): SelectedInvoice[] {
  const sheet = raw[SHEETS.invoices];
  if (!sheet) return [];
  const table = new Table('invoices', sheet, mapping, mark);
  table.requireColumns(SCHEMAS.invoices.required);
  const wanted = new Set(rows);
  return table.rows
    .filter((row) => wanted.has(row.row))
    .flatMap((row) => {
      const invoiceId = readText(table, row, 'Invoice ID');
      if (!invoiceId) return [];
      const currency = readText(table, row, 'Currency').toUpperCase();
      let total = readText(table, row, 'Total');
      try {
        if (isCurrencyCode(currency)) total = formatMoney(readMoney(table, row, 'Total'), currency);
      } catch {
        // shown as typed; preview will name the bad cell
      }
      const statusText = readText(table, row, 'Status');
      return [
        {
          invoiceId,
          reference: readText(table, row, 'Reference'),
          customer: readText(table, row, 'Customer'),
          status: parseStatus(statusText) ?? statusText,
          total,
          currency,
        },
      ];
    });
}

/** The sheet row of an invoice, or null. */
export function rowOfInvoice(raw: RawWorkbook, invoiceId: string, mapping?: ColumnMapping): number | null {
  const sheet = raw[SHEETS.invoices];
  if (!sheet) return null;
  const table = new Table('invoices', sheet, mapping);
  table.requireColumns(['Invoice ID']);
  return table.rows.find((row) => readText(table, row, 'Invoice ID') === invoiceId)?.row ?? null;
}
