/**
 * Part of invariant 3 (SPEC §1 "Formulas"): on a row Revoice appends, a column the workbook
 * computes row by row (its last row before the call holds a formula) gets that same formula,
 * relative to the new row, instead of a value. Existing formulas never change: check-cells.ts.
 */
import { SHEET, headerKey, rawOf } from './read-back';
import { Report, StepContext } from './step-context';

/** Revoice's own link columns, and each table's key column, which a new row gets from Revoice. */
const OWN = new Set(['regenerated from', 'regenerated as', 'invoice id']);

/** A formula with its row numbers taken relative to `row`: "=J5+K5" on row 5 is "=JR[0]+KR[0]". */
function relative(formula: string, row: number): string {
  return formula.replace(/(\$?[A-Z]{1,3})(\$?)(\d+)\b/g, (all, col: string, fixed: string, n: string) =>
    fixed ? all : `${col}R[${Number(n) - row}]`,
  );
}

export function checkFormulasDown(report: Report, ctx: StepContext): void {
  for (const name of [SHEET.invoices, SHEET.lines, SHEET.payments]) {
    const rows = ctx.before.tables[name]?.rows ?? [];
    const last = rows[rows.length - 1];
    const table = ctx.after.tables[name];
    if (!last || !table) continue;
    for (const column of table.header) {
      const formula = rawOf(last, column)?.formula;
      if (!formula || OWN.has(headerKey(column))) continue;
      for (const row of table.rows.filter((r) => r.row > (ctx.before.grids[name]?.length ?? 1))) {
        const written = rawOf(row, column)?.formula;
        report.check(
          !!written && relative(written, row.row) === relative(formula, last.row),
          'I3',
          `per-row formula not copied down: ${name} ${column}`,
          () =>
            `${name} row ${row.row} ${column} holds ${JSON.stringify(rawOf(row, column))}; row ${last.row} has ${formula}`,
        );
      }
    }
  }
}
