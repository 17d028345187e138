import type { ColumnMapping } from '../../shared/columns';
import { textKey } from '../../shared/text-key';
import { SCHEMAS, SHEETS, SheetKey } from './schema';

const INVOICE_ID = ['Invoice #', 'Invoice No', 'Invoice No.', 'Invoice Number'];
const CUSTOMER = ['Client', 'Child', 'Account', 'Customer Name', 'Client Name', 'Child Name'];
const TAX_RATE = ['VAT Rate', 'Tax %', 'VAT %', 'GST Rate', 'GST %'];

/**
 * Header aliases recognised when a sheet lacks the canonical header (SPEC §1), per sheet.
 * Conservative on purpose: an alias that could mean another column on that sheet is left
 * out (e.g. "Amount Due", which is the balance in Xero's exports, not the Total; "VAT" on
 * Invoice Lines, amount or rate). The bookkeeper's column mapping covers the rest.
 */
export const COLUMN_ALIASES: Record<SheetKey, Readonly<Record<string, readonly string[]>>> = {
  invoices: {
    'Invoice ID': INVOICE_ID,
    Reference: ['Ref', 'Ref.'],
    Customer: CUSTOMER,
    'Period Start': ['Start Date', 'Period From'],
    'Period End': ['End Date', 'Period To'],
    'Issue Date': ['Invoice Date', 'Date Issued'],
    'Due Date': ['Payment Due', 'Date Due'],
    Subtotal: ['Net', 'Sub Total', 'Sub-total', 'Net Amount'],
    Tax: ['VAT', 'GST', 'Tax Amount', 'VAT Amount'],
    Total: ['Gross', 'Grand Total', 'Invoice Total'],
    Paid: ['Amount Paid'],
    Balance: ['Balance Due', 'Outstanding'],
  },
  lines: {
    'Invoice ID': INVOICE_ID,
    Description: ['Item'],
    Quantity: ['Qty', 'Qty.'],
    'Unit Price': ['Price', 'Unit Rate'],
    Amount: ['Line Total', 'Line Amount'],
    'Tax Rate': TAX_RATE,
  },
  schedule: {
    Customer: CUSTOMER,
    Frequency: ['Freq'],
    Units: ['Qty', 'Quantity'],
    Rate: ['Price', 'Unit Price'],
    'Effective From': ['Start Date', 'From'],
    'Effective To': ['End Date', 'To', 'Until'],
    'Tax Rate': TAX_RATE,
  },
  closures: {
    Date: ['Closed On', 'Closure Date'],
    Customer: CUSTOMER,
  },
  payments: {
    'Payment ID': ['Payment #', 'Payment No', 'Payment Number'],
    'Invoice ID': INVOICE_ID,
    Date: ['Payment Date', 'Date Paid'],
    Amount: ['Amount Paid', 'Payment Amount'],
    Method: ['Payment Method'],
  },
  creditNotes: {
    'Credit Note ID': ['Credit Note #', 'Credit Note No', 'Credit Note Number'],
    'Invoice ID': INVOICE_ID,
    Customer: CUSTOMER,
  },
  audit: {},
};

/** The bookkeeper's choices for one sheet: [canonical column, header text] pairs. */
function chosenFor(sheet: SheetKey, mapping: ColumnMapping | undefined): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [name, columns] of Object.entries(mapping ?? {})) {
    if (textKey(name) !== textKey(SHEETS[sheet]) || typeof columns !== 'object' || columns === null) continue;
    for (const [column, header] of Object.entries(columns)) {
      if (typeof header === 'string' && textKey(header)) pairs.push([column, header]);
    }
  }
  return pairs;
}

/** The canonical columns a sheet can hold: its schema's, then any other the mapping names. */
function canonicalColumns(sheet: SheetKey, chosen: [string, string][]): string[] {
  const columns = [...SCHEMAS[sheet].all];
  for (const [column] of chosen) {
    if (!columns.some((known) => textKey(known) === textKey(column))) columns.push(column);
  }
  return columns;
}

/**
 * Where each canonical column of a sheet is in its header row (0-based): the header the
 * bookkeeper's mapping names, else the canonical header, else the first alias present.
 * A header serves one column only, and the mapping and canonical headers are placed before
 * any alias, so an alias never takes a header another column holds by name.
 * The one resolution the engine reads with and the sheets layer writes with.
 * Keys are the canonical names as SCHEMAS spells them; columns not found are absent.
 */
export function resolveColumns(
  sheet: SheetKey,
  headerRow: readonly unknown[],
  mapping?: ColumnMapping,
): Map<string, number> {
  const headers = headerRow.map(textKey);
  const taken = new Set<number>();
  const resolved = new Map<string, number>();
  const place = (column: string, header: string | undefined): void => {
    if (resolved.has(column) || header === undefined) return;
    const i = headers.findIndex((text, at) => text !== '' && text === textKey(header) && !taken.has(at));
    if (i < 0) return;
    resolved.set(column, i);
    taken.add(i);
  };
  const chosen = chosenFor(sheet, mapping);
  const columns = canonicalColumns(sheet, chosen);
  const headerChosen = new Map(chosen.map(([column, header]) => [textKey(column), header]));
  for (const column of columns) place(column, headerChosen.get(textKey(column)));
  for (const column of columns) place(column, column);
  for (const column of columns) {
    for (const alias of COLUMN_ALIASES[sheet][column] ?? []) place(column, alias);
  }
  return resolved;
}

/**
 * Every column of a header row by normalised name: the canonical columns where resolveColumns
 * places them, then each other header by its own text (the first of two alike). What the engine
 * reads with (Table) and the writer writes with, so a column the engine names by its header text
 * (an accounting column such as "Xero ID") is the one written.
 */
export function columnPositions(
  sheet: SheetKey,
  headerRow: readonly unknown[],
  mapping?: ColumnMapping,
): Map<string, number> {
  const positions = new Map<string, number>();
  for (const [column, i] of resolveColumns(sheet, headerRow, mapping)) positions.set(textKey(column), i);
  headerRow.forEach((header, i) => {
    const key = textKey(header);
    if (key && !positions.has(key)) positions.set(key, i);
  });
  return positions;
}

/** What a MISSING_COLUMN message says was tried besides the name: the mapping's header, the aliases. */
export function lookedFor(sheet: SheetKey, column: string, mapping?: ColumnMapping): string {
  const chosen = chosenFor(sheet, mapping).find(([name]) => textKey(name) === textKey(column))?.[1];
  const tried = [
    ...(chosen ? [`"${chosen}" from the column mapping`] : []),
    ...(COLUMN_ALIASES[sheet][column] ?? []).map((alias) => `"${alias}"`),
  ];
  return tried.length ? ` (also tried ${tried.join(', ')})` : '';
}
