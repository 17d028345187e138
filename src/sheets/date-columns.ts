/**
 * The date columns of each sheet, and the format Set up workbook gives the cells below a date
 * column it adds: an apply then writes its dates into a column that already shows dates, with
 * no format to read or set (cost follows the work), and the bookkeeper sees dates, not serials.
 */
import { SheetKey, normalizeHeader } from '../engine';
import { DATE_FORMAT, DATE_TIME_FORMAT } from './cell-values';
import { retried } from './passing-errors';
import type { SheetState } from './sheet-state';
import type { ColumnFormatOp } from './write-ops';

const DATE_COLUMNS: Partial<Record<SheetKey, Record<string, string>>> = {
  invoices: {
    'Period Start': DATE_FORMAT,
    'Period End': DATE_FORMAT,
    'Issue Date': DATE_FORMAT,
    'Due Date': DATE_FORMAT,
    'Voided At': DATE_TIME_FORMAT,
  },
  schedule: { 'Effective From': DATE_FORMAT, 'Effective To': DATE_FORMAT },
  closures: { Date: DATE_FORMAT },
  payments: { Date: DATE_FORMAT },
  creditNotes: { Date: DATE_FORMAT },
  audit: { Timestamp: DATE_TIME_FORMAT },
};

/** Runs of equal formats down a column, for putting them back in few calls. */
function runsOf(formats: string[]): { format: string; count: number }[] {
  const runs: { format: string; count: number }[] = [];
  for (const format of formats) {
    const last = runs[runs.length - 1];
    if (last && last.format === format) last.count++;
    else runs.push({ format, count: 1 });
  }
  return runs;
}

/** Formats the cells below the date columns just added (`added`: header → 0-based column). */
export function formatAddedDateColumns(
  state: SheetState,
  added: Map<string, number>,
  newSheetRows: number,
): ColumnFormatOp[] {
  const formats = DATE_COLUMNS[state.key] ?? {};
  const sheet = state.sheet;
  const rows = sheet ? retried(() => sheet.getMaxRows()) : newSheetRows;
  const columns = sheet ? retried(() => sheet.getMaxColumns()) : 0;
  if (rows < 2) return [];
  const ops: ColumnFormatOp[] = [];
  for (const [header, column] of added) {
    const format = Object.entries(formats).find(([name]) => normalizeHeader(name) === normalizeHeader(header))?.[1];
    if (!format) continue;
    const op: ColumnFormatOp = {
      kind: 'columnFormat',
      sheet: state.name,
      column: column + 1,
      row: 2,
      count: rows - 1,
      format,
    };
    // Cells that exist already keep what they had, to put back; inserted ones go on undo.
    if (sheet && column < columns) {
      const previous = retried(() => sheet.getRange(2, column + 1, rows - 1, 1).getNumberFormats());
      op.previous = runsOf(previous.map((line) => line[0]));
    }
    ops.push(op);
  }
  return ops;
}
