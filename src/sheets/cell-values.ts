import type { OutValue } from '../engine';
import type { ColumnMapping } from '../shared/columns';

/** How a sheet's cells are written: the zone for dates, how to link to an invoice, where columns are. */
export interface WriteContext {
  timeZone: string;
  now: Date;
  linkTo(invoiceId: string): string;
  columnMapping: ColumnMapping;
}

/**
 * Outside Plain-text columns, text is written with a leading apostrophe, which Sheets stores as
 * plain text: a description "=IMPORTXML(…)" or "+44 7700" or "0012" stays exactly what was
 * typed, never a formula, number or date. In a Plain-text (@) column the apostrophe would stay
 * visible, and the column already keeps input verbatim, so there the text goes as it is.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues
 */
export function asText(text: string, plainTextColumn = false): string {
  return text === '' || plainTextColumn ? text : `'${text}`;
}

export const DATE_FORMAT = 'yyyy-mm-dd';
export const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';

const DAY_MS = 86400000;
/** Sheets counts days from 1899-12-30: serial 25569 is 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;

/**
 * A calendar date as Sheets stores it: a serial day number, which shows that day in every time
 * zone — also where a daylight-saving change skips midnight, so no instant "midnight" exists.
 */
export function serialOfDate(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / DAY_MS + UNIX_EPOCH_SERIAL;
}

/** An instant as the serial of the spreadsheet's wall clock at that instant (to the second). */
export function serialOfInstant(instant: Date, timeZone: string): number {
  const wall = Utilities.formatDate(instant, timeZone, "yyyy-MM-dd'T'HH:mm:ss");
  const [date, time] = wall.split('T');
  const [h, m, s] = time.split(':').map(Number);
  return serialOfDate(date) + (h * 3600 + m * 60 + s) / 86400;
}

/** Sheets' automatic format: what an unformatted cell reports, and what setting it restores. */
export const AUTOMATIC_FORMAT = 'General';

/**
 * The number format a written value needs, when the cell's own format would not show it. A link
 * formula typed into a Plain-text cell stays text (the formula shows, and the next read takes it
 * for an ID), so there the cell gets the automatic format back before the link is written.
 */
export function formatNeeded(
  value: OutValue,
  column: { plainText: boolean; showsDates: boolean; added: boolean },
): string | null {
  if (value === null || value === '') return null;
  // A number where the cell may show a date (a date column, or a column Revoice adds, which
  // Sheets formats like its left neighbour) must show as a number: decided per cell.
  if (typeof value === 'number') return column.showsDates || column.added ? NUMBER_WANTED : null;
  if (typeof value !== 'object') return null;
  if ('date' in value) return DATE_FORMAT;
  if ('now' in value) return DATE_TIME_FORMAT;
  return column.plainText ? AUTOMATIC_FORMAT : null;
}

/** Not a format: "whatever shows a number", resolved against the cell's own format. */
const NUMBER_WANTED = 'number-wanted';

/**
 * The format a cell gets, from what its value wants and the format it has (or will inherit):
 * a cell that already shows dates keeps its own (dd.mm.yyyy, say) for a date, and gets the
 * automatic format for a number; otherwise a date gets yyyy-mm-dd and a number keeps its format.
 */
export function formatFor(wanted: string | null, current: string): string {
  if (wanted === null) return current;
  if (wanted === NUMBER_WANTED) return isDateFormat(current) ? AUTOMATIC_FORMAT : current;
  if (wanted === DATE_FORMAT || wanted === DATE_TIME_FORMAT) return isDateFormat(current) ? current : wanted;
  return wanted;
}

/** An engine value as the value handed to setValues. */
export function toSheetValue(value: OutValue, context: WriteContext, plainTextColumn = false): unknown {
  if (value === null) return '';
  if (typeof value === 'string') return asText(value, plainTextColumn);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if ('date' in value) return serialOfDate(value.date);
  if ('now' in value) return serialOfInstant(context.now, context.timeZone);
  return context.linkTo(value.link);
}

export function isEmptyOut(value: OutValue): boolean {
  return value === null || value === '';
}

/** Date and date-time formats, with quoted text and [colours] ignored (what makes a cell show a date). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || /^general$/i.test(format) || format === '@') return false;
  const codes = format
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
  return /[dmyhs]/i.test(codes);
}
