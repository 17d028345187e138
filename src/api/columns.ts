import type { ColumnsResponse, SaveColumnMappingResponse, SheetColumns } from '../shared/api';
import { SHEETS, asFailure } from '../engine';
import { mergeColumnMapping, readColumnMapping, saveColumnMapping } from '../sheets/column-mapping';
import { readHeaderRow } from '../sheets/header-row';
import { withDocumentLock } from '../sheets/lock';
import { repairInterruptedWrites } from '../sheets/write-all-or-nothing';
import { MATCHED_SHEETS, columnGaps, sheetMapping } from './column-gaps';
import { choiceProblem, parseMappingUpdate } from './mapping-request';
import { retried } from '../sheets/passing-errors';

/**
 * For each sheet Revoice reads: the required columns still missing after aliases and the saved
 * mapping, the headers that could hold them, and what was chosen. Reads header rows only.
 */
export function revoiceColumns(): ColumnsResponse {
  const repairs = repairInterruptedWrites();
  if ('ok' in repairs) return repairs;
  try {
    const spreadsheet = retried(() => SpreadsheetApp.getActiveSpreadsheet());
    const mapping = readColumnMapping();
    const sheets = MATCHED_SHEETS.map((key): SheetColumns => {
      const sheet = SHEETS[key];
      const header = readHeaderRow(spreadsheet, sheet);
      if (header === null) return { sheet, missingSheet: true, missing: [], headers: [], mapping: {} };
      const gaps = columnGaps(key, header, mapping);
      return { sheet, missing: gaps.missing, headers: gaps.candidates, mapping: sheetMapping(key, mapping) };
    });
    return { ok: true, sheets, ...repairs };
  } catch (error) {
    return asFailure(error);
  }
}

/**
 * Remembers which header holds which column (a ColumnMappingUpdate, `{"Invoices": {"Customer": "Kid"}}`; null forgets a
 * choice), merged into the mapping saved with the spreadsheet, under the document lock.
 */
export function revoiceSaveColumnMapping(input: unknown): SaveColumnMappingResponse {
  const choices = parseMappingUpdate(input);
  if ('ok' in choices) return choices;
  const repairs = repairInterruptedWrites();
  if ('ok' in repairs) return repairs;
  try {
    return withDocumentLock((): SaveColumnMappingResponse => {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      const saved = readColumnMapping();
      const merged = mergeColumnMapping(saved, choices);
      for (const key of new Set(choices.map((c) => c.key))) {
        const header = readHeaderRow(spreadsheet, SHEETS[key]);
        if (header === null)
          return { ok: false, code: 'BAD_REQUEST', message: `The workbook has no sheet named "${SHEETS[key]}".` };
        const problem = choiceProblem(key, header, choices, saved, merged);
        if (problem) return { ok: false, code: 'BAD_REQUEST', message: problem };
      }
      saveColumnMapping(merged);
      return { ok: true, mapping: merged };
    });
  } catch (error) {
    return asFailure(error);
  }
}
