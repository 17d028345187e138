/** Money and numbers shown as the spreadsheet's locale writes them, from decimal strings only. */
import { formatMoneyText, formatNumber, localeTag } from '../../src/shared/money-display';

// Intl writes some separators as no-break spaces: compare with plain spaces.
const shown = (amount: string, currency: string, locale: string | undefined) =>
  formatMoneyText(amount, currency, locale).replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoneyText', () => {
  test('symbol, its place and the separators follow the locale', () => {
    expect(shown('804.00', 'GBP', 'en_GB')).toBe('£804.00');
    expect(shown('1234.50', 'USD', 'en_US')).toBe('$1,234.50');
    expect(shown('1234.50', 'EUR', 'de_DE')).toBe('1.234,50 €');
    expect(shown('1234.50', 'EUR', 'fr_FR')).toBe('1 234,50 €');
    // Whatever apostrophe Intl uses for Switzerland, the code leads and a point is the decimal mark.
    expect(shown('1234.50', 'CHF', 'de_CH')).toMatch(/^CHF 1['’]234\.50$/);
  });

  test('the currency’s minor units are the digits given: JPY has none, KWD three', () => {
    expect(shown('13202', 'JPY', 'ja_JP')).toMatch(/^[¥￥]13,202$/);
    expect(shown('1000.001', 'KWD', 'en_GB')).toMatch(/1,000\.001$/);
  });

  test('negative amounts take the locale’s sign and place', () => {
    expect(shown('-13.50', 'GBP', 'en_GB')).toBe('-£13.50');
    expect(shown('-1234.50', 'EUR', 'de_DE')).toBe('-1.234,50 €');
  });

  test('large amounts keep every digit (no float on the way)', () => {
    expect(shown('12345678901234567890.12', 'USD', 'en_US')).toBe('$12,345,678,901,234,567,890.12');
    expect(shown('9007199254740993.01', 'EUR', 'de_DE')).toBe('9.007.199.254.740.993,01 €');
    // India groups by two above the thousands.
    expect(shown('1234567.00', 'INR', 'en_IN')).toBe('₹12,34,567.00');
  });

  test('an unknown currency, or no locale, shows the code after the amount', () => {
    expect(shown('804.00', 'XYZ', 'en_GB')).toBe('804.00 XYZ');
    expect(shown('1234.50', 'XYZ', 'de_DE')).toBe('1.234,50 XYZ');
    expect(shown('1234.50', 'GBP', undefined)).toBe('1,234.50 GBP');
    expect(shown('1234.50', 'GBP', 'not a locale')).toBe('1,234.50 GBP');
  });

  test('text that is not a decimal string is shown as given', () => {
    expect(shown('n/a', 'GBP', 'en_GB')).toBe('n/a GBP');
    expect(shown('1e3', '', 'en_GB')).toBe('1e3');
  });
});

describe('formatNumber', () => {
  test('the locale’s separators, the digits as given', () => {
    expect(formatNumber('1234.5', 'de_DE')).toBe('1.234,5');
    expect(formatNumber('0.3335', 'en_GB')).toBe('0.3335');
    expect(formatNumber('1234', undefined)).toBe('1,234');
    // Spain leaves four-digit numbers ungrouped, as Intl does.
    expect(formatNumber('1234.5', 'es_ES')).toBe('1234,5');
    expect(formatNumber('12345.5', 'es_ES')).toBe('12.345,5');
  });
});

describe('localeTag', () => {
  test('Sheets’ locale codes become BCP 47 tags', () => {
    expect(localeTag('en_GB')).toBe('en-GB');
    expect(localeTag('de')).toBe('de');
    expect(localeTag('')).toBeUndefined();
    expect(localeTag('x_1')).toBeUndefined();
  });
});
