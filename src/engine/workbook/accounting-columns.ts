/**
 * Which Invoices columns hold an invoice's link to the accounting software (reset-accounting,
 * SPEC §3): the headers chosen in the sidebar's Settings, or else those with a usual name
 * ("Xero ID", "Synced", …). A column Revoice reads or writes itself (Invoice ID, Total, the
 * links…) is never one, whatever a setting or a column mapping says.
 */
import { DEFAULT_ACCOUNTING_COLUMNS } from '../../shared/accounting';
import { textKey } from '../../shared/text-key';
import { fail } from './errors';
import { SCHEMAS } from './schema';
import type { Table } from './table';

export interface AccountingColumn {
  /** The name a plan writes it by: it finds this column, as the writer finds columns. */
  name: string;
  /** Its header in row 1, as typed. */
  header: string;
  /** 0-based. */
  index: number;
}

/** Where Revoice's own Invoices columns are: never cleared. */
function ownColumns(table: Table): Set<number> {
  const own = new Set<number>();
  for (const column of SCHEMAS.invoices.all) {
    const i = table.columnIndex(column);
    if (i !== undefined) own.add(i);
  }
  return own;
}

/** Row 1's headers that may be chosen: non-blank, holding none of Revoice's columns, each spelling once. */
export function accountingCandidates(table: Table): string[] {
  const own = ownColumns(table);
  const seen = new Set<string>();
  const headers: string[] = [];
  table.header.forEach((text, i) => {
    const key = textKey(text);
    if (!key || own.has(i) || seen.has(key)) return;
    seen.add(key);
    headers.push(text.trim());
  });
  return headers;
}

/** The accounting columns in row 1: the chosen headers when some are chosen, else the usual names. */
export function accountingColumns(table: Table, chosen?: readonly string[] | null): AccountingColumn[] {
  const own = ownColumns(table);
  const found: AccountingColumn[] = [];
  for (const name of chosen?.length ? chosen : DEFAULT_ACCOUNTING_COLUMNS) {
    const index = table.columnIndex(name);
    if (index === undefined || own.has(index) || found.some((column) => column.index === index)) continue;
    found.push({ name, header: table.header[index].trim(), index });
  }
  return found;
}

/** As accountingColumns, or MISSING_COLUMN naming what was looked for. */
export function requireAccountingColumns(table: Table, chosen?: readonly string[] | null): AccountingColumn[] {
  const found = accountingColumns(table, chosen);
  if (found.length) return found;
  const names = (chosen?.length ? chosen : DEFAULT_ACCOUNTING_COLUMNS).map((name) => `"${name}"`).join(', ');
  const where = chosen?.length ? 'the columns chosen in Settings' : 'the usual names';
  return fail(
    'MISSING_COLUMN',
    `Sheet "${table.name}" has no accounting column in row 1: Revoice looked for ${names} (${where}). ` +
      "Choose the columns your accounting software fills in the sidebar's Settings.",
  );
}
