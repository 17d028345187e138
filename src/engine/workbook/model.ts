import { textKey } from '../../shared/text-key';
import type { LineKind } from '../../shared/api';
import type { DateRange } from '../calc/dates';
import type { OutValue } from './cells';
import type { RevoiceError } from './errors';
import type { Dec } from '../calc/money';
import type { Row } from './table';

/**
 * Invoice columns copied as held onto the regenerated invoice (SPEC §2, §3). Currency is
 * copied too, as its checked ISO code ("eur" → "EUR"): text either way.
 */
export const COPIED_COLUMNS = ['Reference', 'Customer'] as const;
export type CopiedColumn = (typeof COPIED_COLUMNS)[number];

export type Status = 'draft' | 'open' | 'paid' | 'voided';
export type Frequency = 'daily' | 'weekly' | 'monthly' | 'once';

export interface Invoice {
  id: string;
  row: number;
  customer: string;
  period: DateRange;
  issueDate: string | null;
  dueDate: string | null;
  currency: string;
  status: Status;
  /** When it was voided ("yyyy-mm-ddThh:mm:ss"), null when the cell is blank: orders credit sources. */
  voidedAt: string | null;
  subtotal: Dec;
  tax: Dec;
  total: Dec;
  /** The cells a regenerated invoice (or a credit note) copies, as the cells held them. */
  copies: Record<CopiedColumn, OutValue>;
  /**
   * The Invoice ID as its cell holds it (1001 stays a number), for the rows Revoice writes that
   * name this invoice: the bookkeeper's SUMIF over Payments then finds its ledger rows too.
   */
  idCell: OutValue;
}

/**
 * What customer credit needs of an invoice (SPEC §3): whose it is, its currency, whether it is
 * voided and when. Read even when another cell of its row is bad: money held on a voided invoice
 * with a bad Total is still the customer's.
 */
export type CreditHolder = Pick<Invoice, 'id' | 'row' | 'customer' | 'currency' | 'status' | 'voidedAt' | 'idCell'>;

/** A line as the engine computes with it (amount and tax derived, rounded per line). */
export interface Line {
  kind: LineKind;
  description: string;
  quantity: Dec;
  unitPrice: Dec;
  taxRate: Dec;
  source: string;
  /** The 1-based index of the original line this one was copied from, if any. */
  origin?: number;
  /** A schedule line whose item covers only part of the period: the dates it covers. */
  covers?: DateRange;
}

export interface StoredLine extends Line {
  row: number;
  /** The Amount cell as it stands, to warn when it disagrees with quantity × price. */
  storedAmount: Dec;
}

export interface ScheduleItem {
  row: number;
  kind: 'session' | 'charge';
  description: string;
  frequency: Frequency;
  /** Weekdays for daily items, 0 = Sunday. */
  days: number[];
  units: Dec;
  rate: Dec;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  taxRate: Dec;
  /** The currency the row names (its Currency cell, or a code or £/€ on its Rate), with the cell that says it. */
  currency: { code: string; cell: string } | null;
}

export interface Payment {
  id: string;
  amount: Dec;
}

export interface CreditNote {
  id: string;
  refund: Dec;
  credit: Dec;
}

/** The currency of an invoice by ID; undefined when it is unknown or its row is unreadable. */
export type CurrencyOf = (invoiceId: string) => string | undefined;

/** Records that belong to one key (an invoice, a customer), or the first bad row among them. */
export interface Group<T> {
  items: T[];
  rows: Row[];
  error?: RevoiceError;
}

export interface Closures {
  everyone: Set<string>;
  byCustomer: Map<string, Set<string>>;
  /** A bad row with a blank customer blocks everyone's daily items. */
  everyoneError?: RevoiceError;
  errorByCustomer: Map<string, RevoiceError>;
}

/** Customer names match case-insensitively, trimmed, spaces collapsed. */
export const customerKey: (name: string) => string = textKey;
