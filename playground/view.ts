/** What the page draws: the sheet tabs, the active sheet's cells as a person sees them, links, selection. */
import { isDateObject } from '../fake-apps-script/src/dates';
import type { PlaygroundSession, RunItem } from './session';

export interface Rows {
  row: number;
  numRows: number;
}

export interface LinkView {
  row: number;
  col: number;
  /** The sheet and row the link opens, found now (by MATCH on the ID), or null if it points nowhere. */
  sheet: string | null;
  targetRow: number | null;
}

export interface WorkbookView {
  version: number;
  name: string;
  timeZone: string;
  sheets: string[];
  active: string;
  /** The active sheet's data range as Sheets shows it: through each cell's number format, formulas computed. */
  rows: string[][];
  /** Per row, the columns (0-based) holding numbers or dates: Sheets aligns those right, whatever their format shows. */
  numeric: number[][];
  links: LinkView[];
  /** The active sheet's selected ranges, as row spans. */
  selection: Rows[];
  menu: RunItem[];
  /** Index of the newest sidebar the add-on showed. */
  sidebar: number;
}

export function workbookView(session: PlaygroundSession): WorkbookView {
  const { apps } = session;
  const spreadsheet = apps.spreadsheet;
  const sheets = spreadsheet.getSheets();
  const nameOfGid = new Map(sheets.map((s) => [String(s.getSheetId()), s.getName()]));
  const active = spreadsheet.getActiveSheet();
  const name = active.getName();
  const links: LinkView[] = [];
  apps.formulas(name).forEach((line, r) =>
    line.forEach((formula, c) => {
      if (!/^=\s*HYPERLINK\s*\(/i.test(formula)) return;
      const target = apps.resolveLink(name, r + 1, c + 1);
      // A link without a gid stays on its own sheet, as in Sheets.
      const sheet = target.targetRow === null ? null : target.gid === null ? name : (nameOfGid.get(target.gid) ?? null);
      links.push({ row: r + 1, col: c + 1, sheet, targetRow: sheet === null ? null : target.targetRow });
    }),
  );
  const ranges = active.getActiveRangeList()?.getRanges() ?? [];
  const data = active.getDataRange();
  const numeric = data
    .getValues()
    .map((line) => line.flatMap((value, c) => (typeof value === 'number' || isDateObject(value) ? [c] : [])));
  return {
    version: session.version,
    name: spreadsheet.getName(),
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    // Hidden sheets (Revoice's journal) have no tab in Sheets.
    sheets: sheets.filter((s) => !s.isSheetHidden()).map((s) => s.getName()),
    active: name,
    rows: data.getDisplayValues(),
    numeric,
    links,
    selection: ranges.map((r) => ({ row: r.getRow(), numRows: r.getNumRows() })),
    menu: session.menu(),
    sidebar: apps.ui.sidebars.length - 1,
  };
}
