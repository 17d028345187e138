/**
 * What each column of a sheet lets Revoice write, learnt from the sheet itself: Plain-text
 * columns take text verbatim, date columns keep their format, a column filled by an
 * ARRAYFORMULA is never written (a value in its spill range breaks it: #REF!), and a column
 * the workbook computes row by row gets that same formula, filled down, on a new row — except
 * the table's key column (Invoice ID): a new invoice's ID is Revoice's to give, never a formula's.
 */
import { CellUpdate, NewRow, SHEETS, columnLetter, fail, resolveColumns } from '../engine';
import type { ColumnMapping } from '../shared/columns';
import { isDateFormat, isEmptyOut } from './cell-values';
import { isOwnLink } from './links';
import { SheetState, keyColumnOf } from './read-workbook';
import { retried } from './passing-errors';

export interface ColumnRoles {
  /** 0-based columns formatted as Plain text (@). */
  plainText: Set<number>;
  /** 0-based columns whose cells already show dates. */
  dated: Set<number>;
  /** 0-based columns an ARRAYFORMULA fills. */
  arrayFilled: Set<number>;
  /** 0-based column → the formula a data row computes (copied down to new rows). */
  perRow: Map<number, string>;
  /** The row those formulas were read on: the last data row, or another already read. */
  perRowSource: number;
}

/** A formula Revoice must not replace: any but its own links. */
export function isForeignFormula(formula: string | undefined): formula is string {
  return !!formula && !isOwnLink(formula);
}

/** What the formulas already read tell about each column: array-filled ones, per-row ones. */
function formulaRoles(state: SheetState, width: number, mapping: ColumnMapping) {
  const arrayFilled = new Set<number>(state.arrayColumns);
  const perRow = new Map<number, string>();
  const formulas = state.formulas ?? [];
  formulas.forEach((row) => {
    row.forEach((formula, c) => {
      if (/\bARRAYFORMULA\s*\(/i.test(formula)) arrayFilled.add(c);
    });
  });
  const key = keyColumnOf(state.key, state.values[0] ?? [], mapping);
  const source = state.lastRow;
  const last = source > 1 ? (formulas[source - 1] ?? []) : [];
  last.forEach((formula, c) => {
    if (c < width && c !== key && isForeignFormula(formula) && !arrayFilled.has(c)) perRow.set(c, formula);
  });
  return { arrayFilled, perRow, perRowSource: source };
}

/**
 * One read of formats, on the rows new rows would take (the first carries each column's format),
 * kept on the state for placing the append's cells: no second read of the same formats.
 */
export function columnRoles(state: SheetState, width: number, mapping: ColumnMapping, appending = 1): ColumnRoles {
  const roles: ColumnRoles = { plainText: new Set(), dated: new Set(), ...formulaRoles(state, width, mapping) };
  const sheet = state.sheet;
  if (width === 0 || !sheet) return roles;
  const maxRows = retried(() => sheet.getMaxRows());
  const first = Math.min(state.lastRow + 1, maxRows);
  const last = Math.min(state.lastRow + Math.max(appending, 1), maxRows);
  // Columns this call is about to add do not exist yet: they will have no format of their own.
  const existing = Math.min(
    width,
    retried(() => sheet.getMaxColumns()),
  );
  const formats = retried(() => sheet.getRange(first, 1, last - first + 1, existing).getNumberFormats());
  state.formats = [];
  formats.forEach((row, i) => ((state.formats as string[][])[first - 1 + i] = row));
  (formats[0] ?? []).forEach((format, c) => {
    if (format === '@') roles.plainText.add(c);
    else if (isDateFormat(format)) roles.dated.add(c);
  });
  return roles;
}

/**
 * Refuses, before anything is written, a plan whose record a formula would swallow: a voided
 * invoice's Status, Voided At or Void Reason on a cell holding the bookkeeper's formula (or in
 * an ARRAYFORMULA's column), or a new row's ID where a formula waits. Revoice never overwrites
 * a formula, and skipping such a cell would report a void the sheet does not show.
 */
export function refuseSwallowedWrites(
  state: SheetState,
  updates: CellUpdate[],
  rows: NewRow[],
  mapping: ColumnMapping,
): void {
  const columns = resolveColumns(state.key, state.values[0] ?? [], mapping);
  const { arrayFilled } = formulaRoles(state, 0, mapping);
  const idColumn = columns.get('Invoice ID');
  const blocked = (row: number, c: number): string | null => {
    if (arrayFilled.has(c)) return 'is filled by an ARRAYFORMULA';
    const formula = state.formulas?.[row - 1]?.[c];
    return isForeignFormula(formula) ? `holds a formula (${formula})` : null;
  };
  const refuse = (row: number, c: number, what: string, why: string): never =>
    fail(
      'WRITE_FAILED',
      `${SHEETS[state.key]}!${columnLetter(c)}${row}, ${what}, ${why}; Revoice never overwrites a formula, ` +
        'so it cannot record this. Put a value there instead of the formula, then apply again. Nothing was changed.',
    );
  for (const { row, column, value, optional } of updates) {
    const c = columns.get(column);
    // An optional update is simply not written over a formula (the writer skips it there).
    if (c === undefined || isEmptyOut(value) || optional) continue;
    const why = blocked(row, c);
    const id = idColumn === undefined ? '' : ` of ${String(state.values[row - 1]?.[idColumn] ?? '')}`;
    if (why) refuse(row, c, `the ${column}${id}`, why);
  }
  const key = keyColumnOf(state.key, state.values[0] ?? [], mapping);
  if (key === undefined) return;
  const keyName = [...columns].find(([, c]) => c === key)?.[0] ?? '';
  rows.forEach((values, i) => {
    const row = Math.max(state.lastRow, 1) + 1 + i;
    const why = isEmptyOut(values[keyName] ?? null) ? null : blocked(row, key);
    if (why) refuse(row, key, `the ${keyName} of the new row ${String(values[keyName])}`, why);
  });
}
