import { createFakeApps, dateCell, dateTimeCell, FakeApps } from '../src';

/** New Zealand leaves daylight time at 03:00 NZDT on 2026-04-05 and enters it at 02:00 NZST on 2026-09-27. */
const AUCKLAND = 'Pacific/Auckland';

function auckland(rows: unknown[][]): FakeApps {
  return createFakeApps({ timeZone: AUCKLAND, sheets: { Dates: rows } });
}

const range = (apps: FakeApps, a1: string) => apps.spreadsheet.getSheetByName('Dates')!.getRange(a1);

describe('date cells in the spreadsheet zone', () => {
  it('reads a date cell as the instant its zone shows midnight, across the April DST change', () => {
    const apps = auckland([[dateCell('2026-04-04'), dateCell('2026-04-05'), dateCell('2026-04-06')]]);
    const values = range(apps, 'A1:C1').getValues()[0] as Date[];
    expect(values.map((d) => d.toISOString())).toEqual([
      '2026-04-03T11:00:00.000Z', // NZDT +13
      '2026-04-04T11:00:00.000Z', // still NZDT at midnight; the change is at 03:00
      '2026-04-05T12:00:00.000Z', // NZST +12
    ]);
  });

  it('writes back what it read unchanged (a restore leaves the workbook exactly as before)', () => {
    const apps = auckland([[dateCell('2026-04-05'), dateTimeCell('2026-04-05T10:31:07'), dateCell('2026-09-27')]]);
    const before = apps.snapshot();
    const r = range(apps, 'A1:C1');
    r.setValues(r.getValues());
    expect(apps.snapshot()).toEqual(before);
    expect(apps.display('Dates')).toEqual([['2026-04-05', '2026-04-05 10:31:07', '2026-09-27']]);
  });

  it('stores a written Date as the wall-clock day of the spreadsheet zone, not UTC', () => {
    const apps = auckland([['']]);
    // 12:00Z on the 5th is already midnight of the 6th in Auckland (NZST).
    range(apps, 'A1').setValue(new Date('2026-04-05T12:00:00Z'));
    expect(apps.display('Dates')).toEqual([['2026-04-06']]);
    expect(apps.snapshot().sheets[0].cells.A1).toEqual({ value: 46118, format: 'yyyy-mm-dd' });
    range(apps, 'A1').setValue(new Date('2026-04-05T13:30:00Z'));
    expect(apps.display('Dates')).toEqual([['2026-04-06 01:30:00']]);
  });

  it('resolves the repeated autumn hour to its first occurrence and moves a skipped spring hour forward', () => {
    const apps = auckland([[dateTimeCell('2026-04-05T02:30:00'), dateTimeCell('2026-09-27T02:30:00')]]);
    const [repeated, skipped] = range(apps, 'A1:B1').getValues()[0] as Date[];
    expect(repeated.toISOString()).toBe('2026-04-04T13:30:00.000Z'); // 02:30 NZDT, not NZST
    expect(skipped.toISOString()).toBe('2026-09-26T14:30:00.000Z'); // shown as 03:30 NZDT
  });

  it('does not depend on the machine zone', () => {
    const saved = process.env.TZ;
    try {
      const results = ['UTC', 'America/New_York', 'Asia/Kolkata'].map((tz) => {
        process.env.TZ = tz;
        const apps = auckland([[dateCell('2026-04-05')]]);
        range(apps, 'A1').setValue(new Date('2026-04-05T11:59:00Z'));
        return [(range(apps, 'A1').getValue() as Date).toISOString(), apps.display('Dates')[0][0]];
      });
      expect(results).toEqual(Array(3).fill(['2026-04-05T11:59:00.000Z', '2026-04-05 23:59:00']));
    } finally {
      process.env.TZ = saved;
    }
  });

  it('turns a number into a Date when the cell has a date format, and keeps formats on clearContent', () => {
    const apps = auckland([[dateCell('2026-04-05')]]);
    range(apps, 'A1').clearContent();
    expect(range(apps, 'A1').getValue()).toBe('');
    range(apps, 'A1').setValue(46117);
    expect((range(apps, 'A1').getValue() as Date).toISOString()).toBe('2026-04-04T11:00:00.000Z');
  });

  it('shows dates through their number format in getDisplayValues', () => {
    const apps = createFakeApps({ sheets: { Dates: [[dateTimeCell('2026-04-05T14:03:09')]] } });
    const cell = range(apps, 'A1');
    expect(cell.getDisplayValue()).toBe('2026-04-05 14:03:09');
    cell.setNumberFormat('dd/mm/yyyy');
    expect(cell.getDisplayValue()).toBe('05/04/2026');
    cell.setNumberFormat('d mmm yyyy h:mm am/pm');
    expect(cell.getDisplayValue()).toBe('5 Apr 2026 2:03 PM');
  });
});

describe('Utilities.formatDate', () => {
  const { Utilities } = createFakeApps().globals as {
    Utilities: { formatDate(d: Date, tz: string, p: string): string };
  };
  const instant = new Date('2026-04-04T13:30:05.007Z');

  it('formats on the given zone with Java pattern letters', () => {
    expect(Utilities.formatDate(instant, AUCKLAND, "yyyy-MM-dd'T'HH:mm:ss.SSSXXX")).toBe(
      '2026-04-05T02:30:05.007+13:00',
    );
    expect(Utilities.formatDate(instant, AUCKLAND, 'EEE d MMM yyyy Z')).toBe('Sun 5 Apr 2026 +1300');
    expect(Utilities.formatDate(instant, 'Etc/UTC', "yyyy-MM-dd HH:mm XXX 'o''clock'")).toBe(
      "2026-04-04 13:30 Z o'clock",
    );
    expect(Utilities.formatDate(instant, 'GMT-05:30', 'HH:mm XXX')).toBe('08:00 -05:30');
  });

  it('rejects what Apps Script rejects', () => {
    expect(() => Utilities.formatDate('2026-04-05' as unknown as Date, AUCKLAND, 'yyyy')).toThrow(
      /don't match the method signature/,
    );
    expect(() => Utilities.formatDate(instant, AUCKLAND, 'yyyy-MM-dd qq')).toThrow("Illegal pattern character 'q'");
  });
});
