/** Typed money read by the spreadsheet's decimal mark: the one rule for cells and the sidebar. */
import { decimalMark } from '../../src/shared/decimal-mark';
import { decimalTextOf } from '../../src/shared/money-text';

describe('decimalTextOf', () => {
  test('with a decimal point (en locales), as before', () => {
    expect(decimalTextOf('£1,234.50')).toBe('1234.50');
    expect(decimalTextOf('-12.5')).toBe('-12.5');
    expect(decimalTextOf('1234.5 GBP')).toBe('1234.5');
    expect(decimalTextOf('$ 20')).toBe('20');
    expect(decimalTextOf('20 €')).toBe('20');
    expect(decimalTextOf('1.234,50')).toBeNull();
    expect(decimalTextOf('1,23')).toBeNull();
    expect(decimalTextOf('- -1')).toBeNull();
    // Plain decimal text starts with a digit, whichever mark was typed.
    expect(decimalTextOf('.5')).toBe('0.5');
    expect(decimalTextOf('-.25')).toBe('-0.25');
    expect(decimalTextOf(',5', ',')).toBe('0.5');
  });

  test('with a decimal comma (de_DE, fr_FR): a point or a space only groups', () => {
    expect(decimalTextOf('1.234,50', ',')).toBe('1234.50');
    expect(decimalTextOf('12,5', ',')).toBe('12.5');
    expect(decimalTextOf('€ 1.234,50', ',')).toBe('1234.50');
    expect(decimalTextOf('1.234,50 €', ',')).toBe('1234.50');
    expect(decimalTextOf('-1 234,50 EUR', ',')).toBe('-1234.50');
    expect(decimalTextOf('1\u202f234,5', ',')).toBe('1234.5');
    expect(decimalTextOf('1.234', ',')).toBe('1234');
    // "12.5" is not how a comma locale writes a number: refused, not guessed.
    expect(decimalTextOf('12.5', ',')).toBeNull();
    expect(decimalTextOf('1,234.50', ',')).toBeNull();
  });

  test('more decimals than a currency has are kept, for the server to refuse', () => {
    expect(decimalTextOf('100,005', ',')).toBe('100.005');
  });
});

describe('decimalMark', () => {
  test('by the spreadsheet’s locale, as Sheets reads numbers', () => {
    expect(decimalMark('en_GB')).toBe('.');
    expect(decimalMark('de_DE')).toBe(',');
    expect(decimalMark('fr_FR')).toBe(',');
    expect(decimalMark('de_CH')).toBe('.');
    expect(decimalMark('mn_MN')).toBe('.');
    expect(decimalMark(undefined)).toBe('.');
  });
});
