/**
 * The spreadsheet's locale decides how formulas are written. Sheets splits its locales in two:
 * those that write decimals with a point separate function arguments with ',', all the others
 * write decimals with a comma and separate arguments with ';'. Function names stay English.
 *
 * The 28 comma locales are listed in https://stackoverflow.com/questions/73767719 (locale
 * differences in Google Sheets, as of September 2022); the rule itself is described in
 * https://www.benlcollins.com/spreadsheets/sheets-location/ and the setting in
 * https://support.google.com/docs/answer/58515 (File > Settings > Locale, per spreadsheet).
 * Sheets' own UI turns a ';' typed in a comma locale into ','; the fake refuses it instead
 * (stricter: code that writes formulas must use the locale's separator either way).
 */

/** Locale codes (as getSpreadsheetLocale returns them) of the comma-separator locales. */
export const COMMA_LOCALES: ReadonlySet<string> = new Set([
  'en_US',
  'en_GB',
  'cy_GB',
  'en_AU',
  'en_CA',
  'en_IE',
  'en_IN',
  'en_PH',
  'fil_PH',
  'zh_CN',
  'zh_HK',
  'zh_TW',
  'ja_JP',
  'ko_KR',
  'th_TH',
  'iw_IL',
  'he_IL',
  'ar_EG',
  'es_MX',
  'mn_MN',
  'my_MM',
  'de_CH',
  'hi_IN',
  'bn_IN',
  'gu_IN',
  'kn_IN',
  'ml_IN',
  'mr_IN',
  'pa_IN',
  'ta_IN',
  'te_IN',
]);

/** Some of the semicolon locales, for tests and docs; any locale not in COMMA_LOCALES is one. */
export const SEMICOLON_LOCALES_SAMPLE = [
  'de_DE',
  'fr_FR',
  'pl_PL',
  'es_ES',
  'it_IT',
  'pt_BR',
  'nl_NL',
  'ru_RU',
] as const;

export const DEFAULT_LOCALE = 'en_GB';

function usesComma(locale: string): boolean {
  if (COMMA_LOCALES.has(locale)) return true;
  // A bare language code: English and the CJK languages write decimals with a point.
  return /^(en|zh|ja|ko|th)$/.test(locale);
}

/** ',' or ';': what separates function arguments in formulas of a spreadsheet in `locale`. */
export function argumentSeparator(locale: string): ',' | ';' {
  return usesComma(locale) ? ',' : ';';
}

/** '.' or ',': the decimal mark of numbers written inside formulas in `locale`. */
export function decimalSeparator(locale: string): '.' | ',' {
  return usesComma(locale) ? '.' : ',';
}

/** Throws for text that is not a locale code like en_GB or de (what setSpreadsheetLocale accepts). */
export function checkLocale(locale: unknown): string {
  if (typeof locale !== 'string' || !/^[a-z]{2,3}(?:_[A-Z]{2})?$/.test(locale)) {
    throw new Error(`fake: not a locale code: ${JSON.stringify(locale)}`);
  }
  return locale;
}
