/**
 * Checks the sidebar's "Match your columns" answer: its shape first, then, against the sheet's
 * own header row, that each header chosen is there and holds no other column already.
 */
import type { ColumnMapping } from '../shared/columns';
import type { Failure } from '../shared/api';
import { textKey } from '../shared/text-key';
import { SCHEMAS, SHEETS, SheetKey, resolveColumns } from '../engine';
import type { ColumnChoice } from '../sheets/column-mapping';
import { MATCHED_SHEETS } from './column-gaps';

export interface KeyedChoice extends ColumnChoice {
  key: SheetKey;
}

function badRequest(message: string): Failure {
  return { ok: false, code: 'BAD_REQUEST', message };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `{sheet: {column: header | null}}` as choices, sheet and column spelled as Revoice spells them. */
export function parseMappingUpdate(input: unknown): KeyedChoice[] | Failure {
  if (!isRecord(input)) return badRequest('Send the columns to remember as {sheet: {column: header}}.');
  const choices: KeyedChoice[] = [];
  for (const [sheetName, columns] of Object.entries(input)) {
    const key = MATCHED_SHEETS.find((k) => textKey(SHEETS[k]) === textKey(sheetName));
    if (!key) return badRequest(`Revoice reads no sheet named "${sheetName}".`);
    if (!isRecord(columns)) return badRequest(`Send the columns of "${SHEETS[key]}" as {column: header}.`);
    for (const [columnName, header] of Object.entries(columns)) {
      const column = SCHEMAS[key].all.find((known) => textKey(known) === textKey(columnName));
      if (!column) return badRequest(`Revoice knows no column "${columnName}" in "${SHEETS[key]}".`);
      if (header !== null && typeof header !== 'string')
        return badRequest(`The header for "${column}" in "${SHEETS[key]}" must be text.`);
      if (choices.some((c) => c.key === key && c.column === column))
        return badRequest(`"${column}" in "${SHEETS[key]}" is given twice.`);
      const text = header === null ? '' : header.trim();
      choices.push({ key, sheet: SHEETS[key], column, header: text ? text : null });
    }
  }
  if (!choices.length) return badRequest('Choose at least one column to remember.');
  return choices;
}

/**
 * What is wrong with `choices` on one sheet whose row 1 is `headerRow`, or null: a header that is
 * not there, one header for two columns, or a header another column already uses (by its name,
 * an alias or an earlier choice), which would lose its place.
 */
export function choiceProblem(
  key: SheetKey,
  headerRow: readonly unknown[],
  choices: readonly KeyedChoice[],
  saved: ColumnMapping,
  merged: ColumnMapping,
): string | null {
  const name = SHEETS[key];
  const texts = headerRow.map(textKey);
  const chosen = choices.filter((c) => c.key === key && c.header !== null);
  for (const choice of chosen) {
    const header = choice.header as string;
    if (!texts.includes(textKey(header))) return `Sheet "${name}" has no column headed "${header}" in row 1.`;
    const twice = chosen.find((other) => other !== choice && textKey(other.header) === textKey(header));
    if (twice) return `"${header}" can hold only one column, not both "${choice.column}" and "${twice.column}".`;
  }
  const before = resolveColumns(key, headerRow, saved);
  const after = resolveColumns(key, headerRow, merged);
  const changing = new Set(choices.filter((c) => c.key === key).map((c) => c.column));
  for (const [column, i] of before) {
    if (changing.has(column) || after.get(column) === i) continue;
    return `"${String(headerRow[i]).trim()}" in "${name}" already holds "${column}"; choose another column.`;
  }
  for (const choice of chosen) {
    const at = after.get(choice.column);
    if (at === undefined || texts[at] !== textKey(choice.header))
      return `"${choice.header}" in "${name}" can't hold "${choice.column}"; choose another column.`;
  }
  return null;
}
