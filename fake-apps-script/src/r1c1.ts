/**
 * R1C1 notation for Range.getFormulasR1C1 / setFormulaR1C1 / setFormulasR1C1
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#getformular1c1 and
 * #setformular1c1formula): R2C3 is absolute, R[1]C[-3] is relative to the cell holding the
 * formula, so one R1C1 text written to many rows gives each row its own references. The fake
 * stores A1 text (what getFormulas returns) and converts at the boundary, as Sheets shows both.
 */
import { columnLetters, columnNumber, parseA1, splitSheetPrefix } from './a1';
import { lex } from './formula-parse';

const SHEET = /((?:'(?:[^']|'')*'|[A-Za-z_][\w.]*)!)?/.source;
const PART = /(\[-?\d+\]|\d+)/.source;
/** Whole columns (C[-2]:C[-2]), whole rows (R1:R3), then cells (R[0]C[-3], R2C4, RC). */
const R1C1_REF = new RegExp(
  `(^|[^\\w.$'"])${SHEET}(?:C${PART}:C${PART}|R${PART}:R${PART}|R${PART}?C${PART}?)(?![\\w([])`,
  'g',
);

function axis(part: string | undefined, here: number): { n: number; abs: boolean } {
  if (part === undefined) return { n: here, abs: false };
  if (part.startsWith('[')) return { n: here + Number(part.slice(1, -1)), abs: false };
  return { n: Number(part), abs: true };
}

/** Rewrites R1C1 references in formula text as A1 references seen from (row, col). Throws for one off the sheet. */
export function r1c1ToA1(formula: string, row: number, col: number): string {
  // Quoted text is left alone: split on string literals and rewrite only the parts between them.
  const off = () => new Error(`fake: R1C1 reference off the sheet in ${formula}`);
  const colA1 = (part: string) => {
    const c = axis(part, col);
    if (c.n < 1) throw off();
    return `${c.abs ? '$' : ''}${columnLetters(c.n)}`;
  };
  const rowA1 = (part: string) => {
    const r = axis(part, row);
    if (r.n < 1) throw off();
    return `${r.abs ? '$' : ''}${r.n}`;
  };
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((piece, k) =>
      k % 2 === 1
        ? piece
        : piece.replace(
            R1C1_REF,
            (
              _m,
              before: string,
              sheet: string | undefined,
              c1?: string,
              c2?: string,
              r1?: string,
              r2?: string,
              r?: string,
              c?: string,
            ) => {
              const prefix = `${before}${sheet ?? ''}`;
              if (c1 !== undefined) return `${prefix}${colA1(c1)}:${colA1(c2!)}`;
              if (r1 !== undefined) return `${prefix}${rowA1(r1)}:${rowA1(r2!)}`;
              return `${prefix}${colA1(c as string)}${rowA1(r as string)}`;
            },
          ),
    )
    .join('');
}

function corner(text: string, row: number, col: number): string {
  const m = /^(\$?)([A-Za-z]*)(\$?)(\d*)$/.exec(text);
  if (!m) return text;
  const rowPart = m[4] ? (m[3] ? `R${m[4]}` : `R[${Number(m[4]) - row}]`) : '';
  const colPart = m[2] ? (m[1] ? `C${columnNumber(m[2])}` : `C[${columnNumber(m[2]) - col}]`) : '';
  return rowPart + colPart;
}

/** Rewrites the A1 references of a formula as R1C1 seen from (row, col), e.g. =A2 in D2 → =R[0]C[-3]. */
export function a1ToR1C1(formula: string, row: number, col: number, locale: string): string {
  let tokens;
  try {
    tokens = lex(formula.replace(/^=/, ''), locale);
  } catch {
    return formula; // text that does not parse is returned as written
  }
  const body = tokens
    .map((t) => {
      if (t.kind !== 'ref') return t.text;
      const { address } = splitSheetPrefix(t.text);
      if (!parseA1(address, 1, 1)) return t.text; // a name such as TRUE, not a reference
      const prefix = t.text.slice(0, t.text.length - address.length);
      return (
        prefix +
        address
          .split(':')
          .map((part) => corner(part, row, col))
          .join(':')
      );
    })
    .join('');
  return formula.startsWith('=') ? `=${body}` : body;
}
