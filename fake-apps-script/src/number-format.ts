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
    } else if (ch === '_' || ch === '*') {
      // _x leaves the width of x, *x repeats x across the column: a space, and nothing (the
      // column width is not known here; Sheets pads to it).
      tokens.push({ literal: ch === '_' ? ' ' : '' });
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

/** The format with everything that is text, not code ("quoted", \x, [bracketed], _x, *x) blanked out, same length. */
function codesOnly(format: string): string {
  return format.replace(/"[^"]*"?|\\.|\[[^\]]*\]?|[_*]./g, (m) => '\u0000'.repeat(m.length));
}

const literalText = (s: string) =>
  tokenize(s)
    .map((t) => ('literal' in t ? t.literal : t.code))
    .join('');

/**
 * Up to four sections, "positive;negative;zero;text": a negative number in its own section
 * shows no minus sign (the section says how, e.g. (1,234.50)); zero uses the third if present.
 */
function sectionFor(value: number, format: string): { section: string; signed: boolean } {
  const codes = codesOnly(format);
  const sections: string[] = [];
  let from = 0;
  for (let i = 0; i <= codes.length; i++) {
    if (i === codes.length || codes[i] === ';') (sections.push(format.slice(from, i)), (from = i + 1));
  }
  if (value < 0 && sections.length > 1) return { section: sections[1], signed: false };
  if (value === 0 && sections.length > 2) return { section: sections[2], signed: false };
  return { section: sections[0], signed: true };
}

/** Digits for a placeholder run such as "#,##0.00" (no sign). */
function fixed(scaled: number, core: string): string {
  const [intPart, fracPart = ''] = core.split('.');
  const decimals = fracPart.length;
  let [whole, frac = ''] = scaled.toFixed(decimals).split('.');
  // With no 0 before the point a zero whole part is left out, or shown as spaces for "?".
  if (!intPart.includes('0') && whole === '0' && (decimals > 0 || intPart.includes('?')))
    whole = ' '.repeat(intPart.replace(/[^?]/g, '').length);
  if (intPart.includes(',')) whole = group(whole);
  // Trailing zeros go, down to the 0 placeholders; a ? placeholder keeps the place as a space.
  const required = fracPart.replace(/[^0]/g, '').length;
  while (frac.length > required && frac.endsWith('0')) frac = frac.slice(0, -1);
  frac = frac.padEnd(fracPart.replace(/[^0?]/g, '').length, ' ');
  return frac ? `${whole}.${frac}` : whole;
}

/** "0.00E+00": one digit before the point, the exponent padded to its placeholders. */
function scientific(abs: number, core: string): string {
  const [mantissa, exponent] = core.split(/[eE]/);
  const decimals = (mantissa.split('.')[1] ?? '').length;
  let power = abs === 0 ? 0 : Math.floor(Math.log10(abs));
  if (Number((abs / 10 ** power).toFixed(decimals)) >= 10) power += 1; // 9.999 rounds up to 10.00
  const digits = (abs / 10 ** power).toFixed(decimals);
  const sign = power < 0 ? '-' : exponent[0] === '+' ? '+' : '';
  return `${digits}E${sign}${String(Math.abs(power)).padStart(exponent.length - 1, '0')}`;
}

/** The number part of a section: its placeholders (or "General") and how they show the value. */
function numberPart(abs: number, codes: string): { index: number; length: number; body: string } | null {
  const core = /[#0?][#0?,]*(?:\.[#0?]*)?(?:[eE][+-][#0]+)?|\.[#0?]+/.exec(codes);
  if (core) {
    const body = /[eE]/.test(core[0]) ? scientific(abs, core[0]) : fixed(abs, core[0]);
    return { index: core.index, length: core[0].length, body };
  }
  const general = /general/i.exec(codes);
  return general ? { index: general.index, length: general[0].length, body: canonicalText(abs, undefined) } : null;
}

function renderNumber(value: number, format: string): string {
  const { section, signed } = sectionFor(value, format);
  const codes = codesOnly(section);
  // Fractions ("# ?/?") are not modelled: they show as General (the fake's choice).
  if (/[#0?]\s*\/\s*[#0?1-9]/.test(codes)) return canonicalText(value, undefined);
  const part = numberPart(Math.abs(value) * (codes.includes('%') ? 100 : 1), codes);
  // A section of text only ("-" for zero, say) shows just that text.
  if (!part) return literalText(section);
  const prefix = literalText(section.slice(0, part.index));
  const suffix = literalText(section.slice(part.index + part.length));
  const sign = value < 0 && signed && /[1-9]/.test(part.body.split('E')[0]) ? '-' : '';
  return `${sign}${prefix}${part.body}${suffix}`;
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
