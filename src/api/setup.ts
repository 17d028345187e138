import type { SetupResponse } from '../shared/api';
import { SCHEMAS, SHEETS, SheetKey } from '../engine';
import { writeAllOrNothing } from '../sheets/write-all-or-nothing';
import { read } from '../sheets/workbook-session';
import { createSheet, ensureColumns } from '../sheets/write-plan';

/**
 * "Set up workbook": creates any missing sheet and appends any missing header, never
 * reordering or deleting anything. Running it again changes nothing.
 */
export function revoiceSetup(): SetupResponse {
  return writeAllOrNothing<SetupResponse>({
    plan: (session) => {
      const keys = Object.keys(SHEETS) as SheetKey[];
      const { states } = read(session, keys);
      return {
        write: (journal) => {
          const created: string[] = [];
          for (const key of keys) {
            const existing = states[key];
            const state = existing ?? createSheet(session.spreadsheet, key, journal);
            const before = (state.values[0] ?? []).filter((cell) => String(cell ?? '').trim()).length;
            ensureColumns(state, [...SCHEMAS[key].all], journal, session.columnMapping);
            const added = (state.values[0] ?? []).slice(before).map(String);
            if (!existing) created.push(SHEETS[key]);
            else if (added.length) created.push(`${SHEETS[key]}: ${added.join(', ')}`);
          }
          return { ok: true, created };
        },
      };
    },
    failed: (why) => ({
      ok: false,
      code: 'WRITE_FAILED',
      message: `Setting up the workbook failed (${why}). Nothing was changed.`,
    }),
  });
}
