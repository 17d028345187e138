/**
 * What a cell stores and how input becomes it. Sheets keeps a value (number, text, boolean) or a
 * formula, plus a number format; a date is just a number whose format is a date format.
 */
import { isDateObject, isoFromSerial, parseLocalIso, serialFromInstant, serialFromLocalIso, DAY_MS } from './dates';

export type Scalar = number | string | boolean;

export interface Cell {
  value?: Scalar; // absent = empty (Sheets has no stored '' or null)
  formula?: string; // with its '='; the value is then computed on read
  cached?: Scalar; // a fixture's stand-in result for formulas the fake cannot evaluate
  format?: string; // number format; absent = General
  fontWeight?: string;
  background?: string;
  /** Data validation; only checkboxes are modelled (Range.insertCheckboxes). */
  validation?: 'checkbox';
}

export const DATE_FORMAT = 'yyyy-mm-dd';
export const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';
export const TEXT_FORMAT = '@';
/** Sheets refuses longer text in one cell. */
export const MAX_CELL_CHARS = 50_000;

/** Fixture cell builders (see FakeOptions.sheets). */
export interface DateInput {
  date: string;
}
export interface DateTimeInput {
  dateTime: string;
}
export interface FormulaInput {
  formula: string;
  value?: Scalar;
}
export interface TextInput {
  text: string;
}
export interface CheckboxInput {
  checkbox: boolean;
}

export const dateCell = (iso: string): DateInput => ({ date: iso });
export const dateTimeCell = (iso: string): DateTimeInput => ({ dateTime: iso });
export const formulaCell = (formula: string, value?: Scalar): FormulaInput => ({ formula, value });
export const textCell = (text: string): TextInput => ({ text });
/** A checkbox cell: FALSE (or TRUE) with checkbox data validation, as insertCheckboxes leaves it. */
export const checkboxCell = (checked = false): CheckboxInput => ({ checkbox: checked });

/** A thrown error that the service boundary rethrows as an Apps Script "Exception". */
export class ServiceError extends Error {
  override name = 'Exception';
}

export function isEmpty(cell: Cell | undefined): boolean {
  return !cell || (cell.value === undefined && cell.formula === undefined);
}

/** Strips quoted text and [bracketed] sections, which never make a format a date. */
function formatCodes(format: string): string {
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
}

export function isDateFormat(format: string | undefined): boolean {
  if (!format || /^general$/i.test(format) || format === TEXT_FORMAT) return false;
  return /[dmyhs]/i.test(formatCodes(format));
}

export function hasTimeCodes(format: string | undefined): boolean {
  return !!format && /[hs]/i.test(formatCodes(format));
}

function dateFormatFor(serial: number): string {
  return Number.isInteger(serial) ? DATE_FORMAT : DATE_TIME_FORMAT;
}

/** Content parsed from a value, plus a format Sheets applies when the cell has none suitable. */
export interface Parsed {
  value?: Scalar;
  formula?: string;
  format?: string;
}

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

function parseNumber(text: string): number | null {
  if (!NUMBER.test(text) || !/\d/.test(text.replace(/[eE][+-]?\d+$/, ''))) return null;
  return Number(text.replace(/,/g, ''));
}

/**
 * A string as Sheets reads typed input (setValue/setValues behave like typing): "=…" is a formula,
 * "'…" is text, numbers/percentages/currency/booleans/ISO dates are converted, and "+…"/"-…" that
 * are not numbers are taken as formulas (which then fail to parse or name nothing).
 */
export function parseTyped(text: string): Parsed {
  if (text === '' || text === "'") return {};
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith('=')) return { formula: text };
  const t = text.trim();
  const n = parseNumber(t);
  if (n !== null) return { value: n };
  const pct = /^([+-]?[\d.,eE+-]+)\s*%$/.exec(t);
  if (pct && parseNumber(pct[1]) !== null) {
    return { value: Number((parseNumber(pct[1])! / 100).toPrecision(15)), format: '0.00%' };
  }
  const money = /^([+-]?)([$£€])\s*([\d.,]+)$/.exec(t);
  if (money && parseNumber(money[3]) !== null) {
    const value = parseNumber(money[3])! * (money[1] === '-' ? -1 : 1);
    return { value, format: `"${money[2]}"#,##0.00` };
  }
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true' };
  const wall = parseLocalIso(t);
  if (wall !== null) {
    const serial = serialFromLocalIso(t);
    return { value: serial, format: dateFormatFor(serial) };
  }
  if (/^[+-]/.test(t) && /[^+\-\s]/.test(t)) return { formula: `=${t}` };
  return { value: text };
}

/**
 * Any value passed to setValue(s): JS value → stored content. Rejects what would be a bug. In a
 * Plain text ('@') cell a string is stored exactly as given — no formula, no number, and a leading
 * apostrophe stays part of the text, where elsewhere it only marks the input as text
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#setnumberformatnumberformat,
 * https://how-to-sheets.com/formulas-functions/google-sheets-text-instead-of-formula).
 */
export function parseWritten(input: unknown, timeZone: string, cellFormat: string | undefined): Parsed {
  if (input === null || input === undefined) return {};
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new ServiceError(`fake: refusing to store ${input} in a cell`);
    return { value: input === 0 ? 0 : input };
  }
  if (typeof input === 'boolean') return { value: input };
  if (typeof input === 'string' && input.length > MAX_CELL_CHARS) {
    throw new ServiceError(
      `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`,
    );
  }
  if (typeof input === 'string')
    return cellFormat === TEXT_FORMAT ? (input === '' ? {} : { value: input }) : parseTyped(input);
  if (isDateObject(input)) {
    const ms = input.getTime();
    if (Number.isNaN(ms)) throw new ServiceError('fake: refusing to store an invalid Date');
    const serial = serialFromInstant(ms, timeZone);
    return { value: serial, format: dateFormatFor(serial) };
  }
  throw new ServiceError(`fake: cannot store a ${Object.prototype.toString.call(input)} in a cell`);
}

/** A fixture cell (FakeOptions.sheets) → stored content. Plain strings are stored as text. */
export function parseFixture(input: unknown, timeZone: string): Parsed & { cached?: Scalar; validation?: 'checkbox' } {
  if (typeof input === 'string')
    return input.startsWith('=') ? { formula: input } : input === '' ? {} : { value: input };
  if (input && typeof input === 'object' && !isDateObject(input)) {
    const o = input as Partial<DateInput & DateTimeInput & FormulaInput & TextInput & CheckboxInput>;
    if (typeof o.date === 'string') return { value: serialFromLocalIso(o.date), format: DATE_FORMAT };
    if (typeof o.dateTime === 'string') return { value: serialFromLocalIso(o.dateTime), format: DATE_TIME_FORMAT };
    if (typeof o.formula === 'string') return { formula: o.formula, cached: o.value };
    if (typeof o.text === 'string') return { value: o.text };
    if (typeof o.checkbox === 'boolean') return { value: o.checkbox, validation: 'checkbox' };
  }
  return parseWritten(input, timeZone, undefined);
}

/** Whether a date's serial has a time of day (to the millisecond). */
export function hasTime(serial: number): boolean {
  return Math.round(serial * DAY_MS) % DAY_MS !== 0;
}

/** A value as the canonical text the test helper display() shows. */
export function canonicalText(value: Scalar, format: string | undefined): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (isDateFormat(format)) return isoFromSerial(value, hasTimeCodes(format) || hasTime(value));
  return String(Number(value.toPrecision(15)));
}
