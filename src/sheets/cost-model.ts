/**
 * The cost model reads and writes are planned by (the README states it, with its sources): what
 * a Sheets call and a cell cost an Apps Script execution.
 */

/** A Sheets call from Apps Script: ~80 ms (public reports of SpreadsheetApp timings). */
export const MS_PER_CALL = 80;
/** Each cell a call reads or writes: ~50 µs. */
export const MS_PER_CELL = 0.05;
