/**
 * Time-zone arithmetic for the fake. Sheets stores a date as a serial number of days since
 * 1899-12-30 on the SPREADSHEET's wall clock; everything here converts between that wall clock
 * and instants with Intl, so the machine's own zone (TZ) never leaks in.
 */

export const DAY_MS = 86_400_000;

/** Wall-clock milliseconds of serial 0 (1899-12-30T00:00 on any wall clock). */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Java-style fixed zones ("GMT+13:00", "UTC-5") that Intl does not accept. */
function fixedOffsetMinutes(timeZone: string): number | null {
  const m = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i.exec(timeZone.trim());
  if (!m) return null;
  if (!m[1]) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** UTC milliseconds for a proleptic date, safe for years below 100 (Date.UTC maps those to 19xx). */
export function utcMs(year: number, month: number, day: number, h = 0, mi = 0, s = 0, ms = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(h, mi, s, ms);
  return d.getTime();
}

/**
 * Exact results memoised per zone: Intl is slow and a workbook's dates repeat, so reading
 * thousands of date cells stays fast. Bounded so a long-lived preview server cannot grow forever.
 */
function memo(compute: (ms: number, timeZone: string) => number): (ms: number, timeZone: string) => number {
  const zones = new Map<string, Map<number, number>>();
  return (ms, timeZone) => {
    let cache = zones.get(timeZone);
    if (!cache) zones.set(timeZone, (cache = new Map()));
    let result = cache.get(ms);
    if (result === undefined) {
      if (cache.size > 200_000) cache.clear();
      cache.set(ms, (result = compute(ms, timeZone)));
    }
    return result;
  };
}

/** The wall clock of `timeZone` at instant `ms`, expressed as if it were UTC milliseconds. */
export const wallMs = memo(computeWallMs);

function computeWallMs(ms: number, timeZone: string): number {
  const fixed = fixedOffsetMinutes(timeZone);
  if (fixed !== null) return ms + fixed * 60_000;
  const p: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(ms))) p[part.type] = part.value;
  let year = Number(p.year);
  if (p.era === 'BC' || p.era === 'B') year = 1 - year;
  const millis = ((ms % 1000) + 1000) % 1000;
  return utcMs(year, Number(p.month), Number(p.day), Number(p.hour), Number(p.minute), Number(p.second), millis);
}

/** Offset of `timeZone` from UTC at instant `ms`, in milliseconds (+13:00 → 46 800 000). */
export function offsetMs(ms: number, timeZone: string): number {
  return wallMs(ms, timeZone) - ms;
}

/**
 * The instant at which `timeZone`'s wall clock shows `wall`. A repeated hour (autumn) takes the
 * earlier instant; a skipped hour (spring) moves forward by the gap, as Sheets and Java do.
 */
export const instantFromWall = memo(computeInstantFromWall);

function computeInstantFromWall(wall: number, timeZone: string): number {
  const offsets = new Set([
    offsetMs(wall - DAY_MS, timeZone),
    offsetMs(wall, timeZone),
    offsetMs(wall + DAY_MS, timeZone),
  ]);
  const exact = [...offsets].map((o) => wall - o).filter((t) => wallMs(t, timeZone) === wall);
  if (exact.length > 0) return Math.min(...exact);
  return wall - offsetMs(wall - DAY_MS, timeZone);
}

/** Serial day number (fractional for time of day) that `timeZone` shows at instant `ms`. */
export function serialFromInstant(ms: number, timeZone: string): number {
  return (wallMs(ms, timeZone) - SERIAL_EPOCH) / DAY_MS;
}

/** Wall-clock milliseconds for a serial, rounded to the millisecond as Sheets does. */
export function wallFromSerial(serial: number): number {
  return SERIAL_EPOCH + Math.round(serial * DAY_MS);
}

export function instantFromSerial(serial: number, timeZone: string): number {
  return instantFromWall(wallFromSerial(serial), timeZone);
}

const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?$/;

/** Wall-clock milliseconds for "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm[:ss[.SSS]]", or null if not valid. */
export function parseLocalIso(text: string): number | null {
  const m = ISO_LOCAL.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0', m[6] ?? '0'].map(Number);
  const ms = Number((m[7] ?? '0').padEnd(3, '0'));
  const wall = utcMs(y, mo, d, h, mi, s, ms);
  const back = new Date(wall);
  // Reject 2026-02-30 and 25:00 rather than rolling over.
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
  return wall;
}

/** Serial for a local ISO date or date-time string; throws on malformed input (fixtures are code). */
export function serialFromLocalIso(text: string): number {
  const wall = parseLocalIso(text);
  if (wall === null) throw new Error(`fake: not a local ISO date or date-time: ${JSON.stringify(text)}`);
  return (wall - SERIAL_EPOCH) / DAY_MS;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "YYYY-MM-DD" or "YYYY-MM-DD HH:mm:ss" for a serial, independent of any zone (it is already local). */
export function isoFromSerial(serial: number, withTime: boolean): string {
  const d = new Date(wallFromSerial(serial));
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  if (!withTime) return date;
  return `${date} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** True for Date objects from any realm (the bundle's vm context has its own Date). */
export function isDateObject(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
