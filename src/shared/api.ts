/**
 * The contract between the server (dist/Code.js) and the sidebar.
 * Everything here crosses google.script.run, so it is JSON-safe:
 * money is a decimal string with the currency's minor units, dates are "YYYY-MM-DD".
 */
import type { ColumnMapping } from './columns';

export type Action = 'void' | 'regenerate' | 'void-and-regenerate' | 'apply-credit' | 'reset-accounting';
export type RegenerateMode = 'schedule' | 'copy';

export type ErrorCode =
  | 'NOT_FOUND'
  | 'NOTHING_TO_APPLY'
  | 'NOTHING_TO_CLEAR'
  | 'DRAFT'
  | 'ALREADY_VOIDED'
  | 'NOT_VOIDED'
  | 'ALREADY_REGENERATED'
  | 'CREDIT_EXCEEDS_PAID'
  | 'BAD_EDIT'
  | 'PERIOD_OUTSIDE_ORIGINAL'
  | 'BAD_VALUE'
  | 'DUPLICATE_ID'
  | 'MISSING_SHEET'
  | 'MISSING_COLUMN'
  | 'BAD_REQUEST'
  | 'STALE'
  | 'BUSY'
  | 'WRITE_FAILED'
  | 'TIME_LIMIT';

/** An edit to one line of the original invoice, by its 1-based index. */
export interface LineEdit {
  index: number;
  quantity?: string | number;
  unitPrice?: string | number;
  description?: string;
  /** A fraction (0.2) or a percentage ("20%"), from 0 to 100 %. */
  taxRate?: string | number;
  remove?: boolean;
}

/** A new manual line added in copy mode. */
export interface LineAdd {
  description: string;
  quantity: string | number;
  unitPrice: string | number;
  taxRate?: string | number;
}

export interface InvoiceEdits {
  lines?: LineEdit[];
  add?: LineAdd[];
}

export interface CreditNoteRequest {
  refund: string | number;
  credit: string | number;
}

export interface RevoiceRequest {
  action: Action;
  invoiceIds: string[];
  reason?: string;
  mode?: RegenerateMode;
  keepManual?: boolean;
  /** Schedule mode (Chargebee): false counts a touched month as 1 and a started week as 1. */
  prorate?: boolean;
  /** Regenerate: the customer's other credit may pay the new invoice too (default true). */
  applyCredit?: boolean;
  from?: string;
  to?: string;
  edits?: { [invoiceId: string]: InvoiceEdits };
  creditNote?: CreditNoteRequest;
  requestKey?: string;
  fingerprints?: { [invoiceId: string]: string };
}

/**
 * A change an earlier call left unfinished (Google stopped it midway, or its own undo failed),
 * which this call undid before doing anything else: the workbook is as it was before it.
 */
export interface Repaired {
  action: string;
  invoiceIds: string[];
  /** When the interrupted call started (ISO date-time). */
  started: string;
}

/** Every answer may say what was repaired first. */
export interface Repairs {
  repaired?: Repaired;
}

export interface Failure extends Repairs {
  ok: false;
  code: ErrorCode;
  message: string;
}

/** A per-invoice failure; ALREADY_REGENERATED also carries the existing new id. */
export interface InvoiceFailure extends Failure {
  invoiceId: string;
  newInvoiceId?: string;
}

export interface ApplySuccess {
  invoiceId: string;
  ok: true;
  voided: boolean;
  /** A draft rebuilt from the schedule under its own ID, instead of voided and regenerated. */
  regeneratedInPlace?: true;
  newInvoiceId?: string;
  total?: string;
  transferred?: string;
  unappliedCredit?: string;
  /** The credit note a void issued (its refund and credit), when one was asked for. */
  creditNoteId?: string;
  /** Where `transferred` came from: the original's own share first, then the customer's other credit. */
  creditSources?: CreditSourceAmount[];
  /** reset-accounting: the accounting cells cleared, with what they held (kept in the Audit Log too). */
  cleared?: ClearedCell[];
}

/**
 * One accounting cell reset-accounting clears: its column's header and what it held (a date as
 * "YYYY-MM-DD", a date-time as "YYYY-MM-DDThh:mm:ss", a ticked checkbox as true, which becomes unticked).
 */
export interface ClearedCell {
  column: string;
  value: string | number | boolean;
}

export interface CreditSourceAmount {
  invoiceId: string;
  amount: string;
}

export type ApplyResult = ApplySuccess | InvoiceFailure;

export type LineKind = 'session' | 'charge' | 'manual';

export interface PreviewLine {
  kind: LineKind;
  description: string;
  quantity: string;
  unitPrice: string;
  amount: string;
  taxRate: string;
  tax: string;
  source: string;
  /** A schedule line that covers only part of the period: the dates it covers ("YYYY-MM-DD"). */
  from?: string;
  to?: string;
}

export type LineChange = 'same' | 'changed' | 'added' | 'removed';

/** One row of the before → after comparison the sidebar shows. */
export interface LineDiff {
  change: LineChange;
  before?: PreviewLine;
  after?: PreviewLine;
}

export interface Totals {
  subtotal: string;
  tax: string;
  total: string;
}

/** The invoice a regeneration makes (or a draft rebuilt): its lines, totals, what is left to pay and its status. */
export interface AfterSide extends Totals {
  lines: PreviewLine[];
  /** Total − what it will have been paid. */
  balance: string;
  /** `paid` when fully covered, else `open`; a rebuilt draft stays as it was. */
  status: string;
}

export interface PreviewSuccess {
  invoiceId: string;
  ok: true;
  fingerprint: string;
  currency: string;
  /** reset-accounting reads Invoices only: no lines, and `paid` is the invoice's own Paid cell (blank: 0). */
  before: Totals & { lines: PreviewLine[]; paid: string };
  after?: AfterSide;
  /** The service period of the new (or rebuilt) invoice, when from–to narrows the original's. */
  period?: { from: string; to: string };
  /** The credit note a void would issue (its ID as it would be written). */
  creditNote?: { creditNoteId: string; refund: string; credit: string };
  diff?: LineDiff[];
  regeneratedInPlace?: true;
  newInvoiceId?: string;
  transferred?: string;
  creditSources?: CreditSourceAmount[];
  unappliedCredit?: string;
  /** reset-accounting: the accounting cells the apply would clear. */
  cleared?: ClearedCell[];
  warnings: string[];
}

export type PreviewResult = PreviewSuccess | InvoiceFailure;

export interface SelectedInvoice {
  invoiceId: string;
  reference: string;
  customer: string;
  status: string;
  total: string;
  currency: string;
}

export type SelectionResponse =
  | ({
      ok: true;
      invoices: SelectedInvoice[];
      hint?: string;
      /** The spreadsheet's locale ("en_GB", "de_DE"): the sidebar shows money and reads typed amounts by it. */
      locale: string;
    } & Repairs)
  | Failure;
export type PreviewResponse = ({ ok: true; results: PreviewResult[] } & Repairs) | Failure;
export type ApplyResponse = ({ ok: true; results: ApplyResult[] } & Repairs) | Failure;
/** A required column "Set up workbook" did not add: a header already on the sheet may hold it. */
export interface ColumnToMap {
  sheet: string;
  column: string;
}

/** `toMap` only when some required column was held back for the bookkeeper to choose in the sidebar. */
export type SetupResponse = ({ ok: true; created: string[]; toMap?: ColumnToMap[] } & Repairs) | Failure;
export type SelectRowResponse = { ok: true; row: number } | Failure;

/** One sheet Revoice reads, as its header row stands with the aliases and the saved mapping. */
export interface SheetColumns {
  sheet: string;
  /** The sheet is not in the workbook (nothing to match; "Set up workbook" creates it). */
  missingSheet?: true;
  /** Required columns found neither by name, nor by an alias, nor through the saved mapping. */
  missing: string[];
  /** Row 1's headers (blank ones left out) that hold no column Revoice knows: what could hold a missing one. */
  headers: string[];
  /** The saved choices for this sheet: column → header text. */
  mapping: { [column: string]: string };
}

export type ColumnsResponse = ({ ok: true; sheets: SheetColumns[] } & Repairs) | Failure;

/** Choices to remember: sheet → column → the header that holds it (null or "" forgets the choice). */
export type ColumnMappingUpdate = { [sheetName: string]: { [column: string]: string | null } };

/** The whole saved mapping after the merge. */
export type SaveColumnMappingResponse = { ok: true; mapping: ColumnMapping } | Failure;

/** The accounting columns of Invoices, as the sidebar's Settings shows them. */
export interface AccountingColumns {
  /** Row 1's headers (blank ones left out) that hold no column Revoice reads or writes: what may be chosen. */
  headers: string[];
  /** The headers chosen in Settings, as saved; null when none are saved and the usual names apply. */
  chosen: string[] | null;
  /** The headers reset-accounting clears now: the chosen ones in row 1, else those with a usual name. */
  columns: string[];
}

export type AccountingColumnsResponse = ({ ok: true } & AccountingColumns & Repairs) | Failure;

/** One invoice of a History entry, with what Revoice created for it. */
export interface HistoryInvoice {
  invoiceId: string;
  /** The regenerated invoice, when the action made one under a new ID. */
  newInvoiceId?: string;
  /** The credit note a void issued. */
  creditNoteId?: string;
}

/**
 * One change Revoice made, from the Audit Log: the rows of one request key (one server call,
 * one row per invoice changed), grouped.
 */
export interface HistoryEntry {
  /** On the spreadsheet's clock: "YYYY-MM-DD hh:mm:ss" (or what the Timestamp cell holds). */
  when: string;
  /** The user's email, '' when Google did not share it. */
  user: string;
  /** The action as the Audit Log names it ("void", "void-and-regenerate"…). */
  action: string;
  invoices: HistoryInvoice[];
  /** The invoices of the same request that were not changed. */
  notChanged?: string[];
  reason?: string;
  requestKey: string;
}

/** Newest first; `more` when older entries were left out for the limit. */
export type HistoryResponse = ({ ok: true; entries: HistoryEntry[]; more: boolean } & Repairs) | Failure;

/** History entries by default, and at most. */
export const HISTORY_DEFAULT_LIMIT = 20;
export const HISTORY_MAX_LIMIT = 100;

/** Most invoices one server call accepts; the sidebar sends larger selections in chunks. */
export const MAX_INVOICES_PER_CALL = 500;

/** A customer's credit in an invoice's currency: Σ held on their voided invoices (SPEC §3). */
export interface CustomerCredit {
  invoiceId: string;
  customer: string;
  currency: string;
  credit: string;
}

export type CustomerCreditResponse = { ok: true; credits: CustomerCredit[] } | Failure;

/** The names of the server functions the sidebar calls through google.script.run. */
export interface ServerFunctions {
  revoiceSelection(): SelectionResponse;
  /** The customer's credit for each of these invoices (those found and readable). */
  revoiceCustomerCredit(invoiceIds: string[]): CustomerCreditResponse;
  revoicePreview(request: RevoiceRequest): PreviewResponse;
  revoiceApply(request: RevoiceRequest): ApplyResponse;
  revoiceSetup(): SetupResponse;
  revoiceSelectInvoice(invoiceId: string): SelectRowResponse;
  revoiceColumns(): ColumnsResponse;
  revoiceSaveColumnMapping(mapping: ColumnMappingUpdate): SaveColumnMappingResponse;
  revoiceAccountingColumns(): AccountingColumnsResponse;
  /** Remembers the accounting columns (header texts); an empty list goes back to the usual names. */
  revoiceSaveAccountingColumns(headers: string[]): AccountingColumnsResponse;
  /** The latest changes from the Audit Log, newest first (default 20, at most 100). */
  revoiceHistory(limit?: number): HistoryResponse;
}

/**
 * The menu's "Void selected…" / "Regenerate selected…" open the sidebar with an action chosen:
 * showSidebar appends a script that sets this global before the page's DOMContentLoaded.
 */
export const INITIAL_ACTION_GLOBAL = '__revoiceInitialAction';
