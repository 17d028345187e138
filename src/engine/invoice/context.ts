import type { ColumnMapping } from '../../shared/columns';

/** What the engine is told by the shell: "now" (dates in the spreadsheet's zone), who, and where columns are. */
export interface Context {
  today: string;
  user: string;
  /** The bookkeeper's choice of header per column (document properties); wins over aliases. */
  columnMapping?: ColumnMapping;
  /** The Invoices headers chosen as accounting columns (document properties); none: the usual names. */
  accountingColumns?: readonly string[] | null;
  /** The spreadsheet's locale ("en_GB"): amounts in warnings are written as it writes money. */
  locale?: string;
}
