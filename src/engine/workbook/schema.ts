/** The workbook layout: sheet names and the columns Revoice reads and writes. */

export const SHEETS = {
  invoices: 'Invoices',
  lines: 'Invoice Lines',
  schedule: 'Schedule',
  closures: 'Closures',
  payments: 'Payments',
  creditNotes: 'Credit Notes',
  audit: 'Audit Log',
} as const;

export type SheetKey = keyof typeof SHEETS;

export interface SheetSchema {
  /**
   * The column whose last value ends the table: rows below it holding only checkboxes,
   * formulas or formats are not data (the first one present of these).
   */
  keys: readonly string[];
  /**
   * Input columns an operation needs to read. Never a column Revoice appends on first write
   * (its IDs, every Audit Log column): those are read when present and never block (SPEC §1).
   */
  required: readonly string[];
  /** Every column "Set up workbook" creates, in order. */
  all: readonly string[];
}

export const OWNED_INVOICE_COLUMNS = [
  'Voided At',
  'Void Reason',
  'Regenerated From',
  'Regenerated As',
  'Paid',
  'Balance',
] as const;

export const SCHEMAS: Record<SheetKey, SheetSchema> = {
  invoices: {
    keys: ['Invoice ID'],
    required: [
      'Invoice ID',
      'Customer',
      'Period Start',
      'Period End',
      'Currency',
      'Status',
      'Subtotal',
      'Tax',
      'Total',
    ],
    all: [
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
      ...OWNED_INVOICE_COLUMNS,
    ],
  },
  lines: {
    keys: ['Invoice ID'],
    required: ['Invoice ID', 'Kind', 'Description', 'Quantity', 'Unit Price', 'Amount'],
    all: ['Invoice ID', 'Kind', 'Description', 'Quantity', 'Unit Price', 'Amount', 'Tax Rate', 'Source'],
  },
  schedule: {
    keys: ['Customer'],
    required: ['Customer', 'Kind', 'Description', 'Frequency', 'Rate'],
    all: [
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
    ],
  },
  closures: {
    keys: ['Date'],
    required: ['Date'],
    all: ['Date', 'Customer', 'Note'],
  },
  payments: {
    keys: ['Invoice ID'],
    required: ['Invoice ID', 'Amount'],
    all: ['Payment ID', 'Invoice ID', 'Date', 'Amount', 'Method', 'Note'],
  },
  creditNotes: {
    keys: ['Invoice ID'],
    required: ['Invoice ID', 'Refund', 'Credit'],
    all: ['Credit Note ID', 'Invoice ID', 'Customer', 'Date', 'Refund', 'Credit', 'Reason'],
  },
  audit: {
    keys: ['Timestamp', 'Invoice ID', 'Request Key'],
    required: [],
    all: ['Timestamp', 'User', 'Action', 'Invoice ID', 'Result ID', 'Request Key', 'Details'],
  },
};
