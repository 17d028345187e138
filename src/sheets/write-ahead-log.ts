/**
 * The write-ahead journal: before a call's first write, what it is about to overwrite goes into
 * Revoice's own hidden sheet, marked pending, and lands (flush) before anything else does; after
 * the last write it is marked done. A record still pending when the next call starts belongs to
 * an execution that was stopped midway (Apps Script ends one at its time limit with no catch
 * running) or whose undo failed: that call undoes it before anything else.
 *
 * Applies hold the document lock, so at most one record is ever pending: the sheet holds just
 * the latest one (row 2, its parts below), written over each time.
 */
import type { Repaired } from '../shared/api';
import { asText } from './cell-values';
import { withRetries, retried } from './passing-errors';
import type { UndoOp } from './write-ops';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const JOURNAL_SHEET = 'Revoice Journal';
const HEADER = ['State', 'Call', 'Request Key', 'Started', 'Summary', 'Parts'];
/** A cell holds at most 50,000 characters; the undo list is split into parts well under that. */
const PART_CHARS = 40000;

export type RecordState = 'pending' | 'done' | 'undone';

export interface JournalRecord {
  call: string;
  requestKey: string | null;
  started: string;
  summary: Pick<Repaired, 'action' | 'invoiceIds'>;
  ops: UndoOp[];
}

/** Revoice's hidden sheet, created on first use (the bookkeeper's active sheet stays active). */
function createJournal(spreadsheet: Spreadsheet): Sheet {
  const active = retried(() => spreadsheet.getActiveSheet());
  const sheet =
    withRetries(
      () => spreadsheet.insertSheet(JOURNAL_SHEET),
      () => !retried(() => spreadsheet.getSheetByName(JOURNAL_SHEET)),
    ) ?? (retried(() => spreadsheet.getSheetByName(JOURNAL_SHEET)) as Sheet);
  if (active) retried(() => spreadsheet.setActiveSheet(active));
  withRetries(() => sheet.hideSheet());
  return sheet;
}

function parts(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += PART_CHARS) out.push(text.slice(i, i + PART_CHARS));
  return out.length ? out : [''];
}

/**
 * Writes the record, pending. Text goes in as text (an apostrophe first), never as a formula or
 * number. If this fails, nothing of the call has been written: a journal sheet it had just
 * created goes again, so the workbook is exactly as before.
 */
export function writeRecord(spreadsheet: Spreadsheet, record: JournalRecord): void {
  const existing = retried(() => spreadsheet.getSheetByName(JOURNAL_SHEET));
  try {
    const sheet = existing ?? createJournal(spreadsheet);
    const chunks = parts(JSON.stringify(record.ops));
    const needed = 2 + chunks.length;
    const maxRows = retried(() => sheet.getMaxRows());
    if (needed > maxRows) {
      withRetries(
        () => sheet.insertRowsAfter(maxRows, needed - maxRows),
        () => sheet.getMaxRows() < needed,
      );
    }
    const head = [record.call, record.requestKey ?? '', record.started, JSON.stringify(record.summary)];
    const block = [
      ['pending', ...head.map((text) => asText(text)), chunks.length],
      ...chunks.map((chunk) => [asText(chunk), '', '', '', '', '']),
    ];
    // A new journal gets its header in the same write.
    const first = existing ? 2 : 1;
    if (!existing) block.unshift([...HEADER]);
    withRetries(() => sheet.getRange(first, 1, block.length, HEADER.length).setValues(block));
  } catch (error) {
    const created = existing ? null : retried(() => spreadsheet.getSheetByName(JOURNAL_SHEET));
    if (created) {
      try {
        spreadsheet.deleteSheet(created);
      } catch {
        // A hidden, empty journal sheet is harmless; the error that matters is the first one.
      }
    }
    throw error;
  }
}

export function markRecord(spreadsheet: Spreadsheet, state: RecordState): void {
  const sheet = retried(() => spreadsheet.getSheetByName(JOURNAL_SHEET));
  if (sheet) withRetries(() => sheet.getRange(2, 1).setValue(state));
}

/** The pending record, if any: no call at all without a journal sheet, one read of its state otherwise. */
export function pendingRecord(spreadsheet: Spreadsheet): JournalRecord | null {
  const sheet = retried(() => spreadsheet.getSheetByName(JOURNAL_SHEET));
  if (!sheet || retried(() => sheet.getMaxRows()) < 2) return null;
  const [state, call, requestKey, started, summary, count] =
    withRetries(() => sheet.getRange(2, 1, 1, HEADER.length).getValues())?.[0] ?? [];
  if (state !== 'pending') return null;
  const text = withRetries(() => sheet.getRange(3, 1, Number(count), 1).getValues())
    ?.map((row) => String(row[0] ?? ''))
    .join('');
  return {
    call: String(call),
    requestKey: String(requestKey) || null,
    started: String(started),
    summary: JSON.parse(String(summary)),
    ops: JSON.parse(text ?? '[]'),
  };
}
