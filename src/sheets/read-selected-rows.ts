/**
 * The rows selected in the Invoices sheet, read on their own: the header row and one read per
 * selected block, cut to the sheet's last row — never the whole sheet (cost follows the work).
 */
import { Cell, RawWorkbook, SHEETS } from '../engine';
import { retried } from './passing-errors';
import type { WorkbookSession } from './workbook-session';
import { toCell } from './zone';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function readSelectedRows(session: WorkbookSession, sheet: Sheet): RawWorkbook {
  const lastRow = retried(() => sheet.getLastRow());
  const width = retried(() => sheet.getLastColumn());
  if (width === 0) return {};
  const ranges = retried(() => session.spreadsheet.getActiveRangeList()?.getRanges() ?? []);
  const toCells = (row: unknown[]): Cell[] => row.map((value) => toCell(value, session.timeZone));
  const header = toCells(retried(() => sheet.getRange(1, 1, 1, width).getValues())[0]);
  const rows: Cell[][] = [header];
  const rowNumbers: number[] = [];
  const seen = new Set<number>();
  for (const range of ranges) {
    const first = Math.max(range.getRow(), 2);
    const last = Math.min(range.getRow() + range.getNumRows() - 1, lastRow);
    if (last < first) continue;
    const block = retried(() => sheet.getRange(first, 1, last - first + 1, width).getValues());
    block.forEach((row, i) => {
      if (seen.has(first + i)) return; // blocks may overlap (Ctrl-click twice)
      seen.add(first + i);
      rows.push(toCells(row));
      rowNumbers.push(first + i);
    });
  }
  return { [SHEETS.invoices]: { name: SHEETS.invoices, rows, rowNumbers } };
}
