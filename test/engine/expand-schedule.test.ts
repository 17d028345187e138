/** Unit tests of schedule expansion (src/engine/expand-schedule.ts) and weekday parsing. */
import type { DateRange } from '../../src/engine/calc/dates';
import { expandSchedule } from '../../src/engine/invoice/expand-schedule';
import type { ScheduleItem } from '../../src/engine/workbook/model';
import { Dec } from '../../src/engine/calc/money';
import { parseWeekdays } from '../../src/engine/workbook/parse-schedule';

const MON = 1;
const WED = 3;
const FRI = 5;
const SAT = 6;
const MON_TO_FRI = [1, 2, 3, 4, 5];

function item(fields: Partial<ScheduleItem> = {}): ScheduleItem {
  return {
    row: 2,
    kind: 'session',
    description: 'Sessions',
    frequency: 'monthly',
    days: [],
    units: new Dec(1),
    rate: new Dec(10),
    effectiveFrom: null,
    effectiveTo: null,
    taxRate: new Dec(0),
    currency: null,
    ...fields,
  };
}

const range = (start: string, end: string): DateRange => ({ start, end });
// March 2026: the 1st is a Sunday; Mon/Wed/Fri fall on 13 days, Mon–Fri on 22.
const MARCH = range('2026-03-01', '2026-03-31');

/** The quantity of the single line an item expands to ('none' when it makes no line). */
function quantity(fields: Partial<ScheduleItem>, period = MARCH, closed: string[] = []): string {
  const lines = expandSchedule([item(fields)], period, new Set(closed));
  expect(lines.length).toBeLessThanOrEqual(1);
  return lines[0]?.quantity.toString() ?? 'none';
}

describe('daily', () => {
  const daily = (days: number[], units = 1) => ({ frequency: 'daily' as const, days, units: new Dec(units) });

  test('counts the listed weekdays in the period', () => {
    expect(quantity(daily([MON, WED, FRI]))).toBe('13');
    expect(quantity(daily(MON_TO_FRI))).toBe('22');
    expect(quantity(daily([SAT]), range('2026-03-02', '2026-03-06'))).toBe('none');
  });

  test('leaves out closure days that fall on a listed weekday', () => {
    expect(quantity(daily([MON, WED, FRI]), MARCH, ['2026-03-06'])).toBe('12');
    expect(quantity(daily([MON, WED, FRI]), MARCH, ['2026-03-06', '2026-03-09', '2026-03-03'])).toBe('11');
  });

  test('multiplies by units per occurrence', () => {
    expect(quantity(daily(MON_TO_FRI, 2.5))).toBe('55');
  });
});

describe('weekly', () => {
  test('is days ÷ 7 × units, rounded to 4 decimal places', () => {
    expect(quantity({ frequency: 'weekly', units: new Dec(2) }, range('2026-03-01', '2026-03-10'))).toBe('2.8571');
    expect(quantity({ frequency: 'weekly' })).toBe('4.4286');
    expect(quantity({ frequency: 'weekly' }, range('2026-03-01', '2026-03-14'))).toBe('2');
  });

  test('ignores closures', () => {
    expect(quantity({ frequency: 'weekly' }, range('2026-03-01', '2026-03-07'), ['2026-03-02'])).toBe('1');
  });
});

describe('monthly', () => {
  test('a whole calendar month is 1, whatever its length', () => {
    expect(quantity({ frequency: 'monthly' })).toBe('1');
    expect(quantity({ frequency: 'monthly' }, range('2026-02-01', '2026-02-28'))).toBe('1');
    expect(quantity({ frequency: 'monthly' }, range('2026-01-01', '2026-03-31'))).toBe('3');
  });

  test('is prorated by days in each month the window touches', () => {
    // 17/31 + 14/28 = 1.048387…
    expect(quantity({ frequency: 'monthly' }, range('2026-01-15', '2026-02-14'))).toBe('1.0484');
    expect(quantity({ frequency: 'monthly' }, range('2026-02-01', '2026-02-14'))).toBe('0.5');
    // across a year end: 15/31 + 15/31
    expect(quantity({ frequency: 'monthly' }, range('2025-12-17', '2026-01-15'))).toBe('0.9677');
    // leap February: 29/29
    expect(quantity({ frequency: 'monthly' }, range('2028-02-01', '2028-02-29'))).toBe('1');
  });

  test('multiplies by units after prorating', () => {
    expect(quantity({ frequency: 'monthly', units: new Dec(3) }, range('2026-01-15', '2026-02-14'))).toBe('3.1452');
  });
});

describe('once', () => {
  test('is 1 when Effective From lies in the period, else no line', () => {
    expect(quantity({ frequency: 'once', effectiveFrom: '2026-03-31' })).toBe('1');
    expect(quantity({ frequency: 'once', effectiveFrom: '2026-03-01', units: new Dec(2) })).toBe('2');
    expect(quantity({ frequency: 'once', effectiveFrom: '2026-04-01' })).toBe('none');
    expect(quantity({ frequency: 'once', effectiveFrom: '2026-02-28' })).toBe('none');
  });
});

describe('Effective From / To bound the window (inclusive)', () => {
  const monWedFri = { frequency: 'daily' as const, days: [MON, WED, FRI] };

  test('from the 16th: 16, 18, 20, 23, 25, 27, 30', () => {
    expect(quantity({ ...monWedFri, effectiveFrom: '2026-03-16' })).toBe('7');
  });

  test('to the 13th: 2, 4, 6, 9, 11, 13', () => {
    expect(quantity({ ...monWedFri, effectiveTo: '2026-03-13' })).toBe('6');
  });

  test('both, and a monthly item prorated to its bounds', () => {
    expect(quantity({ ...monWedFri, effectiveFrom: '2026-03-09', effectiveTo: '2026-03-13' })).toBe('3');
    expect(quantity({ frequency: 'monthly', effectiveFrom: '2026-03-17' })).toBe('0.4839');
  });

  test('bounds outside the period make no line', () => {
    expect(quantity({ ...monWedFri, effectiveTo: '2026-02-28' })).toBe('none');
    expect(quantity({ frequency: 'monthly', effectiveFrom: '2026-04-01' })).toBe('none');
  });
});

describe('lines', () => {
  test('quantity 0 makes no line (zero units, or rounding to 0 at 4 places)', () => {
    expect(quantity({ units: new Dec(0) })).toBe('none');
    expect(quantity({ frequency: 'weekly', units: new Dec('0.0001') }, range('2026-03-01', '2026-03-01'))).toBe('none');
  });

  test('one line per item, in schedule order, carrying kind, description, rate, tax and source', () => {
    const items = [
      item({ row: 4, kind: 'charge', description: 'Meals', rate: new Dec(30) }),
      item({ row: 2, description: 'Never', units: new Dec(0) }),
      item({
        row: 3,
        description: 'Mornings',
        frequency: 'daily',
        days: [MON],
        rate: new Dec('12.5'),
        taxRate: new Dec('0.2'),
      }),
      item({
        row: 7,
        kind: 'charge',
        description: 'Registration',
        frequency: 'once',
        effectiveFrom: '2026-03-02',
        rate: new Dec(50),
      }),
    ];
    const lines = expandSchedule(items, MARCH, new Set());
    expect(
      lines.map((l) => [
        l.kind,
        l.description,
        l.quantity.toString(),
        l.unitPrice.toString(),
        l.taxRate.toString(),
        l.source,
      ]),
    ).toEqual([
      ['charge', 'Meals', '1', '30', '0', 'Schedule row 4'],
      ['session', 'Mornings', '5', '12.5', '0.2', 'Schedule row 3'],
      ['charge', 'Registration', '1', '50', '0', 'Schedule row 7'],
    ]);
  });
});

describe('weekday lists', () => {
  test.each([
    ['Mon, Wed, Fri', [1, 3, 5]],
    ['monday tuesday', [1, 2]],
    ['Mon-Fri', [1, 2, 3, 4, 5]],
    ['Sat & Sun', [0, 6]],
    ['THU', [4]],
  ])('%j → %j', (text, days) => {
    expect(parseWeekdays(text)).toEqual(days);
  });

  test.each(['', 'Funday', 'Mo', 'Mon-Wed-Fri'])('%j is not a weekday list', (text) => {
    expect(parseWeekdays(text)).toBeNull();
  });
});

describe('prorate: false (Chargebee) counts part periods whole', () => {
  const JAN_15_TO_FEB_14 = range('2026-01-15', '2026-02-14');
  const whole = (fields: Partial<ScheduleItem>, period: DateRange) =>
    expandSchedule([item(fields)], period, new Set(), false)[0]?.quantity.toString() ?? 'none';

  test('monthly over 15 Jan – 14 Feb: 2 months touched, where prorating gives 17/31 + 14/28', () => {
    // 17/31 = 0.548387… and 14/28 = 0.5: 1.048387…, 1.0484 to 4 places.
    expect(quantity({ frequency: 'monthly' }, JAN_15_TO_FEB_14)).toBe('1.0484');
    expect(whole({ frequency: 'monthly' }, JAN_15_TO_FEB_14)).toBe('2');
  });

  test('weekly over 10 days: 2 started weeks, where prorating gives 10/7', () => {
    const tenDays = range('2026-03-01', '2026-03-10');
    expect(quantity({ frequency: 'weekly' }, tenDays)).toBe('1.4286');
    expect(whole({ frequency: 'weekly' }, tenDays)).toBe('2');
    expect(whole({ frequency: 'weekly', units: new Dec(3) }, range('2026-03-01', '2026-03-14'))).toBe('6');
  });

  test('daily and once are unchanged; a whole month is 1 either way', () => {
    expect(whole({ frequency: 'daily', days: [MON, WED, FRI] }, MARCH)).toBe('13');
    expect(whole({ frequency: 'once', effectiveFrom: '2026-03-05' }, MARCH)).toBe('1');
    expect(whole({ frequency: 'monthly' }, MARCH)).toBe('1');
    expect(whole({ frequency: 'monthly', effectiveFrom: '2026-03-20' }, MARCH)).toBe('1');
  });
});
