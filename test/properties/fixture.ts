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
import { CURRENCIES, GenInvoice, GenWorkbook, Kind } from './generators';
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

/**
 * Filler (GenWorkbook.filler): customers no request names, with invoices (open or paid), their
 * lines and payments, and 3 Schedule rows each, so that Invoices, Invoice Lines, Payments and
 * Schedule each hold more cells than Revoice reads whole. Restated from src/sheets/read-workbook.ts
 * (the checker imports nothing from src/): a sheet of at most 1,600 cells (last row × last column)
 * is read whole, a bigger one as its header plus the rows found by key.
 */
export const WHOLE_READ_CELLS = 1600;
/** Filler IDs: no case ID starts so, and none is `<id>-R<n>`. */
const FILLER_ID_PREFIX = 'FILL-';
const FILLER_CUSTOMER_PREFIX = 'Filler ';
const FILLER_SCHEDULE_ROWS = 3;
/** The sheets filler makes big enough to be read by key. */
export const FILLED_SHEETS = ['Invoices', 'Invoice Lines', 'Payments', 'Schedule'];

export const isFillerId = (id: string) => id.trim().startsWith(FILLER_ID_PREFIX);
export const isFillerCustomer = (name: string) => name.trim().startsWith(FILLER_CUSTOMER_PREFIX);
/** A row of any sheet that belongs to filler: it names a filler invoice or customer. */
export const isFillerRow = (cells: unknown[]) =>
  cells.some((c) => typeof c === 'string' && (c.startsWith(FILLER_ID_PREFIX) || c.startsWith(FILLER_CUSTOMER_PREFIX)));

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

/** How many filler rows of each sheet take it just past WHOLE_READ_CELLS. */
interface FillerSize {
  invoices: number;
  lines: number;
  payments: number;
  schedule: number;
}

/** Rows to add to a table of `rows` rows under a header `width` columns wide so it exceeds WHOLE_READ_CELLS. */
const rowsToExceed = (width: number, rows: number) => Math.max(1, Math.floor(WHOLE_READ_CELLS / width) - rows);

/** Splits `total` into `parts` counts as even as can be, each at least 1. */
const share = (total: number, parts: number, i: number) =>
  Math.max(1, Math.floor(((i + 1) * total) / parts) - Math.floor((i * total) / parts));

const FILLER_LINES: [Kind, number, number, number | string][] = [
  ['session', 4, 4550, 0.2],
  ['charge', 1, 1200, 0],
  ['manual', 1.5, 2000, '20%'],
];

/**
 * Filler rows, just enough of each (`size`): customers "Filler 001"…, 3 Schedule rows each;
 * invoices "FILL-001"… shared among them, in currencies the case already uses, every amount
 * adding up (no bad cell), each with 1–3 lines and one or more payments (open ones part paid,
 * paid ones paid in full).
 */
function buildFiller(book: GenWorkbook, size: FillerSize): Built {
  const out: Built = { invoices: [], lines: [], payments: [], credits: [], schedule: [], closures: [] };
  const pad = (n: number) => String(n).padStart(3, '0');
  const customers = Math.ceil(size.schedule / FILLER_SCHEDULE_ROWS);
  const currencyOf = (ci: number) => CURRENCIES[book.customers[ci % book.customers.length].currencies[0]];
  const decimalsOf = (currency: string) => (currency === 'JPY' ? 0 : 2);
  for (let i = 0; i < size.invoices; i++) {
    const n = i + 1;
    const ci = i % customers;
    const currency = currencyOf(ci);
    const id = `${FILLER_ID_PREFIX}${pad(n)}`;
    const start = addDays(FIRST_DAY, (n * 11) % 450);
    const end = addDays(start, n % 2 ? 27 : 30);
    let subtotal = ZERO;
    let tax = ZERO;
    for (let l = 0; l < share(size.lines, size.invoices, i); l++) {
      const [kind, quantity, units, rate] = FILLER_LINES[(n + l) % FILLER_LINES.length];
      const unitPrice = price(units + n, decimalsOf(currency));
      const m = lineMoney(new D(quantity), unitPrice, parseRate(String(rate)) ?? ZERO, currency);
      subtotal = subtotal.plus(m.amount);
      tax = tax.plus(round(m.amount.times(parseRate(String(rate)) ?? ZERO), currency));
      out.lines.push({
        'Invoice ID': id,
        Kind: kind,
        Description: `${kind} ${l + 1}`,
        Quantity: quantity,
        'Unit Price': num(unitPrice),
        Amount: num(m.amount),
        'Tax Rate': rate,
        Source: kind === 'manual' ? '' : `Schedule ${l + 1}`,
        Notes: 'filler',
      });
    }
    const total = subtotal.plus(tax);
    const paidInFull = n % 2 === 0;
    const count = share(size.payments, size.invoices, i);
    let paid = ZERO;
    for (let k = 0; k < count; k++) {
      // Paid in full: equal parts, the last one the rest; open: a tenth of the total each time.
      const amount =
        paidInFull && k === count - 1
          ? total.minus(paid)
          : round(total.dividedBy(paidInFull ? count : 10 * count), currency);
      paid = paid.plus(amount);
      out.payments.push({
        'Invoice ID': id,
        Date: dateCell(addDays(start, 2 + 7 * k)),
        Amount: num(amount),
        Method: k % 2 ? 'bank' : 'card',
        Note: 'filler',
      });
    }
    const issue = addDays(start, -3);
    out.invoices.push({
      'Invoice ID': id,
      Reference: `REF-F${n}`,
      Customer: `${FILLER_CUSTOMER_PREFIX}${pad(ci + 1)}`,
      'Period Start': dateCell(start),
      'Period End': dateCell(end),
      'Issue Date': dateCell(issue),
      'Due Date': dateCell(addDays(issue, 14)),
      Currency: currency,
      Status: paidInFull ? 'paid' : 'open',
      Subtotal: num(subtotal),
      Tax: num(tax),
      Total: num(total),
      Paid: num(paid),
      Balance: num(total.minus(paid)),
      'Accounting ID': `XERO-F${n}`,
      Notes: '',
    });
  }
  for (let ci = 0; ci < customers; ci++) {
    const rate = (units: number) => num(price(units + ci, decimalsOf(currencyOf(ci))));
    const items: Rec[] = [
      { Kind: 'session', Description: 'weekly session 1', Frequency: 'weekly', Units: 1, Rate: rate(4550) },
      { Kind: 'charge', Description: 'monthly charge 2', Frequency: 'monthly', Units: '', Rate: rate(1200) },
      {
        Kind: 'session',
        Description: 'daily session 3',
        Frequency: 'daily',
        Days: 'Mon-Fri',
        Units: 0.5,
        Rate: rate(2000),
      },
    ];
    for (const item of items)
      out.schedule.push({
        Customer: `${FILLER_CUSTOMER_PREFIX}${pad(ci + 1)}`,
        'Effective From': '',
        'Effective To': '',
        'Tax Rate': 0.2,
        Days: '',
        ...item,
      });
  }
  return out;
}

/**
 * The case's rows with filler blocks before, between and after them: the case's rows are taken
 * in runs of the same `key` (all of one invoice's lines, say; each row alone without a key) and
 * the filler is split evenly into one block more than there are runs.
 */
function interleave(own: Rec[], filler: Rec[], key: string | null): Rec[] {
  const runs: Rec[][] = [];
  for (const row of own) {
    const last = runs[runs.length - 1];
    if (last && key !== null && last[0][key] === row[key]) last.push(row);
    else runs.push([row]);
  }
  const out: Rec[] = [];
  const blocks = runs.length + 1;
  for (let b = 0; b < blocks; b++) {
    out.push(...filler.slice(Math.floor((b * filler.length) / blocks), Math.floor(((b + 1) * filler.length) / blocks)));
    if (b < runs.length) out.push(...runs[b]);
  }
  return out;
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
  // Bad cells only in the case's own rows; filler comes in after (its size depends on the columns).
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
  const lineColumns = [...LINE_HEADER, ...extra('Invoice Lines')];
  if (book.filler) {
    const lines = rowsToExceed(lineColumns.length, out.lines.length);
    const filler = buildFiller(book, {
      // At most 3 lines an invoice: a wide Invoices sheet needs fewer invoices than the lines need.
      invoices: Math.max(rowsToExceed(invoiceColumns.length, out.invoices.length), Math.ceil(lines / 3)),
      lines,
      payments: rowsToExceed(paymentColumns.length, out.payments.length),
      schedule: rowsToExceed(SCHEDULE_HEADER.length, out.schedule.length),
    });
    out.invoices = interleave(out.invoices, filler.invoices, null);
    out.lines = interleave(out.lines, filler.lines, 'Invoice ID');
    out.payments = interleave(out.payments, filler.payments, 'Invoice ID');
    out.schedule = interleave(out.schedule, filler.schedule, 'Customer');
  }
  out.payments.forEach((p, i) => (p['Payment ID'] = `P-${i + 1}`));
  if (book.formulas)
    computeInRows(out.invoices, permute(invoiceColumns, book.shuffle), permute(paymentColumns, book.shuffle));
  const sheets: Sheets = {
    Invoices: sheet('Invoices', invoiceColumns, out.invoices, book.shuffle, book.aliases),
    'Invoice Lines': sheet('Invoice Lines', lineColumns, out.lines, book.shuffle, book.aliases),
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
  if (book.filler) {
    for (const name of FILLED_SHEETS) {
      const cells = sheets[name].length * sheets[name][0].length;
      if (cells <= WHOLE_READ_CELLS) throw new Error(`filler left ${name} at ${cells} cells, read whole`);
    }
  }
  return sheets;
}
