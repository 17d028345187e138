/** Canned workbook data for the sidebar's browser tests: a nursery's invoice after a schedule change. */
import type { LineDiff, PreviewLine, PreviewSuccess, SelectedInvoice } from '../../src/shared/api';
import type { MockScenario } from './mock/google';

const line = (
  kind: PreviewLine['kind'],
  description: string,
  quantity: string,
  unitPrice: string,
  amount: string,
  source = '',
): PreviewLine => ({ kind, description, quantity, unitPrice, amount, taxRate: '0', tax: '0.00', source });

export const AMELIA: SelectedInvoice = {
  invoiceId: 'INV-2024-031',
  reference: 'MAR-031',
  customer: 'Amelia Hart',
  status: 'paid',
  total: '449.00',
  currency: 'GBP',
};
export const OSCAR: SelectedInvoice = {
  invoiceId: 'INV-2024-032',
  reference: 'MAR-032',
  customer: 'Oscar Bennett',
  status: 'open',
  total: '1210.50',
  currency: 'GBP',
};
export const DRAFT: SelectedInvoice = {
  invoiceId: 'INV-2024-040',
  reference: '',
  customer: 'Ivy Clarke',
  status: 'draft',
  total: '96.00',
  currency: 'GBP',
};
export const XSS_DESCRIPTION = '<img src=x onerror=alert(1)>';
export const XSS: SelectedInvoice = {
  invoiceId: 'INV-<b>66</b>',
  reference: '',
  customer: '<script>alert(2)</script>',
  status: 'open',
  total: '10.00',
  currency: 'EUR',
};

const morning = line('session', 'Morning sessions (Mon, Wed, Fri)', '12', '32.00', '384.00', 'Schedule!A4');
const morningNow = line('session', 'Morning sessions (Mon, Wed, Fri)', '11', '34.00', '374.00', 'Schedule!A4');
const lunch = line('charge', 'Lunch', '12', '3.50', '42.00', 'Schedule!A5');
const lunchNow = line('charge', 'Lunch', '11', '3.50', '38.50', 'Schedule!A5');
const nappies = line('charge', 'Nappies & wipes', '1', '8.00', '8.00', 'Schedule!A6');
const thursday = line('session', 'Afternoon session (Thu)', '4', '28.00', '112.00', 'Schedule!A9');
const trip = line('manual', 'Trip to Willow Farm', '1', '15.00', '15.00');

export const AMELIA_DIFF: LineDiff[] = [
  { change: 'changed', before: morning, after: morningNow },
  { change: 'changed', before: lunch, after: lunchNow },
  { change: 'removed', before: nappies },
  { change: 'added', after: thursday },
  { change: 'same', before: trip, after: trip },
];

export const AMELIA_PREVIEW: PreviewSuccess = {
  invoiceId: AMELIA.invoiceId,
  ok: true,
  fingerprint: 'canned',
  currency: 'GBP',
  before: { lines: [morning, lunch, nappies, trip], subtotal: '449.00', tax: '0.00', total: '449.00', paid: '300.00' },
  after: {
    lines: [morningNow, lunchNow, thursday, trip],
    subtotal: '539.50',
    tax: '0.00',
    total: '539.50',
    balance: '239.50',
    status: 'open',
  },
  diff: AMELIA_DIFF,
  newInvoiceId: 'INV-2024-031-R1',
  transferred: '300.00',
  unappliedCredit: '0.00',
  warnings: ['Closed on Fri 29 Mar (Good Friday): one morning session fewer.'],
};

const xssLine = line('manual', XSS_DESCRIPTION, '1', '10.00', '10.00');
export const XSS_PREVIEW: PreviewSuccess = {
  invoiceId: XSS.invoiceId,
  ok: true,
  fingerprint: 'canned',
  currency: 'EUR',
  before: { lines: [xssLine], subtotal: '10.00', tax: '0.00', total: '10.00', paid: '0.00' },
  after: { lines: [xssLine], subtotal: '10.00', tax: '0.00', total: '10.00', balance: '10.00', status: 'open' },
  diff: [{ change: 'same', before: xssLine, after: xssLine }],
  newInvoiceId: 'INV-<b>66</b>-R1',
  transferred: '0.00',
  unappliedCredit: '0.00',
  warnings: ['<b>not bold</b>'],
};

export function ameliaScenario(extra: Partial<MockScenario> = {}): MockScenario {
  return { invoices: [AMELIA], previews: { [AMELIA.invoiceId]: AMELIA_PREVIEW }, ...extra };
}
