/**
 * The sidebar's History, from the Audit Log. An apply appends one row per invoice it changed, all
 * in one append under the document lock, so the rows of one request key sit together: each run of
 * rows with the same key is one entry. Rows without a key (older logs, calls without one) group
 * by time, user and action instead.
 */
import type { HistoryEntry, HistoryInvoice } from '../shared/api';
import { regenerates, isAction } from '../shared/actions';
import { auditDetails } from './audit';
import { isBlank, isDateCell } from './workbook/cells';
import { SCHEMAS } from './workbook/schema';
import type { Row, Table } from './workbook/table';
import { readText } from './workbook/values';

/** The Timestamp cell as the spreadsheet's clock shows it. */
function whenOf(audit: Table, row: Row): string {
  const cell = audit.get(row, 'Timestamp');
  if (isDateCell(cell)) return cell.time ? `${cell.date} ${cell.time}` : cell.date;
  return isBlank(cell) ? '' : String(cell).trim();
}

/** What one row says Revoice created for its invoice: from Details, else from Result ID. */
function invoiceOf(audit: Table, row: Row, action: string): HistoryInvoice {
  const result = auditDetails(audit, row).result;
  const invoiceId = readText(audit, row, 'Invoice ID') || (result?.invoiceId ?? '');
  const invoice: HistoryInvoice = { invoiceId };
  if (result) {
    if (result.newInvoiceId) invoice.newInvoiceId = result.newInvoiceId;
    if (result.creditNoteId) invoice.creditNoteId = result.creditNoteId;
    return invoice;
  }
  // A hand-edited Details cell: a regenerate's Result ID is the new invoice, a void's its credit note.
  const resultId = readText(audit, row, 'Result ID');
  if (resultId && resultId !== invoiceId) {
    if (isAction(action) && regenerates(action)) invoice.newInvoiceId = resultId;
    else invoice.creditNoteId = resultId;
  }
  return invoice;
}

function entryOf(audit: Table, rows: Row[]): HistoryEntry {
  const [first] = rows;
  const action = readText(audit, first, 'Action');
  const details = auditDetails(audit, first);
  const entry: HistoryEntry = {
    when: whenOf(audit, first),
    user: readText(audit, first, 'User'),
    action,
    invoices: rows.map((row) => invoiceOf(audit, row, action)),
    requestKey: readText(audit, first, 'Request Key'),
  };
  // The first row of a request keeps its failures and reason (auditRow).
  const failed = (details.failures ?? []).map((failure) => failure.invoiceId);
  if (failed.length) entry.notChanged = failed;
  if (details.reason) entry.reason = details.reason;
  return entry;
}

/** A row Revoice wrote: it has one of the log's keys (a row of only checkboxes or formulas is not). */
function isLogRow(audit: Table, row: Row): boolean {
  return SCHEMAS.audit.keys.some((column) => !isBlank(audit.get(row, column)));
}

function groupOf(audit: Table, row: Row): string {
  const key = readText(audit, row, 'Request Key');
  if (key) return `key:${key}`;
  return ['', whenOf(audit, row), readText(audit, row, 'User'), readText(audit, row, 'Action')].join('\u0000');
}

/**
 * Every entry in the rows read (in sheet order), newest first.
 * The oldest may be cut short when rows above the first read hold more of it.
 */
export function historyEntries(audit: Table): HistoryEntry[] {
  const runs: Row[][] = [];
  let last: string | null = null;
  for (const row of audit.rows) {
    if (!isLogRow(audit, row)) continue;
    const group = groupOf(audit, row);
    if (group === last) runs[runs.length - 1].push(row);
    else runs.push([row]);
    last = group;
  }
  return runs.reverse().map((rows) => entryOf(audit, rows));
}
