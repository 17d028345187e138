/**
 * A per-row formula copied to a new row: Sheets gives it in R1C1 notation (getFormulasR1C1),
 * where relative references (R[0]C[-3]) mean the same thing on every row; here it becomes
 * the A1 formula for one target row, to be written with setValues alongside the values.
 */

function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function part(spec: string | undefined, base: number): { index: number; absolute: boolean } {
  if (spec === undefined || spec === '') return { index: base, absolute: false };
  if (spec.startsWith('[')) return { index: base + Number(spec.slice(1, -1)), absolute: false };
  return { index: Number(spec), absolute: true };
}

const SPEC = String.raw`(\[-?\d+\]|\d+)`;
// A cell (R2C3, R[0]C[-3], RC), a column span (C3, C[-1]:C[1]) or a row span (R2, R[1]:R[3]).
const REFERENCE = new RegExp(
  String.raw`(?<![A-Za-z0-9_.])(?:R${SPEC}?C${SPEC}?|C${SPEC}(?::C${SPEC})?|R${SPEC}(?::R${SPEC})?)(?![A-Za-z0-9_(])`,
  'g',
);

function cellA1(row: string | undefined, column: string | undefined, at: { row: number; column: number }): string {
  const R = part(row, at.row);
  const C = part(column, at.column);
  return `${C.absolute ? '$' : ''}${columnLetters(C.index)}${R.absolute ? '$' : ''}${R.index}`;
}

function columnA1(spec: string, at: number): string {
  const C = part(spec, at);
  return `${C.absolute ? '$' : ''}${columnLetters(C.index)}`;
}

function rowA1(spec: string, at: number): string {
  const R = part(spec, at);
  return `${R.absolute ? '$' : ''}${R.index}`;
}

/** The R1C1 formula as A1 on `row`/`column` (1-based); quoted strings are left alone. */
export function a1FromR1C1(formula: string, row: number, column: number): string {
  const at = { row, column };
  const convert = (match: string, r?: string, c?: string, c1?: string, c2?: string, r1?: string, r2?: string): string => {
    if (c1 !== undefined) return `${columnA1(c1, column)}:${columnA1(c2 ?? c1, column)}`;
    if (r1 !== undefined) return `${rowA1(r1, row)}:${rowA1(r2 ?? r1, row)}`;
    return match.startsWith('R') ? cellA1(r, c, at) : match;
  };
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((piece, i) => (i % 2 === 1 ? piece : piece.replace(REFERENCE, convert)))
    .join('');
}
