/** Unit tests of the cell parsers and money helpers (src/engine/values.ts, money.ts). */
import { lineAmount, lineTax, totalsOf } from '../../src/engine/invoice/line-math';
import type { Line } from '../../src/engine/workbook/model';
import { Dec, formatMoney, minorUnits, roundMoney } from '../../src/engine/calc/money';
import { moneyCell, writtenNumber } from '../../src/engine/workbook/written-number';
import { decimalFromNumber, decimalFromText, parseTaxRate } from '../../src/engine/workbook/values';

const text = (value: Dec | null) => value?.toString() ?? null;

describe('numbers read from cells', () => {
  test.each([
    [0.1 + 0.2, '0.3'],
    [2.675, '2.675'],
    [1.1 * 3, '3.3'],
    [-0.1 - 0.2, '-0.3'],
    [13201.5, '13201.5'],
  ])('%p is taken at 15 significant digits as %s', (cell, expected) => {
    expect(decimalFromNumber(cell).toString()).toBe(expected);
  });
});

describe('money written as text', () => {
  test.each([
    ['£1,234.50', '1234.5'],
    ['1234.5', '1234.5'],
    ['-12.50', '-12.5'],
    ['£-12.50', '-12.5'],
    ['-£12.50', '-12.5'],
    ['$0.99', '0.99'],
    ['12.50 GBP', '12.5'],
    ['GBP 12.50', '12.5'],
    ['1,000,000', '1000000'],
    ['  7 ', '7'],
  ])('%j reads as %s', (cell, expected) => {
    expect(text(decimalFromText(cell))).toBe(expected);
  });

  test.each(['abc', '', '£', '12.5.3', '1,23', '12,50', '1 234', '(12.50)', '-£-1', '--1', 'twelve pounds'])(
    '%j is not money',
    (cell) => {
      expect(decimalFromText(cell)).toBeNull();
    },
  );
});

describe('tax rates', () => {
  test.each([
    [0.2, '0.2'],
    ['20%', '0.2'],
    ['20 %', '0.2'],
    ['5.5%', '0.055'],
    ['0.2', '0.2'],
    [0, '0'],
    [1, '1'],
  ])('%j reads as %s', (cell, expected) => {
    expect(text(parseTaxRate(cell))).toBe(expected);
  });

  test.each([['abc'], [20], ['20'], [-0.1], ['-5%'], ['150%']])('%j is refused', (cell) => {
    expect(parseTaxRate(cell)).toBeNull();
  });
});

describe('rounding to minor units, half away from zero', () => {
  test.each([
    ['2.675', 'GBP', '2.68'],
    ['-2.675', 'GBP', '-2.68'],
    ['2.665', 'GBP', '2.67'],
    ['2.6749', 'GBP', '2.67'],
    ['1.0005', 'KWD', '1.001'],
    ['-1.0005', 'KWD', '-1.001'],
    ['13201.5', 'JPY', '13202'],
    ['-13201.5', 'JPY', '-13202'],
    ['0.5', 'JPY', '1'],
  ])('%s %s → %s', (value, currency, expected) => {
    expect(roundMoney(new Dec(value), currency).toString()).toBe(expected);
  });

  test('minor units come from ISO 4217', () => {
    expect([minorUnits('GBP'), minorUnits('EUR'), minorUnits('JPY'), minorUnits('KWD'), minorUnits('BHD')]).toEqual([
      2, 2, 0, 3, 3,
    ]);
  });
});

describe('money in API results has exactly the minor units', () => {
  test.each([
    ['0', 'GBP', '0.00'],
    ['123.45', 'GBP', '123.45'],
    ['123.4', 'GBP', '123.40'],
    ['100', 'GBP', '100.00'],
    ['1.0005', 'KWD', '1.001'],
    ['0', 'KWD', '0.000'],
    ['13201.5', 'JPY', '13202'],
    ['0', 'JPY', '0'],
    ['-2.675', 'GBP', '-2.68'],
    ['-0.001', 'GBP', '0.00'],
  ])('%s %s → %j', (value, currency, expected) => {
    expect(formatMoney(new Dec(value), currency)).toBe(expected);
  });

  test('money written to cells is a number rounded to minor units', () => {
    expect(moneyCell(new Dec('2.675'), 'GBP', 'x')).toBe(2.68);
    expect(moneyCell(new Dec('13201.5'), 'JPY', 'x')).toBe(13202);
    expect(moneyCell(new Dec('1.0005'), 'KWD', 'x')).toBe(1.001);
  });

  test.each(['0.1', '123456789012.345', '-99999999999999.9', '1e20', '0.000000000000000123456789012345'])(
    'a number with up to 15 significant digits is written as itself: %s',
    (value) => expect(writtenNumber(new Dec(value), 'x')).toBe(Number(value)),
  );

  test.each([
    ['99999999999999999999', 'BAD_VALUE'],
    ['850000000000000000003.5', 'BAD_EDIT'],
    ['1234567890123456', 'BAD_VALUE'],
    ['1e400', 'BAD_VALUE'],
  ] as const)('a number a cell cannot hold exactly is refused, naming it: %s', (value, code) => {
    expect(() => writtenNumber(new Dec(value), "INV-1-R1's Total", code)).toThrow(
      expect.objectContaining({ code, message: expect.stringContaining("INV-1-R1's Total would be") }),
    );
  });

  test('money is refused as it would be written, rounded to minor units', () => {
    expect(() => moneyCell(new Dec('850000000000000000003.499'), 'GBP', 'Total')).toThrow(
      /Total would be 850000000000000000003.50: more digits than a Sheets cell keeps/,
    );
    expect(moneyCell(new Dec('1234567890123.444'), 'GBP', 'Total')).toBe(1234567890123.44);
  });
});

describe('line math', () => {
  const line = (quantity: string, unitPrice: string, taxRate = '0'): Line => ({
    kind: 'session',
    description: 'x',
    quantity: new Dec(quantity),
    unitPrice: new Dec(unitPrice),
    taxRate: new Dec(taxRate),
    source: '',
  });

  test('amount and tax are rounded per line', () => {
    expect(lineAmount(line('1', '2.675'), 'GBP').toString()).toBe('2.68');
    expect(lineTax(line('1', '1.25', '0.1'), 'GBP').toString()).toBe('0.13');
  });

  test('totals: Σ rounded amounts, Σ rounded taxes, their sum', () => {
    const totals = totalsOf([line('1', '1.25', '0.1'), line('1', '1.25', '0.1'), line('3', '0.005')], 'GBP');
    expect([totals.subtotal, totals.tax, totals.total].map(String)).toEqual(['2.52', '0.26', '2.78']);
  });
});
