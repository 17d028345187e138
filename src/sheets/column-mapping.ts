/**
 * The bookkeeper's column mapping ("Customer is in the column headed Client"), kept with the
 * spreadsheet in its document properties so everyone using it shares the answer.
 * https://developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties()
 */
import type { ColumnMapping } from '../shared/columns';

const KEY = 'revoice.columnMapping';

/** The saved mapping; a missing or unreadable one is no mapping (aliases still apply). */
export function readColumnMapping(): ColumnMapping {
  const text = PropertiesService.getDocumentProperties().getProperty(KEY);
  if (!text) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as ColumnMapping) : {};
  } catch {
    return {};
  }
}

export function saveColumnMapping(mapping: ColumnMapping): void {
  PropertiesService.getDocumentProperties().setProperty(KEY, JSON.stringify(mapping));
}
