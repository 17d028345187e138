/** The sidebar's list of selected invoices and finding an invoice's row (src/engine/selection.ts). */
import { rowOfInvoice, selectedInvoices } from '../../src/engine';
import { invoice, nursery, workbook } from './fixtures';

describe('selectedInvoices', () => {
  test('lists the invoices on the selected rows, totals in minor units, statuses normalised', () => {
    expect(selectedInvoices(nursery(), [2, 4, 99])).toEqual([
      { invoiceId: 'INV-1', reference: 'ADA-03', customer: 'Ada', status: 'open', total: '145.00', currency: 'GBP' },
      { invoiceId: 'INV-3', reference: 'CAL-03', customer: 'Cal', status: 'draft', total: '10.00', currency: 'GBP' },
    ]);
  });

  test('shows bad cells as typed and skips rows without an ID', () => {
    const raw = workbook({
      Invoices: [
        invoice('JP-1', { Currency: 'jpy', Total: 13201.5, Status: 'Overdue' }),
        invoice('X-1', { Total: 'lots', Status: 'cancelled' }),
        invoice('', { Customer: 'Nobody' }),
      ],
    });
    expect(selectedInvoices(raw, [2, 3, 4]).map((i) => [i.invoiceId, i.status, i.total, i.currency])).toEqual([
      ['JP-1', 'open', '13202', 'JPY'],
      ['X-1', 'cancelled', 'lots', 'GBP'],
    ]);
  });
});

describe('rowOfInvoice', () => {
  test('is the 1-based sheet row, or null', () => {
    expect(rowOfInvoice(nursery(), 'INV-2')).toBe(3);
    expect(rowOfInvoice(nursery(), 'INV-9')).toBeNull();
    expect(rowOfInvoice({}, 'INV-1')).toBeNull();
  });
});
