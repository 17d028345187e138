/**
 * A shared formula (<f t="shared" si="0" ref="C2:C9">B2*2</f>, then bare <f t="shared" si="0"/>)
 * stores its text once; each other cell's formula is that text with relative references moved
 * by the cell's offset from the first cell.
 */
import { lex } from '../../fake-apps-script/src/formula';
import { columnLetters, parseCellRef } from './model';

function shiftCorner(corner: string, dRow: number, dCol: number): string {
  const row = (abs: string, digits: string) => abs + (abs ? Number(digits) : Number(digits) + dRow);
  const rowOnly = /^(\$?)(\d+)$/.exec(corner);
  if (rowOnly) return row(rowOnly[1], rowOnly[2]);
  const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d*)$/.exec(corner);
  if (!m) return corner;
  const [, colAbs, letters, rowAbs, digits] = m;
  const col = parseCellRef(`${letters}1`)!.col;
  return colAbs + columnLetters(colAbs ? col : col + dCol) + (digits ? row(rowAbs, digits) : '');
}

/** The master's formula text moved by (dRow, dCol); null when it can't be read safely. */
export function shiftFormula(text: string, dRow: number, dCol: number): string | null {
  let tokens;
  try {
    tokens = lex(text);
  } catch {
    return null;
  }
  return tokens
    .map((t) => {
      // A name such as TRUE lexes like a column reference: only touch tokens with a row or a range.
      if ((t.kind !== 'ref' && t.kind !== 'rows') || !/[\d:]/.test(t.text)) return t.text;
      const bang = t.text.lastIndexOf('!');
      const sheet = t.text.slice(0, bang + 1);
      return (
        sheet +
        t.text
          .slice(bang + 1)
          .split(':')
          .map((c) => shiftCorner(c, dRow, dCol))
          .join(':')
      );
    })
    .join('');
}
