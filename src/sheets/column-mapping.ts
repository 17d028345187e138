/**
 * The bookkeeper's column mapping ("Customer is in the column headed Client"), kept with the
 * spreadsheet in its document properties so everyone using it shares the answer.
 * https://developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties()
 */
import type { ColumnMapping } from '../shared/columns';
import { textKey } from '../shared/text-key';
import { retried } from './passing-errors';

const KEY = 'revoice.columnMapping';

/** The saved mapping; a missing or unreadable one is no mapping (aliases still apply). */
export function readColumnMapping(): ColumnMapping {
  const text = retried(() => PropertiesService.getDocumentProperties().getProperty(KEY));
  if (!text) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as ColumnMapping) : {};
  } catch {
    return {};
  }
}

export function saveColumnMapping(mapping: ColumnMapping): void {
  retried(() => PropertiesService.getDocumentProperties().setProperty(KEY, JSON.stringify(mapping)));
}

/** One choice to remember: `header` null forgets what was chosen for that column. */
export interface ColumnChoice {
  sheet: string;
  column: string;
  header: string | null;
}

/**
 * The saved mapping with `choices` made: any earlier entry for the same sheet and column
 * (matched as headers are, whatever its spelling) gives way; every other entry is kept as it was.
 */
export function mergeColumnMapping(saved: ColumnMapping, choices: readonly ColumnChoice[]): ColumnMapping {
  const merged: ColumnMapping = {};
  for (const [sheet, columns] of Object.entries(saved)) {
    if (typeof columns !== 'object' || columns === null) continue;
    const kept = Object.entries(columns).filter(
      ([column]) => !choices.some((c) => textKey(c.sheet) === textKey(sheet) && textKey(c.column) === textKey(column)),
    );
    if (kept.length) merged[sheet] = Object.fromEntries(kept);
  }
  for (const { sheet, column, header } of choices) {
    if (header === null) continue;
    const name = Object.keys(merged).find((known) => textKey(known) === textKey(sheet)) ?? sheet;
    merged[name] = { ...merged[name], [column]: header };
  }
  return merged;
}
