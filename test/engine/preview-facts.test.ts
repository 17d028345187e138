/**
 * What a preview tells before anything is written (issue 11): the credit note a void issues, the
 * new (or rebuilt) invoice's balance and status, and the period when from–to narrows it.
 */
import { applyOne, previewOne } from './drive';
import { d, invoice, nursery, schedule, workbook } from './fixtures';

describe('the preview shows what the apply will make', () => {
  test('a void with a credit note: its ID, refund and credit, as the apply writes them', () => {
    const body = { action: 'void', invoiceIds: ['INV-1'], reason: 'Left', creditNote: { refund: 10, credit: '20' } };
    const preview = previewOne(nursery(), body);
    expect(preview.creditNote).toEqual({ creditNoteId: 'CN-INV-1', refund: '10.00', credit: '20.00' });
    expect(applyOne(nursery(), body).plan.appends.creditNotes?.[0]).toMatchObject({
      'Credit Note ID': 'CN-INV-1',
      Refund: 10,
      Credit: 20,
    });
    expect(previewOne(nursery(), { action: 'void', invoiceIds: ['INV-1'] }).creditNote).toBeUndefined();
  });

  test('the new invoice: what is left to pay and its status, as written on its row', () => {
    const body = { action: 'void-and-regenerate', invoiceIds: ['INV-1'] };
    const { after, period } = previewOne(nursery(), body);
    // 12 mornings × 10 + 20 % tax, meals 30, the farm trip 25: 199.00, 50.00 paid.
    expect(after).toMatchObject({ total: '199.00', balance: '149.00', status: 'open' });
    expect(period).toBeUndefined();
    expect(applyOne(nursery(), body).plan.appends.invoices?.[0]).toMatchObject({ Balance: 149, Status: 'open' });
  });

  test('a new invoice its payments cover is paid, with nothing left', () => {
    const { after } = previewOne(nursery(), { action: 'regenerate', invoiceIds: ['INV-2'], mode: 'copy' });
    expect(after).toMatchObject({ total: '100.00', balance: '0.00', status: 'paid' });
  });

  test('from–to narrowing the period is shown as the new period', () => {
    const body = { action: 'void-and-regenerate', invoiceIds: ['INV-1'], from: '2026-03-01', to: '2026-03-14' };
    expect(previewOne(nursery(), body).period).toEqual({ from: '2026-03-01', to: '2026-03-14' });
    const whole = { ...body, from: '2026-03-01', to: '2026-03-31' };
    expect(previewOne(nursery(), whole).period).toBeUndefined();
  });

  test('a draft rebuilt in place keeps its status; its balance and narrowed period are shown', () => {
    const body = { action: 'regenerate', invoiceIds: ['INV-3'], to: '2026-03-20' };
    const preview = previewOne(nursery(), body);
    expect(preview.after).toMatchObject({ total: '10.00', balance: '10.00', status: 'draft' });
    expect(preview.period).toEqual({ from: '2026-03-01', to: '2026-03-20' });
  });
});

describe('a schedule line covering part of the period carries its dates', () => {
  const book = workbook({
    Invoices: [invoice('INV-1')],
    Schedule: [
      schedule('Ada', 'Full days', { Frequency: 'daily', Days: 'Mon-Fri', Rate: 60, 'Effective To': d('2026-03-14') }),
      schedule('Ada', 'Full days', {
        Frequency: 'daily',
        Days: 'Mon-Fri',
        Rate: 65,
        'Effective From': d('2026-03-15'),
      }),
      schedule('Ada', 'Meals', { Kind: 'charge', Rate: 30 }),
    ],
  });
  const body = { action: 'void-and-regenerate', invoiceIds: ['INV-1'] };

  test('the two "Full days" lines after a mid-month change say which days each covers', () => {
    const lines = previewOne(book, body).after?.lines ?? [];
    expect(lines.map((l) => [l.description, l.quantity, l.from, l.to])).toEqual([
      ['Full days', '10', '2026-03-01', '2026-03-14'],
      ['Full days', '12', '2026-03-15', '2026-03-31'],
      ['Meals', '1', undefined, undefined],
    ]);
  });

  test('the dates are the preview’s: Invoice Lines has no date columns, so the rows are as before', () => {
    const rows = applyOne(book, body).plan.appends.lines ?? [];
    expect(Object.keys(rows[0]).sort()).toEqual(
      ['Amount', 'Description', 'Invoice ID', 'Kind', 'Quantity', 'Source', 'Tax Rate', 'Unit Price'].sort(),
    );
  });
});
