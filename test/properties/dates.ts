/**
 * Calendar dates as "YYYY-MM-DD" text, for the property test's generators and checker. Plain UTC
 * arithmetic on calendar days, plus Intl for the spreadsheet's zone; nothing here comes from src/.
 */

const DAY_MS = 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether text is a real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isIsoDate(text: string): boolean {
  const m = ISO.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

export function dayNumber(iso: string): number {
  const m = ISO.exec(iso);
  if (!m) throw new Error(`not a date: ${iso}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

export function isoFromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return isoFromDayNumber(dayNumber(iso) + days);
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The calendar day the spreadsheet's zone shows at an instant. */
export function dayInZone(zone: string, at: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    at,
  );
}

/** UTC offset of `zone` at an instant, in minutes. */
function offsetMinutes(zone: string, ms: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(new Date(ms));
  const p = Object.fromEntries(parts.map((part) => [part.type, Number(part.value)]));
  return (Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - Math.floor(ms / 60_000) * 60_000) / 60_000;
}

/**
 * Days on which `zone` changes its UTC offset (daylight saving starts or ends), between two dates:
 * the offset at the day's end differs from the offset at its start (checked at noon UTC either side).
 */
export function offsetChangeDays(zone: string, from: string, to: string): string[] {
  const days: string[] = [];
  for (let n = dayNumber(from); n <= dayNumber(to); n++) {
    const before = offsetMinutes(zone, (n - 1) * DAY_MS + DAY_MS / 2);
    const after = offsetMinutes(zone, n * DAY_MS + DAY_MS / 2);
    if (before === after) continue;
    // The change happened between those two noons (UTC); find the local day it fell on.
    let lo = (n - 1) * DAY_MS + DAY_MS / 2;
    let hi = n * DAY_MS + DAY_MS / 2;
    while (hi - lo > 60_000) {
      const mid = Math.floor((lo + hi) / 2);
      if (offsetMinutes(zone, mid) === before) lo = mid;
      else hi = mid;
    }
    days.push(dayInZone(zone, new Date(hi)));
  }
  return [...new Set(days)];
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function weekday(iso: string): string {
  return WEEKDAYS[new Date(dayNumber(iso) * DAY_MS).getUTCDay()];
}
