/**
 * The Audit Log is only ever appended to and grows with every apply, so it is never read whole:
 * an apply needs just the rows of its own request key (to answer a repeat from them), found with
 * a whole-cell TextFinder search on the Request Key column, plus the header and the last row's
 * position (where the next rows go).
 * https://developers.google.com/apps-script/reference/spreadsheet/text-finder
 */
import { Cell, RawSheet, SHEETS, resolveColumns } from '../engine';
import type { ColumnMapping } from '../shared/columns';
import { retried } from './passing-errors';
import type { SheetState } from './sheet-state';
import { toCell } from './zone';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function readAuditRows(
  sheet: Sheet,
  requestKey: string | null,
  timeZone: string,
  mapping: ColumnMapping,
): { state: SheetState; raw: RawSheet } {
  const name = SHEETS.audit;
  const lastRow = retried(() => sheet.getLastRow());
  const width = retried(() => sheet.getLastColumn());
  const header = width > 0 ? retried(() => sheet.getRange(1, 1, 1, width).getValues())[0] : [];
  const state: SheetState = {
    key: 'audit',
    name,
    sheet,
    values: [header],
    formulas: null,
    lastRow: Math.max(lastRow, 1),
  };
  const toCells = (row: unknown[]): Cell[] => row.map((value) => toCell(value, timeZone));
  const raw: RawSheet = { name, rows: [toCells(header)], rowNumbers: [] };
  const keyColumn = resolveColumns('audit', header, mapping).get('Request Key');
  if (!requestKey || keyColumn === undefined || lastRow < 2) return { state, raw };
  const found = retried(() =>
    sheet
      .getRange(2, keyColumn + 1, lastRow - 1, 1)
      .createTextFinder(requestKey)
      .matchCase(true)
      .matchEntireCell(true)
      .findAll(),
  );
  // A request's rows were appended together: one read per run of adjacent rows.
  const rows = [...new Set(found.map((cell) => cell.getRow()))].sort((a, b) => a - b);
  for (let i = 0; i < rows.length;) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    const block = retried(() => sheet.getRange(rows[i], 1, rows[j] - rows[i] + 1, width).getValues());
    block.forEach((row, k) => {
      raw.rows.push(toCells(row));
      raw.rowNumbers?.push(rows[i] + k);
    });
    i = j + 1;
  }
  return { state, raw };
}
