/**
 * Turns an abstract generated workbook into the sheets a bookkeeper would have: amounts rounded
 * to each currency, totals that mostly add up, ledgers, chains already regenerated once, a few bad
 * cells and columns Revoice does not know, in the usual or a shuffled column order.
 */
import { dateCell, dateTimeCell, formulaCell } from '../../fake-apps-script/src';
import { columnLetters } from '../../fake-apps-script/src/a1';
import { ALIASES } from './aliases';
import {
  CREDIT_NOTE_HEADER,
  INVOICE_INPUTS,
  INVOICE_OUTPUTS,
  LINE_HEADER,
  PAYMENT_HEADER,
  SCHEDULE_HEADER,
} from './columns';
import { addDays, offsetChangeDays } from './dates';
import { CURRENCIES, GenInvoice, GenWorkbook } from './generators';
import { D, ZERO, lineMoney, minorUnits, parseRate, round } from './money-model';

export type Sheets = Record<string, unknown[][]>;
type Rec = Record<string, unknown>;

const NAMES = ['Ada', 'Ben', 'Cal', 'Dee'];
const FIRST_DAY = '2025-09-01';
const LAST_DAY = '2026-12-31';

/** Columns Revoice does not know, per sheet, with the value each existing row gets. */
export const UNKNOWN_COLUMNS: Record<string, string[]> = {
  Invoices: ['Accounting ID', 'Notes'],
  'Invoice Lines': ['Notes'],
  Payments: ['Bank Ref'],
};

const STATUS_VARIANTS: Record<string, string> = { open: 'sent', paid: 'PAID', voided: 'void', draft: 'Draft' };

const dayPools = new Map<string, string[]>();

/** Daylight-saving change days of the zone in the years the generator uses (none for UTC). */
function dstDays(zone: string): string[] {
  let days = dayPools.get(zone);
  if (!days) dayPools.set(zone, (days = offsetChangeDays(zone, FIRST_DAY, LAST_DAY)));
  return days;
}

function periodStart(inv: GenInvoice, zone: string): string {
  const dst = dstDays(zone);
  if (inv.start.from === 'dst' && dst.length) return dst[inv.start.pick % dst.length];
  if (inv.start.from === 'month') {
    const month = inv.start.pick % 16;
    return `${2025 + Math.floor((month + 8) / 12)}-${String(((month + 8) % 12) + 1).padStart(2, '0')}-01`;
  }
  return addDays(FIRST_DAY, inv.start.pick % 480);
}

const num = (value: D) => value.toNumber();
const price = (units: number, decimals: number) => new D(units).dividedBy(10 ** decimals);
const unit = (currency: string) => new D(1).dividedBy(10 ** minorUnits(currency));

interface Built {
  invoices: Rec[];
  lines: Rec[];
  payments: Rec[];
  credits: Rec[];
  schedule: Rec[];
  closures: Rec[];
}

/** One generated invoice (and, for a chain, its regenerated successor) as rows. */
function buildInvoice(
  out: Built,
  inv: GenInvoice,
  id: string | number,
  k: number,
  customer: string,
  currency: string,
  zone: string,
): string {
  const start = periodStart(inv, zone);
  const end = addDays(start, inv.length);
  const issue = addDays(start, -3);
  let subtotal = ZERO;
  let tax = ZERO;
  const lines = inv.lines.map((l, i) => {
    const unitPrice = price(l.priceUnits, currency === 'JPY' ? 0 : l.priceDecimals);
    const computed = lineMoney(new D(l.quantity), unitPrice, parseRate(String(l.taxRate)) ?? ZERO, currency);
    const amount = l.amountOff ? computed.amount.plus(unit(currency)) : computed.amount;
    subtotal = subtotal.plus(amount);
    tax = tax.plus(round(amount.times(parseRate(String(l.taxRate)) ?? ZERO), currency));
    return {
      Kind: l.kind,
      Description: `${l.kind} ${i + 1}`,
      Quantity: l.quantity,
      'Unit Price': num(unitPrice),
      Amount: num(amount),
      'Tax Rate': l.taxRate,
      Source: l.kind === 'manual' ? '' : `Schedule ${i + 1}`,
    };
  });
  const total = subtotal.plus(tax).plus(inv.totalsOff ? unit(currency) : ZERO);
  const base = total.abs().isZero() ? new D(10) : total.abs();
  let paid = ZERO;
  const amounts: D[] = [];
  const generated =
    inv.status === 'draft'
      ? []
      : inv.status === 'paid' && !inv.payments.length
        ? [{ kind: 'full' as const, percent: 0 }]
        : inv.payments;
  for (const p of generated) {
    const share = round(base.times(p.percent).dividedBy(100), currency);
    const amount =
      p.kind === 'part'
        ? share
        : p.kind === 'full'
          ? base
          : p.kind === 'over'
            ? base.plus(share)
            : p.kind === 'fixed'
              ? new D(p.percent)
              : (amounts[amounts.length - 1] ?? new D(p.percent)).negated();
    amounts.push(amount);
    paid = paid.plus(amount);
    out.payments.push({
      'Invoice ID': id,
      Date: dateCell(addDays(start, amounts.length)),
      Amount: num(amount),
      Method: p.kind === 'chargeback' ? 'chargeback' : 'card',
      Note: p.kind,
    });
  }
  const voided = inv.status === 'voided';
  const row: Rec = {
    'Invoice ID': id,
    Reference: inv.reference === 'text' ? `REF-${k}` : inv.reference === 'number' ? 5000 + k : '',
    Customer: customer,
    'Period Start': dateCell(start),
    'Period End': dateCell(end),
    'Issue Date': inv.dates === 'none' ? '' : dateCell(issue),
    'Due Date': inv.dates === 'both' ? dateCell(addDays(issue, 14)) : '',
    Currency: currency,
    Status: inv.statusVariant ? STATUS_VARIANTS[inv.status] : inv.status,
    Subtotal: num(subtotal),
    Tax: num(tax),
    Total: num(total),
    Paid: num(paid),
    Balance: num(total.minus(paid)),
    'Voided At': voided && !inv.voidedAtBlank ? dateTimeCell(`${addDays(end, 2)}T09:30:00`) : '',
    'Void Reason': voided ? 'Rate changed' : '',
    'Accounting ID': inv.status === 'draft' ? '' : `XERO-${k}`,
    Notes: k % 2 ? `note ${k}` : '',
  };
  out.invoices.push(row);
  for (const l of lines) out.lines.push({ 'Invoice ID': id, ...l, Notes: 'seen' });
  let held = paid;
  if (voided && inv.creditNote && paid.greaterThan(0)) {
    const refund = round(paid.times(inv.creditNote.refund).dividedBy(100), currency);
    const credit = D.min(round(paid.times(inv.creditNote.credit).dividedBy(100), currency), paid.minus(refund));
    if (refund.plus(credit).greaterThan(0)) {
      out.credits.push({
        'Credit Note ID': `CN-${id}`,
        'Invoice ID': id,
        Customer: customer,
        Date: dateCell(addDays(end, 2)),
        Refund: num(refund),
        Credit: num(credit),
        Reason: 'Refund asked',
      });
      held = paid.minus(refund).minus(credit);
    }
  }
  if (voided && inv.chain) {
    const next = `${id}-R1`;
    row['Regenerated As'] = next;
    const moved = total.greaterThan(0) && held.greaterThan(0) ? D.min(held, total) : ZERO;
    if (moved.greaterThan(0)) {
      out.payments.push({
        'Invoice ID': id,
        Date: dateCell(addDays(end, 2)),
        Amount: num(moved.negated()),
        Method: 'transfer',
        Note: `Moved to ${next}`,
      });
      out.payments.push({
        'Invoice ID': next,
        Date: dateCell(addDays(end, 2)),
        Amount: num(moved),
        Method: 'transfer',
        Note: `Moved from ${id}`,
      });
    }
    out.invoices.push({
      ...row,
      'Invoice ID': next,
      Status: 'open',
      Paid: num(moved),
      Balance: num(total.minus(moved)),
      'Voided At': '',
      'Void Reason': '',
      'Regenerated As': '',
      'Regenerated From': id,
      'Accounting ID': '',
      'Issue Date': dateCell(addDays(end, 2)),
    });
    for (const l of lines) out.lines.push({ 'Invoice ID': next, ...l });
  }
  return start;
}

const BAD_TEXT: Record<string, string> = {
  Total: 'n/a',
  'Period Start': '2026-02-30',
  Currency: 'GPB',
  Amount: 'TBC',
  Rate: 'TBC',
  'Effective From': 'soon',
  Date: 'xmas',
};

/** Overwrites one cell per generated bad cell: text in a money column, a date that is not one. */
function spoil(out: Built, book: GenWorkbook, currencyOf: (id: unknown) => string): void {
  for (const { kind, pick } of book.bad) {
    const [rows, column]: [Rec[], string] =
      kind === 'invoiceTotalText'
        ? [out.invoices, 'Total']
        : kind === 'invoiceStartBadDate'
          ? [out.invoices, 'Period Start']
          : kind === 'invoiceCurrencyTypo'
            ? [out.invoices, 'Currency']
            : kind === 'lineAmountText' || kind === 'lineAmountDecimals'
              ? [out.lines, 'Amount']
              : kind === 'paymentAmountText'
                ? [out.payments, 'Amount']
                : kind === 'scheduleRateText'
                  ? [out.schedule, 'Rate']
                  : kind === 'scheduleFromBadDate'
                    ? [out.schedule, 'Effective From']
                    : [out.closures, 'Date'];
    if (!rows.length) continue;
    const row = rows[pick % rows.length];
    if (kind === 'lineAmountDecimals') {
      const currency = currencyOf(row['Invoice ID']);
      row.Amount = num(new D(Number(row.Amount) || 0).plus(new D(5).dividedBy(10 ** (minorUnits(currency) + 1))));
    } else {
      row[column] = kind === 'paymentAmountText' ? 'ten' : BAD_TEXT[column];
    }
  }
}

function permute<T>(items: T[], seed: number | null): T[] {
  if (seed === null) return items;
  const out = [...items];
  let s = seed || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** A sheet: its columns in the order `seed` gives, some headers renamed to an alias (bits of `aliases`). */
function sheet(name: string, columns: string[], rows: Rec[], seed: number | null, aliases: number | null): unknown[][] {
  const order = permute(columns, seed);
  const renamable = Object.keys(ALIASES[name] ?? {});
  const header = order.map((c) => {
    const bit = renamable.indexOf(c);
    return aliases !== null && bit >= 0 && (aliases >> bit) & 1 ? ALIASES[name][c] : c;
  });
  return [header, ...rows.map((row) => order.map((c) => row[c] ?? ''))];
}

/**
 * Invoices that compute amounts row by row, as bookkeepers' sheets do (SPEC §1): Total =
 * Subtotal + Tax, and where the columns exist Paid = SUMIF over Payments and Balance = Total − Paid.
 */
function computeInRows(invoices: Rec[], columns: string[], payments: string[]): void {
  const at = (list: string[], name: string) => columnLetters(list.indexOf(name) + 1);
  const [id, subtotal, tax, total, paid] = ['Invoice ID', 'Subtotal', 'Tax', 'Total', 'Paid'].map((c) =>
    at(columns, c),
  );
  const [payee, amount] = ['Invoice ID', 'Amount'].map((c) => at(payments, c));
  invoices.forEach((row, i) => {
    const r = i + 2;
    // A spoilt Total ("n/a") stays the bad cell it was made to be.
    if (typeof row.Total === 'number') row.Total = formulaCell(`=${subtotal}${r}+${tax}${r}`);
    if (!columns.includes('Paid')) return;
    row.Paid = formulaCell(`=SUMIF(Payments!${payee}:${payee},${id}${r},Payments!${amount}:${amount})`);
    row.Balance = formulaCell(`=${total}${r}-${paid}${r}`);
  });
}

/** The workbook's sheets, in the spreadsheet zone `zone` (which decides the DST days). */
export function buildSheets(book: GenWorkbook, zone: string): Sheets {
  const out: Built = { invoices: [], lines: [], payments: [], credits: [], schedule: [], closures: [] };
  const starts: string[][] = [];
  let k = 0;
  book.customers.forEach((c, ci) => {
    starts.push(
      c.invoices.map((inv) => {
        k++;
        const currency = CURRENCIES[c.currencies[inv.currency % c.currencies.length]];
        return buildInvoice(out, inv, inv.numericId ? 1000 + k : `INV-${k}`, k, NAMES[ci], currency, zone);
      }),
    );
    const first = starts[ci].reduce((a, b) => (a < b ? a : b));
    c.schedule.forEach((item, i) => {
      const from = item.effectiveFrom === null ? null : addDays(first, item.effectiveFrom);
      out.schedule.push({
        Customer: NAMES[ci],
        Kind: item.kind,
        Description: `${item.frequency} ${item.kind} ${i + 1}`,
        Frequency: item.frequency,
        Days: item.frequency === 'daily' ? item.days : '',
        Units: item.units,
        Rate: num(price(item.priceUnits, item.priceDecimals)),
        'Effective From': from ? dateCell(from) : '',
        'Effective To': item.effectiveTo === null ? '' : dateCell(addDays(from ?? first, item.effectiveTo)),
        'Tax Rate': item.taxRate,
      });
    });
  });
  for (const closure of book.closures) {
    const all = starts.flat();
    const customer = closure.customer === null ? '' : NAMES[closure.customer % book.customers.length];
    out.closures.push({
      Date: dateCell(addDays(all[closure.invoice % all.length], closure.offset)),
      Customer: customer,
    });
  }
  const currencyOf = (id: unknown) => String(out.invoices.find((r) => r['Invoice ID'] === id)?.Currency ?? 'GBP');
  for (const p of out.payments) p['Payment ID'] = `P-${out.payments.indexOf(p) + 1}`;
  spoil(out, book, currencyOf);

  const linked = out.invoices.some((r) => r['Regenerated From'] || r['Regenerated As']);
  const invoiceColumns = [
    ...INVOICE_INPUTS,
    ...(book.paidColumns ? INVOICE_OUTPUTS.slice(0, 2) : []),
    ...(book.ownedColumns || linked ? INVOICE_OUTPUTS.slice(2) : []),
    ...(book.unknownColumns ? UNKNOWN_COLUMNS.Invoices : []),
  ];
  const extra = (name: string) => (book.unknownColumns ? (UNKNOWN_COLUMNS[name] ?? []) : []);
  const paymentColumns = [...PAYMENT_HEADER, ...extra('Payments')];
  if (book.formulas)
    computeInRows(out.invoices, permute(invoiceColumns, book.shuffle), permute(paymentColumns, book.shuffle));
  return {
    Invoices: sheet('Invoices', invoiceColumns, out.invoices, book.shuffle, book.aliases),
    'Invoice Lines': sheet(
      'Invoice Lines',
      [...LINE_HEADER, ...extra('Invoice Lines')],
      out.lines,
      book.shuffle,
      book.aliases,
    ),
    Schedule: sheet('Schedule', SCHEDULE_HEADER, out.schedule, book.shuffle, book.aliases),
    Closures: sheet('Closures', ['Date', 'Customer'], out.closures, null, book.aliases),
    Payments: sheet(
      'Payments',
      paymentColumns,
      out.payments.map((p) => ({ ...p, 'Bank Ref': 'B-1' })),
      book.shuffle,
      book.aliases,
    ),
    'Credit Notes': sheet('Credit Notes', CREDIT_NOTE_HEADER, out.credits, null, book.aliases),
  };
}
