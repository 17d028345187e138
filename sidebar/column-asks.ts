/**
 * What "Match your columns" asks, from revoiceColumns' answer, and what it says: pure helpers,
 * so the words and the request sent can be checked without a page.
 */
import type { ColumnMappingUpdate, SheetColumns } from '../src/shared/api';
import { textKey } from '../src/shared/text-key';

/** One required column Revoice couldn't find on a sheet. */
export interface ColumnAsk {
  sheet: string;
  column: string;
  /** Headers on the sheet that could hold it; none means the column really isn't there. */
  headers: string[];
  /** The header chosen before, when it is still one of them (preselected). */
  current: string;
}

/** A column the bookkeeper matched to a header. */
export interface ColumnChoice {
  sheet: string;
  column: string;
  header: string;
}

/** The columns to ask about, sheet by sheet; sheets not in the workbook are left to "Set up workbook". */
export function columnAsks(sheets: readonly SheetColumns[]): ColumnAsk[] {
  return sheets
    .filter((s) => !s.missingSheet)
    .flatMap((s) =>
      s.missing.map((column) => {
        const chosen = s.mapping[column];
        const current = s.headers.find((h) => chosen !== undefined && textKey(h) === textKey(chosen));
        return { sheet: s.sheet, column, headers: s.headers, current: current ?? '' };
      }),
    );
}

/** The select's accessible name. */
export function askQuestion(ask: { sheet: string; column: string }): string {
  return `Which column holds ${ask.column} in ${ask.sheet}?`;
}

/** What the bookkeeper reads above the select. */
export function askSentence(ask: { sheet: string; column: string }): string {
  return `Revoice couldn’t find a ${ask.column} column in ${ask.sheet}. Which column holds it?`;
}

/** For a column no header could hold. */
export function absentSentence(ask: { sheet: string; column: string }): string {
  return `${ask.sheet} has no ${ask.column} column.`;
}

/** What to fix before saving, or null: one header can hold one column only. */
export function choicesProblem(choices: readonly ColumnChoice[]): string | null {
  if (!choices.length) return 'Choose the column that holds it, then press Save.';
  for (const [i, choice] of choices.entries()) {
    const other = choices.find(
      (c, j) => j > i && c.sheet === choice.sheet && textKey(c.header) === textKey(choice.header),
    );
    if (other)
      return `“${choice.header}” can hold only one column: choose it for ${choice.column} or for ${other.column}, not both.`;
  }
  return null;
}

/** The request revoiceSaveColumnMapping takes: sheet → column → header. */
export function mappingUpdate(choices: readonly ColumnChoice[]): ColumnMappingUpdate {
  const update: ColumnMappingUpdate = {};
  for (const { sheet, column, header } of choices) update[sheet] = { ...update[sheet], [column]: header };
  return update;
}

/** "Remembered for this spreadsheet: Customer is the “Kid” column in Invoices." */
export function rememberedText(choices: readonly ColumnChoice[]): string {
  const facts = choices.map((c) => `${c.column} is the “${c.header}” column in ${c.sheet}`);
  return `Remembered for this spreadsheet: ${facts.join('; ')}.`;
}
