import type { OutValue } from '../engine';
import { midnightIn } from './zone';

/** How a sheet's cells are written: the zone for dates and how to link to an invoice. */
export interface WriteContext {
  timeZone: string;
  now: Date;
  linkTo(invoiceId: string): string;
}

/**
 * Text is written with a leading apostrophe, which Sheets stores as plain text: a
 * description "=IMPORTXML(…)" or "+44 7700" or "0012" stays exactly what was typed,
 * never a formula, number or date.
 */
export function asText(text: string): string {
  return text === '' ? '' : `'${text}`;
}

/** An engine value as the value handed to setValues. */
export function toSheetValue(value: OutValue, context: WriteContext): unknown {
  if (value === null) return '';
  if (typeof value === 'string') return asText(value);
  if (typeof value === 'number') return value;
  if ('date' in value) return midnightIn(value.date, context.timeZone);
  if ('now' in value) return context.now;
  return context.linkTo(value.link);
}

export function isEmptyOut(value: OutValue): boolean {
  return value === null || value === '';
}
