/**
 * What SPEC §3 says each invoice of a request may come to, from the sheets as they stood before
 * the call: the error codes that apply (any of them is a right answer), whether success is
 * allowed, and which bad cells may block it (SPEC §2: only the invoices that depend on them).
 */
import { isIsoDate } from './dates';
import { isFillerCustomer, isFillerId } from './fixture';
import { D, isKnownCurrency, minorUnits, moneyOf, parseAmount, parseMoney, parseRate } from './money-model';
import { SHEET, Row, State, Table, a1, get, headerKey, invoicesById, rawOf, rowsOf, statusOf } from './read-back';
import { Request } from './requests';
import { NEXT_SPEC, draftsInPlace } from './spec-next';

export interface BadCell {
  a1: string;
  sheet: string;
  column: string;
  /** The invoice the row belongs to (Invoices, lines, payments, credit notes). */
  invoiceId: string | null;
  /** The customer the row belongs to; '' for a closure of everyone. */
  customer: string | null;
  kind: string;
  /** The workbook computes it (a formula): Revoice may refuse it or read past it. */
  computed: boolean;
}

const dateOk = (text: string, optional: boolean) => (optional && text === '') || isIsoDate(text.slice(0, 10));
const numberOk = (text: string, optional = false) => (optional && text === '') || parseAmount(text) !== null;

/** Every cell SPEC §1–2 would call a bad value, with whom it concerns. */
export function badCells(state: State): BadCell[] {
  const invoices = invoicesById(state);
  const out: BadCell[] = [];
  const currencyOf = (id: string) =>
    get(invoices.get(id) ?? { row: 0, shown: {}, raw: {}, odd: {} }, 'Currency')
      .trim()
      .toUpperCase();
  const customerOf = (id: string) => (invoices.has(id) ? get(invoices.get(id)!, 'Customer').trim() : null);
  const scan = (
    sheet: string,
    checks: [string, (row: Row) => boolean][],
    owner: (row: Row) => [string | null, string | null],
  ) => {
    const table = state.tables[sheet] as Table | undefined;
    for (const row of table?.rows ?? []) {
      // Filler (fixture.ts) is never asked for, and a bad cell concerns only its own invoice or customer.
      if (isFillerId(get(row, 'Invoice ID')) || isFillerCustomer(get(row, 'Customer'))) continue;
      for (const [column, ok] of checks) {
        // A cell whose format hides its value (read-back.ts) is read by Revoice as what it shows: bad.
        const hidden = headerKey(column) in row.odd;
        if (!table!.header.some((h) => h.trim().toLowerCase() === column.toLowerCase()) || (ok(row) && !hidden))
          continue;
        const [invoiceId, customer] = owner(row);
        const computed = !!rawOf(row, column)?.formula;
        out.push({
          a1: a1(table!, row.row, column),
          sheet,
          column,
          invoiceId,
          customer,
          kind: get(row, 'Kind'),
          computed,
        });
      }
    }
  };
  const byInvoice = (row: Row): [string, string | null] => [
    get(row, 'Invoice ID').trim(),
    customerOf(get(row, 'Invoice ID').trim()),
  ];
  const money = (column: string, optional = false): [string, (row: Row) => boolean] => [
    column,
    (row) => {
      const text = get(row, column);
      return (optional && text === '') || parseMoney(text, currencyOf(get(row, 'Invoice ID').trim())) !== null;
    },
  ];
  scan(
    SHEET.invoices,
    [
      ['Status', (row) => statusOf(row) !== null],
      ['Currency', (row) => isKnownCurrency(get(row, 'Currency').trim())],
      ['Period Start', (row) => dateOk(get(row, 'Period Start'), false)],
      [
        'Period End',
        (row) =>
          dateOk(get(row, 'Period End'), false) &&
          (!dateOk(get(row, 'Period Start'), false) ||
            get(row, 'Period Start').slice(0, 10) <= get(row, 'Period End').slice(0, 10)),
      ],
      ['Issue Date', (row) => dateOk(get(row, 'Issue Date'), true)],
      ['Due Date', (row) => dateOk(get(row, 'Due Date'), true)],
      money('Subtotal'),
      money('Tax'),
      money('Total'),
      money('Paid', true),
      money('Balance', true),
    ],
    (row) => [get(row, 'Invoice ID').trim(), get(row, 'Customer').trim()],
  );
  scan(
    SHEET.lines,
    [
      money('Amount'),
      ['Quantity', (row) => numberOk(get(row, 'Quantity'))],
      ['Unit Price', (row) => numberOk(get(row, 'Unit Price'))],
      ['Tax Rate', (row) => parseRate(get(row, 'Tax Rate')) !== null],
    ],
    byInvoice,
  );
  scan(SHEET.payments, [money('Amount')], byInvoice);
  scan(SHEET.creditNotes, [money('Refund'), money('Credit')], byInvoice);
  scan(
    SHEET.schedule,
    [
      ['Rate', (row) => numberOk(get(row, 'Rate'))],
      ['Units', (row) => numberOk(get(row, 'Units'), true)],
      ['Effective From', (row) => dateOk(get(row, 'Effective From'), true)],
      ['Effective To', (row) => dateOk(get(row, 'Effective To'), true)],
      ['Tax Rate', (row) => parseRate(get(row, 'Tax Rate')) !== null],
      [
        'Frequency',
        (row) => ['daily', 'weekly', 'monthly', 'once'].includes(get(row, 'Frequency').trim().toLowerCase()),
      ],
      // SPEC §1 makes Days required for daily; a `once` without its date may fairly be refused too.
      ['Days', (row) => get(row, 'Frequency').trim().toLowerCase() !== 'daily' || get(row, 'Days').trim() !== ''],
      [
        'Effective From',
        (row) => get(row, 'Frequency').trim().toLowerCase() !== 'once' || get(row, 'Effective From').trim() !== '',
      ],
    ],
    (row) => [null, get(row, 'Customer').trim()],
  );
  scan(SHEET.closures, [['Date', (row) => dateOk(get(row, 'Date'), false)]], (row) => [
    null,
    get(row, 'Customer').trim(),
  ]);
  return out;
}

export interface Expectation {
  /** Codes that are a right answer; 'ok' when success is. */
  allowed: Set<string>;
  /** Why each code applies, for failure messages. */
  why: string[];
  /** Bad cells a BAD_VALUE may name. */
  mayBlock: BadCell[];
  inPlace: boolean;
  voids: boolean;
  regenerates: boolean;
  /** SPEC §3: `<root>-R<n>`. */
  newInvoiceId: string | null;
  /** The period the regenerated invoice (or rebuilt draft) must have. */
  period: { start: string; end: string } | null;
  creditNote: boolean;
  /** The codes that must apply, most fundamental first (one of them, or another allowed code, is the answer). */
  must: string[];
  status: string | null;
}

const PRIORITY = [
  'BAD_VALUE',
  'DRAFT',
  'ALREADY_VOIDED',
  'NOT_VOIDED',
  'ALREADY_REGENERATED',
  'BAD_REQUEST',
  'CREDIT_EXCEEDS_PAID',
  'PERIOD_OUTSIDE_ORIGINAL',
  'BAD_EDIT',
];

/** Root of the chain and the new invoice's number along it (INV-7-R1 → INV-7, 2). */
export function chainName(state: State, id: string): string {
  const invoices = invoicesById(state);
  let root = id;
  let n = 1;
  const seen = new Set([id]);
  for (
    let from = get(invoices.get(root)!, 'Regenerated From').trim();
    from && invoices.has(from) && !seen.has(from);
    from = get(invoices.get(root)!, 'Regenerated From').trim()
  ) {
    seen.add(from);
    root = from;
    n++;
  }
  return `${root}-R${n}`;
}

/** An edit value SPEC §3 accepts as a number: a finite number or money text, within 15 significant digits. */
function editNumberOk(value: unknown): boolean {
  const parsed =
    typeof value === 'number' && Number.isFinite(value)
      ? new D(value)
      : typeof value === 'string'
        ? parseAmount(value)
        : null;
  return !!parsed && parsed.precision(true) <= 15;
}

/** A typed tax rate: a fraction 0–1 or a percentage 0–100 %; blank is 0, as in cells. */
function editRateOk(value: unknown): boolean {
  return (
    value === undefined ||
    (typeof value === 'number' ? value >= 0 && value <= 1 : typeof value === 'string' && parseRate(value) !== null)
  );
}

/** Drafts as they are refused today (SPEC §3's rebuild in place is not built: spec-next.ts). */
function draftsRefused(_e: Expectation, request: Request, must: (code: string, why: string) => void): void {
  // A plain regenerate of a draft is refused as not voided; SPEC's DRAFT is as right an answer.
  if (request.action === 'regenerate') must('NOT_VOIDED', 'a draft, not voided');
  must('DRAFT', 'a draft (rules before drafts were rebuilt in place)');
}

function badEdits(request: Request, id: string, lineCount: number): string[] {
  const edits = request.edits?.[id];
  if (!edits || request.mode !== 'copy') return [];
  const why: string[] = [];
  const seen = new Set<unknown>();
  for (const e of edits.lines ?? []) {
    const index = e.index as number;
    if (!Number.isInteger(index) || index < 1 || index > lineCount)
      why.push(`edit of line ${index}, the invoice has ${lineCount}`);
    if (seen.has(index)) why.push(`line ${index} edited twice`);
    seen.add(index);
    for (const key of ['quantity', 'unitPrice'] as const)
      if (key in e && !editNumberOk(e[key])) why.push(`${key} ${JSON.stringify(e[key])}`);
    if (!editRateOk(e.taxRate)) why.push(`tax rate ${JSON.stringify(e.taxRate)}`);
  }
  for (const a of edits.add ?? []) {
    for (const key of ['quantity', 'unitPrice'] as const)
      if (!editNumberOk(a[key])) why.push(`added ${key} ${JSON.stringify(a[key])}`);
    if (!editRateOk(a.taxRate)) why.push(`added tax rate ${JSON.stringify(a.taxRate)}`);
  }
  return why;
}

/** What the invoice `id` may come to under `request`, from the state before the call. */
export function expect(
  state: State,
  request: Request,
  id: string,
  bad: BadCell[],
  createdEarlier: Set<string>,
): Expectation {
  const e: Expectation = {
    allowed: new Set(),
    why: [],
    mayBlock: [],
    inPlace: false,
    voids: false,
    regenerates: false,
    newInvoiceId: null,
    period: null,
    creditNote: false,
    must: [],
    status: null,
  };
  const row = invoicesById(state).get(id);
  if (!row) {
    e.allowed.add('NOT_FOUND');
    if (createdEarlier.has(id)) e.allowed.add('*'); // created by an earlier invoice of this call: SPEC is silent
    return e;
  }
  const must = (code: string, why: string) => {
    e.allowed.add(code);
    e.why.push(`${code}: ${why}`);
    if (!e.must.includes(code)) e.must = [...e.must, code].sort((a, b) => PRIORITY.indexOf(a) - PRIORITY.indexOf(b));
  };
  const customer = get(row, 'Customer').trim();
  const currency = get(row, 'Currency').trim().toUpperCase();
  const status = statusOf(row);
  e.status = status;
  const action = request.action;
  const mode = request.mode ?? 'schedule';
  const regenerated =
    !!get(row, 'Regenerated As').trim() ||
    rowsOf(state, SHEET.invoices).some((r) => get(r, 'Regenerated From').trim() === id);
  e.mayBlock = bad.filter(
    (b) => b.invoiceId === id || b.customer === customer || (b.sheet === SHEET.closures && b.customer === ''),
  );
  if (e.mayBlock.length) e.allowed.add('BAD_VALUE');

  for (const b of bad.filter((b) => b.invoiceId === id && !b.computed)) {
    const needed =
      b.sheet !== SHEET.lines ||
      (action !== 'void' && (mode === 'copy' || (b.kind === 'manual' && request.keepManual !== false)));
    if (needed) must('BAD_VALUE', `${b.a1} is bad`);
  }
  if (status === null) return e;

  const voidable = status === 'open' || status === 'paid';
  if (status === 'draft') (NEXT_SPEC ? draftsInPlace : draftsRefused)(e, request, must);
  if (action === 'void' && status === 'voided') must('ALREADY_VOIDED', 'already voided');
  if (action === 'regenerate' && voidable) must('NOT_VOIDED', `${status}, not voided`);
  if (action === 'regenerate' && status === 'voided' && regenerated) must('ALREADY_REGENERATED', 'already regenerated');
  if (action === 'void-and-regenerate' && status === 'voided') {
    // SPEC §3 is silent on "void and regenerate" of an invoice already voided: refusing it, or regenerating it.
    e.allowed.add('ALREADY_VOIDED');
    if (regenerated) must('ALREADY_REGENERATED', 'already voided and regenerated');
  }
  e.voids = action !== 'regenerate' && voidable;
  e.regenerates =
    action !== 'void' && !e.inPlace && (voidable || status === 'voided') && !(action === 'regenerate' && voidable);
  if (e.regenerates) e.newInvoiceId = chainName(state, id);

  if (request.creditNote && action !== 'regenerate') {
    const paid = moneyOf(state).get(id)?.paid ?? new D(0);
    const refund = new D(request.creditNote.refund);
    const credit = new D(request.creditNote.credit);
    if (status === 'draft') e.allowed.add('CREDIT_EXCEEDS_PAID');
    if (voidable) e.creditNote = true;
    if (voidable && refund.plus(credit).greaterThan(paid))
      must('CREDIT_EXCEEDS_PAID', `${refund.plus(credit)} > paid ${paid}`);
    if (Math.max(refund.decimalPlaces(), credit.decimalPlaces()) > minorUnits(currency)) {
      // SPEC §2: an amount typed with more decimals than the currency has is refused, never
      // silently rounded; the engine answers BAD_REQUEST for that invoice (a draft may be refused too).
      if (voidable) must('BAD_REQUEST', `credit note amounts have more decimals than ${currency}`);
      e.allowed.add('BAD_REQUEST');
      e.allowed.add('CREDIT_EXCEEDS_PAID');
    }
  }
  const start = get(row, 'Period Start').slice(0, 10);
  const end = get(row, 'Period End').slice(0, 10);
  if ((e.regenerates || e.inPlace) && isIsoDate(start) && isIsoDate(end)) {
    e.period = mode === 'copy' ? { start, end } : { start: request.from ?? start, end: request.to ?? end };
    if (e.period.start < start || e.period.end > end || e.period.start > e.period.end) {
      must('PERIOD_OUTSIDE_ORIGINAL', `${e.period.start}–${e.period.end} outside ${start}–${end}`);
    }
  }
  if (e.regenerates) {
    for (const why of badEdits(
      request,
      id,
      rowsOf(state, SHEET.lines).filter((r) => get(r, 'Invoice ID').trim() === id).length,
    ))
      must('BAD_EDIT', why);
  }
  if (!e.why.length) e.allowed.add('ok');
  return e;
}
