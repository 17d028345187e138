/**
 * Formula argument separators follow the spreadsheet's locale: where the decimal mark is a
 * comma (de_DE, fr_FR, pl_PL …) Sheets separates arguments with ';' and a ',' is a parse error
 * (#ERROR!). Function names stay English in every locale.
 * https://support.google.com/docs/answer/58515 (locale settings change function separators)
 */
import { decimalMark } from '../shared/decimal-mark';

export type ArgumentSeparator = ',' | ';';

export function argumentSeparator(locale: string): ArgumentSeparator {
  return decimalMark(locale) === ',' ? ';' : ',';
}
