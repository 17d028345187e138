/** Regenerate in copy mode (Lago): the original's lines, edited by index, plus new manual lines. */
import type { InvoiceEdits, PreviewSuccess } from '../../src/shared/api';
import { Body, appended, applyAll, applyOne, failureOf, previewOne } from './drive';
import { invoice, line, workbook } from './fixtures';

/** Voided INV-1 with three lines, and voided INV-2 with one; no Schedule sheet at all. */
function books() {
  const raw = workbook({
    Invoices: [invoice('INV-1', { Status: 'voided' }), invoice('INV-2', { Status: 'voided', Customer: 'Ben' })],
    'Invoice Lines': [
      line('INV-1', 'session', 'Morning sessions', 12, 10, { 'Tax Rate': 0.2, Source: 'Schedule row 2' }),
      line('INV-2', 'session', 'Sessions', 4, 10),
      line('INV-1', 'charge', 'Meals', 1, 30),
      line('INV-1', 'manual', 'Trip', 1, 15, { Source: 'by hand' }),
    ],
  });
  delete raw.Schedule;
  return raw;
}

const copy = (edits?: InvoiceEdits, invoiceIds = ['INV-1']): Body => ({
  action: 'regenerate',
  invoiceIds,
  mode: 'copy',
  ...(edits ? { edits: { [invoiceIds[0]]: edits } } : {}),
});
/** Unit prices as numbers: their string format is money-lines.test.ts's business. */
type Row = [
  kind: string,
  description: string,
  quantity: string,
  unitPrice: number,
  amount: string,
  taxRate: string,
  source: string,
];
const rows = (preview: PreviewSuccess): Row[] =>
  (preview.after?.lines ?? []).map((l) => [
    l.kind,
    l.description,
    l.quantity,
    Number(l.unitPrice),
    l.amount,
    l.taxRate,
    l.source,
  ]);

const MORNING: Row = ['session', 'Morning sessions', '12', 10, '120.00', '0.2', 'Schedule row 2'];
const MEALS: Row = ['charge', 'Meals', '1', 30, '30.00', '0', ''];
const TRIP: Row = ['manual', 'Trip', '1', 15, '15.00', '0', 'by hand'];

describe('copy', () => {
  test('without edits the lines are copied as they were, kinds included (no Schedule needed)', () => {
    const preview = previewOne(books(), copy());
    expect(rows(preview)).toEqual([MORNING, MEALS, TRIP]);
    expect(preview.after).toMatchObject({ subtotal: '165.00', tax: '24.00', total: '189.00' });
  });

  test('edits by index: quantity, unit price, description, remove', () => {
    const preview = previewOne(
      books(),
      copy({
        lines: [
          { index: 1, quantity: '11.5', unitPrice: 11 },
          { index: 2, remove: true },
          { index: 3, description: '  Trip to the zoo ', unitPrice: '£1,234.50' },
        ],
      }),
    );
    expect(rows(preview)).toEqual([
      ['session', 'Morning sessions', '11.5', 11, '126.50', '0.2', 'Schedule row 2'],
      ['manual', 'Trip to the zoo', '1', 1234.5, '1234.50', '0', 'by hand'],
    ]);
    // 126.50 + 1234.50; tax 25.30
    expect(preview.after).toMatchObject({ subtotal: '1361.00', tax: '25.30', total: '1386.30' });
  });

  test('added lines are manual, after the copied ones', () => {
    const preview = previewOne(
      books(),
      copy({
        add: [
          { description: 'Late pick-up', quantity: 2, unitPrice: '7.50', taxRate: '20%' },
          { description: 'Sibling discount', quantity: '1', unitPrice: -10 },
        ],
      }),
    );
    expect(rows(preview).slice(3)).toEqual([
      ['manual', 'Late pick-up', '2', 7.5, '15.00', '0.2', 'Added on regenerate'],
      ['manual', 'Sibling discount', '1', -10, '-10.00', '0', 'Added on regenerate'],
    ]);
    expect(preview.after?.total).toBe('197.00');
  });

  test('the edited lines are what is appended, and what the result totals', () => {
    const { result, plan } = applyOne(
      books(),
      copy({ lines: [{ index: 2, quantity: 0.5 }], add: [{ description: 'Hat', quantity: 1, unitPrice: 3 }] }),
    );
    expect(appended(plan, 'lines').map((l) => [l.Kind, l.Description, l.Quantity, l['Unit Price'], l.Amount])).toEqual([
      ['session', 'Morning sessions', 12, 10, 120],
      ['charge', 'Meals', 0.5, 30, 15],
      ['manual', 'Trip', 1, 15, 15],
      ['manual', 'Hat', 1, 3, 3],
    ]);
    expect(result.total).toBe('177.00');
  });

  test('edits for one invoice leave another in the same call alone', () => {
    const body = {
      ...copy(undefined, ['INV-1', 'INV-2']),
      edits: { 'INV-1': { lines: [{ index: 1, remove: true }] } },
    };
    const { results, plan } = applyAll(books(), body);
    expect(results.map((r) => r.ok && r.total)).toEqual(['45.00', '40.00']);
    expect(appended(plan, 'lines').filter((l) => l['Invoice ID'] === 'INV-2-R1')).toHaveLength(1);
  });
});

describe('BAD_EDIT', () => {
  test.each([
    [{ lines: [{ index: 0, quantity: 1 }] }, 'there is no line 0'],
    [{ lines: [{ index: 4, quantity: 1 }] }, 'there is no line 4'],
    [{ lines: [{ index: 1.5, quantity: 1 }] }, 'there is no line 1.5'],
    [{ lines: [{ index: '1', quantity: 1 }] }, 'there is no line "1"'],
    [{ lines: [{ quantity: 1 }] }, 'there is no line'],
    [
      {
        lines: [
          { index: 2, quantity: 1 },
          { index: 2, remove: true },
        ],
      },
      'line 2 is edited twice',
    ],
    [{ lines: [{ index: 1, quantity: 'lots' }] }, 'quantity "lots"'],
    [{ lines: [{ index: 1, quantity: '' }] }, 'quantity ""'],
    [{ lines: [{ index: 1, unitPrice: 'free' }] }, 'unit price "free"'],
    [{ lines: [{ index: 1, description: 42 }] }, 'description must be text'],
    [{ add: [{ description: 'Hat', quantity: 'x', unitPrice: 1 }] }, 'quantity "x"'],
    [{ add: [{ description: 'Hat', quantity: 1, unitPrice: 1, taxRate: '200%' }] }, 'tax rate'],
    [{ add: [{ quantity: 1, unitPrice: 1 }] }, 'description must be text'],
    // One rule for descriptions: an edited or added line is never left blank.
    [{ lines: [{ index: 1, description: '  ' }] }, 'Line 1 description is blank: every line needs a description.'],
    [{ add: [{ description: '', quantity: 1, unitPrice: 1 }] }, 'Added line 1 description is blank'],
    // A bare 2 is 200 %, not 2 %: refused, naming the line and the problem.
    [{ lines: [{ index: 2, taxRate: 2 }] }, 'Line 2 tax rate 2 should be like 0.2 or 20%, from 0 to 100%.'],
    [{ lines: [{ index: 2, taxRate: '2' }] }, 'Line 2 tax rate "2" should be like 0.2 or 20%'],
  ])('%j → BAD_EDIT (%s)', (edits, message) => {
    const failure = failureOf(books(), copy(edits as InvoiceEdits), 'BAD_EDIT');
    expect(failure.message).toContain('INV-1');
    expect(failure.message).toContain(message);
  });

  test('a bad edit blocks only its invoice', () => {
    const body = { ...copy(undefined, ['INV-1', 'INV-2']), edits: { 'INV-1': { lines: [{ index: 9 }] } } };
    const { results, plan } = applyAll(books(), body);
    expect(results.map((r) => (r.ok ? r.newInvoiceId : r.code))).toEqual(['BAD_EDIT', 'INV-2-R1']);
    expect(appended(plan, 'invoices').map((r) => r['Invoice ID'])).toEqual(['INV-2-R1']);
  });
});

describe('SPEC §3 copy edits: a tax rate, and every value checked', () => {
  test('an edit may change a line tax rate (fraction or percent); the rest of the line stays', () => {
    const preview = previewOne(
      books(),
      copy({
        lines: [
          { index: 1, taxRate: '5%' },
          { index: 2, taxRate: 0.2 },
        ],
      }),
    );
    expect(rows(preview)).toEqual([
      ['session', 'Morning sessions', '12', 10, '120.00', '0.05', 'Schedule row 2'],
      ['charge', 'Meals', '1', 30, '30.00', '0.2', ''],
      TRIP,
    ]);
    // 6.00 + 6.00 of tax
    expect(preview.after).toMatchObject({ subtotal: '165.00', tax: '12.00', total: '177.00' });
  });

  test('a tax rate of 0 or "0%" clears it; a blank tax rate is 0, as in cells', () => {
    for (const taxRate of [0, '0%', '']) {
      const preview = previewOne(books(), copy({ lines: [{ index: 1, taxRate }] }));
      expect(rows(preview)[0][5]).toBe('0');
    }
  });

  test.each([
    [{ lines: [{ index: 1, taxRate: 1.5 }] }, 'tax rate 1.5'],
    [{ lines: [{ index: 1, taxRate: '150%' }] }, 'tax rate "150%"'],
    [{ lines: [{ index: 1, taxRate: -0.1 }] }, 'tax rate -0.1'],
    [{ lines: [{ index: 1, taxRate: 'abc' }] }, 'tax rate "abc"'],
    [{ lines: [{ index: 1, taxRate: true }] }, 'tax rate true'],
    [{ lines: [{ index: 1, quantity: '1.23456789012345678' }] }, 'more than 15 significant digits'],
    [{ lines: [{ index: 1, unitPrice: 0.30000000000000004 }] }, 'more than 15 significant digits'],
    [{ add: [{ description: 'Hat', quantity: 1, unitPrice: '12.3456789012345678' }] }, 'more than 15 significant'],
    [{ lines: [{ index: 2, remove: true, unitPrice: 'x' }] }, 'unit price "x"'],
    [{ lines: [{ index: 2, remove: true, taxRate: 'abc' }] }, 'tax rate "abc"'],
    [{ lines: [{ index: 2, remove: true, quantity: '1.23456789012345678' }] }, 'more than 15 significant'],
  ])('%j → BAD_EDIT (%s)', (edits, message) => {
    const failure = failureOf(books(), copy(edits as InvoiceEdits), 'BAD_EDIT');
    expect(failure.message).toContain('INV-1');
    expect(failure.message).toContain(message);
  });

  test('15 significant digits are taken as given', () => {
    const preview = previewOne(books(), copy({ lines: [{ index: 1, quantity: '1.23456789012345', unitPrice: 10 }] }));
    expect(rows(preview)[0].slice(2, 5)).toEqual(['1.23456789012345', 10, '12.35']);
  });
});
