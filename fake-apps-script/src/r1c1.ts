/**
 * R1C1 notation for Range.getFormulasR1C1 / setFormulaR1C1 / setFormulasR1C1
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#getformular1c1 and
 * #setformular1c1formula): R2C3 is absolute, R[1]C[-3] is relative to the cell holding the
 * formula, so one R1C1 text written to many rows gives each row its own references. The fake
 * stores A1 text (what getFormulas returns) and converts at the boundary, as Sheets shows both.
 */
import { columnLetters, columnNumber, parseA1, splitSheetPrefix } from './a1';
import { lex } from './formula-parse';

const R1C1_REF = /(^|[^\w.$'"])((?:'(?:[^']|'')*'|[A-Za-z_][\w.]*)!)?R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?(?![\w([])/g;

function axis(part: string | undefined, here: number): { n: number; abs: boolean } | null {
  if (part === undefined) return { n: here, abs: false };
  if (part.startsWith('[')) return { n: here + Number(part.slice(1, -1)), abs: false };
  return { n: Number(part), abs: true };
}

/** Rewrites R1C1 references in formula text as A1 references seen from (row, col). Throws for one off the sheet. */
export function r1c1ToA1(formula: string, row: number, col: number): string {
  // Quoted text is left alone: split on string literals and rewrite only the parts between them.
  return formula.split(/("(?:[^"]|"")*")/).map((piece, k) => (k % 2 === 1 ? piece : piece.replace(R1C1_REF,
    (_m, before: string, sheet: string | undefined, r?: string, c?: string) => {
      const rr = axis(r, row);
      const cc = axis(c, col);
      if (!rr || !cc || rr.n < 1 || cc.n < 1) throw new Error(`fake: R1C1 reference off the sheet in ${formula}`);
      return `${before}${sheet ?? ''}${cc.abs ? '$' : ''}${columnLetters(cc.n)}${rr.abs ? '$' : ''}${rr.n}`;
    }))).join('');
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
  const body = tokens.map((t) => {
    if (t.kind !== 'ref') return t.text;
    const { address } = splitSheetPrefix(t.text);
    if (!parseA1(address, 1, 1)) return t.text; // a name such as TRUE, not a reference
    const prefix = t.text.slice(0, t.text.length - address.length);
    return prefix + address.split(':').map((part) => corner(part, row, col)).join(':');
  }).join('');
  return formula.startsWith('=') ? `=${body}` : body;
}
