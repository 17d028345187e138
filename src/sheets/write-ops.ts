/**
 * Every write a call makes, laid out before the first one, with what it overwrites: so the
 * whole list can be recorded first (write-ahead), written again after a passing error, and
 * undone after a failure or a killed execution. Sheets are named, not held, so a list read
 * back from the journal in a later execution still applies.
 */

import type { DeleteRowsOp } from './delete-rows';

export type WriteOp =
  /** A sheet Revoice creates on first use (Audit Log, Credit Notes). */
  | { kind: 'createSheet'; sheet: string }
  /** Rows (or columns) added at the end, because getRange past the last one throws. */
  | { kind: 'insertRows' | 'insertColumns'; sheet: string; before: number; count: number }
  | CellsOp
  | CellListOp
  | ColumnFormatOp
  | DeleteRowsOp;

/**
 * A number format set down a column below its header (a date column Set up workbook adds, so
 * that no apply has to format its cells again), with the formats it replaced, in runs: absent
 * when the cells are new with this call (their column or sheet goes on undo).
 */
export interface ColumnFormatOp {
  kind: 'columnFormat';
  sheet: string;
  column: number;
  row: number;
  count: number;
  format: string;
  previous?: { format: string; count: number }[];
}

/**
 * One value written to cells scattered down a column (Status "voided" on the rows being voided),
 * in one call whatever their number (a RangeList), so scattered invoices cost what adjacent do.
 */
export interface CellListOp {
  kind: 'cellList';
  sheet: string;
  a1s: string[];
  value: unknown;
  /** What the cells held, by value: one RangeList each puts them back. */
  previous: { a1s: string[]; value: unknown }[];
  update: true;
}

export interface CellsOp {
  kind: 'cells';
  sheet: string;
  row: number;
  column: number;
  /** The block's size, kept with the undo half. */
  height: number;
  width: number;
  values: unknown[][];
  /** Number formats to set first (what a cell makes of input depends on its format). */
  formats?: string[][];
  /** What the block held, as setValues must be given it to come back; absent when all empty. */
  previous?: unknown[][];
  previousFormats?: string[][];
  /** An update of an existing row (written last: the original changes only once the rest is in). */
  update?: boolean;
}

/** The undo half of an op: what the journal records. Values to write are not needed to undo. */
export type UndoOp =
  Exclude<WriteOp, CellsOp | CellListOp> | Omit<CellsOp, 'values' | 'formats'> | Omit<CellListOp, 'value'>;

function allEmpty(grid: unknown[][]): boolean {
  return grid.every((line) => line.every((cell) => cell === '' || cell === null || cell === undefined));
}

export function cellsOp(args: Omit<CellsOp, 'kind' | 'height' | 'width'>): CellsOp {
  const op: CellsOp = { kind: 'cells', height: args.values.length, width: args.values[0]?.length ?? 0, ...args };
  if (op.previous && allEmpty(op.previous)) delete op.previous;
  return op;
}

/**
 * The order writes go in: sheets and room first, then headers and new rows, and the originals'
 * own cells (Status voided, links) last — so an execution stopped midway has changed nothing a
 * bookkeeper would take for an applied change, and the journal undoes the rest.
 */
export function inWriteOrder(ops: WriteOp[]): WriteOp[] {
  // A draft's old lines go last (every other write is placed as the sheet was), and so, once one
  // is deleted, every other write has landed; undone first, they come back before anything else.
  const rank = (op: WriteOp) =>
    op.kind === 'createSheet'
      ? 0
      : op.kind === 'deleteRows'
        ? 4
        : op.kind === 'columnFormat'
          ? 2
          : op.kind !== 'cells'
            ? 1
            : op.update
              ? 3
              : 2;
  return ops
    .map((op, i) => ({ op, i }))
    .sort((a, b) => rank(a.op) - rank(b.op) || a.i - b.i)
    .map(({ op }) => op);
}

export function undoOf(op: WriteOp): UndoOp {
  if (op.kind === 'cellList') {
    const { value: _value, ...undo } = op;
    return undo;
  }
  if (op.kind !== 'cells') return op;
  const { values: _values, formats: _formats, ...undo } = op;
  return undo;
}

export function cellsWritten(ops: readonly WriteOp[]): number {
  return ops.reduce(
    (n, op) =>
      n +
      (op.kind === 'cells'
        ? op.height * op.width
        : op.kind === 'cellList'
          ? op.a1s.length
          : op.kind === 'columnFormat'
            ? op.count
            : 0),
    0,
  );
}
