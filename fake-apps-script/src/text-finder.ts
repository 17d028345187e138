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
import { displayText } from './number-format';
import { prefixFilter, re2Unsupported } from './regex-prefilter';

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
 * What a plain (non-formula) number or boolean cell shows, remembered per format for one search:
 * the same amounts and dates recur down a sheet, and formatting them is most of a search's work.
 */
class ShownValues {
  private byFormat = new Map<string | undefined, Map<number | boolean, string>>();
  private size = 0;

  get(value: number | boolean, format: string | undefined): string {
    if (Object.is(value, -0)) return displayText(value, format); // a Map takes -0 for 0
    let shown = this.byFormat.get(format);
    if (!shown) this.byFormat.set(format, (shown = new Map()));
    let text = shown.get(value);
    if (text === undefined) {
      text = displayText(value, format);
      // Bounded, so a sheet of distinct numbers does not hold them all.
      if (++this.size > 50_000) {
        this.byFormat.clear();
        this.size = 0;
        this.byFormat.set(format, (shown = new Map()));
      }
      shown.set(value, text);
    }
    return text;
  }
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
      const source = this._entireCell ? `^(?:${text})$` : text;
      try {
        pattern = new RegExp(source, this._matchCase ? '' : 'i');
      } catch {
        throw new ServiceError(`Invalid argument: ${text}`);
      }
      // Long alternations (a search for hundreds of IDs) are slow to run on every cell: a test
      // of their literal prefixes first rules out nearly all cells, and changes no answer.
      const possible = prefixFilter(source, this._matchCase);
      return possible ? (shown) => possible(shown) && pattern.test(shown) : (shown) => pattern.test(shown);
    }
    const wanted = this._matchCase ? text : text.toLowerCase();
    return (shown) => {
      const seen = this._matchCase ? shown : shown.toLowerCase();
      return this._entireCell ? seen === wanted : seen.includes(wanted);
    };
  }

  /**
   * Blank cells are never found (a pattern such as `.*` or `^$` does not land on them). A plain
   * cell (no formula) shows its own text, or its number or boolean through its format; anything
   * else (formulas, spilled cells) is shown as a read shows it.
   */
  _matches(): Array<{ sheet: SheetData; row: number; col: number }> {
    const test = this._test();
    const found: Array<{ sheet: SheetData; row: number; col: number }> = [];
    const spills = this._ctx.book.arrayFormulas;
    const shownValues = new ShownValues();
    for (const { sheet, rect } of this._scopes()) {
      const { row, col, numRows, numCols } = rect;
      for (let r = row; r < row + numRows; r++) {
        const line = sheet.rows[r - 1];
        if (!line && !spills) continue; // an empty row, and no ARRAYFORMULA to fill it
        const end = spills ? col + numCols : Math.min(col + numCols, line!.length + 1);
        for (let c = col; c < end; c++) {
          const cell = line?.[c - 1];
          let shown: string;
          if (cell !== undefined && cell.formula === undefined && cell.value !== undefined) {
            const value = cell.value;
            shown = typeof value === 'string' ? value : shownValues.get(value, cell.format);
          } else if (cell?.formula === undefined && !spills) {
            continue; // blank
          } else {
            const formula = this._formulaText ? cell?.formula : undefined;
            shown = formula ?? displayCell(this._ctx, sheet, r, c);
          }
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
