/**
 * Builders for sample workbooks: invoice rows whose Subtotal, Tax and Total agree with their
 * lines exactly as Revoice computes them (per-line rounding, half away from zero), so the sample
 * never shows a "total doesn't match its lines" warning.
 */
import Decimal from 'decimal.js';

export type Row = unknown[];
export const date = (iso: string) => ({ date: iso });

const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
const money = (value: InstanceType<typeof Dec>) => value.toDecimalPlaces(2).toNumber();

export const INVOICE_HEADER = [
  'Invoice ID',
  'Reference',
  'Customer',
  'Period Start',
  'Period End',
  'Issue Date',
  'Due Date',
  'Currency',
  'Status',
  'Subtotal',
  'Tax',
  'Total',
  'Accounting ID',
];
export const LINE_HEADER = [
  'Invoice ID',
  'Kind',
  'Description',
  'Quantity',
  'Unit Price',
  'Amount',
  'Tax Rate',
  'Source',
];
export const PAYMENT_HEADER = ['Payment ID', 'Invoice ID', 'Date', 'Amount', 'Method', 'Note'];
export const SCHEDULE_HEADER = [
  'Customer',
  'Kind',
  'Description',
  'Frequency',
  'Days',
  'Units',
  'Rate',
  'Effective From',
  'Effective To',
  'Tax Rate',
];
export const CREDIT_NOTE_HEADER = ['Credit Note ID', 'Invoice ID', 'Customer', 'Date', 'Refund', 'Credit', 'Reason'];

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** How many dates in [from, to] fall on the listed weekdays ('Mon, Wed'), less `closed` dates. */
export function countDays(from: string, to: string, days: string, closed: readonly string[] = []): number {
  const wanted = new Set(days.split(',').map((d) => WEEKDAYS.indexOf(d.trim())));
  let count = 0;
  for (let t = Date.parse(from); t <= Date.parse(to); t += 86_400_000) {
    const iso = new Date(t).toISOString().slice(0, 10);
    if (wanted.has(new Date(t).getUTCDay()) && !closed.includes(iso)) count++;
  }
  return count;
}

/** Occurrences × units of a weekly item over a window, rounded to 4 places as the Schedule rule says. */
export function weeks(from: string, to: string, units = 1): number {
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  return new Dec(days).div(7).times(units).toDecimalPlaces(4).toNumber();
}

export interface LineSpec {
  kind: 'session' | 'charge' | 'manual';
  description: string;
  quantity: number;
  unitPrice: number;
  taxRate?: number;
}

export interface InvoiceSpec {
  id: string;
  reference: string;
  customer: string;
  period: [string, string];
  issued: [string, string];
  status: string;
  accountingId: string;
  lines: LineSpec[];
}

export interface BuiltInvoices {
  invoices: Row[];
  lines: Row[];
  totals: Map<string, number>;
}

/** Invoice and line rows; Total is a formula (=Subtotal+Tax) as bookkeepers often have it. */
export function buildInvoices(specs: readonly InvoiceSpec[]): BuiltInvoices {
  const invoices: Row[] = [[...INVOICE_HEADER]];
  const lines: Row[] = [[...LINE_HEADER]];
  const totals = new Map<string, number>();
  for (const spec of specs) {
    let subtotal = new Dec(0);
    let tax = new Dec(0);
    for (const line of spec.lines) {
      const amount = new Dec(line.quantity).times(line.unitPrice).toDecimalPlaces(2);
      subtotal = subtotal.plus(amount);
      tax = tax.plus(amount.times(line.taxRate ?? 0).toDecimalPlaces(2));
      lines.push([
        spec.id,
        line.kind,
        line.description,
        line.quantity,
        line.unitPrice,
        money(amount),
        line.taxRate ?? 0,
        line.kind === 'manual' ? '' : 'Schedule',
      ]);
    }
    const row = invoices.length + 1;
    const total = money(subtotal.plus(tax));
    totals.set(spec.id, total);
    invoices.push([
      spec.id,
      spec.reference,
      spec.customer,
      date(spec.period[0]),
      date(spec.period[1]),
      date(spec.issued[0]),
      date(spec.issued[1]),
      'GBP',
      spec.status,
      money(subtotal),
      money(tax),
      { formula: `=J${row}+K${row}`, value: total },
      spec.accountingId,
    ]);
  }
  return { invoices, lines, totals };
}

/** [invoice, date, amount or 'full', method, note?] */
export type PaymentSpec = [string, string, number | 'full', string, string?];

export function buildPayments(specs: readonly PaymentSpec[], totals: ReadonlyMap<string, number>): Row[] {
  return [
    [...PAYMENT_HEADER],
    ...specs.map(([invoiceId, day, amount, method, note = ''], i) => {
      const paid = amount === 'full' ? totals.get(invoiceId) : amount;
      if (paid === undefined) throw new Error(`sample: payment for unknown invoice ${invoiceId}`);
      return [`PAY-${String(i + 1).padStart(4, '0')}`, invoiceId, date(day), paid, method, note];
    }),
  ];
}
