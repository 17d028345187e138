/**
 * TextFinder over a range or sheet (https://developers.google.com/apps-script/reference/spreadsheet/text-finder):
 * it matches the text cells SHOW (a number cell 1001 is found by "1001", a formula by its
 * result), case-insensitively and anywhere in the cell unless matchCase / matchEntireCell say
 * otherwise, row by row. findAll and findNext are each one counted Sheets call; the option
 * setters are not (they only configure the finder). findNext gives null once past the last match.
 */
import { Rect } from './a1';
import { Ctx, instrument } from './context';
import { SheetData } from './model';
import { FakeRange } from './range';
import { displayCell } from './range-cells';

export class FakeTextFinder {
  _matchCase = false;
  _entireCell = false;
  _formulaText = false;
  _position = -1;

  constructor(
    readonly _ctx: Ctx,
    readonly _sheet: SheetData,
    readonly _rect: Rect,
    readonly _text: string,
  ) {}

  _matches(): Array<{ row: number; col: number }> {
    const { row, col, numRows, numCols } = this._rect;
    const wanted = this._matchCase ? String(this._text) : String(this._text).toLowerCase();
    const found: Array<{ row: number; col: number }> = [];
    for (let r = row; r < row + numRows; r++) {
      for (let c = col; c < col + numCols; c++) {
        const formula = this._formulaText ? this._ctx.book.cell(this._sheet, r, c)?.formula : undefined;
        let shown = formula ?? displayCell(this._ctx, this._sheet, r, c);
        if (!this._matchCase) shown = shown.toLowerCase();
        if (wanted !== '' && (this._entireCell ? shown === wanted : shown.includes(wanted)))
          found.push({ row: r, col: c });
      }
    }
    return found;
  }

  _range(at: { row: number; col: number }): FakeRange {
    return new FakeRange(this._ctx, this._sheet, { row: at.row, col: at.col, numRows: 1, numCols: 1 });
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
instrument(FakeTextFinder, ['matchCase', 'matchEntireCell', 'matchFormulaText']);
