/**
 * The latest entries of the Audit Log, read from the bottom up: its header, then windows of rows
 * ending at getLastRow() (Revoice appends past its last row with content, so that is where the log
 * ends), each window above the last, until the entries asked for are whole. An entry is whole once
 * a row of an older one is read above it, or row 2 is. Never the whole log unless it is all asked.
 */
import type { HistoryEntry } from '../shared/api';
import { SHEETS, Table, historyEntries } from '../engine';
import { retried } from './passing-errors';
import type { WorkbookSession } from './workbook-session';
import { toCell } from './zone';

/** Each window up is this many times the last (a stretch of blank rows costs few reads). */
const GROWTH = 8;

export interface AuditTail {
  entries: HistoryEntry[];
  /** Older entries were left out. */
  more: boolean;
}

export function readAuditTail(session: WorkbookSession, limit: number): AuditTail {
  const sheet = retried(() => session.spreadsheet.getSheetByName(SHEETS.audit));
  if (!sheet) return { entries: [], more: false };
  const last = retried(() => sheet.getLastRow());
  const width = retried(() => sheet.getLastColumn());
  if (last < 2 || width === 0) return { entries: [], more: false };
  const header = retried(() => sheet.getRange(1, 1, 1, width).getValues())[0];
  const cells = (row: unknown[]) => row.map((value) => toCell(value, session.timeZone));
  let rows: unknown[][] = [];
  let top = last + 1;
  // Each entry holds a row at least: limit + 1 rows can show the limit whole, and one older.
  for (let size = limit + 1; ; size *= GROWTH) {
    const first = Math.max(2, top - size);
    const count = top - first;
    rows = [...retried(() => sheet.getRange(first, 1, count, width).getValues()), ...rows];
    top = first;
    const table = new Table(
      'audit',
      { name: SHEETS.audit, rows: [cells(header), ...rows.map(cells)], rowNumbers: rows.map((_, i) => top + i) },
      session.columnMapping,
    );
    const entries = historyEntries(table);
    if (entries.length > limit || top === 2) return { entries: entries.slice(0, limit), more: entries.length > limit };
  }
}
