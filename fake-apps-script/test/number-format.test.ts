/**
 * getDisplayValues through a cell's number format, for the formats workbooks exported to .xlsx
 * carry (Sheets' own, Excel's, LibreOffice's). Patterns as documented in
 * https://developers.google.com/sheets/api/guides/formats (number format tokens, sections).
 */
import { createFakeApps } from '../src';
import { displayText } from '../src/number-format';

/** Date serial of 2026-09-01 (days since 1899-12-30). */
const SEP_1 = 46266;
const ACCOUNTING = '_-[$£-809]* #,##0.00_-;-[$£-809]* #,##0.00_-;_-[$£-809]* "-"??_-;_-@_-';

describe('number formats in display values', () => {
  it.each([
    ['dd/mm/yyyy', SEP_1, '01/09/2026'],
    ['yyyy-mm-dd', SEP_1, '2026-09-01'],
    ['d mmm yyyy', SEP_1, '1 Sep 2026'],
    ['dd/mm/yyyy hh:mm', SEP_1 + 0.5, '01/09/2026 12:00'],
    ['#,##0.00', 1234.5, '1,234.50'],
    ['0.00', -0.001, '0.00'],
    ['0.0?', 1.5, '1.5 '],
    ['#.##', 0.5, '.5'],
    ['£#,##0.00', 1234.5, '£1,234.50'],
    ['"£"#,##0.00', -1234.5, '-£1,234.50'],
    ['[$£-809]#,##0.00', 1234.5, '£1,234.50'],
    ['[$$-409]#,##0.00', -1234, '-$1,234.00'],
    ['#,##0.00 [$€-407]', 1234.5, '1,234.50 €'],
    ['#,##0.00;(#,##0.00)', -1234.5, '(1,234.50)'],
    ['#,##0.00;[Red](#,##0.00)', -1234.5, '(1,234.50)'],
    ['#,##0.00;-#,##0.00;"-"', 0, '-'],
    [ACCOUNTING, 1234.5, ' £1,234.50 '],
    [ACCOUNTING, -1234.5, '-£1,234.50 '],
    [ACCOUNTING, 0, ' £-   '],
    ['0%', 0.175, '18%'],
    ['0.00%', 0.175, '17.50%'],
    ['0.00E+00', 1234.5, '1.23E+03'],
    ['0.00E+00', 0.000999999, '1.00E-03'],
    ['"Total "0', 5, 'Total 5'],
    ['@', 123, '123'],
    ['General', 1234.5, '1234.5'],
    // Not modelled: fractions show as General (the fake's choice).
    ['# ?/?', 0.5, '0.5'],
  ])('%s shows %p as %p', (format, value, shown) => {
    expect(displayText(value, format)).toBe(shown);
  });

  it('keeps text in a Plain text (@) cell as typed, and shows a formatted cell through Range', () => {
    const apps = createFakeApps({ sheets: { S: [['', '', '']] } });
    const range = apps.spreadsheet.getSheetByName('S')!.getRange('A1:C1');
    range.setNumberFormats([['@', '[$£-809]#,##0.00', 'dd/mm/yyyy']]);
    range.setValues([['00123', 1234.5, new Date(Date.UTC(2026, 8, 1))]]);
    expect(range.getDisplayValues()).toEqual([['00123', '£1,234.50', '01/09/2026']]);
  });
});
