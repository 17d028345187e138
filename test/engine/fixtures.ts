import Decimal from 'decimal.js';
import type { Cell, RawWorkbook } from '../../src/engine/workbook/cells';
import type { Context } from '../../src/engine/invoice/context';
import {
  CREDIT_NOTE_HEADER,
  INVOICE_HEADER,
  LINE_HEADER,
  PAYMENT_HEADER,
  SCHEDULE_HEADER,
} from '../../examples/ledger';

/** Workbooks for engine tests: rows are built by header name, so a test names only what it cares about. */
export const d = (date: string): Cell => ({ date });

export const CONTEXT: Context = { today: '2026-11-21', user: 'bookkeeper@example.com' };

export const HEADERS = {
  Invoices: [...INVOICE_HEADER, 'Regenerated From', 'Regenerated As', 'Voided At'],
  'Invoice Lines': LINE_HEADER,
  Schedule: SCHEDULE_HEADER,
  Closures: ['Date', 'Customer'],
  Payments: PAYMENT_HEADER,
  'Credit Notes': CREDIT_NOTE_HEADER,
};

export type SheetName = keyof typeof HEADERS;
export type Fields = Record<string, Cell>;

/** A row of `sheet` from cells by header name; columns not named stay blank. */
export function row(sheet: SheetName, fields: Fields): Cell[] {
  const unknown = Object.keys(fields).filter((column) => !HEADERS[sheet].includes(column));
  if (unknown.length) throw new Error(`${sheet} has no column ${unknown.join(', ')}`);
  return HEADERS[sheet].map((column) => fields[column] ?? null);
}

/** An Invoices row: Ada's March 2026 invoice in GBP unless told otherwise. */
export const invoice = (id: string, fields: Fields = {}): Cell[] =>
  row('Invoices', {
    'Invoice ID': id,
    Reference: `REF-${id}`,
    Customer: 'Ada',
    'Period Start': d('2026-03-01'),
    'Period End': d('2026-03-31'),
    'Issue Date': d('2026-03-01'),
    'Due Date': d('2026-03-15'),
    Currency: 'GBP',
    Status: 'open',
    Subtotal: 0,
    Tax: 0,
    Total: 0,
    ...fields,
  });

/** quantity × price rounded half away from zero to `places` (an Amount cell holds no more decimals than its currency). */
export function roundedAmount(quantity: number, unitPrice: number, places = 2): number {
  return new Decimal(quantity).times(unitPrice).toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toNumber();
}

/** An Invoice Lines row; Amount defaults to quantity × price in pence when both are numbers. */
export function line(
  invoiceId: string,
  kind: string,
  description: string,
  quantity: Cell,
  unitPrice: Cell,
  fields: Fields = {},
): Cell[] {
  const amount = typeof quantity === 'number' && typeof unitPrice === 'number' ? roundedAmount(quantity, unitPrice) : 0;
  return row('Invoice Lines', {
    'Invoice ID': invoiceId,
    Kind: kind,
    Description: description,
    Quantity: quantity,
    'Unit Price': unitPrice,
    Amount: amount,
    ...fields,
  });
}

export const payment = (paymentId: string, invoiceId: string, amount: Cell, fields: Fields = {}): Cell[] =>
  row('Payments', {
    'Payment ID': paymentId,
    'Invoice ID': invoiceId,
    Date: d('2026-03-10'),
    Amount: amount,
    Method: 'card',
    ...fields,
  });

export const creditNote = (id: string, invoiceId: string, refund: Cell, credit: Cell): Cell[] =>
  row('Credit Notes', {
    'Credit Note ID': id,
    'Invoice ID': invoiceId,
    Date: d('2026-04-01'),
    Refund: refund,
    Credit: credit,
  });

/** A Schedule row: a monthly session at 0 unless told otherwise. */
export const schedule = (customer: string, description: string, fields: Fields = {}): Cell[] =>
  row('Schedule', {
    Customer: customer,
    Kind: 'session',
    Description: description,
    Frequency: 'monthly',
    Units: 1,
    Rate: 0,
    ...fields,
  });

export const closure = (date: string, customer = ''): Cell[] => row('Closures', { Date: d(date), Customer: customer });

export function workbook(rows: Partial<Record<SheetName, Cell[][]>>): RawWorkbook {
  const raw: RawWorkbook = {};
  for (const [name, header] of Object.entries(HEADERS)) {
    raw[name] = { name, rows: [header, ...(rows[name as SheetName] ?? [])] };
  }
  return raw;
}

/** The workbook without some sheets. */
export function without(raw: RawWorkbook, ...names: string[]): RawWorkbook {
  return Object.fromEntries(Object.entries(raw).filter(([name]) => !names.includes(name)));
}

/** The workbook with one column of a sheet renamed (or dropped when `to` is null). */
export function renameColumn(raw: RawWorkbook, sheet: string, from: string, to: string | null): RawWorkbook {
  const source = raw[sheet];
  if (!source) throw new Error(`no sheet ${sheet}`);
  const i = source.rows[0].indexOf(from);
  if (i < 0) throw new Error(`${sheet} has no column ${from}`);
  const rows = source.rows.map((cells, r) => {
    if (to !== null) return r === 0 ? cells.map((cell, c) => (c === i ? to : cell)) : cells;
    return cells.filter((_, c) => c !== i);
  });
  return { ...raw, [sheet]: { name: sheet, rows } };
}

/**
 * A nursery in March 2026 (1 March is a Sunday; Mon/Wed/Fri = 13 days, 12 after the
 * closure on Friday 6th). Ada's invoice is open and part paid, Ben's voided and paid, Cal's a draft.
 */
export function nursery(): RawWorkbook {
  return workbook({
    Invoices: [
      invoice('INV-1', { Reference: 'ADA-03', Subtotal: 125, Tax: 20, Total: 145, 'Accounting ID': 'XERO-1' }),
      invoice('INV-2', { Reference: 'BEN-03', Customer: 'Ben', Status: 'voided', Subtotal: 100, Total: 100 }),
      invoice('INV-3', {
        Reference: 'CAL-03',
        Customer: 'Cal',
        Status: 'draft',
        'Issue Date': '',
        'Due Date': '',
        Subtotal: 10,
        Total: 10,
      }),
    ],
    'Invoice Lines': [
      line('INV-1', 'session', 'Morning sessions', 10, 10, { 'Tax Rate': 0.2, Source: 'Schedule row 2' }),
      line('INV-1', 'manual', 'Trip to the farm', 1, 25),
      line('INV-2', 'session', 'Sessions', 10, 10, { 'Tax Rate': 0 }),
      line('INV-3', 'manual', 'Nappies', 1, 10, { 'Tax Rate': 0 }),
    ],
    Schedule: [
      schedule('Ada', 'Morning sessions', { Frequency: 'daily', Days: 'Mon, Wed, Fri', Rate: 10, 'Tax Rate': '20%' }),
      schedule('Ada', 'Meals', { Kind: 'charge', Rate: 30, 'Tax Rate': 0 }),
      schedule('Ben', 'Sessions', { Frequency: 'weekly', Units: 2, Rate: 15, 'Tax Rate': 0 }),
    ],
    Closures: [closure('2026-03-06')],
    Payments: [payment('P-1', 'INV-1', 50), payment('P-2', 'INV-2', 100)],
  });
}
