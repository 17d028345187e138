/** A1 notation: column letters, cell and range addresses. */

/** A rectangle of cells, 1-based and inclusive of its first row/column. */
export interface Rect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export function columnLetters(col: number): string {
  let out = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellA1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

export function rectA1(r: Rect): string {
  const start = cellA1(r.row, r.col);
  return r.numRows === 1 && r.numCols === 1
    ? start
    : `${start}:${cellA1(r.row + r.numRows - 1, r.col + r.numCols - 1)}`;
}

/** Splits "'My Sheet'!A1:B2" into sheet name (or null) and the address part. */
export function splitSheetPrefix(notation: string): { sheet: string | null; address: string } {
  const bang = notation.lastIndexOf('!');
  if (bang < 0) return { sheet: null, address: notation };
  let sheet = notation.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: notation.slice(bang + 1) };
}

interface Corner {
  col: number | null;
  row: number | null;
}

function corner(text: string): Corner | null {
  const m = /^\$?([A-Za-z]*)\$?(\d*)$/.exec(text);
  if (!m || (!m[1] && !m[2])) return null;
  return { col: m[1] ? columnNumber(m[1]) : null, row: m[2] ? Number(m[2]) : null };
}

/**
 * Parses "B3", "A2:C4", "A:C" (whole columns), "2:5" (whole rows) or "A2:C" (open-ended down)
 * against a sheet's size. Returns null when the text is not A1 notation.
 */
export function parseA1(address: string, maxRows: number, maxCols: number): Rect | null {
  const parts = address.trim().split(':');
  if (parts.length > 2) return null;
  const a = corner(parts[0]);
  const b = parts.length === 2 ? corner(parts[1]) : a;
  if (!a || !b) return null;
  if (parts.length === 1 && (a.col === null || a.row === null)) return null;
  const row1 = a.row ?? 1;
  const col1 = a.col ?? 1;
  const row2 = b.row ?? (a.row === null || b.col !== null ? maxRows : row1);
  const col2 = b.col ?? maxCols;
  if ((a.col === null) !== (b.col === null)) return null;
  const top = Math.min(row1, row2);
  const left = Math.min(col1, col2);
  return { row: top, col: left, numRows: Math.abs(row2 - row1) + 1, numCols: Math.abs(col2 - col1) + 1 };
}
