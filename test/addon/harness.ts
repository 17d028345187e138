import { FakeApps, FakeOptions, createFakeApps, dateCell } from '../../fake-apps-script/src';
import { BundleFunctions, callJson, loadBundle, readDistHtml } from '../../fake-apps-script/src/load-bundle';
import {
  CREDIT_NOTE_HEADER,
  INVOICE_HEADER,
  LINE_HEADER,
  PAYMENT_HEADER,
  SCHEDULE_HEADER,
} from '../../examples/ledger';

/** The spreadsheet's zone in bundle tests: far from the machine's (TZ=UTC), with DST. */
export const ZONE = 'Pacific/Auckland';

export interface Book {
  apps: FakeApps;
  api: BundleFunctions;
  /** Calls a bundle function the way google.script.run does: JSON in, JSON out. */
  call<T = any>(name: string, ...args: unknown[]): T;
}

/** A fake spreadsheet running the real dist/Code.js. */
export function openBook(sheets: Record<string, unknown[][]>, options: Partial<FakeOptions> = {}): Book {
  const apps = createFakeApps({ timeZone: ZONE, sheets, html: readDistHtml(), ...options });
  const api = loadBundle(apps);
  return { apps, api, call: (name, ...args) => callJson(api[name], ...args) };
}

const d = dateCell;

export { INVOICE_HEADER, LINE_HEADER, PAYMENT_HEADER, SCHEDULE_HEADER, CREDIT_NOTE_HEADER };

/**
 * A nursery billing four weeks across the end of New Zealand summer time (5 April 2026):
 * Ada's sessions went from Mon/Wed/Fri to Mon–Fri; Good Friday (3 April) is a closure.
 */
export function nurserySheets(): Record<string, unknown[][]> {
  return {
    Invoices: [
      [...INVOICE_HEADER],
      [
        'INV-1',
        'ADA-APR',
        'Ada',
        d('2026-03-23'),
        d('2026-04-19'),
        d('2026-03-20'),
        d('2026-04-03'),
        'NZD',
        'open',
        135,
        0,
        135,
        'XERO-001',
      ],
      [
        'INV-2',
        'BEN-APR',
        'Ben',
        d('2026-03-23'),
        d('2026-04-19'),
        d('2026-03-20'),
        d('2026-04-03'),
        'NZD',
        'paid',
        80,
        12,
        92,
        'XERO-002',
      ],
      [
        'INV-3',
        'CAL-APR',
        'Cal',
        d('2026-03-23'),
        d('2026-04-19'),
        d('2026-03-20'),
        d('2026-04-03'),
        'NZD',
        'draft',
        20,
        0,
        20,
        '',
      ],
    ],
    'Invoice Lines': [
      [...LINE_HEADER],
      ['INV-1', 'session', 'Morning sessions', 11, 10, 110, 0, 'Schedule row 2'],
      ['INV-1', 'manual', 'Trip to the farm', 1, 25, 25, 0, ''],
      ['INV-2', 'charge', 'Meals', 1, 80, 80, '15%', 'Schedule row 4'],
      ['INV-3', 'manual', 'Nappies', 2, 10, 20, 0, ''],
    ],
    Schedule: [
      [...SCHEDULE_HEADER],
      ['Ada', 'session', 'Morning sessions', 'daily', 'Mon-Fri', 1, 10, '', '', 0],
      ['Ben', 'session', 'Afternoons', 'daily', 'Tue, Thu', 1, 12, d('2026-04-06'), '', 0],
      ['Ben', 'charge', 'Meals', 'monthly', '', 1, 80, '', '', '15%'],
    ],
    Closures: [
      ['Date', 'Customer'],
      [d('2026-04-03'), ''],
    ],
    Payments: [
      [...PAYMENT_HEADER],
      ['P-1', 'INV-1', d('2026-03-25'), 50, 'card', ''],
      ['P-2', 'INV-2', d('2026-03-25'), 92, 'bank', ''],
    ],
    'Credit Notes': [[...CREDIT_NOTE_HEADER]],
  };
}

/** Today's date in the spreadsheet's zone, as the bundle sees it. */
export function todayInZone(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );
}

/** Rows of a sheet's display grid as objects by header. */
export function records(book: Book, sheet: string): Record<string, string>[] {
  const [header, ...rows] = book.apps.display(sheet);
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])));
}

/** A write Sheets refuses for good (trying again cannot help), unlike a passing service error. */
export const PROTECTED =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/** Revoice's own hidden journal sheet, which holds its write-ahead records. */
export const JOURNAL_SHEET = 'Revoice Journal';

/** The workbook as the bookkeeper has it: everything but Revoice's hidden journal. */
export function bookkeepersView(apps: FakeApps) {
  const snapshot = apps.snapshot();
  return { ...snapshot, sheets: snapshot.sheets.filter((sheet) => sheet.name !== JOURNAL_SHEET) };
}

/**
 * The method of every counted call `run` makes, in order: the fake's faults count calls the
 * same way, so `indexOf` + 1 is the k to fail or kill at.
 */
export function callSequence(apps: FakeApps, run: () => void): string[] {
  const methods: string[] = [];
  const { calls } = apps;
  const record = calls.record.bind(calls);
  calls.record = (method: string) => {
    methods.push(method);
    record(method);
  };
  try {
    run();
  } finally {
    calls.record = record;
  }
  return methods;
}

/** The k (1-based) of the n-th write (of `kind`) to the workbook after the journal's record was flushed. */
export function nthChangeWrite(methods: string[], n: number, kind = /^(set|insert|delete|append|hide)/): number {
  const recorded = methods.indexOf('flush');
  let seen = 0;
  for (let i = recorded + 1; i < methods.length; i++) {
    if (kind.test(methods[i]) && ++seen === n) return i + 1;
  }
  throw new Error(`no write number ${n} after the journal's record`);
}

/**
 * The same sheets with other customers' invoices around them (`count` before the first row and
 * as many after the last), each with two lines, payments and schedule rows: every sheet a request
 * reads is then too large to read whole (over 1,600 cells), so Revoice finds its rows by key.
 */
export function withFiller(sheets: Record<string, unknown[][]>, count = 70): Record<string, unknown[][]> {
  const out: Record<string, unknown[][]> = {};
  const filler = (name: string, make: (id: string, customer: string) => unknown[][]) => {
    const [header, ...body] = sheets[name];
    const rows = (from: number) =>
      Array.from({ length: count }, (_, i) => make(`F-${from + i}`, `Filler ${from + i}`)).flat();
    out[name] = [header, ...rows(1), ...body, ...rows(count + 1)];
  };
  filler('Invoices', (id, customer) => [
    [
      id,
      `REF-${id}`,
      customer,
      d('2026-03-23'),
      d('2026-04-19'),
      d('2026-03-20'),
      d('2026-04-03'),
      'NZD',
      'open',
      40,
      0,
      40,
      '',
    ],
  ]);
  filler('Invoice Lines', (id) => [
    [id, 'session', 'Mornings', 4, 10, 40, 0, ''],
    [id, 'manual', 'Nappies', 0, 10, 0, 0, ''],
  ]);
  filler('Schedule', (_, customer) => [
    [customer, 'session', 'Mornings', 'weekly', '', 1, 10, '', '', 0],
    [customer, 'charge', 'Meals', 'monthly', '', 1, 30, '', '', 0],
  ]);
  filler('Payments', (id) => [
    [`P-${id}`, id, d('2026-03-25'), 10, 'card', ''],
    [`Q-${id}`, id, d('2026-03-26'), 5, 'card', ''],
  ]);
  for (const [name, rows] of Object.entries(sheets)) out[name] ??= rows;
  return out;
}
