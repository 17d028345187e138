import type { PreviewLine, Totals } from '../../shared/api';
import type { ErrorCode } from '../../shared/api';
import { Dec, formatMoney, formatPrice, roundMoney, sum } from '../calc/money';
import type { Line } from '../workbook/model';
import { moneyCell } from '../workbook/written-number';

/** Amount = quantity × unit price, rounded per line to the currency's minor units. */
export function lineAmount(line: Line, currency: string): Dec {
  return roundMoney(line.quantity.times(line.unitPrice), currency);
}

/** Line tax = amount × tax rate, rounded per line. */
export function lineTax(line: Line, currency: string): Dec {
  return roundMoney(lineAmount(line, currency).times(line.taxRate), currency);
}

export interface InvoiceTotals {
  subtotal: Dec;
  tax: Dec;
  total: Dec;
}

export function totalsOf(lines: Line[], currency: string): InvoiceTotals {
  const subtotal = sum(lines.map((line) => lineAmount(line, currency)));
  const tax = sum(lines.map((line) => lineTax(line, currency)));
  return { subtotal, tax, total: subtotal.plus(tax) };
}

export function formatTotals(totals: InvoiceTotals, currency: string): Totals {
  return {
    subtotal: formatMoney(totals.subtotal, currency),
    tax: formatMoney(totals.tax, currency),
    total: formatMoney(totals.total, currency),
  };
}

/** The Subtotal, Tax and Total cells (of `whose`: "INV-1's"), each refused when a cell can't hold it exactly. */
export function totalCells(totals: InvoiceTotals, currency: string, whose: string, code?: ErrorCode) {
  return {
    Subtotal: moneyCell(totals.subtotal, currency, `${whose} Subtotal`, code),
    Tax: moneyCell(totals.tax, currency, `${whose} Tax`, code),
    Total: moneyCell(totals.total, currency, `${whose} Total`, code),
  };
}

export function previewLine(line: Line, currency: string): PreviewLine {
  return {
    kind: line.kind,
    description: line.description,
    quantity: line.quantity.toString(),
    unitPrice: formatPrice(line.unitPrice, currency),
    amount: formatMoney(lineAmount(line, currency), currency),
    taxRate: line.taxRate.toString(),
    tax: formatMoney(lineTax(line, currency), currency),
    source: line.source,
    ...(line.covers ? { from: line.covers.start, to: line.covers.end } : {}),
  };
}
