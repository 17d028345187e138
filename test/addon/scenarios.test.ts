import { dateCell as d } from '../../fake-apps-script/src';
import { INVOICE_HEADER, LINE_HEADER, PAYMENT_HEADER, openBook, records } from './harness';

/**
 * What bookkeepers do on the platforms Revoice learns from, run through the bundle with
 * the spreadsheet in zones on both sides of the date line (the machine stays in UTC).
 */
const ZONES = ['Pacific/Auckland', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Pacific/Pago_Pago', 'Europe/London'];

function sheets() {
  return {
    Invoices: [
      [...INVOICE_HEADER],
      // Pigeonhole: a nursery month whose sessions changed after issue.
      [
        'PH-1',
        'NUR-0042',
        'Mia',
        d('2026-10-01'),
        d('2026-10-31'),
        d('2026-10-01'),
        d('2026-10-15'),
        'GBP',
        'open',
        172.5,
        0,
        172.5,
        'QB-1',
      ],
      // Lago: a paid usage invoice, voided with a refund, regenerated as an edited copy.
      [
        'LG-1',
        'LG-REF',
        'Acme Ltd',
        d('2026-09-01'),
        d('2026-09-30'),
        d('2026-09-30'),
        d('2026-10-30'),
        'EUR',
        'paid',
        1000,
        200,
        1200,
        '',
      ],
      // Chargebee: a quarterly subscription, partly paid, with an ad hoc charge.
      [
        'CB-1',
        'CB-REF',
        'Globex',
        d('2026-07-01'),
        d('2026-09-30'),
        d('2026-07-01'),
        d('2026-07-31'),
        'USD',
        'open',
        350,
        0,
        350,
        '',
      ],
      // Metronome: a JPY invoice whose rate changed.
      [
        'MT-1',
        'MT-REF',
        'Initech KK',
        d('2026-10-01'),
        d('2026-10-31'),
        d('2026-11-01'),
        d('2026-11-30'),
        'JPY',
        'open',
        13202,
        0,
        13202,
        '',
      ],
    ],
    'Invoice Lines': [
      [...LINE_HEADER],
      ['PH-1', 'session', 'Sessions (Tue, Thu)', 9, 15, 135, 0, 'Schedule row 2'],
      ['PH-1', 'manual', 'Pumpkin-carving trip', 1, 12.5, 12.5, 0, ''],
      ['PH-1', 'manual', 'Late pickup', 1, 25, 25, 0, ''],
      ['LG-1', 'charge', 'API calls (thousands)', 400, 2.5, 1000, '20%', ''],
      ['CB-1', 'charge', 'Pro plan', 3, 100, 300, 0, 'Schedule row 3'],
      ['CB-1', 'manual', 'Onboarding call', 1, 50, 50, 0, ''],
      ['MT-1', 'charge', 'Compute hours', 3, 4400.5, 13202, 0, 'Schedule row 5'],
    ],
    Schedule: [
      [
        'Customer',
        'Kind',
        'Description',
        'Frequency',
        'Days',
        'Units',
        'Rate',
        'Effective From',
        'Effective To',
        'Tax Rate',
      ],
      ['Mia', 'session', 'Sessions (Mon, Tue, Thu)', 'daily', 'Mon, Tue, Thu', 1, 15, '', '', 0],
      ['Globex', 'charge', 'Pro plan', 'monthly', '', 1, 100, '', d('2026-08-15'), 0],
      ['Globex', 'charge', 'Enterprise plan', 'monthly', '', 1, 300, d('2026-08-16'), '', 0],
      ['Initech KK', 'charge', 'Compute hours', 'weekly', '', 0.7, 4600.5, '', '', 0],
    ],
    Closures: [
      ['Date', 'Customer'],
      [d('2026-10-26'), ''],
      [d('2026-10-13'), 'Mia'],
    ],
    Payments: [
      [...PAYMENT_HEADER],
      ['P-1', 'PH-1', d('2026-10-05'), 100, 'card', ''],
      ['P-2', 'LG-1', d('2026-10-02'), 1200, 'bank', ''],
      ['P-3', 'CB-1', d('2026-07-10'), 150, 'card', ''],
    ],
    'Credit Notes': [['Credit Note ID', 'Invoice ID', 'Customer', 'Date', 'Refund', 'Credit', 'Reason']],
  };
}

describe.each(ZONES)('spreadsheet in %s', (zone) => {
  const open = () => openBook(sheets(), { timeZone: zone });

  it('Pigeonhole: regenerates sessions from the current schedule, keeping manual items and the reference', () => {
    const book = open();
    const [result] = book.call('revoiceApply', {
      action: 'void-and-regenerate',
      invoiceIds: ['PH-1'],
      reason: 'Added Mondays',
    }).results;
    // October 2026: 4 Mondays less the 26th (closed for everyone) + 4 Tuesdays less the 13th (Mia) + 5 Thursdays = 11.
    expect(result).toEqual({
      invoiceId: 'PH-1',
      ok: true,
      voided: true,
      newInvoiceId: 'PH-1-R1',
      total: '202.50',
      transferred: '100.00',
      creditSources: [{ invoiceId: 'PH-1', amount: '100.00' }],
      unappliedCredit: '0.00',
    });
    const lines = records(book, 'Invoice Lines').filter((l) => l['Invoice ID'] === 'PH-1-R1');
    expect(lines.map((l) => [l.Description, l.Quantity, l.Amount])).toEqual([
      ['Sessions (Mon, Tue, Thu)', '11', '165'],
      ['Pumpkin-carving trip', '1', '12.5'],
      ['Late pickup', '1', '25'],
    ]);
    const added = records(book, 'Invoices').find((r) => r['Invoice ID'] === 'PH-1-R1');
    expect(added).toMatchObject({
      Reference: 'NUR-0042',
      'Period Start': '2026-10-01',
      'Period End': '2026-10-31',
      'Accounting ID': '',
    });
  });

  it('Lago: voids a paid invoice with a refund, then regenerates an edited copy', () => {
    const book = open();
    const voided = book.call('revoiceApply', {
      action: 'void',
      invoiceIds: ['LG-1'],
      reason: 'Overbilled',
      creditNote: { refund: '600', credit: 0 },
    });
    expect(voided.results[0]).toEqual({
      invoiceId: 'LG-1',
      ok: true,
      voided: true,
      unappliedCredit: '600.00',
      creditNoteId: 'CN-LG-1',
    });
    const edits = {
      'LG-1': {
        lines: [{ index: 1, quantity: 200 }],
        add: [{ description: 'Support', quantity: 1, unitPrice: '99.99', taxRate: '20%' }],
      },
    };
    const preview = book.call('revoicePreview', { action: 'regenerate', invoiceIds: ['LG-1'], mode: 'copy', edits });
    expect(preview.results[0].diff.map((row: any) => row.change)).toEqual(['changed', 'added']);
    expect(preview.results[0].after).toMatchObject({ subtotal: '599.99', tax: '120.00', total: '719.99' });
    const regenerated = book.call('revoiceApply', {
      action: 'regenerate',
      invoiceIds: ['LG-1'],
      mode: 'copy',
      edits,
      fingerprints: { 'LG-1': preview.results[0].fingerprint },
    });
    // 1200 paid − 600 refunded = 600 available; all of it moves to the 719.99 invoice.
    expect(regenerated.results[0]).toEqual({
      invoiceId: 'LG-1',
      ok: true,
      voided: false,
      newInvoiceId: 'LG-1-R1',
      total: '719.99',
      transferred: '600.00',
      creditSources: [{ invoiceId: 'LG-1', amount: '600.00' }],
      unappliedCredit: '0.00',
    });
    expect(records(book, 'Invoices').find((r) => r['Invoice ID'] === 'LG-1-R1')).toMatchObject({
      Status: 'open',
      Balance: '119.99',
      'Period Start': '2026-09-01',
    });
  });

  it('Chargebee: regenerates part of the term from the schedule, dropping the ad hoc charge', () => {
    const book = open();
    book.call('revoiceApply', { action: 'void', invoiceIds: ['CB-1'] });
    const [result] = book.call('revoiceApply', {
      action: 'regenerate',
      invoiceIds: ['CB-1'],
      from: '2026-08-01',
      to: '2026-09-30',
      keepManual: false,
    }).results;
    // Pro plan 1–15 August: 15/31 → 0.4839 × 100 = 48.39; Enterprise 16 August–30 September: 16/31 + 1 → 1.5161 × 300 = 454.83.
    expect(result).toEqual({
      invoiceId: 'CB-1',
      ok: true,
      voided: false,
      newInvoiceId: 'CB-1-R1',
      total: '503.22',
      transferred: '150.00',
      creditSources: [{ invoiceId: 'CB-1', amount: '150.00' }],
      unappliedCredit: '0.00',
    });
    const added = records(book, 'Invoices').find((r) => r['Invoice ID'] === 'CB-1-R1');
    expect(added).toMatchObject({ 'Period Start': '2026-08-01', 'Period End': '2026-09-30', Status: 'open' });
    const outside = book.call('revoiceApply', {
      action: 'void-and-regenerate',
      invoiceIds: ['CB-1-R1'],
      from: '2026-07-01',
    });
    expect(outside.results[0]).toMatchObject({ ok: false, code: 'PERIOD_OUTSIDE_ORIGINAL' });
  });

  it('Metronome: recalculates on the current rate under a new, distinct id', () => {
    const book = open();
    const [result] = book.call('revoiceApply', { action: 'void-and-regenerate', invoiceIds: ['MT-1'] }).results;
    // 31 days ÷ 7 × 0.7 = 3.1 hours at ¥4,600.5 = ¥14,261.55 → ¥14,262.
    expect(result).toEqual({
      invoiceId: 'MT-1',
      ok: true,
      voided: true,
      newInvoiceId: 'MT-1-R1',
      total: '14262',
      transferred: '0',
      creditSources: [],
      unappliedCredit: '0',
    });
    const added = records(book, 'Invoices').find((r) => r['Invoice ID'] === 'MT-1-R1');
    expect(added).toMatchObject({
      Total: '14262',
      Currency: 'JPY',
      'Issue Date': expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
  });
});
