/**
 * Part of invariants 4 and 8: a date or an amount Revoice writes shows as one. A cell whose number
 * format hides its value (a date serial shown as "45956", an amount shown as "1899-12-30") is read
 * as what it stores by read-back.ts, so the other checks still see its value; this reports it.
 */
import { State, Table } from './read-back';
import { Report, StepContext } from './step-context';

function previousRaw(state: State, table: Table, row: number, key: string): string {
  const before = state.tables[table.name]?.rows.find((r) => r.row === row);
  return JSON.stringify(before?.raw[key] ?? null);
}

export function checkShown(report: Report, ctx: StepContext): void {
  for (const table of Object.values(ctx.after.tables)) {
    if (!table) continue;
    for (const row of table.rows) {
      for (const [key, shows] of Object.entries(row.odd)) {
        if (previousRaw(ctx.before, table, row.row, key) === JSON.stringify(row.raw[key] ?? null)) continue;
        const date = /^-?\d/.test(shows) && !/^\d{4}-\d{2}-\d{2}/.test(shows);
        report.add(
          date ? 'I8' : 'I4',
          date ? 'date written shows as a number' : 'amount written shows as a date',
          `${table.name} row ${row.row} ${key}: holds ${JSON.stringify(row.raw[key])}, shows "${shows}" (means ${row.shown[key]})`,
        );
      }
    }
  }
}
