/**
 * reset-accounting (Pigeonhole's "Recreate Accounting Invoice") clears the columns an accounting
 * tool fills on an invoice, so that the tool creates the invoice afresh. Unless the bookkeeper
 * chose them in the sidebar's Settings, they are the Invoices headers with these names (matched
 * as headers are: case, outer and repeated spaces ignored).
 */
export const DEFAULT_ACCOUNTING_COLUMNS: readonly string[] = [
  'Accounting ID',
  'Xero ID',
  'QuickBooks ID',
  'QBO ID',
  'Sage ID',
  'External ID',
  'Synced',
  'Synced At',
  'Sync Status',
];

/** The most accounting columns Settings remembers (a row rarely has more than a handful). */
export const MAX_ACCOUNTING_COLUMNS = 50;
