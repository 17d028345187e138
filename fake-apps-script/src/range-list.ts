/**
 * RangeList: several ranges of one sheet handled by one call. Each RangeList method is one
 * counted service call, however many ranges it touches.
 * https://developers.google.com/apps-script/reference/spreadsheet/range-list
 */
import { Ctx, instrument } from './context';
import { FakeRange } from './range';

export class FakeRangeList {
  constructor(
    readonly _ctx: Ctx,
    readonly _ranges: FakeRange[],
  ) {}

  getRanges(): FakeRange[] {
    return this._ctx.list(this._ranges.map((r) => new FakeRange(this._ctx, r._sheet, { ...r._rect })));
  }

  /** Applies fn to each range; `content` writes count their cells in cellsWritten. */
  _each(fn: (r: FakeRange) => unknown, content = true): FakeRangeList {
    this._ranges.forEach((r) => {
      fn(r);
      if (content) this._ctx.cells('write', r._size());
    });
    return this;
  }

  activate(): FakeRangeList {
    const first = this._ranges[0];
    if (!first) return this;
    this._ctx.book.active = first._sheet;
    first._sheet.selection = this._ranges.map((r) => ({ ...r._rect }));
    return this;
  }

  clearContent(): FakeRangeList {
    return this._each((r) => r.clearContent());
  }
  clear(): FakeRangeList {
    return this._each((r) => r.clear());
  }
  setValue(value: unknown): FakeRangeList {
    return this._each((r) => r.setValue(value));
  }
  setFormula(formula: string): FakeRangeList {
    return this._each((r) => r.setFormula(formula));
  }
  setFormulaR1C1(formula: string): FakeRangeList {
    return this._each((r) => r.setFormulaR1C1(formula));
  }
  setNumberFormat(format: string): FakeRangeList {
    return this._each((r) => r.setNumberFormat(format), false);
  }
  setFontWeight(weight: string | null): FakeRangeList {
    return this._each((r) => r.setFontWeight(weight), false);
  }
  setBackground(color: string | null): FakeRangeList {
    return this._each((r) => r.setBackground(color), false);
  }
  insertCheckboxes(): FakeRangeList {
    return this._each((r) => r.insertCheckboxes(), false);
  }
  check(): FakeRangeList {
    return this._each((r) => r.check(), false);
  }
  uncheck(): FakeRangeList {
    return this._each((r) => r.uncheck(), false);
  }
}
instrument(FakeRangeList);
