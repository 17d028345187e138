import { textKey } from '../../shared/text-key';
import { RevoiceError, fail, isRevoiceError } from './errors';
import { isCurrencyCode } from '../calc/money';
import { COPIED_COLUMNS, CreditHolder, Invoice, Status } from './model';
import { copiedValue, isBlank, isDateCell } from './cells';
import type { Row, Table } from './table';
import { readAmount, readDate, readLink, readOptionalDate, readRequiredText, readText } from './values';

const STATUS_WORDS: Record<string, Status> = {
  draft: 'draft',
  open: 'open',
  paid: 'paid',
  voided: 'voided',
  void: 'voided',
  issued: 'open',
  sent: 'open',
  unpaid: 'open',
  overdue: 'open',
  'partially paid': 'open',
};

export function parseStatus(text: string): Status | null {
  return STATUS_WORDS[textKey(text)] ?? null;
}

export interface InvoiceEntry {
  row: Row;
  invoice?: Invoice;
  error?: RevoiceError;
  /**
   * The link cells, read even when another cell of the row is bad: chains must not break.
   * '' when blank, null when the cell shows a Sheets error (the link is unknown).
   */
  regeneratedFrom: string | null;
  regeneratedAs: string | null;
  /** The invoice as customer credit sees it, also when `invoice` could not be read; absent when unknown. */
  holder?: CreditHolder;
}

export function parseInvoiceRow(table: Table, row: Row, id: string): Invoice {
  const statusText = readText(table, row, 'Status');
  const status = parseStatus(statusText);
  if (!status) {
    fail(
      'BAD_VALUE',
      `${table.ref(row, 'Status')} should be draft, open, paid or voided, not ${JSON.stringify(statusText)}.`,
    );
  }
  const currency = readRequiredText(table, row, 'Currency').toUpperCase();
  if (!isCurrencyCode(currency)) {
    fail(
      'BAD_VALUE',
      `${table.ref(row, 'Currency')} should be a three-letter currency code like GBP, not ${JSON.stringify(currency)}.`,
    );
  }
  const period = { start: readDate(table, row, 'Period Start'), end: readDate(table, row, 'Period End') };
  if (period.end < period.start) {
    fail('BAD_VALUE', `${table.ref(row, 'Period End')} (${period.end}) is before the period start (${period.start}).`);
  }
  // Paid and Balance are only checked: Revoice recomputes them from the ledger.
  for (const column of ['Paid', 'Balance']) {
    if (!isBlank(table.get(row, column))) readAmount(table, row, column, currency);
  }
  return {
    id,
    row: row.row,
    customer: readRequiredText(table, row, 'Customer'),
    period,
    issueDate: readOptionalDate(table, row, 'Issue Date'),
    dueDate: readOptionalDate(table, row, 'Due Date'),
    currency,
    status,
    voidedAt: voidedAtOf(table, row),
    subtotal: readAmount(table, row, 'Subtotal', currency),
    tax: readAmount(table, row, 'Tax', currency),
    total: readAmount(table, row, 'Total', currency),
    idCell: copiedValue(table.get(row, 'Invoice ID')),
    copies: Object.fromEntries(
      COPIED_COLUMNS.map((column) => [column, copiedValue(table.get(row, column))]),
    ) as Invoice['copies'],
  };
}

/** The Voided At cell as sortable text: a date-time cell, a date, or text as typed; null when blank. */
function voidedAtOf(table: Table, row: Row): string | null {
  const cell = table.get(row, 'Voided At');
  if (isBlank(cell)) return null;
  if (isDateCell(cell)) return `${cell.date}T${cell.time ?? '00:00:00'}`;
  return String(cell).trim();
}

/** Whose, in what currency and whether voided, from a row with a bad cell elsewhere; undefined if those are unreadable too. */
function holderOf(table: Table, row: Row, id: string): CreditHolder | undefined {
  const status = parseStatus(readText(table, row, 'Status'));
  const currency = readText(table, row, 'Currency').toUpperCase();
  const customer = readText(table, row, 'Customer');
  if (!status || !isCurrencyCode(currency) || !customer) return undefined;
  const idCell = copiedValue(table.get(row, 'Invoice ID'));
  return { id, row: row.row, customer, currency, status, voidedAt: voidedAtOf(table, row), idCell };
}

/** Invoices by ID. Two rows with one ID are both DUPLICATE_ID, naming both rows. */
export function parseInvoices(table: Table): Map<string, InvoiceEntry> {
  const entries = new Map<string, InvoiceEntry>();
  for (const row of table.rows) {
    const id = readText(table, row, 'Invoice ID');
    if (!id) continue;
    const earlier = entries.get(id);
    if (earlier) {
      earlier.invoice = undefined;
      earlier.error = new RevoiceError(
        'DUPLICATE_ID',
        `Invoice ID "${id}" is used by more than one row: ${table.ref(earlier.row, 'Invoice ID')} and ${table.ref(row, 'Invoice ID')}.`,
      );
      continue;
    }
    const entry: InvoiceEntry = {
      row,
      regeneratedFrom: readLink(table, row, 'Regenerated From'),
      regeneratedAs: readLink(table, row, 'Regenerated As'),
    };
    try {
      entry.invoice = parseInvoiceRow(table, row, id);
      entry.holder = entry.invoice;
    } catch (error) {
      if (!isRevoiceError(error)) throw error;
      entry.error = error;
      entry.holder = holderOf(table, row, id);
    }
    entries.set(id, entry);
  }
  return entries;
}
