import type { ColumnMapping } from '../../shared/columns';
import type { DecimalMark } from '../../shared/decimal-mark';
import { textKey } from '../../shared/text-key';
import { Cell, RawSheet, cellRef, isBlank } from './cells';
import { columnPositions, lookedFor } from './columns';
import { fail } from './errors';
import { SHEETS, SheetKey } from './schema';

/** Headers match case-insensitively, trimmed, with inner spaces collapsed. */
export const normalizeHeader = textKey;

export interface Row {
  /** 1-based sheet row. */
  row: number;
  cells: Cell[];
}

/**
 * A sheet parsed by header: find columns by their canonical name, whatever their order and
 * whether row 1 holds that name, an alias or the header the column mapping chose.
 */
export class Table {
  readonly name: string;
  readonly header: string[];
  readonly rows: Row[];
  /** Canonical column key → index; any other header by its own text. */
  private readonly index: Map<string, number>;
  private readonly computed: RawSheet['computed'];

  constructor(
    readonly key: SheetKey,
    raw: RawSheet,
    private readonly mapping?: ColumnMapping,
    /** How number text in its cells is read: the spreadsheet's locale's decimal mark. */
    readonly decimalMark: DecimalMark = '.',
  ) {
    this.name = SHEETS[key];
    const [header = [], ...body] = raw.rows;
    this.header = header.map((cell) => String(cell ?? ''));
    this.index = columnPositions(key, this.header, mapping);
    this.computed = raw.computed;
    this.rows = body
      .map((cells, i) => ({ row: raw.rowNumbers?.[i] ?? i + 2, cells }))
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
    return i === undefined ? null : (row.cells[i] ?? null);
  }

  /** Whether the workbook computes this cell (a formula of its own, an ARRAYFORMULA's column), as far as was read. */
  computes(row: Row, columnIndex: number): boolean {
    return (
      !!this.computed &&
      (this.computed.columns.has(columnIndex) || this.computed.cells.has(`${row.row}:${columnIndex}`))
    );
  }

  /** "Sheet!C7" for a column of a row (the header text when the column is absent). */
  ref(row: Row, column: string): string {
    const i = this.columnIndex(column);
    return i === undefined ? `${this.name}!${column}${row.row}` : cellRef(this.name, row.row, i);
  }

  /** MISSING_COLUMN naming the sheet, each missing column and what was looked for instead. */
  requireColumns(columns: readonly string[]): void {
    const missing = columns.filter((column) => !this.has(column));
    if (missing.length) {
      const [first, ...rest] = missing.map((column) => `"${column}"${lookedFor(this.key, column, this.mapping)}`);
      fail(
        'MISSING_COLUMN',
        `Sheet "${this.name}" has no column ${first} in row 1${rest.map((more) => `; nor ${more}`).join('')}.`,
      );
    }
  }
}
