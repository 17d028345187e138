/**
 * How the updates of existing rows become few writes whatever the rows' spread (cost follows
 * the work, not where the rows sit):
 *   - one value written down a column on many rows (Status "voided") is one RangeList write;
 *   - Revoice's own columns (Voided At, Void Reason, the links, Paid, Balance) are written as one
 *     block across the gaps between updated rows when rewriting the gap (as it is: those cells
 *     are Revoice's) costs less than another call, by the cost model of execution-time.
 * Other cells are never part of a block they are not written in: Revoice writes nothing else.
 */
import { OWNED_INVOICE_COLUMNS, columnLetter, normalizeHeader } from '../engine';
import { MS_PER_CALL, MS_PER_CELL } from './cost-model';
import { CellListOp } from './write-ops';

/** Cells to write, by sheet row, then 0-based column. */
export type Cells = Map<number, Map<number, unknown>>;

export const OWNED = new Set<string>(OWNED_INVOICE_COLUMNS.map(normalizeHeader));

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}

/** Takes out of `cells` the cells of `column` that share a value with another row: one RangeList per value. */
export function sameValueLists(
  sheet: string,
  cells: Cells,
  column: number,
  previous: (row: number) => unknown,
): CellListOp[] {
  const rows = [...cells].filter(([, line]) => line.has(column)).map(([row]) => row);
  const lists: CellListOp[] = [];
  for (const group of groupBy(rows, (row) => JSON.stringify(cells.get(row)?.get(column))).values()) {
    if (group.length < 2) continue;
    const value = cells.get(group[0])?.get(column);
    const a1 = (row: number) => `${columnLetter(column)}${row}`;
    const before = groupBy(group, (row) => JSON.stringify(previous(row)));
    lists.push({
      kind: 'cellList',
      sheet,
      a1s: group.map(a1),
      value,
      previous: [...before.values()].map((rowsHolding) => ({
        a1s: rowsHolding.map(a1),
        value: previous(rowsHolding[0]),
      })),
      update: true,
    });
    for (const row of group) cells.get(row)?.delete(column);
  }
  for (const [row, line] of [...cells]) if (!line.size) cells.delete(row);
  return lists;
}

/**
 * Joins the rows of Revoice's own columns into blocks across short gaps: a gap row gets its
 * cells as they are, so the block is one write where separate runs would be one each.
 */
export function joinAcrossGaps(cells: Cells, previous: (row: number, column: number) => unknown): void {
  const rows = [...cells.keys()].sort((a, b) => a - b);
  for (let i = 0; i < rows.length - 1; i++) {
    const columns = [
      ...new Set([...(cells.get(rows[i]) ?? new Map()).keys(), ...(cells.get(rows[i + 1]) ?? new Map()).keys()]),
    ];
    const gap = rows[i + 1] - rows[i] - 1;
    if (gap * columns.length * MS_PER_CELL >= MS_PER_CALL) continue;
    for (let row = rows[i] + 1; row < rows[i + 1]; row++) {
      const line = new Map<number, unknown>();
      for (const column of columns) line.set(column, previous(row, column));
      cells.set(row, line);
    }
  }
  // Every row of a joined block writes the same columns (a row lacking one keeps its cell as it is).
  const all = [...cells.keys()].sort((a, b) => a - b);
  let start = 0;
  for (let i = 1; i <= all.length; i++) {
    if (i < all.length && all[i] === all[i - 1] + 1) continue;
    const block = all.slice(start, i);
    const columns = new Set(block.flatMap((row) => [...(cells.get(row) ?? new Map()).keys()]));
    for (const row of block) {
      const line = cells.get(row) as Map<number, unknown>;
      for (const column of columns) if (!line.has(column)) line.set(column, previous(row, column));
    }
    start = i;
  }
}
