/**
 * The sidebar's Settings → Accounting columns: which Invoices headers reset-accounting clears.
 * Reads row 1 of Invoices only; the choice is kept in the document properties.
 */
import type { AccountingColumns, AccountingColumnsResponse, Failure } from '../shared/api';
import { MAX_ACCOUNTING_COLUMNS } from '../shared/accounting';
import { textKey } from '../shared/text-key';
import { Cell, SHEETS, Table, accountingCandidates, accountingColumns, asFailure } from '../engine';
import { readAccountingColumns, saveAccountingColumns } from '../sheets/accounting-columns';
import { readColumnMapping } from '../sheets/column-mapping';
import { readHeaderRow } from '../sheets/header-row';
import { withDocumentLock } from '../sheets/lock';
import { retried } from '../sheets/passing-errors';
import { repairInterruptedWrites } from '../sheets/write-all-or-nothing';

/** Invoices' header row as the engine reads it, or MISSING_SHEET. */
function invoicesHeader(): Table | Failure {
  const spreadsheet = retried(() => SpreadsheetApp.getActiveSpreadsheet());
  const header = readHeaderRow(spreadsheet, SHEETS.invoices);
  if (header === null) {
    return {
      ok: false,
      code: 'MISSING_SHEET',
      message: `The workbook has no sheet named "${SHEETS.invoices}". Use Revoice → Set up workbook to create it.`,
    };
  }
  return new Table('invoices', { name: SHEETS.invoices, rows: [header as Cell[]] }, readColumnMapping());
}

function columnsInfo(table: Table, chosen: string[] | null): AccountingColumns {
  return {
    headers: accountingCandidates(table),
    chosen,
    columns: accountingColumns(table, chosen).map((column) => column.header),
  };
}

/** The headers that may be chosen, the choice saved, and what a reset clears now. */
export function revoiceAccountingColumns(): AccountingColumnsResponse {
  const repairs = repairInterruptedWrites();
  if ('ok' in repairs) return repairs;
  try {
    const table = invoicesHeader();
    return table instanceof Table ? { ok: true, ...columnsInfo(table, readAccountingColumns()), ...repairs } : table;
  } catch (error) {
    return asFailure(error);
  }
}

const badRequest = (message: string): Failure => ({ ok: false, code: 'BAD_REQUEST', message });

/**
 * Remembers the accounting columns: header texts of Invoices' row 1 that hold none of Revoice's
 * columns (spelt as row 1 spells them). An empty list forgets the choice: the usual names apply.
 */
export function revoiceSaveAccountingColumns(input: unknown): AccountingColumnsResponse {
  if (!Array.isArray(input) || input.some((header) => typeof header !== 'string'))
    return badRequest('Send the accounting columns as a list of Invoices headers.');
  if (input.length > MAX_ACCOUNTING_COLUMNS)
    return badRequest(`Choose at most ${MAX_ACCOUNTING_COLUMNS} accounting columns.`);
  const repairs = repairInterruptedWrites();
  if ('ok' in repairs) return repairs;
  try {
    return withDocumentLock((): AccountingColumnsResponse => {
      const table = invoicesHeader();
      if (!(table instanceof Table)) return table;
      const candidates = accountingCandidates(table);
      const chosen: string[] = [];
      for (const header of input as string[]) {
        const found = candidates.find((candidate) => textKey(candidate) === textKey(header));
        if (found === undefined) {
          return badRequest(
            table.has(header)
              ? `"${header.trim()}" holds a column Revoice reads or writes; it can't be an accounting column.`
              : `Sheet "${SHEETS.invoices}" has no column headed "${header.trim()}" in row 1.`,
          );
        }
        if (!chosen.includes(found)) chosen.push(found);
      }
      saveAccountingColumns(chosen);
      return { ok: true, ...columnsInfo(table, chosen.length ? chosen : null) };
    });
  } catch (error) {
    return asFailure(error);
  }
}
