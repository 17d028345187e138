import { Cell, RawSheet, cellRef, isBlank } from './cells';
import { fail } from './errors';
import { textKey } from '../../shared/text-key';

/** Headers match case-insensitively, trimmed, with inner spaces collapsed. */
export const normalizeHeader = textKey;

export interface Row {
  /** 1-based sheet row. */
  row: number;
  cells: Cell[];
}

/** A sheet parsed by header: find columns by name, whatever their order. */
export class Table {
  readonly header: string[];
  readonly rows: Row[];
  private readonly index = new Map<string, number>();

  constructor(readonly name: string, raw: RawSheet) {
    const [header = [], ...body] = raw.rows;
    this.header = header.map((cell) => String(cell ?? ''));
    this.header.forEach((text, i) => {
      const key = normalizeHeader(text);
      if (key && !this.index.has(key)) this.index.set(key, i);
    });
    this.rows = body
      .map((cells, i) => ({ row: i + 2, cells }))
      .filter((row) => row.cells.some((cell) => !isBlank(cell)));
  }

  has(column: string): boolean {
    return this.index.has(normalizeHeader(column));
  }

  columnIndex(column: string): number | undefined {
    return this.index.get(normalizeHeader(column));
  }

  /** The cell, or null when the column is absent (optional columns). */
  get(row: Row, column: string): Cell {
    const i = this.columnIndex(column);
    return i === undefined ? null : row.cells[i] ?? null;
  }

  /** "Sheet!C7" for a column of a row (the header text when the column is absent). */
  ref(row: Row, column: string): string {
    const i = this.columnIndex(column);
    return i === undefined ? `${this.name}!${column}${row.row}` : cellRef(this.name, row.row, i);
  }

  requireColumns(columns: readonly string[]): void {
    const missing = columns.filter((column) => !this.has(column));
    if (missing.length) {
      fail('MISSING_COLUMN', `Sheet "${this.name}" has no column ${missing.map((m) => `"${m}"`).join(', ')} in row 1.`);
    }
  }
}
