/**
 * TextFinder over a range, a sheet or the whole spreadsheet
 * (https://developers.google.com/apps-script/reference/spreadsheet/text-finder): it matches the
 * text cells SHOW (a number cell 1001 is found by "1001", a formula by its result),
 * case-insensitively and anywhere in the cell unless matchCase / matchEntireCell say otherwise,
 * row by row (and, for a spreadsheet, sheet by sheet in tab order). findAll, findNext and
 * findPrevious are each one counted Sheets call (a read); the option setters are not (they only
 * configure the finder). findNext gives null once past the last match.
 */
import { Rect } from './a1';
import { lastColumnOf, lastRowOf } from './array-formula';
import { ServiceError } from './cells';
import { Ctx, instrument } from './context';
import { Book, SheetData } from './model';
import { FakeRange } from './range';
import { displayCell } from './range-cells';

/** One searched rectangle of one sheet. */
export interface FinderScope {
  sheet: SheetData;
  rect: Rect;
}

/**
 * What Spreadsheet.createTextFinder searches: every sheet, hidden ones included, in tab order,
 * each over its data range (up to its last row and column with content; an empty sheet has none).
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#createTextFinder(String)
 */
export function spreadsheetScopes(book: Book): FinderScope[] {
  const scopes: FinderScope[] = [];
  for (const sheet of book.sheets) {
    const numRows = lastRowOf(book, sheet);
    const numCols = lastColumnOf(book, sheet);
    if (numRows > 0 && numCols > 0) scopes.push({ sheet, rect: { row: 1, col: 1, numRows, numCols } });
  }
  return scopes;
}

/**
 * Constructs that Sheets' regular expressions (RE2, https://github.com/google/re2/wiki/Syntax, the
 * syntax Sheets documents for its regular expressions: https://support.google.com/docs/answer/3098292)
 * do not support but a JS RegExp accepts: lookahead/lookbehind and backreferences. The fake refuses
 * them rather than find what Sheets could not. Returns the offending construct, or null.
 */
function re2Unsupported(pattern: string): string | null {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      const next = pattern[i + 1] ?? '';
      if (!inClass && /[1-9]/.test(next)) return `\\${next}`;
      if (!inClass && next === 'k' && pattern[i + 2] === '<') return '\\k<';
      i++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
    } else if (ch === '[') {
      inClass = true;
      if (pattern[i + 1] === '^') i++;
      if (pattern[i + 1] === ']') i++; // a leading ] is literal
    } else if (ch === '(') {
      const look = /^\(\?(?:=|!|<=|<!)/.exec(pattern.slice(i));
      if (look) return look[0];
    }
  }
  return null;
}

export class FakeTextFinder {
  _matchCase = false;
  _entireCell = false;
  _formulaText = false;
  _regex = false;
  _position = -1;

  /** `scopes` is asked at each search, so a spreadsheet finder sees the sheets as they are then. */
  constructor(
    readonly _ctx: Ctx,
    readonly _scopes: () => FinderScope[],
    readonly _text: string,
  ) {}

  /**
   * The test a cell's shown text must pass. With useRegularExpression(true) the search string is a
   * pattern (a JS RegExp, minus what RE2 lacks), case-insensitive unless matchCase(true), anchored
   * to the whole text with matchEntireCell(true) and free to match anywhere otherwise. An invalid
   * pattern throws "Exception: Invalid argument: <pattern>" when the search runs — the fake's choice
   * of wording (Apps Script's usual one for a bad argument); the exact message is not documented.
   * https://developers.google.com/apps-script/reference/spreadsheet/text-finder#useRegularExpression(Boolean)
   */
  _test(): (shown: string) => boolean {
    const text = String(this._text);
    if (text === '') return () => false;
    if (this._regex) {
      const unsupported = re2Unsupported(text);
      if (unsupported !== null) throw new ServiceError(`Invalid argument: ${text}`);
      let pattern: RegExp;
      try {
        pattern = new RegExp(this._entireCell ? `^(?:${text})$` : text, this._matchCase ? '' : 'i');
      } catch {
        throw new ServiceError(`Invalid argument: ${text}`);
      }
      return (shown) => pattern.test(shown);
    }
    const wanted = this._matchCase ? text : text.toLowerCase();
    return (shown) => {
      const seen = this._matchCase ? shown : shown.toLowerCase();
      return this._entireCell ? seen === wanted : seen.includes(wanted);
    };
  }

  /** Blank cells are never found (a pattern such as `.*` or `^$` does not land on them). */
  _matches(): Array<{ sheet: SheetData; row: number; col: number }> {
    const test = this._test();
    const found: Array<{ sheet: SheetData; row: number; col: number }> = [];
    for (const { sheet, rect } of this._scopes()) {
      const { row, col, numRows, numCols } = rect;
      for (let r = row; r < row + numRows; r++) {
        for (let c = col; c < col + numCols; c++) {
          const formula = this._formulaText ? this._ctx.book.cell(sheet, r, c)?.formula : undefined;
          const shown = formula ?? displayCell(this._ctx, sheet, r, c);
          if (shown !== '' && test(shown)) found.push({ sheet, row: r, col: c });
        }
      }
    }
    return found;
  }

  _range(at: { sheet: SheetData; row: number; col: number }): FakeRange {
    return new FakeRange(this._ctx, at.sheet, { row: at.row, col: at.col, numRows: 1, numCols: 1 });
  }

  matchCase(matchCase: boolean): FakeTextFinder {
    this._matchCase = !!matchCase;
    return this;
  }
  matchEntireCell(matchEntireCell: boolean): FakeTextFinder {
    this._entireCell = !!matchEntireCell;
    return this;
  }
  matchFormulaText(matchFormulaText: boolean): FakeTextFinder {
    this._formulaText = !!matchFormulaText;
    return this;
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/text-finder#useRegularExpression(Boolean) */
  useRegularExpression(useRegEx: boolean): FakeTextFinder {
    this._regex = !!useRegEx;
    return this;
  }

  findAll(): FakeRange[] {
    return this._ctx.list(this._matches().map((m) => this._range(m)));
  }

  findNext(): FakeRange | null {
    const matches = this._matches();
    if (this._position + 1 >= matches.length) return null;
    return this._range(matches[++this._position]);
  }

  findPrevious(): FakeRange | null {
    const matches = this._matches();
    if (this._position <= 0) return null;
    return this._range(matches[--this._position]);
  }
}
instrument(FakeTextFinder, ['matchCase', 'matchEntireCell', 'matchFormulaText', 'useRegularExpression']);
