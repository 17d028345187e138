/** The batch review's arithmetic and marks, without a browser. */
import type { PreviewSuccess } from '../../src/shared/api';
import { differenceOf, signOf, sumDecimals } from '../../sidebar/decimal-text';
import { reviewRow, sumsOf } from '../../sidebar/review-rows';

const line = {
  kind: 'session' as const,
  description: 'Full days',
  quantity: '12',
  unitPrice: '62.00',
  amount: '744.00',
  taxRate: '0',
  tax: '0.00',
  source: 'Schedule!A2',
};

function preview(id: string, total: string, after: string | null, extra: Partial<PreviewSuccess> = {}): PreviewSuccess {
  const same = after === total;
  return {
    invoiceId: id,
    ok: true,
    fingerprint: 'fp',
    currency: 'GBP',
    before: { lines: [line], subtotal: total, tax: '0.00', total, paid: '0.00' },
    ...(after === null
      ? {}
      : {
          after: { lines: [line], subtotal: after, tax: '0.00', total: after, balance: after, status: 'open' },
          diff: [{ change: same ? 'same' : 'changed', before: line, after: line }],
        }),
    warnings: [],
    ...extra,
  };
}

describe('exact decimal text', () => {
  test('sums and differences keep the decimals, never through a float', () => {
    expect(sumDecimals(['0.10', '0.20'])).toBe('0.30');
    expect(sumDecimals(['13202', '1'])).toBe('13203');
    expect(sumDecimals(['1.001', '-0.5'])).toBe('0.501');
    expect(sumDecimals(['99999999999999999.99', '0.01'])).toBe('100000000000000000.00');
    expect(differenceOf('804.00', '840.00')).toBe('36.00');
    expect(differenceOf('840.00', '804.00')).toBe('-36.00');
    expect(differenceOf('0.05', '0.05')).toBe('0.00');
    expect(sumDecimals(['1e3'])).toBeNull();
    expect([signOf('-0.01'), signOf('0.00'), signOf('3')]).toEqual([-1, 0, 1]);
  });
});

describe('review rows', () => {
  test('an unchanged void & regenerate is needless; a changed one is not', () => {
    expect(reviewRow('void-and-regenerate', preview('A', '105.00', '105.00'), 'Ava')).toMatchObject({
      mark: 'unchanged',
      needless: true,
      difference: '0.00',
    });
    expect(reviewRow('void-and-regenerate', preview('B', '105.00', '117.50'), 'Ben')).toMatchObject({
      mark: 'changed',
      needless: false,
      difference: '12.50',
    });
  });

  test('regenerating an already voided invoice is never needless, however alike', () => {
    expect(reviewRow('regenerate', preview('A', '105.00', '105.00'), 'Ava')).toMatchObject({
      mark: 'unchanged',
      needless: false,
    });
  });

  test('a draft rebuilt in place: "rebuilt", or needless when nothing changes', () => {
    const rebuilt = { regeneratedInPlace: true as const };
    expect(reviewRow('regenerate', preview('D', '50.00', '65.00', rebuilt), '').mark).toBe('rebuilt');
    expect(reviewRow('regenerate', preview('D', '50.00', '50.00', rebuilt), '').needless).toBe(true);
  });

  test('a void counts as zero after; a failure has no amounts', () => {
    expect(reviewRow('void', preview('V', '804.00', null), '')).toMatchObject({
      mark: 'voided',
      after: '0.00',
      difference: '-804.00',
    });
    expect(reviewRow('void', { invoiceId: 'X', ok: false, code: 'DRAFT', message: '' }, '')).toMatchObject({
      mark: 'error',
      needless: false,
    });
  });

  test('sums per currency; the credit left is each customer’s last figure, not a sum over their invoices', () => {
    const rows = [
      reviewRow(
        'void-and-regenerate',
        preview('A1', '100.00', '110.00', { transferred: '50.00', unappliedCredit: '20.00' }),
        'Ava',
      ),
      reviewRow(
        'void-and-regenerate',
        preview('A2', '100.00', '90.00', { transferred: '20.00', unappliedCredit: '0.00' }),
        'Ava',
      ),
      reviewRow(
        'void-and-regenerate',
        preview('B1', '30.00', '30.00', { transferred: '0.00', unappliedCredit: '5.00' }),
        'Ben',
      ),
      reviewRow('void-and-regenerate', { ...preview('E1', '10.00', '12.00'), currency: 'EUR' }, 'Eve'),
    ];
    expect(sumsOf(rows)).toEqual([
      {
        currency: 'GBP',
        count: 3,
        before: '230.00',
        after: '230.00',
        difference: '0.00',
        moved: '70.00',
        creditLeft: '5.00',
      },
      {
        currency: 'EUR',
        count: 1,
        before: '10.00',
        after: '12.00',
        difference: '2.00',
        moved: '0.00',
        creditLeft: '0.00',
      },
    ]);
  });
});
