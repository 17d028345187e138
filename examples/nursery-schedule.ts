/**
 * Little Acorns Nursery's Schedule as it is NOW — after the October invoices went out:
 * fees rose on 1 October, Oscar moved from Mon/Wed/Fri to Mon–Thu on 14 September, and
 * Theo started on 12 October. Plus the Closures sheet (an INSET day, one agreed absence).
 */
import { Row, date } from './ledger';
import { SCHEDULE_HEADER } from './ledger';

export const RATE_RISE = '2026-10-01';
export const OLD = { fullDay: 62, hour: 8.5 };
export const NEW = { fullDay: 65, hour: 9 };
export const LUNCH = 3.2;
export const CONSUMABLES = 18;
export const FOREST_SCHOOL = 12.5;
export const FUNDED_HOURS_A_WEEK = 15;
export const SIBLING_DISCOUNT = -20;
export const REGISTRATION_FEE = 50;
/** Five-hour sessions, billed by the hour. */
export const SESSION_HOURS = 5;

export const INSET_DAY = '2026-10-23';
export const ISLA_ABSENCE = '2026-09-18';

const DAY_BEFORE_RISE = '2026-09-30';
const opt = (iso?: string) => (iso ? date(iso) : '');

function item(
  customer: string,
  kind: string,
  description: string,
  frequency: string,
  days: string,
  units: number | '',
  rate: number,
  from?: string,
  to?: string,
  tax = 0,
): Row {
  return [customer, kind, description, frequency, days, units, rate, opt(from), opt(to), tax];
}

/** A priced item that went up on 1 October: one row up to 30 September, one from 1 October. */
function risen(
  customer: string,
  description: string,
  days: string,
  units: number | '',
  [before, after]: [number, number],
  from?: string,
  to?: string,
): Row[] {
  const rows: Row[] = [];
  if (!from || from < RATE_RISE)
    rows.push(
      item(
        customer,
        'session',
        description,
        'daily',
        days,
        units,
        before,
        from,
        to && to < RATE_RISE ? to : DAY_BEFORE_RISE,
      ),
    );
  if (!to || to >= RATE_RISE)
    rows.push(
      item(
        customer,
        'session',
        description,
        'daily',
        days,
        units,
        after,
        from && from > RATE_RISE ? from : RATE_RISE,
        to,
      ),
    );
  return rows;
}

const fullDays = (customer: string, days: string, from?: string, to?: string) =>
  risen(customer, 'Full days', days, 1, [OLD.fullDay, NEW.fullDay], from, to);
const mornings = (customer: string, days: string) =>
  risen(customer, 'Morning sessions (hours)', days, SESSION_HOURS, [OLD.hour, NEW.hour]);
const lunches = (customer: string, days: string, from?: string, to?: string) =>
  item(customer, 'charge', 'Lunches', 'daily', days, 1, LUNCH, from, to);
const consumables = (customer: string) =>
  item(customer, 'charge', 'Consumables pack', 'monthly', '', 1, CONSUMABLES, '', '', 0.2);
const forestSchool = (customer: string) => item(customer, 'session', 'Forest school', 'weekly', '', 1, FOREST_SCHOOL);

export function scheduleSheet(): Row[] {
  return [
    SCHEDULE_HEADER,
    ...fullDays('Amelia Hart', 'Mon, Tue, Wed'),
    lunches('Amelia Hart', 'Mon, Tue, Wed'),
    consumables('Amelia Hart'),
    ...fullDays('Oscar Bennett', 'Mon, Wed, Fri', undefined, '2026-09-13'),
    ...fullDays('Oscar Bennett', 'Mon-Thu', '2026-09-14'),
    lunches('Oscar Bennett', 'Mon, Wed, Fri', '', '2026-09-13'),
    lunches('Oscar Bennett', 'Mon-Thu', '2026-09-14'),
    ...mornings('Isla Patel', 'Mon-Fri'),
    item(
      'Isla Patel',
      'charge',
      'Funded hours (15 a week)',
      'weekly',
      '',
      FUNDED_HOURS_A_WEEK,
      -OLD.hour,
      '',
      DAY_BEFORE_RISE,
    ),
    item('Isla Patel', 'charge', 'Funded hours (15 a week)', 'weekly', '', FUNDED_HOURS_A_WEEK, -NEW.hour, RATE_RISE),
    ...fullDays('Noah Williams', 'Thu, Fri'),
    forestSchool('Noah Williams'),
    consumables('Noah Williams'),
    ...mornings("Freya O'Connor", 'Tue, Thu'),
    ...fullDays('Leo Nowak', 'Mon-Fri'),
    lunches('Leo Nowak', 'Mon-Fri'),
    forestSchool('Leo Nowak'),
    ...fullDays('Ava Thompson', 'Wed, Thu, Fri'),
    lunches('Ava Thompson', 'Wed, Thu, Fri'),
    ...risen('Arlo Mensah', 'Afternoon sessions (hours)', 'Mon, Wed', SESSION_HOURS, [OLD.hour, NEW.hour]),
    consumables('Arlo Mensah'),
    ...fullDays('Poppy Clarke', 'Mon, Tue'),
    item('Poppy Clarke', 'charge', 'Sibling discount', 'monthly', '', 1, SIBLING_DISCOUNT),
    ...fullDays('Theo Fischer', 'Mon, Tue, Wed', '2026-10-12'),
    item('Theo Fischer', 'charge', 'Registration fee', 'once', '', 1, REGISTRATION_FEE, '2026-10-12'),
  ];
}

export function closuresSheet(): Row[] {
  return [
    ['Date', 'Customer', 'Note'],
    [date(ISLA_ABSENCE), 'Isla Patel', 'Agreed absence, not charged'],
    [date(INSET_DAY), '', 'INSET day: nursery closed'],
  ];
}
