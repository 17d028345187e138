/**
 * Number text in cells is read with the spreadsheet's decimal mark, as the sidebar reads what the
 * bookkeeper types: in de_DE "1.234,50" is 1234.50 and "12.5" is refused rather than guessed.
 */
import { selectedInvoices } from '../../src/engine/workbook/selected-invoices';
import { failureOf, previewOne } from './drive';
import { CONTEXT, invoice, line, workbook } from './fixtures';

const DE = { ...CONTEXT, locale: 'de_DE' };
const VOID = { action: 'void' as const, invoiceIds: ['INV-1'] };
/** Copying the invoice reads every line's numbers (a void leaves bad lines as the record they are). */
const COPY = { action: 'void-and-regenerate' as const, invoiceIds: ['INV-1'], mode: 'copy' as const };

function withLine(quantity: string, unitPrice: string, taxRate = ''): ReturnType<typeof workbook> {
  return workbook({
    Invoices: [invoice('INV-1', { Subtotal: 2469, Tax: 0, Total: 2469 })],
    'Invoice Lines': [
      line('INV-1', 'session', 'Full days', quantity, unitPrice, { Amount: 2469, 'Tax Rate': taxRate }),
    ],
  });
}

describe('cells in a comma-decimal spreadsheet (de_DE)', () => {
  test('"1.234,50" and "2" are 1234.50 and 2; "7,25 %" is a 7.25 % rate', () => {
    const preview = previewOne(withLine('2', '1.234,50', '7,25%'), VOID, DE);
    expect(preview.before.lines[0]).toMatchObject({ quantity: '2', unitPrice: '1234.50', taxRate: '0.0725' });
  });

  test('"12.5" is refused there, naming the cell: a point only groups thousands in de_DE', () => {
    expect(failureOf(withLine('2', '12.5'), COPY, 'BAD_VALUE', DE).message).toMatch(/Invoice Lines!\w+2 .*"12\.5"/);
    expect(failureOf(withLine('2', '7', '0.2'), COPY, 'BAD_VALUE', DE).message).toMatch(/a tax rate like 0,2 or 20%/);
  });

  test('the same text in an en_GB spreadsheet: "1.234,50" is refused, "12.5" read', () => {
    expect(failureOf(withLine('2', '1.234,50'), COPY, 'BAD_VALUE').code).toBe('BAD_VALUE');
    expect(previewOne(withLine('2', '12.5'), VOID).before.lines[0].unitPrice).toBe('12.50');
  });
});

test('the selection reads a Total kept as text the same way', () => {
  const raw = workbook({ Invoices: [invoice('INV-1', { Total: '1.234,50' })] });
  expect(selectedInvoices(raw, [2], undefined, ',')[0].total).toBe('1234.50');
  expect(selectedInvoices(raw, [2])[0].total).toBe('1.234,50'); // an en sheet: shown as typed
});
