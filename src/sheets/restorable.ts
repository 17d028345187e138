import { asText, serialOfInstant } from './cell-values';
import { isDate } from './zone';

/**
 * A previous cell as setValues must be given it to come back exactly: its formula, its text
 * (verbatim in a Plain-text column), its number, or its date as the serial the sheet held.
 */
export function restorable(value: unknown, formula: string | undefined, timeZone: string, plainText = false): unknown {
  if (formula) return formula;
  if (typeof value === 'string') return asText(value, plainText);
  if (isDate(value)) return serialOfInstant(value, timeZone);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return '';
}
