/** What Reset would throw away: the sheets (and Revoice's hidden records) changed since the workbook was loaded. */
import type { SheetSnapshot, WorkbookSnapshot } from '../fake-apps-script/src/snapshot';

export interface ResetCheck {
  /** The workbook's name: the file's, or the sample's. */
  name: string;
  /** Loaded from the user's own file (Reset reads it as it was when the playground started). */
  fromFile: boolean;
  /** Sheets with a tab changed, added or removed since then, in tab order (removed ones last). */
  changedSheets: string[];
  /** What has no tab changed: Revoice's settings (document properties) or a hidden sheet (its journal). */
  hiddenChanged: boolean;
}

/** Everything about a sheet, its name too: a renamed sheet counts as changed (it is matched by id). */
const contentOf = (sheet: SheetSnapshot) => JSON.stringify(sheet);
/** Properties set again in another order are the same settings. */
const sorted = (properties: Record<string, string>) => JSON.stringify(Object.entries(properties).sort());

export function changesSince(loaded: WorkbookSnapshot, now: WorkbookSnapshot): Omit<ResetCheck, 'name' | 'fromFile'> {
  const before = new Map(loaded.sheets.map((s) => [s.sheetId, contentOf(s)]));
  const nowIds = new Set(now.sheets.map((s) => s.sheetId));
  const changed = [
    ...now.sheets.filter((s) => before.get(s.sheetId) !== contentOf(s)),
    ...loaded.sheets.filter((s) => !nowIds.has(s.sheetId)),
  ];
  return {
    changedSheets: changed.filter((s) => !s.hidden).map((s) => s.name),
    hiddenChanged:
      changed.some((s) => s.hidden) || sorted(loaded.documentProperties) !== sorted(now.documentProperties),
  };
}
