/**
 * reset-accounting (SPEC §3; Pigeonhole's "Recreate Accounting Invoice"): the invoice's link to
 * the accounting software is cleared, so that the next sync creates it afresh. Each accounting
 * cell holding a value is blanked — a ticked checkbox (Synced) is unticked rather than emptied,
 * so it stays a checkbox saying "not synced" — and what it held is returned, for the answer and
 * the Audit Log. A cell the workbook computes keeps its formula (Revoice never overwrites one):
 * it follows the cells it is computed from.
 */
import type { ClearedCell } from '../../shared/api';
import type { AccountingColumn } from '../workbook/accounting-columns';
import { Cell, OutValue, cellRef, isBlank, isDateCell } from '../workbook/cells';
import { fail } from '../workbook/errors';
import type { Invoice } from '../workbook/model';
import { Plan, addUpdates, emptyPlan } from '../workbook/plan';
import type { Row, Table } from '../workbook/table';

export interface AccountingReset {
  plan: Plan;
  cleared: ClearedCell[];
  warnings: string[];
}

/** A blank cell and an unticked checkbox hold no link. */
function holdsLink(cell: Cell): boolean {
  return !isBlank(cell) && cell !== false;
}

/** What a cell held, JSON-safe: a date as YYYY-MM-DD (with Thh:mm:ss when it has a time). */
function heldValue(cell: Cell): ClearedCell['value'] {
  if (isDateCell(cell)) return cell.time ? `${cell.date}T${cell.time}` : cell.date;
  return cell as string | number | boolean;
}

export function resetAccounting(args: {
  table: Table;
  row: Row;
  invoice: Invoice;
  columns: readonly AccountingColumn[];
}): AccountingReset {
  const { table, row, invoice, columns } = args;
  const cleared: ClearedCell[] = [];
  const values: Record<string, OutValue> = {};
  const warnings: string[] = [];
  for (const column of columns) {
    const cell = row.cells[column.index] ?? null;
    if (!holdsLink(cell)) continue;
    if (table.computes(row, column.index)) {
      const at = cellRef(table.name, row.row, column.index);
      warnings.push(
        `${column.header} of ${invoice.id} is computed by a formula (${at}): Revoice leaves it to compute.`,
      );
      continue;
    }
    cleared.push({ column: column.header, value: heldValue(cell) });
    values[column.name] = cell === true ? false : '';
  }
  if (!cleared.length) {
    const names = columns.map((column) => column.header).join(', ');
    fail(
      'NOTHING_TO_CLEAR',
      `${invoice.id} has no accounting link to clear: its accounting columns (${names}) are blank` +
        `${warnings.length ? ' or computed by formulas' : ''}.`,
    );
  }
  warnings.push(
    `If ${invoice.id} still exists in your accounting software, the next sync creates it again as a duplicate: ` +
      'void or delete it there first.',
  );
  const plan = emptyPlan();
  addUpdates(plan, 'invoices', row.row, values, { optional: true });
  return { plan, cleared, warnings };
}
