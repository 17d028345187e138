/**
 * Field tests: invoice IDs as bookkeepers type them (numbers, a Plain-text column, quotes and
 * wildcard characters), voided and regenerated twice along the chain (SPEC §3 Links), with
 * every link clicked and the sheets looked at as a person sees them.
 */
import { openBook, records } from './harness';

const OWN_COLUMNS = ['Voided At', 'Void Reason', 'Regenerated From', 'Regenerated As'];
import {
  ADA_TOTAL,
  brokenCells,
  click,
  fieldSheets,
  formulasTouched,
  table,
  tableFormulas,
  openField,
  rowShowing,
  shown,
  voidAndRegenerate,
} from './field-workbooks';

/** A cell's value as getValue() gives it to a script: is the ID a number or text? */
function idValue(book: ReturnType<typeof openField>, row: number): unknown {
  return book.apps.spreadsheet.getSheetByName('Invoices')!.getRange(row, 1).getValue();
}

describe('numeric invoice IDs (1001 typed as a number)', () => {
  const ids: [number, number, number] = [1001, 1002, 1003];

  it('1001 → 1001-R1 → 1001-R2: new IDs are text, every link lands on its row, the number row too', () => {
    const book = openField({ ids });
    const formulas = tableFormulas(book, 'Invoices');
    const first = book.call('revoiceApply', voidAndRegenerate('1001'));
    expect(first.results[0]).toMatchObject({
      ok: true,
      newInvoiceId: '1001-R1',
      total: ADA_TOTAL,
      transferred: '50.00',
    });
    const second = book.call('revoiceApply', voidAndRegenerate('1001-R1', { reason: 'Rate corrected' }));
    expect(second.results[0]).toMatchObject({
      ok: true,
      newInvoiceId: '1001-R2',
      total: ADA_TOTAL,
      transferred: '50.00',
    });

    expect([2, 5, 6].map((row) => shown(book, 'Invoices', row, 'Invoice ID'))).toEqual(['1001', '1001-R1', '1001-R2']);
    expect(idValue(book, 2)).toBe(1001);
    expect(idValue(book, 5)).toBe('1001-R1');
    expect(idValue(book, 6)).toBe('1001-R2');
    expect(click(book, 2, 'Regenerated As')).toEqual({ shows: '1001-R1', landsOn: '1001-R1' });
    expect(click(book, 5, 'Regenerated From')).toEqual({ shows: '1001', landsOn: '1001' });
    expect(click(book, 5, 'Regenerated As')).toEqual({ shows: '1001-R2', landsOn: '1001-R2' });
    expect(click(book, 6, 'Regenerated From')).toEqual({ shows: '1001-R1', landsOn: '1001-R1' });

    expect(table(book, 'Invoices', 'Invoice ID', 'Status', 'Accounting ID')).toEqual([
      ['1001', 'voided', 'XERO-001'],
      ['1002', 'paid', 'XERO-002'],
      ['1003', 'open', 'XERO-003'],
      ['1001-R1', 'voided', ''],
      ['1001-R2', 'open', ''],
    ]);
    expect(brokenCells(book)).toEqual([]);
    expect(formulasTouched(book, 'Invoices', formulas)).toEqual([]);
  });

  it('links still land after the bookkeeper inserts rows above', () => {
    const book = openField({ ids });
    book.call('revoiceApply', voidAndRegenerate('1001'));
    const sheet = book.apps.spreadsheet.getSheetByName('Invoices')!;
    sheet.insertRowsBefore(2, 2);
    const newRow = rowShowing(book, '1001-R1');
    expect(newRow).toBe(7);
    expect(click(book, 4, 'Regenerated As')).toEqual({ shows: '1001-R1', landsOn: '1001-R1' });
    expect(click(book, newRow, 'Regenerated From')).toEqual({ shows: '1001', landsOn: '1001' });
  });

  it('the numeric IDs of the other sheets are found too: lines and payments follow the chain', () => {
    const book = openField({ ids });
    book.call('revoiceApply', voidAndRegenerate('1001', { mode: 'copy' }));
    const preview = book.call('revoicePreview', voidAndRegenerate('1001-R1', { mode: 'copy' }));
    expect(preview.results[0]).toMatchObject({ ok: true, newInvoiceId: '1001-R2', before: { paid: '50.00' } });
    expect(preview.results[0].before.lines.map((l: { description: string }) => l.description)).toEqual([
      'Morning sessions',
      'Trip to the farm',
    ]);
  });
});

describe('an Invoice ID column formatted as Plain text (@)', () => {
  const plainIds = { 'Invoice ID': '@' };
  const fake = { columnFormats: { Invoices: plainIds, 'Invoice Lines': plainIds, Payments: plainIds } };

  it('shows the new ID without an apostrophe, and the next call finds it (no NOT_FOUND)', () => {
    const book = openField({ ids: [1001, 1002, 1003] }, fake);
    const first = book.call('revoiceApply', voidAndRegenerate('1001'));
    expect(first.results[0]).toMatchObject({ ok: true, newInvoiceId: '1001-R1' });
    expect(shown(book, 'Invoices', 5, 'Invoice ID')).toBe('1001-R1');
    expect(idValue(book, 5)).toBe('1001-R1');
    expect(
      records(book, 'Invoice Lines')
        .slice(-2)
        .map((l) => l['Invoice ID']),
    ).toEqual(['1001-R1', '1001-R1']);
    expect(records(book, 'Payments').slice(-1)[0]['Invoice ID']).toBe('1001-R1');

    const preview = book.call('revoicePreview', voidAndRegenerate('1001-R1'));
    expect(preview.results[0]).toMatchObject({ ok: true, before: { total: ADA_TOTAL, paid: '50.00' } });
    expect(preview.results[0].before.lines).toHaveLength(2);
    const second = book.call('revoiceApply', voidAndRegenerate('1001-R1'));
    expect(second.results[0]).toMatchObject({ ok: true, newInvoiceId: '1001-R2', transferred: '50.00' });
    expect(click(book, 5, 'Regenerated As')).toEqual({ shows: '1001-R2', landsOn: '1001-R2' });
    expect(click(book, 6, 'Regenerated From')).toEqual({ shows: '1001-R1', landsOn: '1001-R1' });
    expect(brokenCells(book)).toEqual([]);
  });

  it('a sheet formatted Plain text throughout (IDs 0012 …, Revoice columns set up): links are formulas, not text', () => {
    const sheets = fieldSheets({ ids: ['0012', '0013', '0014'] });
    sheets.Invoices[0].push(...OWN_COLUMNS);
    const typed = (cell: unknown) => (cell && typeof cell === 'object' && 'date' in cell ? cell.date : String(cell));
    sheets.Invoices = sheets.Invoices.map((row, r) =>
      r === 0 ? row : [...row, ...OWN_COLUMNS.map(() => '')].map(typed),
    );
    const everything = Object.fromEntries(sheets.Invoices[0].map((header) => [String(header), '@']));
    const book = openBook(sheets, { columnFormats: { Invoices: everything } });
    book.call('revoiceApply', voidAndRegenerate('0012'));
    const second = book.call('revoiceApply', voidAndRegenerate('0012-R1'));
    expect(second.results[0]).toMatchObject({ ok: true, newInvoiceId: '0012-R2', transferred: '50.00' });
    expect(table(book, 'Invoices', 'Invoice ID', 'Status', 'Period Start', 'Total')).toEqual([
      ['0012', 'voided', '2026-09-01', '135'],
      ['0013', 'paid', '2026-09-01', '92'],
      ['0014', 'open', '2026-09-01', '60'],
      ['0012-R1', 'voided', '2026-09-01', '235'],
      ['0012-R2', 'open', '2026-09-01', '235'],
    ]);
    expect(click(book, 2, 'Regenerated As')).toEqual({ shows: '0012-R1', landsOn: '0012-R1' });
    expect(click(book, 5, 'Regenerated From')).toEqual({ shows: '0012', landsOn: '0012' });
    expect(click(book, 6, 'Regenerated From')).toEqual({ shows: '0012-R1', landsOn: '0012-R1' });
    expect(brokenCells(book)).toEqual([]);
  });
});

describe('IDs with quotes and wildcard characters', () => {
  // Ada's 'SEP "1"' is what an unescaped 'SEP "?"' would match, and 'SEP*' would match it too.
  const ids: [string, string, string] = ['SEP "1"', 'SEP "?"', 'SEP*'];

  it('links land on the row with exactly that ID, along the chain', () => {
    const book = openField({ ids });
    const formulas = tableFormulas(book, 'Invoices');
    const response = book.call('revoiceApply', {
      ...voidAndRegenerate('SEP "?"'),
      invoiceIds: ['SEP "?"', 'SEP*'],
    });
    expect(response.results.map((r: { newInvoiceId: string }) => r.newInvoiceId)).toEqual(['SEP "?"-R1', 'SEP*-R1']);
    const again = book.call('revoiceApply', voidAndRegenerate('SEP*-R1'));
    expect(again.results[0]).toMatchObject({ ok: true, newInvoiceId: 'SEP*-R2' });

    const row = (id: string) => rowShowing(book, id);
    expect([row('SEP "?"'), row('SEP*'), row('SEP "?"-R1'), row('SEP*-R1'), row('SEP*-R2')]).toEqual([3, 4, 5, 6, 7]);
    expect(click(book, 3, 'Regenerated As')).toEqual({ shows: 'SEP "?"-R1', landsOn: 'SEP "?"-R1' });
    expect(click(book, 5, 'Regenerated From')).toEqual({ shows: 'SEP "?"', landsOn: 'SEP "?"' });
    expect(click(book, 4, 'Regenerated As')).toEqual({ shows: 'SEP*-R1', landsOn: 'SEP*-R1' });
    expect(click(book, 6, 'Regenerated From')).toEqual({ shows: 'SEP*', landsOn: 'SEP*' });
    expect(click(book, 6, 'Regenerated As')).toEqual({ shows: 'SEP*-R2', landsOn: 'SEP*-R2' });
    expect(click(book, 7, 'Regenerated From')).toEqual({ shows: 'SEP*-R1', landsOn: 'SEP*-R1' });
    expect(shown(book, 'Invoices', 2, 'Regenerated As')).toBe('');
    expect(brokenCells(book)).toEqual([]);
    expect(formulasTouched(book, 'Invoices', formulas)).toEqual([]);
  });

  it('a "~" (MATCH\'s own escape) is escaped too: A~1 is not A1', () => {
    const book = openField({ ids: ['A~1', 'A1', 'A~*'] });
    const response = book.call('revoiceApply', { ...voidAndRegenerate('A~1'), invoiceIds: ['A~1', 'A~*'] });
    expect(response.results.map((r: { newInvoiceId: string }) => r.newInvoiceId)).toEqual(['A~1-R1', 'A~*-R1']);
    expect(click(book, 2, 'Regenerated As')).toEqual({ shows: 'A~1-R1', landsOn: 'A~1-R1' });
    expect(click(book, 5, 'Regenerated From')).toEqual({ shows: 'A~1', landsOn: 'A~1' });
    expect(click(book, 4, 'Regenerated As')).toEqual({ shows: 'A~*-R1', landsOn: 'A~*-R1' });
    expect(click(book, 6, 'Regenerated From')).toEqual({ shows: 'A~*', landsOn: 'A~*' });
    expect(brokenCells(book)).toEqual([]);
  });
});
