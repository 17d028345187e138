/**
 * fast-check generators for the property test: an abstract workbook (customers, invoices, lines,
 * payments, schedules, closures, a few bad cells) and a sequence of requests over it. Both are
 * plain data that shrink well; fixture.ts turns a workbook into sheets and requests.ts turns a
 * step into a request against the sheets as they stand when it runs.
 */
import fc from 'fast-check';

export const CURRENCIES = ['JPY', 'GBP', 'EUR', 'USD', 'KWD'] as const;
export type Currency = (typeof CURRENCIES)[number];
export type Status = 'draft' | 'open' | 'paid' | 'voided';
export type Kind = 'session' | 'charge' | 'manual';

export interface GenLine {
  kind: Kind;
  quantity: number;
  /** Unit price in 10^-decimals of the currency's unit, may be negative. */
  priceUnits: number;
  priceDecimals: number;
  taxRate: number | string;
  /** Stored Amount one minor unit off what Quantity × Unit Price gives. */
  amountOff: boolean;
}

export interface GenPayment {
  kind: 'part' | 'full' | 'over' | 'chargeback' | 'fixed';
  percent: number;
}

export interface GenInvoice {
  currency: number;
  status: Status;
  /** Status written as a word SPEC §1 also reads (`Open`, `sent`, `VOID`). */
  statusVariant: boolean;
  numericId: boolean;
  reference: 'text' | 'number' | 'blank';
  start: { from: 'dst' | 'month' | 'any'; pick: number };
  length: number;
  dates: 'both' | 'issue' | 'none';
  lines: GenLine[];
  payments: GenPayment[];
  totalsOff: boolean;
  /** For a voided invoice: a credit note as percentages of what was paid. */
  creditNote: { refund: number; credit: number } | null;
  voidedAtBlank: boolean;
  /** For a voided invoice: it was regenerated already as `<id>-R1`. */
  chain: boolean;
}

export type Frequency = 'daily' | 'weekly' | 'monthly' | 'once';

export interface GenScheduleItem {
  kind: 'session' | 'charge';
  frequency: Frequency;
  days: string;
  units: number | '';
  priceUnits: number;
  priceDecimals: number;
  /** Bounds as days from the customer's first period start. */
  effectiveFrom: number | null;
  effectiveTo: number | null;
  taxRate: number | string;
}

export interface GenCustomer {
  currencies: number[];
  invoices: GenInvoice[];
  schedule: GenScheduleItem[];
}

export interface GenClosure {
  /** Customer index, or null for everyone. */
  customer: number | null;
  invoice: number;
  offset: number;
}

export const BAD_KINDS = [
  'invoiceTotalText',
  'invoiceStartBadDate',
  'invoiceCurrencyTypo',
  'lineAmountText',
  'lineAmountDecimals',
  'paymentAmountText',
  'scheduleRateText',
  'scheduleFromBadDate',
  'closureBadDate',
] as const;
export type BadKind = (typeof BAD_KINDS)[number];

export interface GenBadCell {
  kind: BadKind;
  pick: number;
}

export interface GenWorkbook {
  customers: GenCustomer[];
  closures: GenClosure[];
  bad: GenBadCell[];
  unknownColumns: boolean;
  /** Revoice's own output columns present in the header from the start. */
  ownedColumns: boolean;
  paidColumns: boolean;
  /** Columns in a shuffled order (a permutation seed), or the usual order. */
  shuffle: number | null;
  /** Empty rows each sheet has under its table. */
  spareRows: number;
  /** Total, Paid and Balance computed by formulas on every row (fixture.ts). */
  formulas: boolean;
  /** Headers renamed to an alias Revoice recognises (bit i of the number: the sheet's i-th aliasable column). */
  aliases: number | null;
  /**
   * 0: none; 1: filler customers no request names, with enough invoices, lines, payments and
   * schedule rows, interleaved with the case's own, that Revoice reads those sheets by key (fixture.ts).
   */
  filler: number;
}

const TAX_RATES: (number | string)[] = [0, 0, 0.2, '20%', 0.05, '', '12.5%', 0.125];
const QUANTITIES = [1, 1, 2, 0.5, 1.5, 0.25, 2.3333, 3, 4.75, 10, 21];

const line: fc.Arbitrary<GenLine> = fc.record({
  kind: fc.constantFrom<Kind>('session', 'charge', 'manual'),
  quantity: fc.constantFrom(...QUANTITIES),
  priceUnits: fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 1, max: 20000 }) },
    { weight: 1, arbitrary: fc.integer({ min: -3000, max: -1 }) },
  ),
  priceDecimals: fc.constantFrom(0, 2, 2, 3),
  taxRate: fc.constantFrom(...TAX_RATES),
  amountOff: fc.oneof({ weight: 12, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
});

const payment: fc.Arbitrary<GenPayment> = fc.record({
  kind: fc.constantFrom<GenPayment['kind']>('part', 'full', 'over', 'chargeback', 'fixed'),
  percent: fc.integer({ min: 1, max: 99 }),
});

const STATUS_WEIGHTS: [Status, number][] = [
  ['open', 4],
  ['paid', 3],
  ['voided', 3],
  ['draft', 2],
];

export const invoice: fc.Arbitrary<GenInvoice> = fc.record({
  currency: fc.nat({ max: 1 }),
  status: fc.oneof(...STATUS_WEIGHTS.map(([s, weight]) => ({ weight, arbitrary: fc.constant(s) }))),
  statusVariant: fc.boolean(),
  numericId: fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  reference: fc.constantFrom<GenInvoice['reference']>('text', 'number', 'blank'),
  start: fc.record({
    from: fc.constantFrom<'dst' | 'month' | 'any'>('dst', 'month', 'any'),
    pick: fc.nat({ max: 500 }),
  }),
  length: fc.oneof(fc.constantFrom(0, 6, 13, 27, 30), fc.integer({ min: 0, max: 45 })),
  dates: fc.constantFrom<GenInvoice['dates']>('both', 'both', 'issue', 'none'),
  lines: fc.array(line, { maxLength: 4 }),
  payments: fc.array(payment, { maxLength: 3 }),
  totalsOff: fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  creditNote: fc.option(
    fc.record({ refund: fc.integer({ min: 0, max: 60 }), credit: fc.integer({ min: 0, max: 40 }) }),
    { freq: 3 },
  ),
  voidedAtBlank: fc.boolean(),
  chain: fc.boolean(),
});

const scheduleItem: fc.Arbitrary<GenScheduleItem> = fc.record({
  kind: fc.constantFrom<'session' | 'charge'>('session', 'charge'),
  frequency: fc.constantFrom<Frequency>('daily', 'weekly', 'monthly', 'once'),
  days: fc.constantFrom('Mon, Wed, Fri', 'Mon-Fri', 'Tue, Thu', 'Sat', 'Mon'),
  units: fc.constantFrom<number | ''>('', 1, 2.5, 0.5, 8),
  priceUnits: fc.oneof(
    { weight: 5, arbitrary: fc.integer({ min: 1, max: 9000 }) },
    { weight: 1, arbitrary: fc.integer({ min: -2000, max: -1 }) },
  ),
  priceDecimals: fc.constantFrom(0, 2, 3),
  effectiveFrom: fc.option(fc.integer({ min: -10, max: 40 }), { freq: 3 }),
  effectiveTo: fc.option(fc.integer({ min: 0, max: 60 }), { freq: 3 }),
  taxRate: fc.constantFrom(...TAX_RATES),
});

const customer: fc.Arbitrary<GenCustomer> = fc.record({
  currencies: fc.array(fc.nat({ max: CURRENCIES.length - 1 }), { minLength: 1, maxLength: 2 }),
  invoices: fc.array(invoice, { minLength: 1, maxLength: 3 }),
  schedule: fc.array(scheduleItem, { maxLength: 3 }),
});

/** PROPERTY_FILLER=0 or 1: every workbook without filler, or with it (default: 2 in 5 with). */
const FILLER = process.env.PROPERTY_FILLER === undefined ? undefined : Number(process.env.PROPERTY_FILLER);

export const workbook: fc.Arbitrary<GenWorkbook> = fc.record({
  customers: fc.array(customer, { minLength: 1, maxLength: 4 }),
  closures: fc.array(
    fc.record({
      customer: fc.option(fc.nat({ max: 3 }), { freq: 2 }),
      invoice: fc.nat({ max: 20 }),
      offset: fc.integer({ min: 0, max: 30 }),
    }),
    { maxLength: 3 },
  ),
  bad: fc.oneof(
    { weight: 3, arbitrary: fc.constant<GenBadCell[]>([]) },
    {
      weight: 2,
      arbitrary: fc.array(fc.record({ kind: fc.constantFrom(...BAD_KINDS), pick: fc.nat({ max: 30 }) }), {
        minLength: 1,
        maxLength: 2,
      }),
    },
  ),
  unknownColumns: fc.boolean(),
  ownedColumns: fc.boolean(),
  paidColumns: fc.boolean(),
  shuffle: fc.option(fc.nat(), { freq: 3 }),
  aliases: fc.option(fc.nat(), { freq: 3 }),
  spareRows: fc.constantFrom(0, 2, 200),
  formulas: fc.oneof({ weight: 2, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  // Filler in 2 cases of 5: each costs about 4 times a case without it (the run stays under a minute).
  filler:
    FILLER === undefined
      ? fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.constant(1) })
      : fc.constant(FILLER),
});

// ---- requests ----

export type Action = 'void' | 'regenerate' | 'void-and-regenerate';

export interface GenTarget {
  pick: number;
  /**
   * An invoice the action suits (open or paid to void, voided and not yet regenerated to
   * regenerate), any invoice of the workbook, one of its voided invoices not yet regenerated, the
   * next ID along an invoice's chain (`X-R1` of X, which may not exist yet), or an unknown ID.
   */
  variant: 'fit' | 'any' | 'voided' | 'next' | 'unknown';
}

export interface GenEdit {
  index: number;
  quantity?: number | string;
  unitPrice?: number | string;
  description?: string;
  taxRate?: number | string;
  remove?: boolean;
}

export interface GenAdd {
  description: string;
  quantity: number | string;
  unitPrice: number | string;
  taxRate?: number | string;
}

export interface GenStep {
  action: Action;
  targets: GenTarget[];
  mode: 'schedule' | 'copy';
  keepManual: boolean | null;
  applyCredit: boolean | null;
  /**
   * `from` as a percentage of the first target's period (0 its start, 100 its end); `to` as a
   * percentage of what is left after `from` (or after the start). Below 0 or above 100 is outside.
   */
  from: number | null;
  to: number | null;
  edits: GenEdit[];
  adds: GenAdd[];
  /** Percentages of the first target's Paid; `extraDecimal` adds a digit the currency does not have. */
  creditNote: { refund: number; credit: number; extraDecimal: boolean } | null;
  reason: string;
  repeat: boolean;
}

const QUANTITY_INPUTS: (number | string)[] = [2, 1.5, '3', '0.25', 0, 'abc', '', '1.23456789012345678'];
const PRICE_INPUTS: (number | string)[] = [10, -2.5, '12.345', '£4.50', '1,250.00', 'x', '100'];
const RATE_INPUTS: (number | string)[] = ['20%', 0.05, 0, '0%', 1.5, '150%', 'abc'];

const edit: fc.Arbitrary<GenEdit> = fc.record(
  {
    index: fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 1, max: 4 }) },
      { weight: 1, arbitrary: fc.constantFrom(0, 9) },
    ),
    quantity: fc.constantFrom(...QUANTITY_INPUTS),
    unitPrice: fc.constantFrom(...PRICE_INPUTS),
    description: fc.constantFrom('Edited line', '=1+1', '-5 discount'),
    taxRate: fc.constantFrom(...RATE_INPUTS),
    remove: fc.constant(true),
  },
  { requiredKeys: ['index'] },
);

const add: fc.Arbitrary<GenAdd> = fc.record(
  {
    description: fc.constantFrom('Late fee', 'Trip', '@mention'),
    quantity: fc.constantFrom(...QUANTITY_INPUTS),
    unitPrice: fc.constantFrom(...PRICE_INPUTS),
    taxRate: fc.constantFrom(...RATE_INPUTS),
  },
  { requiredKeys: ['description', 'quantity', 'unitPrice'] },
);

export const step: fc.Arbitrary<GenStep> = fc.record({
  action: fc.constantFrom<Action>('void', 'regenerate', 'void-and-regenerate', 'void-and-regenerate'),
  targets: fc.array(
    fc.record({
      pick: fc.nat({ max: 40 }),
      variant: fc.oneof(
        ...(
          [
            ['fit', 6],
            ['any', 4],
            ['voided', 2],
            ['next', 1],
            ['unknown', 1],
          ] as const
        ).map(([v, weight]) => ({ weight, arbitrary: fc.constant(v) })),
      ),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  mode: fc.constantFrom<'schedule' | 'copy'>('schedule', 'schedule', 'copy'),
  keepManual: fc.option(fc.boolean()),
  applyCredit: fc.option(fc.boolean(), { freq: 3 }),
  from: fc.option(fc.integer({ min: -10, max: 110 }), { freq: 2 }),
  to: fc.option(fc.integer({ min: -10, max: 110 }), { freq: 2 }),
  edits: fc.array(edit, { maxLength: 3 }),
  adds: fc.array(add, { maxLength: 2 }),
  creditNote: fc.option(
    fc.record({
      refund: fc.integer({ min: 0, max: 100 }),
      credit: fc.integer({ min: 0, max: 50 }),
      extraDecimal: fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    }),
    { freq: 3 },
  ),
  reason: fc.constantFrom('', 'Schedule changed', '=SUM(1,2)', '+44 rate', 'Rate rise @ Oct'),
  repeat: fc.boolean(),
});

export interface Case {
  book: GenWorkbook;
  steps: GenStep[];
}

export const propertyCase: fc.Arbitrary<Case> = fc.record({
  book: workbook,
  steps: fc.array(step, { minLength: 1, maxLength: 4 }),
});
