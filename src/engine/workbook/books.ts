import type { ColumnMapping } from '../../shared/columns';
import type { DecimalMark } from '../../shared/decimal-mark';
import type { RawWorkbook } from './cells';
import { Coverage, CoveredMap, TakenIds } from './coverage';
import { fail } from './errors';
import { Closures, CreditNote, Group, Payment, ScheduleItem, StoredLine, customerKey } from './model';
import { readText } from './values';
import { InvoiceEntry, parseInvoices } from './parse-invoices';
import { columnValues, parseCreditNotes, parsePayments } from './parse-ledger';
import { parseLines } from './parse-lines';
import { parseClosures, parseSchedule } from './parse-schedule';
import { SCHEMAS, SHEETS, SheetKey } from './schema';
import { Table } from './table';

/** The workbook as the engine sees it: parsed once, looked up by invoice and customer. */
export interface Books {
  tables: Partial<Record<SheetKey, Table>>;
  /** What the reads covered; lookups they did not are recorded there as missing. */
  coverage: Coverage;
  invoices: CoveredMap<InvoiceEntry>;
  lines: CoveredMap<Group<StoredLine>>;
  payments: CoveredMap<Group<Payment>>;
  creditNotes: CoveredMap<Group<CreditNote>>;
  /** By customer key (customerKey). */
  schedule: CoveredMap<Group<ScheduleItem>>;
  /** The IDs of each customer's invoices, by customer key (their credit is theirs across invoices). */
  customers: CoveredMap<string[]>;
  closures: Closures;
  /** Invoice IDs that some row names in "Regenerated From" → that row's invoice ID. */
  successors: CoveredMap<string>;
  /** Invoice IDs that some row names in "Regenerated As" → that row's invoice ID. */
  predecessors: CoveredMap<string>;
  takenIds: { payments: TakenIds; creditNotes: TakenIds };
}

function table(
  raw: RawWorkbook,
  key: SheetKey,
  required: boolean,
  mapping: ColumnMapping | undefined,
  mark: DecimalMark,
): Table | undefined {
  const name = SHEETS[key];
  const sheet = raw[name];
  if (!sheet) {
    if (required)
      fail('MISSING_SHEET', `The workbook has no sheet named "${name}". Use Revoice → Set up workbook to create it.`);
    return undefined;
  }
  const parsed = new Table(key, sheet, mapping, mark);
  parsed.requireColumns(SCHEMAS[key].required);
  return parsed;
}

/** The sheets a call reads, and which of them must exist. */
export interface SheetNeeds {
  required: SheetKey[];
  read: SheetKey[];
  /** The sheets an apply of the request may write to (whose formulas it must not overwrite). */
  written: SheetKey[];
}

/**
 * Loads the sheets a request needs: MISSING_SHEET / MISSING_COLUMN before anything else.
 * Headers are found through the bookkeeper's column mapping, then the canonical names and aliases;
 * number text in cells is read with the spreadsheet's decimal mark.
 */
export function loadBooks(
  raw: RawWorkbook,
  needs: SheetNeeds,
  mapping?: ColumnMapping,
  mark: DecimalMark = '.',
): Books {
  const tables: Partial<Record<SheetKey, Table>> = {};
  const coverage = new Coverage();
  for (const key of needs.read) {
    tables[key] = table(raw, key, needs.required.includes(key), mapping, mark);
    coverage.cover(key, raw[SHEETS[key]]?.searched);
  }
  const invoices = parseInvoices(tables.invoices as Table);
  // Both sides of every known link, so a chain can be found when one side is unknown.
  const successors = new Map<string, string>();
  const predecessors = new Map<string, string>();
  const customers = new Map<string, string[]>();
  for (const [id, entry] of invoices) {
    const customer = customerKey(readText(tables.invoices as Table, entry.row, 'Customer'));
    if (customer) customers.set(customer, [...(customers.get(customer) ?? []), id]);
    if (entry.regeneratedFrom) successors.set(entry.regeneratedFrom, id);
    if (entry.regeneratedAs) predecessors.set(entry.regeneratedAs, id);
  }
  // Amounts on the other sheets are in their invoice's currency.
  const currencyOf = (id: string) => invoices.get(id)?.invoice?.currency;
  const byInvoice = (id: string) => coverage.covers('invoices', 'Invoice ID', id);
  const of = <V>(sheet: 'lines' | 'payments' | 'creditNotes', groups: Map<string, V> | undefined) =>
    new CoveredMap(groups ?? new Map<string, V>(), (id) => coverage.covers(sheet, 'Invoice ID', id));
  return {
    tables,
    coverage,
    invoices: new CoveredMap(invoices, byInvoice),
    lines: of('lines', tables.lines && parseLines(tables.lines, currencyOf)),
    payments: of('payments', tables.payments && parsePayments(tables.payments, currencyOf)),
    creditNotes: of('creditNotes', tables.creditNotes && parseCreditNotes(tables.creditNotes, currencyOf)),
    schedule: new CoveredMap(tables.schedule ? parseSchedule(tables.schedule) : new Map(), (customer) =>
      coverage.covers('schedule', 'Customer', customer),
    ),
    closures: parseClosures(tables.closures),
    customers: new CoveredMap(customers, (customer) => coverage.covers('invoices', 'Customer', customer)),
    successors: new CoveredMap(successors, byInvoice),
    predecessors: new CoveredMap(predecessors, byInvoice),
    takenIds: {
      payments: new TakenIds(columnValues(tables.payments, 'Payment ID'), (id) =>
        coverage.covers('payments', 'Payment ID', id),
      ),
      creditNotes: new TakenIds(columnValues(tables.creditNotes, 'Credit Note ID'), (id) =>
        coverage.covers('creditNotes', 'Credit Note ID', id),
      ),
    },
  };
}
