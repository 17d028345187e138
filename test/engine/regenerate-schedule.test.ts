/** Regenerate in schedule mode: the customer's current schedule over the period, manual lines kept. */
import type { PreviewSuccess } from '../../src/shared/api';
import { Body, appended, applyOne, failureOf, previewOne } from './drive';
import { closure, d, invoice, line, nursery, schedule, workbook } from './fixtures';

/**
 * Ada's and Ben's March invoices, voided. Both go Mon/Wed/Fri (13 days in March); the
 * nursery is closed on Friday 6th for everyone and on Monday 9th for Ada only.
 */
function books(fields: { adaCustomer?: string } = {}) {
  return workbook({
    Invoices: [
      invoice('INV-1', { Status: 'voided', Customer: fields.adaCustomer ?? 'Ada' }),
      invoice('INV-2', { Status: 'voided', Customer: 'Ben' }),
      invoice('INV-3', { Status: 'voided', Customer: 'Cal' }),
    ],
    'Invoice Lines': [
      line('INV-1', 'session', 'Morning sessions', 10, 10),
      line('INV-1', 'manual', 'Trip to the farm', 1, 25, { 'Tax Rate': 0.2, Source: 'Added by hand' }),
      line('INV-1', 'charge', 'Old charge', 1, 5),
      line('INV-1', 'manual', 'Sun hat', 2, 4.5),
      line('INV-2', 'session', 'Sessions', 12, 10),
      line('INV-3', 'session', 'Sessions', 4, 10),
      line('INV-3', 'manual', 'Paint', 1, 3),
    ],
    Schedule: [
      schedule('Ada', 'Morning sessions', { Frequency: 'daily', Days: 'Mon, Wed, Fri', Rate: 10, 'Tax Rate': '20%' }),
      schedule('Ben', 'Sessions', { Frequency: 'daily', Days: 'Mon, Wed, Fri', Rate: 10 }),
      schedule('Ada', 'Meals', { Kind: 'charge', Frequency: 'monthly', Rate: 30 }),
      schedule('Ada', 'Registration', {
        Kind: 'charge',
        Frequency: 'once',
        'Effective From': d('2026-03-20'),
        Rate: 50,
      }),
    ],
    Closures: [closure('2026-03-06'), closure('2026-03-09', 'ada')],
  });
}

const regenerate = (invoiceId: string, extra: Body = {}): Body => ({
  action: 'regenerate',
  invoiceIds: [invoiceId],
  ...extra,
});
const after = (preview: PreviewSuccess) => preview.after?.lines.map((l) => [l.description, l.quantity, l.amount]) ?? [];

describe('lines from the current schedule', () => {
  test("daily sessions leave out everyone's closure days and the customer's own", () => {
    expect(after(previewOne(books(), regenerate('INV-1')))[0]).toEqual(['Morning sessions', '11', '110.00']);
    expect(after(previewOne(books(), regenerate('INV-2')))).toEqual([['Sessions', '12', '120.00']]);
  });

  test("schedule items in schedule order, then the original's manual lines (keepManual by default)", () => {
    expect(after(previewOne(books(), regenerate('INV-1')))).toEqual([
      ['Morning sessions', '11', '110.00'],
      ['Meals', '1', '30.00'],
      ['Registration', '1', '50.00'],
      ['Trip to the farm', '1', '25.00'],
      ['Sun hat', '2', '9.00'],
    ]);
  });

  test('keepManual: false drops the manual lines; non-manual original lines are never copied', () => {
    const lines = after(previewOne(books(), regenerate('INV-1', { keepManual: false })));
    expect(lines.map(([description]) => description)).toEqual(['Morning sessions', 'Meals', 'Registration']);
  });

  test('the appended lines: schedule lines with their source, manual lines copied unchanged', () => {
    const { result, plan } = applyOne(books(), regenerate('INV-1'));
    expect(appended(plan, 'lines')).toEqual([
      {
        'Invoice ID': 'INV-1-R1',
        Kind: 'session',
        Description: 'Morning sessions',
        Quantity: 11,
        'Unit Price': 10,
        Amount: 110,
        'Tax Rate': 0.2,
        Source: 'Schedule row 2',
      },
      {
        'Invoice ID': 'INV-1-R1',
        Kind: 'charge',
        Description: 'Meals',
        Quantity: 1,
        'Unit Price': 30,
        Amount: 30,
        'Tax Rate': 0,
        Source: 'Schedule row 4',
      },
      {
        'Invoice ID': 'INV-1-R1',
        Kind: 'charge',
        Description: 'Registration',
        Quantity: 1,
        'Unit Price': 50,
        Amount: 50,
        'Tax Rate': 0,
        Source: 'Schedule row 5',
      },
      {
        'Invoice ID': 'INV-1-R1',
        Kind: 'manual',
        Description: 'Trip to the farm',
        Quantity: 1,
        'Unit Price': 25,
        Amount: 25,
        'Tax Rate': 0.2,
        Source: 'Added by hand',
      },
      {
        'Invoice ID': 'INV-1-R1',
        Kind: 'manual',
        Description: 'Sun hat',
        Quantity: 2,
        'Unit Price': 4.5,
        Amount: 9,
        'Tax Rate': 0,
        Source: '',
      },
    ]);
    // 110 + 30 + 50 + 25 + 9 = 224; tax 22 + 5 = 27
    expect(result.total).toBe('251.00');
    expect(appended(plan, 'invoices')[0]).toMatchObject({ Subtotal: 224, Tax: 27, Total: 251 });
  });

  test('the customer is matched case-insensitively, spaces collapsed', () => {
    const preview = previewOne(books({ adaCustomer: 'ADA' }), regenerate('INV-1', { keepManual: false }));
    expect(after(preview)[0]).toEqual(['Morning sessions', '11', '110.00']);
  });

  test('a customer with nothing on the Schedule keeps only manual lines, with a warning', () => {
    const preview = previewOne(books(), regenerate('INV-3'));
    expect(after(preview)).toEqual([['Paint', '1', '3.00']]);
    expect(preview.warnings.join(' ')).toContain('Cal');
  });
});

describe('from / to', () => {
  const period = (body: Body) => {
    const row = appended(applyOne(books(), body).plan, 'invoices')[0];
    return [row['Period Start'], row['Period End']];
  };

  test('inside the period: the new period, with the schedule expanded over it', () => {
    const body = regenerate('INV-1', { from: '2026-03-16', to: '2026-03-31', keepManual: false });
    expect(period(body)).toEqual([{ date: '2026-03-16' }, { date: '2026-03-31' }]);
    // 16, 18, 20, 23, 25, 27, 30; meals 16/31; registration on the 20th
    expect(after(previewOne(books(), body))).toEqual([
      ['Morning sessions', '7', '70.00'],
      ['Meals', '0.5161', '15.48'],
      ['Registration', '1', '50.00'],
    ]);
  });

  test("prorate: false bills the narrowed period's part month as a whole month", () => {
    const body = regenerate('INV-1', { from: '2026-03-16', to: '2026-03-31', keepManual: false, prorate: false });
    expect(after(previewOne(books(), body))).toEqual([
      ['Morning sessions', '7', '70.00'],
      ['Meals', '1', '30.00'],
      ['Registration', '1', '50.00'],
    ]);
    const { plan } = applyOne(books(), body);
    expect(JSON.parse(String(appended(plan, 'audit')[0].Details))).toMatchObject({ mode: 'schedule', prorate: false });
  });

  test('prorate applies to schedule mode only', () => {
    expect(() => previewOne(books(), regenerate('INV-1', { mode: 'copy', prorate: false }))).toThrow(/BAD_REQUEST/);
    expect(() => previewOne(books(), regenerate('INV-1', { prorate: 'no' }))).toThrow(/BAD_REQUEST/);
  });

  test('a once item outside the new period is not billed', () => {
    const body = regenerate('INV-1', { from: '2026-03-01', to: '2026-03-15', keepManual: false });
    // 2, 4, 11, 13 (6th closed for all, 9th for Ada); meals 15/31
    expect(after(previewOne(books(), body))).toEqual([
      ['Morning sessions', '4', '40.00'],
      ['Meals', '0.4839', '14.52'],
    ]);
  });

  test("only from, or only to: the other end is the original's", () => {
    expect(period(regenerate('INV-1', { from: '2026-03-16' }))).toEqual([
      { date: '2026-03-16' },
      { date: '2026-03-31' },
    ]);
    expect(period(regenerate('INV-1', { to: '2026-03-15' }))).toEqual([{ date: '2026-03-01' }, { date: '2026-03-15' }]);
  });

  test('without from / to the original period is copied', () => {
    expect(period(regenerate('INV-1'))).toEqual([{ date: '2026-03-01' }, { date: '2026-03-31' }]);
  });

  test.each([
    [{ from: '2026-02-20', to: '2026-03-10' }],
    [{ from: '2026-03-20', to: '2026-04-05' }],
    [{ from: '2026-04-01', to: '2026-04-30' }],
    [{ from: '2026-02-01' }],
    [{ to: '2026-04-01' }],
  ])('%j outside the original period → PERIOD_OUTSIDE_ORIGINAL', (window) => {
    const failure = failureOf(books(), regenerate('INV-1', window), 'PERIOD_OUTSIDE_ORIGINAL');
    expect(failure.message).toContain('2026-03-01');
    expect(failure.message).toContain('2026-03-31');
  });

  // A lone from is paired with the period's end (a lone to with its start), checked the same way:
  // from 5 October on a September invoice would be 2026-10-05 → 2026-09-30, an inverted period.
  test.each([
    [{ from: '2026-10-05' }, '2026-10-05 to 2026-09-30'],
    [{ to: '2026-08-20' }, '2026-09-01 to 2026-08-20'],
    [{ from: '2026-10-01' }, '2026-10-01 to 2026-09-30'],
    [{ to: '2026-08-31' }, '2026-09-01 to 2026-08-31'],
  ])('a lone %j past the other end of a September period → PERIOD_OUTSIDE_ORIGINAL', (window, pair) => {
    const raw = workbook({
      Invoices: [
        invoice('INV-9', { Status: 'voided', 'Period Start': d('2026-09-01'), 'Period End': d('2026-09-30') }),
      ],
      'Invoice Lines': [],
      Schedule: [],
    });
    const failure = failureOf(raw, regenerate('INV-9', window), 'PERIOD_OUTSIDE_ORIGINAL');
    expect(failure.message).toContain(pair);
    expect(failure.message).toContain('2026-09-01 to 2026-09-30');
  });

  test("a lone from or to on the period's own last or first day is a one-day period", () => {
    expect(period(regenerate('INV-1', { from: '2026-03-31' }))).toEqual([
      { date: '2026-03-31' },
      { date: '2026-03-31' },
    ]);
    expect(period(regenerate('INV-1', { to: '2026-03-01' }))).toEqual([{ date: '2026-03-01' }, { date: '2026-03-01' }]);
  });

  test('PERIOD_OUTSIDE_ORIGINAL also stops a void-and-regenerate (nothing voided)', () => {
    const raw = workbook({ Invoices: [invoice('INV-9')], 'Invoice Lines': [], Schedule: [] });
    failureOf(
      raw,
      { action: 'void-and-regenerate', invoiceIds: ['INV-9'], from: '2026-02-01', to: '2026-03-31' },
      'PERIOD_OUTSIDE_ORIGINAL',
    );
  });
});

describe('schedule cells through the engine', () => {
  test('weekly: 10 days × 2 units = 2.8571 (4 places), amount from the rounded quantity', () => {
    const preview = previewOne(nursery(), regenerate('INV-2', { from: '2026-03-01', to: '2026-03-10' }));
    // 2.8571 × 15 = 42.8565 → 42.86
    expect(after(preview)).toEqual([['Sessions', '2.8571', '42.86']]);
  });

  test('blank Units count as 1, a text Rate is money, a blank Tax Rate is 0', () => {
    const raw = books();
    raw.Schedule?.rows.splice(
      1,
      raw.Schedule.rows.length - 1,
      schedule('Ada', 'Meals', { Kind: 'charge', Units: '', Rate: '£12.50', 'Tax Rate': '' }),
    );
    const preview = previewOne(raw, regenerate('INV-1', { keepManual: false }));
    expect(preview.after?.lines).toEqual([
      expect.objectContaining({ quantity: '1', amount: '12.50', taxRate: '0', tax: '0.00' }),
    ]);
  });
});
