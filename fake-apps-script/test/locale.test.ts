import { argumentSeparator, COMMA_LOCALES, createFakeApps, decimalSeparator, SEMICOLON_LOCALES_SAMPLE } from '../src';

function sheetIn(locale?: string) {
  const apps = createFakeApps({ locale, sheets: { S: [['INV-1', '', '', '', '']] } });
  return { apps, sheet: apps.spreadsheet.getSheetByName('S')! };
}

describe('spreadsheet locale', () => {
  it('is en_GB by default and whatever the locale option says', () => {
    expect(createFakeApps().spreadsheet.getSpreadsheetLocale()).toBe('en_GB');
    expect(createFakeApps({ locale: 'de_DE' }).spreadsheet.getSpreadsheetLocale()).toBe('de_DE');
    expect(() => createFakeApps({ locale: 'German' })).toThrow(/not a locale code/);
  });

  it('separates arguments with ; wherever decimals are written with a comma', () => {
    for (const locale of SEMICOLON_LOCALES_SAMPLE) {
      expect([locale, argumentSeparator(locale), decimalSeparator(locale)]).toEqual([locale, ';', ',']);
    }
    for (const locale of ['en_US', 'en_GB', 'ja_JP', 'de_CH', 'es_MX', 'hi_IN']) {
      expect([locale, argumentSeparator(locale), decimalSeparator(locale)]).toEqual([locale, ',', '.']);
    }
    expect(COMMA_LOCALES.size).toBeGreaterThanOrEqual(28);
  });

  it('in de_DE computes ;-separated formulas and shows #ERROR! for ,-separated ones', () => {
    const { apps, sheet } = sheetIn('de_DE');
    sheet
      .getRange('B1:E1')
      .setFormulas([['=MATCH("INV-1";A:A;0)', '=MATCH("INV-1",A:A,0)', '=1,5*2', '=IF(B1=1;"found";"no")']]);
    expect(sheet.getRange('A1:E1').getValues()).toEqual([['INV-1', 1, '#ERROR!', 3, 'found']]);
    expect(apps.errorNote('S', 1, 3)).toBe('Formula parse error.');
    expect(apps.errorNote('S', 1, 2)).toBe('');
  });

  it('in en_GB shows #ERROR! for ;-separated formulas and for comma decimals', () => {
    const { sheet } = sheetIn();
    sheet.getRange('B1:E1').setFormulas([['=MATCH("INV-1";A:A;0)', '=MATCH("INV-1",A:A,0)', '=1,5*2', '=1.5*2']]);
    expect(sheet.getRange('B1:E1').getValues()).toEqual([['#ERROR!', 1, '#ERROR!', 3]]);
  });

  it('keeps function names English in every locale', () => {
    const { sheet } = sheetIn('fr_FR');
    sheet.getRange('B1:C1').setFormulas([['=IF(1;"oui";"non")', '=SI(1;"oui";"non")']]);
    expect(sheet.getRange('B1:C1').getValues()).toEqual([['oui', '']]); // SI is no function the fake (or Sheets) knows
  });

  it('moves references with inserted rows in a semicolon locale too', () => {
    const { apps, sheet } = sheetIn('pl_PL');
    sheet.getRange('B1').setFormula('=MATCH("INV-1";A1:A1;0)');
    sheet.insertRowsBefore(1, 1);
    expect(apps.formulas('S')[1][1]).toBe('=MATCH("INV-1";A2:A2;0)');
    expect(sheet.getRange('B2').getValue()).toBe(1);
  });
});
