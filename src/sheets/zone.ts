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

/** Minutes the zone is ahead of UTC at an instant ("+1300" → 780). */
function offsetMinutes(instant: number, timeZone: string): number {
  const text = Utilities.formatDate(new Date(instant), timeZone, 'Z');
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(text);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** The instant of midnight starting `iso` in the zone, so the cell shows that very day. */
export function midnightIn(iso: string, timeZone: string): Date {
  const [year, month, day] = iso.split('-').map(Number);
  const wall = Date.UTC(year, month - 1, day);
  // Twice: the offset at the first guess may be the other side of a DST change.
  let instant = wall - offsetMinutes(wall, timeZone) * 60000;
  instant = wall - offsetMinutes(instant, timeZone) * 60000;
  return new Date(instant);
}

export function todayIn(timeZone: string): string {
  return Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd');
}
