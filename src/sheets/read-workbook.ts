import { Cell, RawWorkbook, SCHEMAS, SHEETS, SheetKey, resolveColumns } from '../engine';
import type { ColumnMapping } from '../shared/columns';
import { linkLabel } from './links';
import { toCell } from './zone';
import { retried } from './passing-errors';
import type { SheetState } from './sheet-state';
import { readAuditRows } from './read-audit-rows';

export type { SheetState } from './sheet-state';

export interface ReadResult {
  raw: RawWorkbook;
  states: Partial<Record<SheetKey, SheetState>>;
}

function filled(value: unknown): boolean {
  return value !== '' && value !== null && value !== undefined;
}

/**
 * Where the table ends: the last row with a value in its key column. A checkbox column (FALSE
 * down to row 1000) or per-row formulas below the data make the data range reach far below
 * the last invoice; those rows are not data. Without a key column, every row counts.
 */
export function lastTableRow(key: SheetKey, values: unknown[][], mapping: ColumnMapping): number {
  const columns = resolveColumns(key, values[0] ?? [], mapping);
  const column = SCHEMAS[key].keys.map((name) => columns.get(name)).find((i) => i !== undefined);
  if (column === undefined) return values.length;
  for (let r = values.length - 1; r > 0; r--) if (filled(values[r][column])) return r + 1;
  return Math.min(values.length, 1);
}

/** The engine's view of a row: Revoice's link formulas read as the ID they name, even when broken. */
function engineRow(values: unknown[], formulas: string[] | undefined, timeZone: string): Cell[] {
  return values.map((value, c): Cell => {
    const label = formulas?.[c] ? linkLabel(formulas[c]) : null;
    return label !== null ? label : toCell(value, timeZone);
  });
}

/** Reads each named sheet once (plus formulas for the sheets whose cells this call may write). */
export function readWorkbook(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  keys: SheetKey[],
  timeZone: string,
  withFormulas: SheetKey[],
  mapping: ColumnMapping,
  requestKey: string | null = null,
): ReadResult {
  const raw: RawWorkbook = {};
  const states: Partial<Record<SheetKey, SheetState>> = {};
  for (const key of keys) {
    const name = SHEETS[key];
    const sheet = retried(() => spreadsheet.getSheetByName(name));
    if (!sheet) continue;
    if (key === 'audit') {
      const audit = readAuditRows(sheet, requestKey, timeZone, mapping);
      states.audit = audit.state;
      raw[name] = audit.raw;
      continue;
    }
    const range = retried(() => sheet.getDataRange());
    const values = retried(() => range.getValues());
    const formulas = withFormulas.includes(key) ? retried(() => range.getFormulas()) : null;
    const lastRow = lastTableRow(key, values, mapping);
    states[key] = { key, name, sheet, values, formulas, lastRow };
    raw[name] = { name, rows: values.slice(0, lastRow).map((row, r) => engineRow(row, formulas?.[r], timeZone)) };
  }
  return { raw, states };
}
