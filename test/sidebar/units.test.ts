/** The sidebar's pure helpers, and static checks on the source and the built page (no browser). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorCode } from '../../src/shared/api';
import { CHUNK_SIZE, PARALLEL_CHUNKS, runPool, split } from '../../sidebar/chunks';
import {
  groupDigits,
  isNonZero,
  money,
  progressText,
  readTyped,
  setDisplayLocale,
  typedNumber,
} from '../../sidebar/format';
import { plainWords, setUpFixes } from '../../sidebar/messages';
import { isAction } from '../../src/shared/actions';
import { buildRequest, type FormValues } from '../../sidebar/request';
import { percentOf, readPercent } from '../../sidebar/percent';
import { dateRange } from '../../sidebar/date-range';
import { choicesProblem, columnAsks, mappingUpdate, rememberedText } from '../../sidebar/column-asks';

const root = join(__dirname, '..', '..');

describe('format', () => {
  test('money is reformatted as text, never as a float', () => {
    expect(money('1234567.50', 'GBP')).toBe('1,234,567.50 GBP');
    expect(money('-1000.001', 'KWD')).toBe('-1,000.001 KWD');
    expect(money('13202', 'JPY')).toBe('13,202 JPY');
    expect(money('0.30', 'EUR')).toBe('0.30 EUR');
    expect(money('12345678901234567890.12', 'USD')).toBe('12,345,678,901,234,567,890.12 USD');
    expect(money(undefined, 'GBP')).toBe('—');
    expect(groupDigits('not money')).toBe('not money');
  });
  test('helpers', () => {
    expect(isNonZero('0.00')).toBe(false);
    expect(isNonZero('0.01')).toBe(true);
    expect(progressText(120, 150, 2)).toBe('118 of 150 done, 2 failed');
    // A STALE invoice alone: nothing was done.
    expect(progressText(1, 1, 1)).toBe('0 of 1 done, 1 failed');
    expect(progressText(3, 3, 0)).toBe('3 of 3 done');
    expect(readTyped('12.50')).toBe('12.50');
    expect(readTyped('-1')).toBeNull();
    expect(readTyped('-1', true)).toBe('-1');
    expect(readTyped('1e3')).toBeNull();
  });
  test('in the spreadsheet’s locale, once the selection says it', () => {
    try {
      setDisplayLocale('de_DE');
      expect(money('1234.50', 'EUR').replace(/\u00a0/g, ' ')).toBe('1.234,50 €');
      expect(groupDigits('1234.5')).toBe('1.234,5');
      expect(typedNumber('12.50')).toBe('12,50');
      expect(readTyped('1.234,50')).toBe('1234.50');
      expect(readTyped('12,5')).toBe('12.5');
      expect(readTyped('12.5')).toBeNull();
      // Tax rates are percentages in the line editor: "7,25" is 7.25 % there.
      expect(readPercent('7,25')).toBe('7.25');
      expect(readPercent('20 %')).toBe('20');
      expect(readPercent('7.25')).toBeNull();
      setDisplayLocale('en_GB');
      expect(money('804.00', 'GBP')).toBe('£804.00');
      expect(readTyped('£1,234.50')).toBe('1234.50');
    } finally {
      setDisplayLocale(undefined);
    }
  });
});

describe('chunks', () => {
  test('at most 100 invoices per call', () => {
    expect(CHUNK_SIZE).toBeLessThanOrEqual(100);
    expect(PARALLEL_CHUNKS).toBeLessThanOrEqual(3);
    const ids = Array.from({ length: 150 }, (_, i) => i);
    const chunks = split(ids);
    expect(chunks.flat()).toEqual(ids);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(100);
  });
  test('runPool: ≤ 3 at once, in order, and cancel stops after those in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const started: number[] = [];
    let cancel = false;
    const notStarted = await runPool(
      [0, 1, 2, 3, 4, 5, 6, 7],
      async (i) => {
        started.push(i);
        inFlight += 1;
        most = Math.max(most, inFlight);
        try {
          await new Promise((r) => setTimeout(r, 5));
          if (i === 3) cancel = true;
          if (i === 1) throw new Error('one chunk failing does not stop the others');
        } finally {
          inFlight -= 1;
        }
      },
      () => cancel,
    );
    expect(most).toBeLessThanOrEqual(3);
    expect(started.slice(0, 3)).toEqual([0, 1, 2]);
    expect([...started, ...notStarted].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(notStarted.length).toBeGreaterThan(0);
  });
});

describe('request', () => {
  const values = (over: Partial<FormValues> = {}): FormValues => ({
    action: 'void-and-regenerate',
    reason: '  Rate rise ',
    mode: 'schedule',
    keepManual: false,
    prorate: true,
    from: '',
    to: '',
    creditNote: null,
    ...over,
  });
  test('prorate: false only when asked, and only from the schedule', () => {
    expect(buildRequest(values({ prorate: false }), null).request).toMatchObject({ mode: 'schedule', prorate: false });
    expect(buildRequest(values({ prorate: false, mode: 'copy' }), null).request?.prorate).toBeUndefined();
    expect(buildRequest(values(), null).request?.prorate).toBeUndefined();
  });

  test('credit note amounts are read as cells are: £ and thousands separators; never negative', () => {
    const note = (refund: string, credit: string) =>
      buildRequest(values({ action: 'void', creditNote: { refund, credit } }), null);
    expect(note('£100.00', '1,025.50').request?.creditNote).toEqual({ refund: '100.00', credit: '1025.50' });
    // More decimals than the currency has reach the server as typed: it refuses them, never rounds.
    expect(note('100.005', '').request?.creditNote).toEqual({ refund: '100.005', credit: '0' });
    expect(note('-5', '').errors).toHaveLength(1);
    expect(note('ten', '').errors).toHaveLength(1);
  });

  test('in a comma-decimal spreadsheet, credit note amounts are read with a decimal comma', () => {
    const note = (refund: string, credit: string) =>
      buildRequest(values({ action: 'void', creditNote: { refund, credit } }), null);
    try {
      setDisplayLocale('de_DE');
      expect(note('1.025,50 €', '12,5').request?.creditNote).toEqual({ refund: '1025.50', credit: '12.5' });
      expect(note('12.5', '').errors).toEqual([
        'Refund and credit must be amounts like 25, 25,50 or 1.025,50 (zero or more).',
      ]);
    } finally {
      setDisplayLocale(undefined);
    }
  });

  test('builds only what applies to the action', () => {
    expect(buildRequest(values(), null)).toEqual({
      errors: [],
      request: {
        action: 'void-and-regenerate',
        invoiceIds: [],
        reason: 'Rate rise',
        mode: 'schedule',
        keepManual: false,
      },
    });
    expect(buildRequest(values({ action: 'void', creditNote: { refund: '', credit: '20' } }), null).request).toEqual({
      action: 'void',
      invoiceIds: [],
      reason: 'Rate rise',
      creditNote: { refund: '0', credit: '20' },
    });
    const edits = { invoiceId: 'INV-1', edits: { lines: [{ index: 2, remove: true }] } };
    expect(buildRequest(values({ mode: 'copy' }), edits).request!.edits).toEqual({ 'INV-1': edits.edits });
  });
  test('says what to fix', () => {
    expect(buildRequest(values({ from: '2024-03-01' }), null).errors[0]).toMatch(/both From and To/);
    expect(buildRequest(values({ from: '2024-03-09', to: '2024-03-01' }), null).errors[0]).toMatch(/on or before/);
    expect(buildRequest(values({ creditNote: { refund: '-5', credit: '' } }), null).errors[0]).toMatch(/zero or more/);
  });
  test('a void needs a reason; regenerating an already voided invoice and the other actions do not', () => {
    for (const action of ['void', 'void-and-regenerate'] as const) {
      expect(buildRequest(values({ action, reason: '  ' }), null)).toEqual({ errors: ['Say why it is voided.'] });
    }
    for (const action of ['regenerate', 'apply-credit', 'reset-accounting'] as const) {
      const built = buildRequest(values({ action, reason: '' }), null);
      expect(built.errors).toEqual([]);
      expect(built.request?.reason).toBeUndefined();
    }
  });
  test('initial actions', () => {
    expect(isAction('void')).toBe(true);
    expect(isAction('regenerate')).toBe(true);
    expect(isAction('delete')).toBe(false);
    expect(isAction(undefined)).toBe(false);
  });
});

describe('tax rates as percentages, moved by digits', () => {
  test.each([
    ['0', '0'],
    ['0.2', '20'],
    ['0.0725', '7.25'],
    ['0.125', '12.5'],
    ['1', '100'],
    ['0.05', '5'],
  ])('fraction %s is %s %%', (fraction, percent) => expect(percentOf(fraction)).toBe(percent));

  test.each([
    ['2', '2'],
    ['20 %', '20'],
    ['7.250%', '7.25'],
    ['100', '100'],
    ['0', '0'],
    ['.5', '0.5'],
    ['100.5', null],
    ['150', null],
    ['-5', null],
    ['twenty', null],
  ])('typed %j reads as %j', (text, percent) => expect(readPercent(text)).toBe(percent));
});

test.each([
  ['2024-03-01', '2024-03-14', false, '1–14 Mar'],
  ['2024-03-01', '2024-03-14', true, '1–14 Mar 2024'],
  ['2024-02-28', '2024-03-03', false, '28 Feb – 3 Mar'],
  ['2025-12-30', '2026-01-02', false, '30 Dec 2025 – 2 Jan 2026'],
  ['2024-03-05', '2024-03-05', false, '5 Mar'],
])('date range %s – %s (year: %s) reads %s', (from, to, year, words) => {
  expect(dateRange(from, to, year)).toBe(words);
});

test('every error code has plain words', () => {
  const codes: Record<ErrorCode, true> = {
    NOT_FOUND: true,
    NOTHING_TO_APPLY: true,
    NOTHING_TO_CLEAR: true,
    DRAFT: true,
    ALREADY_VOIDED: true,
    NOT_VOIDED: true,
    ALREADY_REGENERATED: true,
    CREDIT_EXCEEDS_PAID: true,
    BAD_EDIT: true,
    PERIOD_OUTSIDE_ORIGINAL: true,
    BAD_VALUE: true,
    DUPLICATE_ID: true,
    MISSING_SHEET: true,
    MISSING_COLUMN: true,
    BAD_REQUEST: true,
    STALE: true,
    BUSY: true,
    WRITE_FAILED: true,
    TIME_LIMIT: true,
  };
  const sentences = (Object.keys(codes) as ErrorCode[]).map(plainWords);
  for (const s of sentences) expect(s).toMatch(/^[A-Z].{20,}\.$/);
  expect(new Set(sentences).size).toBe(sentences.length);
});

describe('Match your columns', () => {
  test('asks about the missing columns of the sheets that exist, with the earlier choice preselected', () => {
    const asks = columnAsks([
      { sheet: 'Invoices', missing: ['Customer'], headers: ['Kid', 'Notes'], mapping: { Customer: ' kid ' } },
      { sheet: 'Schedule', missing: ['Rate'], headers: ['Fee'], mapping: { Rate: 'Gone' } },
      { sheet: 'Closures', missingSheet: true, missing: [], headers: [], mapping: {} },
    ]);
    expect(asks).toEqual([
      { sheet: 'Invoices', column: 'Customer', headers: ['Kid', 'Notes'], current: 'Kid' },
      { sheet: 'Schedule', column: 'Rate', headers: ['Fee'], current: '' },
    ]);
  });

  test('one header holds one column per sheet; the request groups by sheet; the words say what was kept', () => {
    const kid = { sheet: 'Invoices', column: 'Customer', header: 'Kid' };
    expect(choicesProblem([])).toMatch(/Choose/);
    expect(choicesProblem([kid, { sheet: 'Invoices', column: 'Reference', header: 'KID' }])).toMatch(
      /“Kid” can hold only one column/,
    );
    const fee = { sheet: 'Schedule', column: 'Rate', header: 'Kid' };
    expect(choicesProblem([kid, fee])).toBeNull();
    expect(mappingUpdate([kid, fee, { sheet: 'Invoices', column: 'Currency', header: 'Money' }])).toEqual({
      Invoices: { Customer: 'Kid', Currency: 'Money' },
      Schedule: { Rate: 'Kid' },
    });
    expect(rememberedText([kid])).toBe('Remembered for this spreadsheet: Customer is the “Kid” column in Invoices.');
  });

  test('Set up workbook is offered for a missing sheet, never for a missing column', () => {
    expect(setUpFixes('MISSING_SHEET')).toBe(true);
    expect(setUpFixes('MISSING_COLUMN')).toBe(false);
  });
});

describe('source and build', () => {
  const files = readdirSync(join(root, 'sidebar'));
  test('no HTML from strings anywhere in the sidebar; every module under 300 lines', () => {
    for (const f of files.filter((n) => n.endsWith('.ts'))) {
      const text = readFileSync(join(root, 'sidebar', f), 'utf8');
      expect({
        f,
        html: /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/.test(text),
      }).toEqual({ f, html: false });
      expect({ f, lines: text.split('\n').length < 300 }).toEqual({ f, lines: true });
    }
  });
  test('google.script.run is used in the bridge only', () => {
    for (const f of files.filter((n) => n.endsWith('.ts') && n !== 'bridge.ts')) {
      expect({ f, run: /script\.run|\.google\b/.test(readFileSync(join(root, 'sidebar', f), 'utf8')) }).toEqual({
        f,
        run: false,
      });
    }
  });
  const built = join(root, 'dist', 'Sidebar.html');
  test('dist/Sidebar.html is one self-contained file under 150 KB', () => {
    if (!existsSync(built)) throw new Error('dist/Sidebar.html is missing: run npm run build first');
    const html = readFileSync(built, 'utf8');
    expect(Buffer.byteLength(html)).toBeLessThan(150 * 1024);
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=/i);
    expect(html).not.toMatch(/@import|url\(\s*['"]?(https?:)?\/\//i);
    expect(html).not.toContain('/*SCRIPT*/');
    expect(html).not.toContain('/*STYLE*/');
  });
});
