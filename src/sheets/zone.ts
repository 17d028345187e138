import type { Cell } from '../engine';

/**
 * Dates through the SPREADSHEET's time zone, never the script's or the machine's:
 * a date cell's Date value is the instant the spreadsheet's clock shows that day.
 */

export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** A value from getValues() as the engine reads it. */
export function toCell(value: unknown, timeZone: string): Cell {
  if (isDate(value)) {
    if (isNaN(value.getTime())) return null;
    const date = Utilities.formatDate(value, timeZone, 'yyyy-MM-dd');
    const time = Utilities.formatDate(value, timeZone, 'HH:mm:ss');
    return time === '00:00:00' ? { date } : { date, time };
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return null;
}

export function todayIn(timeZone: string): string {
  return Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd');
}
