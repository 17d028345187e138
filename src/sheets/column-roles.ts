/**
 * What each column of a sheet lets Revoice write, learnt from the sheet itself: Plain-text
 * columns take text verbatim, date columns keep their format, a column filled by an
 * ARRAYFORMULA is never written (a value in its spill range breaks it: #REF!), and a column
 * the workbook computes row by row gets that same formula, filled down, on a new row.
 */
import { isDateFormat } from './cell-values';
import { isOwnLink } from './links';
import type { SheetState } from './read-workbook';

export interface ColumnRoles {
  /** 0-based columns formatted as Plain text (@). */
  plainText: Set<number>;
  /** 0-based columns whose cells already show dates. */
  dated: Set<number>;
  /** 0-based columns an ARRAYFORMULA fills. */
  arrayFilled: Set<number>;
  /** 0-based column → the formula its last data row computes (copied down to new rows). */
  perRow: Map<number, string>;
}

/** A formula Revoice must not replace: any but its own links. */
export function isForeignFormula(formula: string | undefined): formula is string {
  return !!formula && !isOwnLink(formula);
}

/** One read of formats, on the row a new row would take (it carries the column's format). */
export function columnRoles(state: SheetState, width: number): ColumnRoles {
  const roles: ColumnRoles = { plainText: new Set(), dated: new Set(), arrayFilled: new Set(), perRow: new Map() };
  if (width === 0) return roles;
  const sheet = state.sheet;
  const sampleRow = Math.min(state.lastRow + 1, sheet.getMaxRows());
  const formats = sheet.getRange(sampleRow, 1, 1, width).getNumberFormats()[0] ?? [];
  formats.forEach((format, c) => {
    if (format === '@') roles.plainText.add(c);
    else if (isDateFormat(format)) roles.dated.add(c);
  });
  const formulas = state.formulas ?? [];
  for (const row of formulas) {
    row.forEach((formula, c) => {
      if (/\bARRAYFORMULA\s*\(/i.test(formula)) roles.arrayFilled.add(c);
    });
  }
  const last = state.lastRow > 1 ? (formulas[state.lastRow - 1] ?? []) : [];
  last.forEach((formula, c) => {
    if (c < width && isForeignFormula(formula) && !roles.arrayFilled.has(c)) roles.perRow.set(c, formula);
  });
  return roles;
}
