import { Cell, isBlank, isDateCell, isSheetsError } from './cells';
import { isIsoDate } from '../calc/dates';
import { fail } from './errors';
import { Dec, minorUnits } from '../calc/money';
import type { DecimalMark } from '../../shared/decimal-mark';
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

/**
 * Parses money/number text like "£1,234.50", "-12.5", "1234.5 GBP" (the sidebar's rule too); with
 * a comma decimal mark (the spreadsheet's locale, for cells) "1.234,50" and "12,5".
 */
export function decimalFromText(text: string, mark: DecimalMark = '.'): Dec | null {
  const decimal = decimalTextOf(text, mark);
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
    const value = decimalFromText(cell, table.decimalMark);
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
  const rate = parseTaxRate(cell, table.decimalMark);
  const example = table.decimalMark === ',' ? '0,2 or 20%' : '0.2 or 20%';
  return rate ?? bad(table, row, column, `a tax rate like ${example}`, cell);
}

export function parseTaxRate(cell: Cell | string | number | undefined, mark: DecimalMark = '.'): Dec | null {
  let rate: Dec | null = null;
  if (typeof cell === 'number' && Number.isFinite(cell)) rate = decimalFromNumber(cell);
  else if (typeof cell === 'string') {
    // Where the decimal mark is a comma, "7,25%" and "0,2"; a point there is not a decimal mark.
    const typed = cell.trim();
    if (mark === ',' && typed.includes('.')) return null;
    const text = mark === ',' ? typed.replace(',', '.') : typed;
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
