/**
 * Amounts a Sheets cell can't hold exactly are refused (issue 11): a cell is an IEEE double,
 * read back at 15 significant digits, so a 21-digit subtotal would be written as another number
 * and Total ≠ Subtotal + Tax on the sheet. Preview and apply refuse it alike.
 */
import { applyOne, failureOf } from './drive';
import { d, invoice, line, schedule, workbook } from './fixtures';

const voided = (lines: ReturnType<typeof line>[], status = 'voided') =>
  workbook({ Invoices: [invoice('INV-1', { Status: status })], 'Invoice Lines': lines });
const copy = (edits?: unknown) => ({ action: 'regenerate', invoiceIds: ['INV-1'], mode: 'copy', edits });

describe('a copy edit whose amounts a cell cannot hold is BAD_EDIT', () => {
  const book = voided([line('INV-1', 'session', 'Full days', 2, 8.5)]);

  test('a quantity of 20 nines is refused as it is typed', () => {
    const failure = failureOf(
      book,
      copy({ 'INV-1': { lines: [{ index: 1, quantity: '99999999999999999999' }] } }),
      'BAD_EDIT',
    );
    expect(failure.message).toMatch(/Line 1 quantity .* more than 15 significant digits/);
  });

  test('15-digit quantity × price: the line amount has 18 digits, named with its line', () => {
    const failure = failureOf(
      book,
      copy({ 'INV-1': { lines: [{ index: 1, quantity: '999999999999999' }] } }),
      'BAD_EDIT',
    );
    expect(failure.message).toBe(
      "INV-1: Line 1 amount (quantity × unit price) would be 8499999999999991.50: more digits than a Sheets cell keeps (15), so it can't be written exactly. Check the quantities and prices.",
    );
  });

  test('an added line whose amount is exact but makes a 21-digit subtotal', () => {
    const add = [{ description: 'Huge', quantity: '85000000000000', unitPrice: '10000000' }];
    const failure = failureOf(book, copy({ 'INV-1': { add } }), 'BAD_EDIT');
    expect(failure.message).toMatch(/^INV-1: the new Subtotal would be 850000000000000000017.00: more digits/);
  });

  test('the largest amounts a cell holds are still written as computed', () => {
    const { plan } = applyOne(
      book,
      copy({ 'INV-1': { lines: [{ index: 1, quantity: '1000000000000', unitPrice: '99.99' }] } }),
    );
    expect(plan.appends.invoices?.[0]).toMatchObject({ Subtotal: 99990000000000, Total: 99990000000000 });
  });
});

describe('amounts from cells or the schedule that a cell cannot hold are BAD_VALUE', () => {
  test('a line read as 1e20 copied beside another: the 21-digit subtotal is refused, not rounded', () => {
    const book = voided([
      line('INV-1', 'session', 'Full days', 99999999999999999999, 8.5, { Amount: 0 }),
      line('INV-1', 'manual', 'Trip', 1, 3.5),
    ]);
    const failure = failureOf(book, copy(), 'BAD_VALUE');
    expect(failure.message).toMatch(/^INV-1-R1's Subtotal would be 850000000000000000003.50: more digits/);
  });

  test('a schedule line: named with its schedule row', () => {
    const book = workbook({
      Invoices: [invoice('INV-1')],
      Schedule: [schedule('Ada', 'Full days', { Rate: 123456789012.345, Units: 1000.5 })],
    });
    const failure = failureOf(book, { action: 'void-and-regenerate', invoiceIds: ['INV-1'] }, 'BAD_VALUE');
    expect(failure.message).toMatch(
      /^Line 1 of INV-1-R1 \("Full days", Schedule row 2\)'s amount would be 123518517406851.17: more digits/,
    );
  });

  test('a draft rebuilt in place is refused alike', () => {
    const book = workbook({
      Invoices: [invoice('INV-1', { Status: 'draft' })],
      Schedule: [
        schedule('Ada', 'Full days', { Rate: 85000000000000, Units: 10000000 }),
        schedule('Ada', 'Lunch', { Rate: 3.5, 'Effective From': d('2026-03-01') }),
      ],
    });
    const failure = failureOf(book, { action: 'regenerate', invoiceIds: ['INV-1'] }, 'BAD_VALUE');
    expect(failure.message).toMatch(/^INV-1's Subtotal would be 850000000000000000003.50/);
  });
});
