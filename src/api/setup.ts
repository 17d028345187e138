import type { SetupResponse } from '../shared/api';
import { SCHEMAS, SHEETS, SheetKey, asFailure } from '../engine';
import { Journal } from '../sheets/journal';
import { withDocumentLock } from '../sheets/lock';
import { openSession, read } from '../sheets/workbook-session';
import { createSheet, ensureColumns } from '../sheets/write-plan';

/**
 * "Set up workbook": creates any missing sheet and appends any missing header, never
 * reordering or deleting anything. Running it again changes nothing.
 */
export function revoiceSetup(): SetupResponse {
  try {
    return withDocumentLock((): SetupResponse => {
      const session = openSession();
      const keys = Object.keys(SHEETS) as SheetKey[];
      const { states } = read(session, keys);
      const journal = new Journal(session.spreadsheet);
      const created: string[] = [];
      try {
        for (const key of keys) {
          const existing = states[key];
          const state = existing ?? createSheet(session.spreadsheet, key, journal);
          const before = (state.values[0] ?? []).filter((cell) => String(cell ?? '').trim()).length;
          ensureColumns(state, [...SCHEMAS[key].all], journal, session.columnMapping);
          const added = (state.values[0] ?? []).slice(before).map(String);
          if (!existing) created.push(SHEETS[key]);
          else if (added.length) created.push(`${SHEETS[key]}: ${added.join(', ')}`);
        }
        SpreadsheetApp.flush();
      } catch (error) {
        journal.restore();
        return { ok: false, code: 'WRITE_FAILED', message: `Setting up the workbook failed (${String((error as Error)?.message ?? error)}). Nothing was changed.` };
      }
      return { ok: true, created };
    });
  } catch (error) {
    return asFailure(error);
  }
}
