/**
 * Row selection as in Sheets: click selects a row, drag or shift-click extends from the anchor,
 * Ctrl/Cmd-click adds another block. Ranges are whole rows, written "2:5".
 */

export interface RowSpan {
  first: number;
  last: number;
}

export class RowSelection {
  spans: RowSpan[] = [];
  private anchor = 1;

  /** From the server's view of the sheet's selection. */
  load(spans: RowSpan[]): void {
    this.spans = spans.map((s) => ({ ...s }));
    const last = this.spans[this.spans.length - 1];
    if (last) this.anchor = last.first;
  }

  press(row: number, how: { shift: boolean; add: boolean }): void {
    if (how.shift && this.spans.length) {
      this.spans[this.spans.length - 1] = span(this.anchor, row);
      return;
    }
    this.anchor = row;
    if (how.add) this.spans.push(span(row, row));
    else this.spans = [span(row, row)];
  }

  /** Dragging (or shift+arrow) moves the free end of the newest block. */
  extendTo(row: number): void {
    if (!this.spans.length) this.spans = [span(row, row)];
    else this.spans[this.spans.length - 1] = span(this.anchor, row);
  }

  /** The free end of the newest block: where the arrow keys move from. */
  focusRow(): number {
    const last = this.spans[this.spans.length - 1];
    if (!last) return this.anchor;
    return last.first === this.anchor ? last.last : last.first;
  }

  includes(row: number): boolean {
    return this.spans.some((s) => row >= s.first && row <= s.last);
  }

  a1(): string[] {
    return this.spans.map((s) => `${s.first}:${s.last}`);
  }
}

function span(a: number, b: number): RowSpan {
  return { first: Math.min(a, b), last: Math.max(a, b) };
}
