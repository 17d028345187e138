import type { OutValue } from './cells';
import type { SheetKey } from './schema';

/** One cell to overwrite on an existing row (1-based sheet row, column by header name). */
export interface CellUpdate {
  row: number;
  column: string;
  value: OutValue;
  /**
   * Written only where the cell holds a value; a formula there is left to compute it (SPEC §1,
   * §3: apply-credit's Paid/Balance/Status, a draft's totals, a reset's cells). Without it the
   * update is a record that must show (a void's Status): a formula there refuses the apply.
   */
  optional?: true;
}

/** A row to append, by header name; columns it doesn't name stay empty. */
export type NewRow = Record<string, OutValue>;

/**
 * Everything one call will write. The sheets layer applies it in batched writes:
 * one append per sheet, one write per run of adjacent updated rows.
 */
export interface Plan {
  updates: Partial<Record<SheetKey, CellUpdate[]>>;
  appends: Partial<Record<SheetKey, NewRow[]>>;
  /** Rows to delete (1-based): only a draft's own lines, when it is rebuilt in place (SPEC §3). */
  deletions?: Partial<Record<SheetKey, number[]>>;
}

export function emptyPlan(): Plan {
  return { updates: {}, appends: {} };
}

export function addUpdates(
  plan: Plan,
  sheet: SheetKey,
  row: number,
  values: Record<string, OutValue>,
  options: { optional?: true } = {},
): void {
  const list = (plan.updates[sheet] ??= []);
  for (const [column, value] of Object.entries(values)) list.push({ row, column, value, ...options });
}

export function addRows(plan: Plan, sheet: SheetKey, rows: NewRow[]): void {
  if (rows.length) (plan.appends[sheet] ??= []).push(...rows);
}

export function addDeletions(plan: Plan, sheet: SheetKey, rows: number[]): void {
  if (rows.length) ((plan.deletions ??= {})[sheet] ??= []).push(...rows);
}

export function mergePlans(target: Plan, source: Plan): void {
  for (const [sheet, rows] of Object.entries(source.deletions ?? {}) as [SheetKey, number[]][]) {
    addDeletions(target, sheet, rows);
  }
  for (const [sheet, updates] of Object.entries(source.updates) as [SheetKey, CellUpdate[]][]) {
    (target.updates[sheet] ??= []).push(...updates);
  }
  for (const [sheet, rows] of Object.entries(source.appends) as [SheetKey, NewRow[]][]) addRows(target, sheet, rows);
}

export function isEmptyPlan(plan: Plan): boolean {
  return (
    !Object.values(plan.updates).some((list) => list?.length) &&
    !Object.values(plan.appends).some((list) => list?.length) &&
    !Object.values(plan.deletions ?? {}).some((list) => list?.length)
  );
}
