import type { ColumnMapping } from '../../shared/columns';
import type { RawWorkbook } from './cells';
import { fail } from './errors';
import type { Closures, CreditNote, Group, Payment, ScheduleItem, StoredLine } from './model';
import { InvoiceEntry, parseInvoices } from './parse-invoices';
import { columnValues, parseCreditNotes, parsePayments } from './parse-ledger';
import { parseLines } from './parse-lines';
import { parseClosures, parseSchedule } from './parse-schedule';
import { SCHEMAS, SHEETS, SheetKey } from './schema';
import { Table } from './table';

/** The workbook as the engine sees it: parsed once, looked up by invoice and customer. */
export interface Books {
  tables: Partial<Record<SheetKey, Table>>;
  invoices: Map<string, InvoiceEntry>;
  lines: Map<string, Group<StoredLine>>;
  payments: Map<string, Group<Payment>>;
  creditNotes: Map<string, Group<CreditNote>>;
  schedule: Map<string, Group<ScheduleItem>>;
  closures: Closures;
  /** Invoice IDs that some row names in "Regenerated From" → that row's invoice ID. */
  successors: Map<string, string>;
  /** Invoice IDs that some row names in "Regenerated As" → that row's invoice ID. */
  predecessors: Map<string, string>;
  takenIds: { payments: Set<string>; creditNotes: Set<string> };
}

function table(
  raw: RawWorkbook,
  key: SheetKey,
  required: boolean,
  mapping: ColumnMapping | undefined,
): Table | undefined {
  const name = SHEETS[key];
  const sheet = raw[name];
  if (!sheet) {
    if (required)
      fail('MISSING_SHEET', `The workbook has no sheet named "${name}". Use Revoice → Set up workbook to create it.`);
    return undefined;
  }
  const parsed = new Table(key, sheet, mapping);
  parsed.requireColumns(SCHEMAS[key].required);
  return parsed;
}

/** The sheets a call reads, and which of them must exist. */
export interface SheetNeeds {
  required: SheetKey[];
  read: SheetKey[];
}

/**
 * Loads the sheets a request needs: MISSING_SHEET / MISSING_COLUMN before anything else.
 * Headers are found through the bookkeeper's column mapping, then the canonical names and aliases.
 */
export function loadBooks(raw: RawWorkbook, needs: SheetNeeds, mapping?: ColumnMapping): Books {
  const tables: Partial<Record<SheetKey, Table>> = {};
  for (const key of needs.read) tables[key] = table(raw, key, needs.required.includes(key), mapping);
  const invoices = parseInvoices(tables.invoices as Table);
  // Both sides of every known link, so a chain can be found when one side is unknown.
  const successors = new Map<string, string>();
  const predecessors = new Map<string, string>();
  for (const [id, entry] of invoices) {
    if (entry.regeneratedFrom) successors.set(entry.regeneratedFrom, id);
    if (entry.regeneratedAs) predecessors.set(entry.regeneratedAs, id);
  }
  // Amounts on the other sheets are in their invoice's currency.
  const currencyOf = (id: string) => invoices.get(id)?.invoice?.currency;
  return {
    tables,
    invoices,
    lines: tables.lines ? parseLines(tables.lines, currencyOf) : new Map(),
    payments: tables.payments ? parsePayments(tables.payments, currencyOf) : new Map(),
    creditNotes: tables.creditNotes ? parseCreditNotes(tables.creditNotes, currencyOf) : new Map(),
    schedule: tables.schedule ? parseSchedule(tables.schedule) : new Map(),
    closures: parseClosures(tables.closures),
    successors,
    predecessors,
    takenIds: {
      payments: columnValues(tables.payments, 'Payment ID'),
      creditNotes: columnValues(tables.creditNotes, 'Credit Note ID'),
    },
  };
}
