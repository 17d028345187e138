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
  // A number where the cell would show a date (a date column, or a column Revoice adds, which
  // Sheets formats like its left neighbour) gets the automatic format: it shows as a number.
  if (typeof value === 'number') return column.showsDates || column.added ? AUTOMATIC_FORMAT : null;
  if (typeof value !== 'object') return null;
  // A column that already shows dates keeps its own format (dd.mm.yyyy, say).
  if ('date' in value) return column.showsDates ? null : DATE_FORMAT;
  if ('now' in value) return column.showsDates ? null : DATE_TIME_FORMAT;
  return column.plainText ? AUTOMATIC_FORMAT : null;
}

/** An engine value as the value handed to setValues. */
export function toSheetValue(value: OutValue, context: WriteContext, plainTextColumn = false): unknown {
  if (value === null) return '';
  if (typeof value === 'string') return asText(value, plainTextColumn);
  if (typeof value === 'number') return value;
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
