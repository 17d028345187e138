/** Money through the engine: per-line rounding, cells read at 15 digits, text money, tax, totals. */
import type { Cell } from '../../src/engine';
import type { PreviewSuccess } from '../../src/shared/api';
import { appended, applyOne, failureOf, previewOne } from './drive';
import { invoice, line, payment, roundedAmount, workbook } from './fixtures';
import { minorUnits } from '../../src/engine/calc/money';

type LineSpec = [quantity: Cell, unitPrice: Cell, taxRate?: Cell];

/** A voided INV-1 in `currency` with the given lines, regenerated as a copy. */
function voidedWith(currency: string, lines: LineSpec[], payments: Cell[] = []) {
  return workbook({
    Invoices: [invoice('INV-1', { Status: 'voided', Currency: currency })],
    'Invoice Lines': lines.map(([quantity, unitPrice, taxRate = '']) =>
      line('INV-1', 'session', 'Sessions', quantity, unitPrice, {
        'Tax Rate': taxRate,
        // The Amount cell as the currency holds it (2.675 GBP → 2.68, 3 × 4400.5 JPY → 13202).
        ...(typeof quantity === 'number' && typeof unitPrice === 'number'
          ? { Amount: roundedAmount(quantity, unitPrice, minorUnits(currency)) }
          : {}),
      }),
    ),
    Payments: payments.map((amount, i) => payment(`P-${i + 1}`, 'INV-1', amount)),
  });
}

const COPY = { action: 'regenerate', invoiceIds: ['INV-1'], mode: 'copy' };
const copyPreview = (currency: string, lines: LineSpec[], payments?: Cell[]): PreviewSuccess =>
  previewOne(voidedWith(currency, lines, payments), COPY);
const amounts = (preview: PreviewSuccess) => preview.after?.lines.map((l) => l.amount);
const totals = (preview: PreviewSuccess) => {
  const { subtotal, tax, total } = preview.after ?? {};
  return { subtotal, tax, total };
};

describe('line amounts are rounded per line, half away from zero', () => {
  test('1 × 2.675 = 2.68 GBP (the cell holds the double nearest 2.675)', () => {
    const preview = copyPreview('GBP', [[1, 2.675]]);
    expect(amounts(preview)).toEqual(['2.68']);
    expect(preview.before.lines[0].amount).toBe('2.68');
    expect(totals(preview)).toEqual({ subtotal: '2.68', tax: '0.00', total: '2.68' });
  });

  test('3 × 0.3335 = 1.001 KWD (3 decimal places)', () => {
    const preview = copyPreview('KWD', [[3, 0.3335]]);
    expect(amounts(preview)).toEqual(['1.001']);
    expect(totals(preview)).toEqual({ subtotal: '1.001', tax: '0.000', total: '1.001' });
  });

  test('3 × 4400.5 = 13202 JPY (no decimals)', () => {
    const { result, plan } = applyOne(voidedWith('JPY', [[3, 4400.5]]), COPY);
    expect(result.total).toBe('13202');
    expect(result.transferred).toBe('0');
    expect(appended(plan, 'lines')[0].Amount).toBe(13202);
    expect(appended(plan, 'invoices')[0]).toMatchObject({
      Subtotal: 13202,
      Tax: 0,
      Total: 13202,
      Paid: 0,
      Balance: 13202,
    });
  });

  test('a negative half rounds away from zero: 1 × −2.675 = −2.68', () => {
    expect(amounts(copyPreview('GBP', [[1, -2.675]]))).toEqual(['-2.68']);
  });

  test('each line is rounded before summing: 3 × (1 × 0.005) = 0.03, not 0.02', () => {
    const preview = copyPreview('GBP', [
      [1, 0.005],
      [1, 0.005],
      [1, 0.005],
    ]);
    expect(amounts(preview)).toEqual(['0.01', '0.01', '0.01']);
    expect(totals(preview).subtotal).toBe('0.03');
  });

  test('appended cells are numbers rounded to minor units', () => {
    const { plan } = applyOne(voidedWith('GBP', [[1, 2.675]]), COPY);
    expect(appended(plan, 'lines')[0]).toMatchObject({ Quantity: 1, 'Unit Price': 2.675, Amount: 2.68 });
    expect(appended(plan, 'invoices')[0]).toMatchObject({ Subtotal: 2.68, Tax: 0, Total: 2.68 });
  });
});

describe('cells are read as decimals', () => {
  test('a cell holding 0.1 + 0.2 reads 0.3', () => {
    const preview = copyPreview('GBP', [[1, 0.1 + 0.2]], [0.1 + 0.2]);
    expect(Number(preview.after?.lines[0].unitPrice)).toBe(0.3);
    expect(preview.after?.lines[0].amount).toBe('0.30');
    expect(preview.before.paid).toBe('0.30');
    expect(preview.transferred).toBe('0.30');
  });

  test.each([
    ['£1,234.50', '1234.50'],
    ['1234.5', '1234.50'],
    ['-12.50', '-12.50'],
  ])('text money %j in a Unit Price cell gives %s', (cell, amount) => {
    expect(amounts(copyPreview('GBP', [[1, cell]]))).toEqual([amount]);
  });

  test('text that is not money is BAD_VALUE naming its cell', () => {
    const fine: LineSpec = [1, 10];
    const raw = voidedWith('GBP', [fine, fine, fine, fine, fine, [1, 'ten pounds']]);
    const failure = failureOf(raw, COPY, 'BAD_VALUE');
    expect(failure.message).toContain('Invoice Lines!E7');
    expect(failure.message).toContain('ten pounds');
  });
});

describe('tax', () => {
  test.each([[0.2], ['20%']])('a rate of %j taxes 100.00 at 20.00', (rate) => {
    const preview = copyPreview('GBP', [[1, 100, rate]]);
    expect(preview.after?.lines[0]).toMatchObject({ taxRate: '0.2', tax: '20.00' });
    expect(totals(preview)).toEqual({ subtotal: '100.00', tax: '20.00', total: '120.00' });
  });

  test('a blank rate is 0', () => {
    const preview = copyPreview('GBP', [[1, 100, '']]);
    expect(preview.after?.lines[0]).toMatchObject({ taxRate: '0', tax: '0.00' });
  });

  test('tax is rounded per line and summed, not taken on the subtotal', () => {
    // 1.25 × 10% = 0.125 → 0.13 per line; 2.50 × 10% would be 0.25.
    const preview = copyPreview('GBP', [
      [1, 1.25, 0.1],
      [1, 1.25, '10%'],
    ]);
    expect(preview.after?.lines.map((l) => l.tax)).toEqual(['0.13', '0.13']);
    expect(totals(preview)).toEqual({ subtotal: '2.50', tax: '0.26', total: '2.76' });
  });

  test('Subtotal = Σ amount, Tax = Σ line tax, Total = Subtotal + Tax', () => {
    const preview = copyPreview('GBP', [
      [2, 10.005, 0.2],
      [3, 1.111, '5%'],
      [1, -5, 0.2],
    ]);
    // 20.01 (tax 4.00), 3.33 (tax 0.17), −5.00 (tax −1.00)
    expect(amounts(preview)).toEqual(['20.01', '3.33', '-5.00']);
    expect(preview.after?.lines.map((l) => l.tax)).toEqual(['4.00', '0.17', '-1.00']);
    expect(totals(preview)).toEqual({ subtotal: '18.34', tax: '3.17', total: '21.51' });
  });

  test.each([[20], ['twenty'], ['120%']])('a tax rate of %j is BAD_VALUE naming the cell', (rate) => {
    const failure = failureOf(voidedWith('GBP', [[1, 10, rate]]), COPY, 'BAD_VALUE');
    expect(failure.message).toContain('Invoice Lines!G2');
  });
});

describe('money strings in results carry exactly the minor units', () => {
  test('zeros are "0.00", "0.000" and "0"', () => {
    const zero = { ...COPY, edits: { 'INV-1': { lines: [{ index: 1, remove: true }] } } };
    expect(applyOne(voidedWith('GBP', [[1, 10]]), zero).result).toMatchObject({
      total: '0.00',
      transferred: '0.00',
      unappliedCredit: '0.00',
    });
    expect(applyOne(voidedWith('KWD', [[1, 10]], [5]), zero).result).toMatchObject({
      total: '0.000',
      transferred: '0.000',
      unappliedCredit: '5.000',
    });
    expect(applyOne(voidedWith('JPY', [[1, 10]]), zero).result).toMatchObject({
      total: '0',
      transferred: '0',
      unappliedCredit: '0',
    });
  });

  test.each([
    ['GBP', 10, '10.00'],
    ['GBP', 7.5, '7.50'],
    ['GBP', 2.675, '2.675'],
    ['GBP', -0.5, '-0.50'],
    ['KWD', 0.3335, '0.3335'],
    ['KWD', 2, '2.000'],
    ['JPY', 4400, '4400'],
    ['JPY', 4400.5, '4400.5'],
  ])('a %s unit price of %p shows as %j: money, at least the minor units, never rounded', (currency, price, shown) => {
    const preview = copyPreview(currency, [[3, price]]);
    expect(preview.before.lines[0].unitPrice).toBe(shown);
    expect(preview.after?.lines[0].unitPrice).toBe(shown);
  });

  test('before totals and paid are formatted too', () => {
    const raw = voidedWith('KWD', [[3, 0.3335]], [1]);
    const preview = previewOne(raw, COPY);
    expect(preview.before).toMatchObject({ subtotal: '0.000', tax: '0.000', total: '0.000', paid: '1.000' });
    expect(preview.before.lines[0]).toMatchObject({ amount: '1.001', tax: '0.000' });
  });
});
