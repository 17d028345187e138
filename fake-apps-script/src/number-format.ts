/**
 * getDisplayValues: a value rendered through its cell's number format, for the common Sheets
 * formats (dates and times, fixed decimals, grouping, percent, currency literals). Anything more
 * exotic falls back to General.
 */
import { isoFromSerial, wallFromSerial } from './dates';
import { canonicalText, isDateFormat, Scalar } from './cells';
import { DAYS, MONTHS } from './calendar-names';

type Token = { literal: string } | { code: string };

function tokenize(format: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < format.length;) {
    const ch = format[i];
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length : end;
      tokens.push({ literal: format.slice(i + 1, stop) });
      i = stop + 1;
    } else if (ch === '\\') {
      tokens.push({ literal: format[i + 1] ?? '' });
      i += 2;
    } else if (ch === '[') {
      const end = format.indexOf(']', i);
      const inner = format.slice(i + 1, end < 0 ? format.length : end);
      // [$£-809] is a currency literal; other brackets (colours, conditions) show nothing.
      if (inner.startsWith('$')) tokens.push({ literal: inner.slice(1).split('-')[0] });
      i = end < 0 ? format.length : end + 1;
    } else if (/am\/pm/i.test(format.slice(i, i + 5))) {
      tokens.push({ code: 'am/pm' });
      i += 5;
    } else if (/[a-z]/i.test(ch)) {
      let j = i;
      while (j < format.length && format[j].toLowerCase() === ch.toLowerCase()) j++;
      tokens.push({ code: format.slice(i, j).toLowerCase() });
      i = j;
    } else {
      tokens.push({ literal: ch });
      i++;
    }
  }
  return tokens;
}

function renderDate(serial: number, format: string): string {
  const d = new Date(wallFromSerial(serial));
  const tokens = tokenize(format);
  const codes = tokens.map((t) => ('code' in t ? t.code : ''));
  const twelve = codes.includes('am/pm');
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return tokens
    .map((t, i) => {
      if ('literal' in t) return t.literal;
      const c = t.code;
      const len = c.length;
      const prev = codes
        .slice(0, i)
        .reverse()
        .find((x) => x !== '');
      const next = codes.slice(i + 1).find((x) => x !== '');
      const hour = d.getUTCHours();
      switch (c[0]) {
        case 'y':
          return len <= 2 ? pad(d.getUTCFullYear() % 100, 2) : pad(d.getUTCFullYear(), 4);
        case 'm':
          // "m" right after hours or right before seconds means minutes, as in Sheets.
          if (len <= 2 && (prev?.[0] === 'h' || next?.[0] === 's')) return pad(d.getUTCMinutes(), len);
          if (len >= 4) return MONTHS[d.getUTCMonth()];
          return len === 3 ? MONTHS[d.getUTCMonth()].slice(0, 3) : pad(d.getUTCMonth() + 1, len);
        case 'd':
          if (len >= 4) return DAYS[d.getUTCDay()];
          return len === 3 ? DAYS[d.getUTCDay()].slice(0, 3) : pad(d.getUTCDate(), len);
        case 'h':
          return pad(twelve ? (hour % 12 === 0 ? 12 : hour % 12) : hour, len);
        case 's':
          return pad(d.getUTCSeconds(), len);
        case 'a':
          return c === 'am/pm' ? (hour < 12 ? 'AM' : 'PM') : c;
        default:
          return c;
      }
    })
    .join('');
}

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function renderNumber(value: number, format: string): string {
  const sections = format.split(';');
  const section = value < 0 && sections[1] ? sections[1] : sections[0];
  const explicitNegative = value < 0 && !!sections[1];
  const core = /[#0?][#0?,]*(?:\.[#0?]+)?|\.[#0?]+/.exec(section);
  if (!core) return canonicalText(value, undefined);
  const text = (s: string) =>
    tokenize(s)
      .map((t) => ('literal' in t ? t.literal : t.code))
      .join('');
  const percent = section.includes('%');
  const [intPart, fracPart = ''] = core[0].split('.');
  const decimals = fracPart.length;
  const scaled = Math.abs(value) * (percent ? 100 : 1);
  let [whole, frac = ''] = scaled.toFixed(decimals).split('.');
  if (!intPart.includes('0') && whole === '0' && decimals > 0) whole = '';
  if (intPart.includes(',')) whole = group(whole);
  const required = fracPart.replace(/[^0]/g, '').length;
  while (frac.length > required && frac.endsWith('0')) frac = frac.slice(0, -1);
  const number = frac ? `${whole}.${frac}` : whole;
  const prefix = text(section.slice(0, core.index));
  const suffix = text(section.slice(core.index + core[0].length));
  const sign = value < 0 && !explicitNegative && Number(scaled.toFixed(decimals)) !== 0 ? '-' : '';
  return `${sign}${prefix}${number}${suffix}`;
}

/** The text getDisplayValues shows for a value in a cell with `format`. */
export function displayText(value: Scalar, format: string | undefined): string {
  if (typeof value !== 'number' || !format || /^general$/i.test(format) || format === '@') {
    return canonicalText(value, format);
  }
  if (isDateFormat(format)) {
    try {
      return renderDate(value, format);
    } catch {
      return isoFromSerial(value, true);
    }
  }
  return renderNumber(value, format);
}
