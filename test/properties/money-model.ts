/**
 * An independent model of SPEC §2 and §3's money: minor units, rounding half away from zero, the
 * ledger (Paid, refunds, credits, Held) and a customer's credit, computed from the sheets as read.
 */
import Decimal from 'decimal.js';
import { Row, SHEET, State, get, invoicesById, rawOf, rowsOf, statusOf } from './read-back';

export const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type D = InstanceType<typeof D>;
export const ZERO = new D(0);

/** ISO 4217 minor units of the currencies the generators use. */
const MINOR: Record<string, number> = { JPY: 0, GBP: 2, EUR: 2, USD: 2, KWD: 3 };

export function isKnownCurrency(code: string): boolean {
  return code.toUpperCase() in MINOR;
}

export function minorUnits(currency: string): number {
  return MINOR[currency.toUpperCase()] ?? 2;
}

/** Rounds to the currency's minor units, half away from zero. */
export function round(value: D, currency: string): D {
  return value.toDecimalPlaces(minorUnits(currency), D.ROUND_HALF_UP);
}

/** The API's money text: exactly the currency's minor units, no "-0". */
export function money(value: D, currency: string): string {
  const text = round(value, currency).toFixed(minorUnits(currency));
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

const MONEY_TEXT =
  /^([-+])?\s*(?:[£$€¥]|[A-Z]{3}\s?)?\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?:[eE]([-+]?\d+))?\s*(?:[£$€¥]|[A-Z]{3})?$/;

/** Numbers and money as a cell shows them ("-12.5", "£1,234.50", "1e-7"), or null. */
export function parseAmount(text: string): D | null {
  const m = MONEY_TEXT.exec(text.trim());
  if (!m) return null;
  const value = new D(`${m[1] === '-' ? '-' : ''}${m[2].replace(/,/g, '')}${m[3] ? `e${m[3]}` : ''}`);
  return value;
}

/** Money in a cell: a number with no more decimals than the currency has (SPEC §2). */
export function parseMoney(text: string, currency: string): D | null {
  const value = parseAmount(text);
  return value && value.decimalPlaces() <= minorUnits(currency) ? value : null;
}

/**
 * Money in a cell of a row as written: a value Revoice wrote has no more decimals than the
 * currency; a formula the workbook computes it with may carry binary floating-point noise
 * (2058.7 − 2058.7 = 4.5e-13), which a money format shows as 0.00: it is read rounded.
 */
export function moneyIn(row: Row, column: string, currency: string): D | null {
  if (!rawOf(row, column)?.formula) return parseMoney(get(row, column), currency);
  const value = parseAmount(get(row, column));
  return value && round(value, currency);
}

/** A tax rate: a fraction 0–1 or percent text 0–100 %; blank is 0. */
export function parseRate(text: string): D | null {
  const t = text.trim();
  if (t === '') return ZERO;
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(t);
  const rate = percent ? new D(percent[1]).dividedBy(100) : parseAmount(t);
  return rate && rate.greaterThanOrEqualTo(0) && rate.lessThanOrEqualTo(1) ? rate : null;
}

export interface InvoiceMoney {
  id: string;
  customer: string;
  currency: string;
  status: string | null;
  voidedAt: string;
  row: number;
  paid: D;
  refunds: D;
  credits: D;
  /** SPEC §3: Held(V) = Paid(V) − refunds. */
  held: D;
}

/** Sums a column of rows by invoice, skipping amounts that are not money (those are bad cells). */
function sumBy(state: State, sheet: string, column: string, currencyOf: (id: string) => string): Map<string, D> {
  const sums = new Map<string, D>();
  for (const row of rowsOf(state, sheet)) {
    const id = get(row, 'Invoice ID').trim();
    const amount = parseMoney(get(row, column), currencyOf(id));
    if (amount) sums.set(id, (sums.get(id) ?? ZERO).plus(amount));
  }
  return sums;
}

const moneyByState = new WeakMap<State, Map<string, InvoiceMoney>>();

/** Every invoice's money, from Invoices, Payments and Credit Notes as they stand (worked out once per state; read only). */
export function moneyOf(state: State): Map<string, InvoiceMoney> {
  let result = moneyByState.get(state);
  if (!result) moneyByState.set(state, (result = moneyFrom(state)));
  return result;
}

function moneyFrom(state: State): Map<string, InvoiceMoney> {
  const invoices = invoicesById(state);
  const currencyOf = (id: string) =>
    get(invoices.get(id) ?? { row: 0, shown: {}, raw: {}, odd: {} }, 'Currency')
      .trim()
      .toUpperCase();
  const paid = sumBy(state, SHEET.payments, 'Amount', currencyOf);
  const refunds = sumBy(state, SHEET.creditNotes, 'Refund', currencyOf);
  const credits = sumBy(state, SHEET.creditNotes, 'Credit', currencyOf);
  const result = new Map<string, InvoiceMoney>();
  for (const [id, row] of invoices) {
    const p = paid.get(id) ?? ZERO;
    const r = refunds.get(id) ?? ZERO;
    result.set(id, {
      id,
      row: row.row,
      customer: get(row, 'Customer').trim(),
      currency: currencyOf(id),
      status: statusOf(row),
      voidedAt: get(row, 'Voided At'),
      paid: p,
      refunds: r,
      credits: credits.get(id) ?? ZERO,
      held: p.minus(r),
    });
  }
  return result;
}

export const groupKey = (customer: string, currency: string) => `${customer} / ${currency}`;

/** Σ Paid over each customer's invoices, per currency (SPEC §3: conserved by every action). */
export function paidByGroup(all: Map<string, InvoiceMoney>): Map<string, D> {
  const sums = new Map<string, D>();
  for (const m of all.values()) {
    const key = groupKey(m.customer, m.currency);
    sums.set(key, (sums.get(key) ?? ZERO).plus(m.paid));
  }
  return sums;
}

/** The customer's credit in a currency: Σ Held(V) over their voided invoices (SPEC §3). */
export function customerCredit(all: Map<string, InvoiceMoney>, customer: string, currency: string): D {
  let credit = ZERO;
  for (const m of all.values()) {
    if (m.customer === customer && m.currency === currency && m.status === 'voided') credit = credit.plus(m.held);
  }
  return credit;
}

/** Quantity × Unit Price rounded, and its tax rounded, as SPEC §2 computes a line. */
export function lineMoney(quantity: D, unitPrice: D, rate: D, currency: string): { amount: D; tax: D } {
  const amount = round(quantity.times(unitPrice), currency);
  return { amount, tax: round(amount.times(rate), currency) };
}
