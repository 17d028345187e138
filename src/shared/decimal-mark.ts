/**
 * The decimal mark of a spreadsheet's locale, as Sheets reads typed numbers: where it is a comma
 * (de_DE, fr_FR, pl_PL …) "1.234,50" is 1234.50, and formulas separate arguments with ';'.
 * https://support.google.com/docs/answer/58515 (locale settings change number formats and separators)
 * Sheets' own list of the locales that take ',' (https://stackoverflow.com/questions/73767719,
 * September 2022) includes Mongolia (mn_MN), which writes a decimal point: 'mn' is not here.
 * Shared so the sidebar reads a typed amount as a cell of the same spreadsheet is read.
 */

/** Languages whose usual decimal mark is a comma. */
const COMMA_DECIMAL_LANGUAGES = new Set([
  'af',
  'az',
  'be',
  'bg',
  'bs',
  'ca',
  'cs',
  'da',
  'de',
  'el',
  'es',
  'et',
  'eu',
  'fi',
  'fo',
  'fr',
  'gl',
  'hr',
  'hu',
  'hy',
  'id',
  'is',
  'it',
  'ka',
  'kk',
  'ky',
  'lt',
  'lv',
  'mk',
  'nb',
  'nl',
  'nn',
  'no',
  'pl',
  'pt',
  'ro',
  'ru',
  'sk',
  'sl',
  'sq',
  'sr',
  'sv',
  'tr',
  'uk',
  'uz',
  'vi',
]);

/** Regions that write a decimal point although their language usually takes a comma. */
const POINT_DECIMAL_LOCALES = new Set([
  'de_CH',
  'de_LI',
  'fr_CH',
  'it_CH',
  'es_MX',
  'es_US',
  'es_PR',
  'es_DO',
  'es_GT',
  'es_HN',
  'es_NI',
  'es_PA',
  'es_SV',
]);

export type DecimalMark = '.' | ',';

/** '.' or ',' for a locale code as getSpreadsheetLocale gives it ("de_DE"); '.' when unknown. */
export function decimalMark(locale: string | undefined): DecimalMark {
  const normal = String(locale || '').replace('-', '_');
  if (POINT_DECIMAL_LOCALES.has(normal)) return '.';
  return COMMA_DECIMAL_LANGUAGES.has(normal.split('_')[0].toLowerCase()) ? ',' : '.';
}
