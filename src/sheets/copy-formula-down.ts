/**
 * A per-row formula copied to a new row, as Sheets does when a formula is filled down:
 * relative row numbers move by the distance, absolute ones ($5) and whole columns (A:A) stay.
 * Quoted strings are left alone.
 */
const REFERENCE = /(?<![A-Za-z0-9_.$])(\$?[A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

export function copyFormulaDown(formula: string, rows: number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((piece, i) =>
      i % 2 === 1
        ? piece
        : piece.replace(REFERENCE, (match, column: string, dollar: string, row: string) =>
            dollar ? match : `${column}${Number(row) + rows}`,
          ),
    )
    .join('');
}
