/**
 * The cost model behind the bench's "estimated Apps Script ms": a stated model, not a measurement.
 * The fake answers in microseconds; in Apps Script each call that reaches the spreadsheet is a
 * round trip, and big ranges cost by their size. Public reports of SpreadsheetApp timings:
 *
 * - https://www.bugbugnow.net/2019/03/GoogleAppsScript-speed-up.html — 1,000 `getLastRow()` calls
 *   in a loop took 160 s (≈160 ms a call), 1,000 `getValue()` calls 3.1 s (≈3 ms, served by the
 *   read cache), one `getValues` + one `setValues` of 1,000 cells each about 0.9 s in all.
 * - https://ruby-bash.developreference.com/article/29263774/What+is+faster+ScriptDb+or+SpreadsheetApp
 *   (a copy of a Stack Overflow answer) — one `setValues` of 4,000 cells took under 50 ms
 *   (≈0.0125 ms a cell); adding one `flush()` made it 610 ms.
 * - http://googleappsscript.blogspot.com/2010/06/optimizing-spreadsheet-operations.html — Google's
 *   own advice: calls to the spreadsheet are the expensive part; batch them.
 *
 * Hence 80 ms a Sheets call (between a cached read and an uncached call or a flush) and 0.05 ms a
 * cell read or written (four times the setValues figure, as reads of dates and formulas cost more).
 * They are the add-on's own (src/sheets/cost-model.ts, which plans reads and refuses TIME_LIMIT by
 * them): change them there; every row of the table uses them.
 */
import { MS_PER_CALL as MS_PER_SHEETS_CALL, MS_PER_CELL } from '../src/sheets/cost-model';

export { MS_PER_SHEETS_CALL, MS_PER_CELL };

export const COST_MODEL = `${MS_PER_SHEETS_CALL} ms per Sheets call + ${MS_PER_CELL} ms per cell read or written`;

/** The estimated time in Apps Script of a call with these counts, under the model above. */
export function estimatedAppsScriptMs(sheetsCalls: number, cellsRead: number, cellsWritten: number): number {
  return sheetsCalls * MS_PER_SHEETS_CALL + (cellsRead + cellsWritten) * MS_PER_CELL;
}
