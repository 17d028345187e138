/** Preview: before/after, the line diff (same/changed/added/removed), warnings; it plans nothing. */
import type { LineDiff, PreviewSuccess } from '../../src/shared/api';
import { Body, previewOne } from './drive';
import { CONTEXT, invoice, line, nursery, schedule, workbook } from './fixtures';

/** Ada's voided March invoice: sessions, a nappies charge since dropped from the schedule, a manual trip. */
function books() {
  return workbook({
    Invoices: [invoice('INV-1', { Status: 'voided', Subtotal: 173, Total: 173 })],
    'Invoice Lines': [
      line('INV-1', 'session', 'Morning sessions', 12, 10),
      line('INV-1', 'charge', 'Nappies', 1, 8),
      line('INV-1', 'charge', 'Meals', 1, 30),
      line('INV-1', 'manual', 'Trip', 1, 15),
    ],
    Schedule: [
      schedule('Ada', 'Morning Sessions', { Frequency: 'daily', Days: 'Mon, Wed, Fri', Rate: 10 }),
      schedule('Ada', 'Afternoon session', { Frequency: 'daily', Days: 'Thu', Rate: 28 }),
      schedule('Ada', 'Meals', { Kind: 'charge', Rate: 30 }),
    ],
  });
}

const summary = (diff: LineDiff[] | undefined) =>
  (diff ?? []).map((d) => [d.change, d.before?.description ?? null, d.after?.description ?? null]);
const preview = (body: Body): PreviewSuccess =>
  previewOne(books(), { action: 'regenerate', invoiceIds: ['INV-1'], ...body });

describe('diff in schedule mode', () => {
  test('lines pair by kind and description (any case); manual lines kept are the same', () => {
    expect(summary(preview({}).diff)).toEqual([
      ['changed', 'Morning sessions', 'Morning Sessions'],
      ['added', null, 'Afternoon session'],
      ['same', 'Meals', 'Meals'],
      ['same', 'Trip', 'Trip'],
      ['removed', 'Nappies', null],
    ]);
  });

  test('a changed line shows both sides', () => {
    const [changed] = preview({}).diff ?? [];
    expect(changed.before).toMatchObject({ quantity: '12', amount: '120.00' });
    expect(changed.after).toMatchObject({ quantity: '13', amount: '130.00', source: 'Schedule row 2' });
  });

  test('keepManual: false shows the manual line removed', () => {
    expect(summary(preview({ keepManual: false }).diff).filter(([change]) => change === 'removed')).toEqual([
      ['removed', 'Nappies', null],
      ['removed', 'Trip', null],
    ]);
  });
});

describe('diff in copy mode', () => {
  test('copied lines pair with their originals, edited ones are changed, removed and added shown', () => {
    const edits = {
      'INV-1': {
        lines: [
          { index: 1, quantity: 11 },
          { index: 2, remove: true },
        ],
        add: [{ description: 'Trip', quantity: 1, unitPrice: 15 }],
      },
    };
    expect(summary(preview({ mode: 'copy', edits }).diff)).toEqual([
      ['changed', 'Morning sessions', 'Morning sessions'],
      ['same', 'Meals', 'Meals'],
      ['same', 'Trip', 'Trip'],
      ['added', null, 'Trip'],
      ['removed', 'Nappies', null],
    ]);
  });

  test('a description edit alone is a change', () => {
    const edits = { 'INV-1': { lines: [{ index: 3, description: 'Lunches' }] } };
    expect(summary(preview({ mode: 'copy', edits }).diff)[2]).toEqual(['changed', 'Meals', 'Lunches']);
  });
});

describe('preview', () => {
  test('before shows the invoice as it stands; after the new one', () => {
    const result = preview({});
    expect(result.before).toMatchObject({ subtotal: '173.00', tax: '0.00', total: '173.00', paid: '0.00' });
    expect(result.before.lines.map((l) => l.amount)).toEqual(['120.00', '8.00', '30.00', '15.00']);
    // 13 × 10 + 4 × 28 + 30 + 15
    expect(result.after).toMatchObject({ subtotal: '287.00', tax: '0.00', total: '287.00' });
    expect(result).toMatchObject({
      invoiceId: 'INV-1',
      ok: true,
      currency: 'GBP',
      newInvoiceId: 'INV-1-R1',
      transferred: '0.00',
    });
  });

  test('a void preview has no after and no new invoice', () => {
    const result = previewOne(nursery(), { action: 'void', invoiceIds: ['INV-1'] });
    expect(result.after).toBeUndefined();
    expect(result.diff).toBeUndefined();
    expect(result.newInvoiceId).toBeUndefined();
    expect(result.unappliedCredit).toBe('50.00');
  });

  test('warns when a stored Amount disagrees with quantity × price, or the Total with the lines', () => {
    const raw = books();
    raw['Invoice Lines']?.rows.push(line('INV-1', 'manual', 'Hat', 2, 3, { Amount: 7 }));
    const warnings = (locale?: string) =>
      previewOne(raw, { action: 'regenerate', invoiceIds: ['INV-1'] }, { ...CONTEXT, locale }).warnings.join('\n');
    expect(warnings()).toContain('Line 5 of INV-1 says 7.00 GBP but 2 × 3 is 6.00 GBP');
    expect(warnings()).toContain('Total says 173.00 GBP but its lines add up to 179.00 GBP');
    // In the spreadsheet's locale, as the sidebar shows money.
    expect(warnings('en_GB')).toContain('Line 5 of INV-1 says £7.00 but 2 × 3 is £6.00');
    expect(warnings('de_DE').replace(/\u00a0/g, ' ')).toContain('Total says 173,00 £ but its lines add up to 179,00 £');
  });

  test('a consistent invoice has no warnings', () => {
    expect(preview({}).warnings).toEqual([]);
  });
});
