import { Cell, isBlank, isDateCell, isSheetsError } from './cells';
import { isIsoDate } from '../calc/dates';
import { fail } from './errors';
import { Dec, minorUnits } from '../calc/money';
import { decimalTextOf } from '../../shared/money-text';
import type { Row, Table } from './table';

/**
 * Cell parsers. Each takes a table cell and either returns a clean value or fails with
 * BAD_VALUE naming the cell ("Invoice Lines!E7"), so the caller can block only the
 * invoices that depend on that row.
 */

/** Cell numbers are IEEE doubles: read them at 15 significant digits (0.1+0.2 → 0.3). */
export function decimalFromNumber(value: number): Dec {
  return new Dec(value.toPrecision(15));
}

/** Parses money/number text like "£1,234.50", "-12.5", "1234.5 GBP" (the sidebar's rule too). */
export function decimalFromText(text: string): Dec | null {
  const decimal = decimalTextOf(text);
  return decimal === null ? null : new Dec(decimal);
}

function bad(table: Table, row: Row, column: string, what: string, cell: Cell): never {
  const shown = isDateCell(cell) ? cell.date : JSON.stringify(cell);
  return fail('BAD_VALUE', `${table.ref(row, column)} should be ${what}, not ${shown}.`);
}

export function readText(table: Table, row: Row, column: string): string {
  const cell = table.get(row, column);
  if (isBlank(cell)) return '';
  if (isDateCell(cell)) return cell.date;
  return String(cell).trim();
}

/**
 * A link cell (Regenerated From / As): the linked invoice's ID, '' when blank, or null when
 * it shows a Sheets error (#N/A, #REF!…): the link is unknown, not an invoice called "#N/A".
 */
export function readLink(table: Table, row: Row, column: string): string | null {
  const text = readText(table, row, column);
  return isSheetsError(text) ? null : text;
}

export function readRequiredText(table: Table, row: Row, column: string): string {
  const text = readText(table, row, column);
  if (!text) fail('BAD_VALUE', `${table.ref(row, column)} is empty; it needs ${column.toLowerCase()}.`);
  return text;
}

export function readDecimal(table: Table, row: Row, column: string, what = 'a number'): Dec {
  const cell = table.get(row, column);
  if (typeof cell === 'number' && Number.isFinite(cell)) return decimalFromNumber(cell);
  if (typeof cell === 'string') {
    const value = decimalFromText(cell);
    if (value) return value;
  }
  return bad(table, row, column, what, cell);
}

export function readMoney(table: Table, row: Row, column: string): Dec {
  return readDecimal(table, row, column, 'an amount of money');
}

/**
 * An amount in a currency (Amount, Subtotal, Tax, Total, Paid, Balance, Refund, Credit):
 * money with no more decimals than the currency has. Prices and rates may have more.
 * The currency is undefined when the row's invoice is unknown or unreadable (it fails anyway).
 */
export function readAmount(table: Table, row: Row, column: string, currency: string | undefined): Dec {
  const value = readMoney(table, row, column);
  if (currency === undefined) return value;
  const places = minorUnits(currency);
  if (value.decimalPlaces() > places) {
    fail('BAD_VALUE', `${table.ref(row, column)} is ${value}, more decimals than ${currency} has (${places}).`);
  }
  return value;
}

export function readOptionalDecimal(table: Table, row: Row, column: string, fallback: Dec): Dec {
  return isBlank(table.get(row, column)) ? fallback : readDecimal(table, row, column);
}

/** Tax rate as a fraction (0.2) or percent text ("20%"); blank = 0. */
export function readTaxRate(table: Table, row: Row, column: string): Dec {
  const cell = table.get(row, column);
  if (isBlank(cell)) return new Dec(0);
  const rate = parseTaxRate(cell);
  return rate ?? bad(table, row, column, 'a tax rate like 0.2 or 20%', cell);
}

export function parseTaxRate(cell: Cell | string | number | undefined): Dec | null {
  let rate: Dec | null = null;
  if (typeof cell === 'number' && Number.isFinite(cell)) rate = decimalFromNumber(cell);
  else if (typeof cell === 'string') {
    const text = cell.trim();
    const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(text);
    if (percent) rate = new Dec(percent[1]).dividedBy(100);
    else if (/^\d*\.?\d+$/.test(text)) rate = new Dec(text);
  }
  // A rate above 100% is almost certainly "20" meant as 20%: refuse rather than guess.
  return rate && rate.greaterThanOrEqualTo(0) && rate.lessThanOrEqualTo(1) ? rate : null;
}

/** A calendar date: a Date cell (already in the spreadsheet's zone) or "YYYY-MM-DD" text. */
export function readDate(table: Table, row: Row, column: string): string {
  const cell = table.get(row, column);
  if (isDateCell(cell)) return cell.date;
  if (typeof cell === 'string' && isIsoDate(cell.trim())) return cell.trim();
  return bad(table, row, column, 'a date', cell);
}

export function readOptionalDate(table: Table, row: Row, column: string): string | null {
  return isBlank(table.get(row, column)) ? null : readDate(table, row, column);
}
