/** What bookkeepers type that Revoice accepts, and the typos it refuses. */
import { parseWeekdays } from '../../src/engine/workbook/parse-schedule';
import { failureOf } from './drive';
import { invoice, workbook } from './fixtures';

describe('weekday lists', () => {
  test.each([
    ['Mon, Wed, Fri', [1, 3, 5]],
    ['Tues & Thurs', [2, 4]],
    ['Weds', [3]],
    ['mon-fri', [1, 2, 3, 4, 5]],
    ['Fri-Mon', [0, 1, 5, 6]],
    ['Monday and Wednesday', [1, 3]],
  ])('%j → %j', (text, days) => {
    expect(parseWeekdays(text)).toEqual(days);
  });

  test.each(['', 'M, W', 'Mon-Wed-Fri', 'Funday'])('%j is refused', (text) => {
    expect(parseWeekdays(text)).toBeNull();
  });
});

describe('currency codes', () => {
  test('a typo like "GPB" is a bad value naming the cell, not a currency with two decimals', () => {
    const raw = workbook({ Invoices: [invoice('INV-1', { Currency: 'GPB' })] });
    expect(failureOf(raw, { action: 'void', invoiceIds: ['INV-1'] }, 'BAD_VALUE').message).toMatch(
      /Invoices!\w+2 .*GPB/,
    );
  });

  test('lower case is read as the code', () => {
    const raw = workbook({ Invoices: [invoice('INV-1', { Currency: 'gbp', Status: 'draft' })] });
    expect(failureOf(raw, { action: 'void', invoiceIds: ['INV-1'] }, 'DRAFT').code).toBe('DRAFT');
  });
});
