import type { ColumnToMap, SetupResponse } from '../shared/api';
import { SCHEMAS, SHEETS, SheetKey, normalizeHeader } from '../engine';
import { formatAddedDateColumns } from '../sheets/date-columns';
import { writeAllOrNothing } from '../sheets/write-all-or-nothing';
import { openSheets } from '../sheets/workbook-session';
import { NEW_SHEET_ROWS, ensureColumns, missingColumns, plannedSheet } from '../sheets/write-plan';
import type { WriteOp } from '../sheets/write-ops';
import { columnsToMatch } from './column-gaps';

/**
 * "Set up workbook": creates any missing sheet and appends any missing header, never
 * reordering or deleting anything. Running it again changes nothing. A required column that
 * a header already on the sheet may hold under another name is not added (an empty duplicate
 * would be read instead of the bookkeeper's column): it is reported in `toMap`, for the
 * bookkeeper to choose in the sidebar.
 */
export function revoiceSetup(): SetupResponse {
  return writeAllOrNothing<SetupResponse>({
    plan: (session) => {
      const keys = Object.keys(SHEETS) as SheetKey[];
      // Headers are all it needs: large sheets are not read beyond row 1.
      const { states } = openSheets(session, keys);
      const ops: WriteOp[] = [];
      const created: string[] = [];
      const toMap: ColumnToMap[] = [];
      for (const key of keys) {
        const existing = states[key];
        const state = existing ?? plannedSheet(key, ops);
        const header = state.values[0] ?? [];
        const held = existing ? columnsToMatch(key, header, session.columnMapping) : [];
        const columns = SCHEMAS[key].all.filter((column) => !held.includes(column));
        // What is missing, not a count of header cells: blank or merged ones would shift a count.
        const added = missingColumns(state, columns, session.columnMapping);
        const index = ensureColumns(state, columns, ops, session.columnMapping);
        const addedAt = new Map(added.map((name) => [name, index.get(normalizeHeader(name)) as number]));
        ops.push(...formatAddedDateColumns(state, addedAt, NEW_SHEET_ROWS));
        if (!existing) created.push(SHEETS[key]);
        else if (added.length) created.push(`${SHEETS[key]}: ${added.join(', ')}`);
        toMap.push(...held.map((column) => ({ sheet: SHEETS[key], column })));
      }
      const answer: SetupResponse = toMap.length ? { ok: true, created, toMap } : { ok: true, created };
      if (!ops.length) return { answer };
      return { ops, summary: { action: 'set-up', invoiceIds: [] }, requestKey: null, answer };
    },
    failed: (why) => ({
      ok: false,
      code: 'WRITE_FAILED',
      message: `Setting up the workbook failed (${why}). Nothing was changed.`,
    }),
  });
}
