/**
 * Sheets rewrites formula references when rows or columns are inserted or deleted, a sheet is
 * renamed or a sheet is deleted; the fake does too, so a link built on a cell reference keeps
 * (or loses) its target exactly as it would in Sheets.
 */
import { columnLetters, columnNumber, splitSheetPrefix } from './a1';
import { lex } from './formula-parse';
import { Book, SheetData } from './model';

type Axis = 'row' | 'col';

interface Corner {
  colAbs: string;
  col: number | null;
  rowAbs: string;
  row: number | null;
}

function parseCorner(text: string): Corner | null {
  const m = /^(\$?)([A-Za-z]*)(\$?)(\d*)$/.exec(text);
  if (!m || (!m[2] && !m[4])) return null;
  return { colAbs: m[1], col: m[2] ? columnNumber(m[2]) : null, rowAbs: m[3], row: m[4] ? Number(m[4]) : null };
}

function printCorner(c: Corner): string {
  return `${c.col === null ? '' : c.colAbs + columnLetters(c.col)}${c.row === null ? '' : c.rowAbs + c.row}`;
}

/** Inserting `delta` > 0 before `at`, or deleting -delta from `at`, moves a range along `axis`. */
export function shiftAddress(address: string, axis: Axis, at: number, delta: number): string | null {
  const corners = address.split(':').map(parseCorner);
  if (corners.some((c) => !c) || corners.length > 2) return address;
  const [a, b = a] = corners as Corner[];
  if (corners.length === 1 && (a.col === null || a.row === null)) return address; // a name, not a cell
  const start = a[axis];
  const end = b[axis];
  if (start === null || end === null) return address; // whole rows/columns across this axis
  const deletedEnd = at - delta - 1;
  let from: number;
  let to: number;
  if (delta > 0) {
    from = start >= at ? start + delta : start;
    to = end >= at ? end + delta : end;
  } else {
    if (start >= at && end <= deletedEnd) return null;
    from = start > deletedEnd ? start + delta : start >= at ? at : start;
    to = end > deletedEnd ? end + delta : end >= at ? at - 1 : end;
  }
  if (corners.length === 1) return printCorner({ ...a, [axis]: from });
  return `${printCorner({ ...a, [axis]: from })}:${printCorner({ ...b, [axis]: to })}`;
}

function sheetPrefix(name: string): string {
  return /^[A-Za-z_][\w.]*$/.test(name) ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;
}

type Rewrite = (target: SheetData | undefined, prefix: string, address: string) => string | null;

/** Rewrites every reference in every formula; a null rewrite becomes #REF!. */
function rewriteReferences(book: Book, rewrite: Rewrite): void {
  for (const host of book.sheets) {
    for (const line of host.rows) {
      for (const cell of line ?? []) {
        if (!cell?.formula) continue;
        let tokens;
        try {
          tokens = lex(cell.formula.slice(1), book.locale);
        } catch {
          continue; // unparseable formulas are left alone, as Sheets leaves #ERROR! cells
        }
        const text = tokens
          .map((t) => {
            if (t.kind !== 'ref' && t.kind !== 'rows') return t.text;
            const { sheet, address } = splitSheetPrefix(t.text);
            const prefix = t.text.slice(0, t.text.length - address.length);
            const result = rewrite(sheet === null ? host : book.findSheet(sheet), prefix, address);
            return result === null ? '#REF!' : result;
          })
          .join('');
        if (`=${text}` !== cell.formula) cell.formula = `=${text}`;
      }
    }
  }
  book.touch();
}

export function shiftReferences(book: Book, sheet: SheetData, axis: Axis, at: number, delta: number): void {
  rewriteReferences(book, (target, prefix, address) => {
    if (target !== sheet) return prefix + address;
    const moved = shiftAddress(address, axis, at, delta);
    return moved === null ? null : prefix + moved;
  });
}

/** Call before the rename: references to `sheet` are re-prefixed with its new name. */
export function renameReferences(book: Book, sheet: SheetData, newName: string): void {
  rewriteReferences(book, (target, prefix, address) =>
    target === sheet && prefix ? sheetPrefix(newName) + address : prefix + address,
  );
}

/** Call before deleting `sheet`: every reference to it becomes #REF!. */
export function dropReferences(book: Book, sheet: SheetData): void {
  rewriteReferences(book, (target, prefix, address) => (target === sheet ? null : prefix + address));
}
