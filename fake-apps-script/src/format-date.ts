/** Utilities.formatDate: Java SimpleDateFormat patterns evaluated on a zone's wall clock. */
import { offsetMs, wallMs } from './dates';
import { DAYS, MONTHS } from './calendar-names';

const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, '0');

function offsetText(offsetMinutes: number, style: 'X' | 'XX' | 'XXX' | 'Z' | 'z'): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const h = pad(Math.trunc(Math.abs(offsetMinutes) / 60), 2);
  const m = pad(Math.abs(offsetMinutes) % 60, 2);
  // Java's X patterns write "Z" for UTC; Z and z always write digits.
  if (style.startsWith('X') && offsetMinutes === 0) return 'Z';
  if (style === 'X') return m === '00' ? `${sign}${h}` : `${sign}${h}${m}`;
  if (style === 'XX' || style === 'Z') return `${sign}${h}${m}`;
  if (style === 'z') return `GMT${sign}${h}:${m}`;
  return `${sign}${h}:${m}`;
}

function field(letter: string, count: number, wall: Date, offsetMinutes: number): string {
  const year = wall.getUTCFullYear();
  const month = wall.getUTCMonth();
  const hour = wall.getUTCHours();
  switch (letter) {
    case 'y':
    case 'Y':
      return count === 2 ? pad(year % 100, 2) : pad(year, count);
    case 'M':
      return count >= 4 ? MONTHS[month] : count === 3 ? MONTHS[month].slice(0, 3) : pad(month + 1, count);
    case 'd':
      return pad(wall.getUTCDate(), count);
    case 'E':
      return count >= 4 ? DAYS[wall.getUTCDay()] : DAYS[wall.getUTCDay()].slice(0, 3);
    case 'u':
      return String(wall.getUTCDay() === 0 ? 7 : wall.getUTCDay());
    case 'a':
      return hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(hour, count);
    case 'k':
      return pad(hour === 0 ? 24 : hour, count);
    case 'K':
      return pad(hour % 12, count);
    case 'h':
      return pad(hour % 12 === 0 ? 12 : hour % 12, count);
    case 'm':
      return pad(wall.getUTCMinutes(), count);
    case 's':
      return pad(wall.getUTCSeconds(), count);
    case 'S':
      return pad(wall.getUTCMilliseconds(), count);
    case 'X':
      return offsetText(offsetMinutes, count === 1 ? 'X' : count === 2 ? 'XX' : 'XXX');
    case 'Z':
      return offsetText(offsetMinutes, 'Z');
    case 'z':
      return offsetText(offsetMinutes, 'z');
    default:
      throw new Error(`Illegal pattern character '${letter}'`);
  }
}

/** Formats instant `ms` with a SimpleDateFormat pattern on `timeZone`'s wall clock. */
export function formatDatePattern(ms: number, timeZone: string, pattern: string): string {
  const wall = new Date(wallMs(ms, timeZone));
  const offsetMinutes = Math.round(offsetMs(ms, timeZone) / 60_000);
  let out = '';
  for (let i = 0; i < pattern.length;) {
    const ch = pattern[i];
    if (ch === "'") {
      // '' is a literal quote; 'text' is literal text with '' inside meaning one quote.
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      let j = i + 1;
      for (; j < pattern.length; j++) {
        if (pattern[j] === "'" && pattern[j + 1] === "'") {
          out += "'";
          j++;
          continue;
        }
        if (pattern[j] === "'") break;
        out += pattern[j];
      }
      if (j >= pattern.length) throw new Error(`Unterminated quote in pattern ${pattern}`);
      i = j + 1;
    } else if (/[A-Za-z]/.test(ch)) {
      let j = i;
      while (pattern[j] === ch) j++;
      out += field(ch, j - i, wall, offsetMinutes);
      i = j;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}
