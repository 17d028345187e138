/**
 * The preview's sample: Little Acorns Nursery, ten children, September and October 2026 in GBP.
 * The invoices were issued BEFORE the schedule changed (see nursery-schedule.ts), so regenerating
 * them shows real differences: October at the new rates, Oscar's new days, the INSET day,
 * Isla's agreed absence, Theo billed from his start date. Hand-typed lines (a farm trip,
 * a late pickup) are kept by a regeneration; "Accounting ID" is never copied. Ava's October
 * invoice is still a draft (rebuilt in place from the new schedule), and Arlo's September one was
 * voided after he paid it: his credit can pay his October invoice (Apply credit).
 */
import {
  BuiltInvoices,
  InvoiceSpec,
  LineSpec,
  PaymentSpec,
  Row,
  buildInvoices,
  buildPayments,
  countDays,
  weeks,
} from './ledger';
import {
  CONSUMABLES,
  FOREST_SCHOOL,
  FUNDED_HOURS_A_WEEK,
  LUNCH,
  OLD,
  REGISTRATION_FEE,
  SESSION_HOURS,
  SIBLING_DISCOUNT,
  closuresSheet,
  scheduleSheet,
} from './nursery-schedule';

export const SAMPLE_TIME_ZONE = 'Europe/London';
export const SAMPLE_NAME = 'Little Acorns Nursery — billing 2026';

const MONTHS = {
  sep: { period: ['2026-09-01', '2026-09-30'], issued: ['2026-08-25', '2026-09-08'], tag: 'SEP26' },
  oct: { period: ['2026-10-01', '2026-10-31'], issued: ['2026-09-25', '2026-10-09'], tag: 'OCT26' },
} as const;
type Month = keyof typeof MONTHS;
const days = (m: Month, weekdays: string) => countDays(MONTHS[m].period[0], MONTHS[m].period[1], weekdays);
const weeksOf = (m: Month, units?: number) => weeks(MONTHS[m].period[0], MONTHS[m].period[1], units);

/** What was on each child's invoice when it was issued (the old rates, the old days). */
const billed = {
  fullDays: (m: Month, weekdays: string): LineSpec => ({
    kind: 'session',
    description: 'Full days',
    quantity: days(m, weekdays),
    unitPrice: OLD.fullDay,
  }),
  hours: (m: Month, weekdays: string, description = 'Morning sessions (hours)'): LineSpec => ({
    kind: 'session',
    description,
    quantity: days(m, weekdays) * SESSION_HOURS,
    unitPrice: OLD.hour,
  }),
  lunches: (m: Month, weekdays: string): LineSpec => ({
    kind: 'charge',
    description: 'Lunches',
    quantity: days(m, weekdays),
    unitPrice: LUNCH,
  }),
  consumables: (): LineSpec => ({
    kind: 'charge',
    description: 'Consumables pack',
    quantity: 1,
    unitPrice: CONSUMABLES,
    taxRate: 0.2,
  }),
  forestSchool: (m: Month): LineSpec => ({
    kind: 'session',
    description: 'Forest school',
    quantity: weeksOf(m),
    unitPrice: FOREST_SCHOOL,
  }),
  fundedHours: (m: Month): LineSpec => ({
    kind: 'charge',
    description: 'Funded hours (15 a week)',
    quantity: weeksOf(m, FUNDED_HOURS_A_WEEK),
    unitPrice: -OLD.hour,
  }),
  manual: (description: string, unitPrice: number, quantity = 1): LineSpec => ({
    kind: 'manual',
    description,
    quantity,
    unitPrice,
  }),
};

function invoice(id: number, m: Month, customer: string, status: string, lines: LineSpec[]): InvoiceSpec {
  const { period, issued, tag } = MONTHS[m];
  const initials = customer
    .split(' ')
    .map((w) => w[0])
    .join('');
  return {
    id: `INV-${id}`,
    reference: `${initials}-${tag}`,
    customer,
    period: [...period],
    issued: [...issued],
    status,
    accountingId: status === 'draft' ? '' : `XRO-${id + 57_210}`,
    lines,
  };
}

function invoiceSpecs(): InvoiceSpec[] {
  const b = billed;
  return [
    invoice(1001, 'sep', 'Amelia Hart', 'paid', [
      b.fullDays('sep', 'Mon, Tue, Wed'),
      b.lunches('sep', 'Mon, Tue, Wed'),
      b.consumables(),
    ]),
    invoice(1002, 'sep', 'Oscar Bennett', 'open', [
      b.fullDays('sep', 'Mon, Wed, Fri'),
      b.lunches('sep', 'Mon, Wed, Fri'),
    ]),
    invoice(1003, 'sep', 'Isla Patel', 'partially paid', [
      b.hours('sep', 'Mon, Tue, Wed, Thu, Fri'),
      b.fundedHours('sep'),
    ]),
    invoice(1004, 'sep', 'Noah Williams', 'open', [
      b.fullDays('sep', 'Thu, Fri'),
      b.forestSchool('sep'),
      b.consumables(),
    ]),
    invoice(1005, 'sep', "Freya O'Connor", 'paid', [b.hours('sep', 'Tue, Thu')]),
    invoice(1006, 'sep', 'Leo Nowak', 'open', [
      b.fullDays('sep', 'Mon, Tue, Wed, Thu, Fri'),
      b.lunches('sep', 'Mon, Tue, Wed, Thu, Fri'),
      b.forestSchool('sep'),
      b.manual('Trip to the farm', 12),
      b.manual('Late pickup (15 Sep)', 15),
    ]),
    invoice(1007, 'sep', 'Ava Thompson', 'open', [
      b.fullDays('sep', 'Wed, Thu, Fri'),
      b.lunches('sep', 'Wed, Thu, Fri'),
    ]),
    // Voided after Arlo paid it (his September sessions were funded after all): the 250.00 he paid is
    // his credit, for his October invoice (Apply credit).
    invoice(1008, 'sep', 'Arlo Mensah', 'voided', [
      b.hours('sep', 'Mon, Wed', 'Afternoon sessions (hours)'),
      b.consumables(),
    ]),
    invoice(1009, 'sep', 'Poppy Clarke', 'paid', [
      b.fullDays('sep', 'Mon, Tue'),
      { kind: 'charge', description: 'Sibling discount', quantity: 1, unitPrice: SIBLING_DISCOUNT },
      b.manual('Trip to the farm', 12),
    ]),
    invoice(1010, 'oct', 'Amelia Hart', 'open', [
      b.fullDays('oct', 'Mon, Tue, Wed'),
      b.lunches('oct', 'Mon, Tue, Wed'),
      b.consumables(),
    ]),
    invoice(1011, 'oct', 'Oscar Bennett', 'open', [
      b.fullDays('oct', 'Mon, Wed, Fri'),
      b.lunches('oct', 'Mon, Wed, Fri'),
    ]),
    invoice(1012, 'oct', 'Isla Patel', 'open', [b.hours('oct', 'Mon, Tue, Wed, Thu, Fri'), b.fundedHours('oct')]),
    invoice(1013, 'oct', 'Noah Williams', 'open', [
      b.fullDays('oct', 'Thu, Fri'),
      b.forestSchool('oct'),
      b.consumables(),
    ]),
    invoice(1014, 'oct', "Freya O'Connor", 'open', [b.hours('oct', 'Tue, Thu'), b.manual('Late pickup (8 Oct)', 15)]),
    invoice(1015, 'oct', 'Leo Nowak', 'open', [
      b.fullDays('oct', 'Mon, Tue, Wed, Thu, Fri'),
      b.lunches('oct', 'Mon, Tue, Wed, Thu, Fri'),
      b.forestSchool('oct'),
      b.manual('Pumpkin carving materials', 4.5),
    ]),
    invoice(1016, 'oct', 'Ava Thompson', 'draft', [
      b.fullDays('oct', 'Wed, Thu, Fri'),
      b.lunches('oct', 'Wed, Thu, Fri'),
    ]),
    invoice(1017, 'oct', 'Arlo Mensah', 'open', [
      b.hours('oct', 'Mon, Wed', 'Afternoon sessions (hours)'),
      b.consumables(),
    ]),
    invoice(1018, 'oct', 'Poppy Clarke', 'open', [
      b.fullDays('oct', 'Mon, Tue'),
      { kind: 'charge', description: 'Sibling discount', quantity: 1, unitPrice: SIBLING_DISCOUNT },
    ]),
    // Billed for the whole month, though Theo only started on 12 October.
    invoice(1019, 'oct', 'Theo Fischer', 'open', [
      b.fullDays('oct', 'Mon, Tue, Wed'),
      { kind: 'charge', description: 'Registration fee', quantity: 1, unitPrice: REGISTRATION_FEE },
    ]),
  ];
}

const PAYMENTS: PaymentSpec[] = [
  ['INV-1001', '2026-09-02', 'full', 'bank transfer'],
  ['INV-1002', '2026-09-07', 400, 'card'],
  ['INV-1003', '2026-09-05', 200, 'Tax-Free Childcare'],
  ['INV-1003', '2026-09-19', 150, 'Tax-Free Childcare'],
  ['INV-1004', '2026-09-10', 300, 'childcare vouchers'],
  ['INV-1005', '2026-09-01', 'full', 'bank transfer'],
  ['INV-1006', '2026-09-08', 1000, 'bank transfer', 'First of two instalments'],
  ['INV-1007', '2026-09-08', 500, 'card'],
  ['INV-1008', '2026-09-12', 250, 'card'],
  ['INV-1009', '2026-09-04', 'full', 'bank transfer'],
  ['INV-1010', '2026-10-02', 300, 'bank transfer'],
  ['INV-1011', '2026-10-05', 200, 'card'],
  ['INV-1013', '2026-10-09', 150, 'childcare vouchers'],
  ['INV-1014', '2026-10-01', 100, 'Tax-Free Childcare'],
  ['INV-1017', '2026-10-06', 150, 'card'],
  ['INV-1018', '2026-10-07', 200, 'bank transfer'],
];

export function nurseryInvoices(): BuiltInvoices {
  return buildInvoices(invoiceSpecs());
}

/** Sheet name → rows, for createFakeApps({sheets}). No Audit Log: Revoice creates it on first use. */
export function nurserySample(): Record<string, Row[]> {
  const { invoices, lines, totals } = nurseryInvoices();
  return {
    Invoices: invoices,
    'Invoice Lines': lines,
    Schedule: scheduleSheet(),
    Closures: closuresSheet(),
    Payments: buildPayments(PAYMENTS, totals),
    'Credit Notes': [['Credit Note ID', 'Invoice ID', 'Customer', 'Date', 'Refund', 'Credit', 'Reason']],
  };
}
