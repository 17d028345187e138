/** A EUR invoice is never regenerated at a schedule row's GBP rate, through the bundle (issue 11). */
import { dateCell as d } from '../../fake-apps-script/src';
import { INVOICE_HEADER, LINE_HEADER, PAYMENT_HEADER, SCHEDULE_HEADER, openBook, records } from './harness';

describe('schedule rates in another currency, through the bundle', () => {
  it('refuses the invoice in preview and apply alike, naming the cell; nothing is written', () => {
    const book = openBook({
      Invoices: [
        [...INVOICE_HEADER],
        ['INV-1', '', 'Zoe', d('2026-05-01'), d('2026-05-31'), '', '', 'EUR', 'open', 10, 0, 10, ''],
      ],
      'Invoice Lines': [[...LINE_HEADER], ['INV-1', 'charge', 'Item', 1, 10, 10, 0, '']],
      Schedule: [
        [...SCHEDULE_HEADER, 'Currency'],
        ['Zoe', 'session', 'Full days', 'monthly', '', 1, 65, '', '', 0, 'GBP'],
      ],
      Payments: [[...PAYMENT_HEADER]],
    });
    const request = { action: 'void-and-regenerate', invoiceIds: ['INV-1'], reason: 'Rates' };
    const previewed = book.call('revoicePreview', request).results[0];
    expect(previewed).toMatchObject({ ok: false, code: 'BAD_VALUE' });
    expect(previewed.message).toMatch(/^Schedule!K2 is in GBP, but INV-1 is in EUR/);
    expect(book.call('revoiceApply', request).results[0]).toEqual(previewed);
    expect(records(book, 'Invoices').map((row) => row.Status)).toEqual(['open']);
  });
});
