/**
 * Which required columns a sheet still lacks once aliases and the saved mapping are applied,
 * and which of its headers could hold them: what the sidebar asks about and what
 * "Set up workbook" leaves for the bookkeeper to choose rather than add empty.
 */
import type { ColumnMapping } from '../shared/columns';
import { textKey } from '../shared/text-key';
import { SCHEMAS, SHEETS, SheetKey, resolveColumns } from '../engine';

/** The sheets Revoice reads (the Audit Log is its own and requires nothing). */
export const MATCHED_SHEETS: readonly SheetKey[] = [
  'invoices',
  'lines',
  'schedule',
  'closures',
  'payments',
  'creditNotes',
];

export interface ColumnGaps {
  /** Required columns not found, in the schema's order. */
  missing: string[];
  /** Non-blank headers that no known column resolved to (first spelling of each, in sheet order). */
  candidates: string[];
}

export function columnGaps(key: SheetKey, headerRow: readonly unknown[], mapping: ColumnMapping): ColumnGaps {
  const resolved = resolveColumns(key, headerRow, mapping);
  const missing = SCHEMAS[key].required.filter((column) => !resolved.has(column));
  // A header spelled like one already in use would resolve to that one, so it can't hold another.
  const used = new Set([...resolved.values()].map((i) => textKey(headerRow[i])));
  const candidates: string[] = [];
  const seen = new Set<string>();
  headerRow.forEach((cell) => {
    const text = String(cell ?? '').trim();
    const key = textKey(text);
    if (!key || used.has(key) || seen.has(key)) return;
    seen.add(key);
    candidates.push(text);
  });
  return { missing, candidates };
}

/** Required columns "Set up workbook" must not add: missing ones a header on the sheet may hold. */
export function columnsToMatch(key: SheetKey, headerRow: readonly unknown[], mapping: ColumnMapping): string[] {
  const gaps = columnGaps(key, headerRow, mapping);
  return gaps.candidates.length ? gaps.missing : [];
}

/** The saved choices for one sheet, wherever the mapping spells its name. */
export function sheetMapping(key: SheetKey, mapping: ColumnMapping): { [column: string]: string } {
  const chosen: { [column: string]: string } = {};
  for (const [sheet, columns] of Object.entries(mapping)) {
    if (textKey(sheet) !== textKey(SHEETS[key]) || typeof columns !== 'object' || columns === null) continue;
    for (const [column, header] of Object.entries(columns)) if (typeof header === 'string') chosen[column] = header;
  }
  return chosen;
}
