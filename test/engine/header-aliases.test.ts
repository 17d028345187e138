/**
 * SPEC §1 "Header names": aliases are recognised when the canonical header is absent, and
 * the bookkeeper's column mapping wins over both; one resolver serves reading and writing.
 */
import { COLUMN_ALIASES, SCHEMAS, SHEETS, resolveColumns, selectedInvoices } from '../../src/engine';
import type { ColumnMapping, RawWorkbook, SheetKey } from '../../src/engine';
import { Body, applyOne, commit, invoiceRowOf, previewOne, requestFailure } from './drive';
import { CONTEXT, nursery, renameColumn } from './fixtures';

const SCHEDULE: Body = { action: 'void-and-regenerate', invoiceIds: ['INV-1'] };
const asObject = (map: Map<string, number>) => Object.fromEntries(map);

describe('resolveColumns', () => {
  test('canonical headers, matched as headers are (case, spaces)', () => {
    expect(asObject(resolveColumns('payments', ['payment  id', ' Invoice ID', 'AMOUNT', 'Extra']))).toEqual({
      'Payment ID': 0,
      'Invoice ID': 1,
      Amount: 2,
    });
  });

  test('aliases stand in when the canonical header is absent', () => {
    expect(
      asObject(
        resolveColumns('invoices', [
          'Invoice #',
          'Client',
          'Net',
          'VAT',
          'Gross',
          'Invoice Date',
          'Payment Due',
          'Ref',
        ]),
      ),
    ).toEqual({
      'Invoice ID': 0,
      Customer: 1,
      Subtotal: 2,
      Tax: 3,
      Total: 4,
      'Issue Date': 5,
      'Due Date': 6,
      Reference: 7,
    });
    expect(asObject(resolveColumns('lines', ['invoice no.', 'QTY', 'Price', 'VAT %']))).toEqual({
      'Invoice ID': 0,
      Quantity: 1,
      'Unit Price': 2,
      'Tax Rate': 3,
    });
  });

  test('the canonical header wins over an alias: "Client" stays an unknown column beside "Customer"', () => {
    expect(resolveColumns('invoices', ['Client', 'Customer']).get('Customer')).toBe(1);
  });

  test('the column mapping wins over the canonical header and aliases; sheet and names match as headers do', () => {
    const mapping: ColumnMapping = { ' invoices ': { customer: ' KID ' } };
    expect(resolveColumns('invoices', ['Customer', 'Client', 'Kid'], mapping).get('Customer')).toBe(2);
    // a mapping for another sheet changes nothing here
    expect(resolveColumns('invoices', ['Customer', 'Kid'], { Schedule: { Customer: 'Kid' } }).get('Customer')).toBe(0);
  });

  test('a mapping naming a header that is not there falls back to the name and aliases', () => {
    expect(resolveColumns('invoices', ['Client'], { Invoices: { Customer: 'Kid' } }).get('Customer')).toBe(0);
  });

  test('a header serves one column: one the mapping claims is no alias for another', () => {
    const mapping = { Invoices: { Reference: 'Invoice No' } };
    const resolved = resolveColumns('invoices', ['Invoice No', 'Ref'], mapping);
    expect(resolved.get('Reference')).toBe(0);
    expect(resolved.has('Invoice ID')).toBe(false);
  });

  test('the mapping may place columns outside the schema (an accounting column)', () => {
    expect(
      resolveColumns('invoices', ['Xero Ref'], { Invoices: { 'Accounting ID': 'Xero Ref' } }).get('Accounting ID'),
    ).toBe(0);
  });

  test.each(Object.keys(SHEETS) as SheetKey[])(
    "%s: no alias is another column's name, none serves two columns",
    (sheet) => {
      const names = SCHEMAS[sheet].all.map((c) => c.toLowerCase());
      const aliases = Object.entries(COLUMN_ALIASES[sheet]).flatMap(([column, list]) => {
        expect(SCHEMAS[sheet].all).toContain(column);
        return list.map((alias) => alias.toLowerCase());
      });
      for (const alias of aliases) expect(names).not.toContain(alias);
      expect(new Set(aliases).size).toBe(aliases.length);
    },
  );
});

/** The nursery with every sheet's headers renamed to aliases. */
function aliased(): RawWorkbook {
  let raw = nursery();
  const renames: [string, string, string][] = [
    ['Invoices', 'Invoice ID', 'Invoice #'],
    ['Invoices', 'Customer', 'Client'],
    ['Invoices', 'Subtotal', 'Net'],
    ['Invoices', 'Tax', 'VAT'],
    ['Invoices', 'Total', 'Gross'],
    ['Invoices', 'Issue Date', 'Invoice Date'],
    ['Invoices', 'Due Date', 'Payment Due'],
    ['Invoices', 'Reference', 'Ref'],
    ['Invoice Lines', 'Invoice ID', 'Invoice No.'],
    ['Invoice Lines', 'Quantity', 'Qty'],
    ['Invoice Lines', 'Unit Price', 'Price'],
    ['Invoice Lines', 'Tax Rate', 'VAT %'],
    ['Schedule', 'Customer', 'Child'],
    ['Schedule', 'Tax Rate', 'Tax %'],
    ['Payments', 'Invoice ID', 'Invoice Number'],
    ['Closures', 'Customer', 'Account'],
  ];
  for (const [sheet, from, to] of renames) raw = renameColumn(raw, sheet, from, to);
  return raw;
}

describe('aliases through the engine', () => {
  test('a workbook of aliased headers voids and regenerates like the canonical one', () => {
    // Ada, March: Mon/Wed/Fri less the 6th = 12 × 10.00 = 120.00 (20% tax 24.00); meals 30.00 and the farm
    // trip 25.00 untaxed → subtotal 175.00, tax 24.00, total 199.00; her 50.00 paid moves across.
    const preview = previewOne(aliased(), SCHEDULE);
    expect(preview.before).toMatchObject({ subtotal: '125.00', tax: '20.00', total: '145.00', paid: '50.00' });
    expect(preview.after).toMatchObject({ subtotal: '175.00', tax: '24.00', total: '199.00' });
    const { result, plan } = applyOne(aliased(), SCHEDULE);
    expect(result).toMatchObject({ newInvoiceId: 'INV-1-R1', total: '199.00', transferred: '50.00' });
    expect(plan.appends.invoices?.[0]).toMatchObject({
      Customer: 'Ada',
      Reference: 'ADA-03',
      Subtotal: 175,
      Tax: 24,
      Total: 199,
    });
  });

  test('written through the same resolver, no empty Customer column appears beside Client', () => {
    const after = commit(aliased(), applyOne(aliased(), SCHEDULE).plan);
    const header = after.Invoices?.rows[0] ?? [];
    expect(header).not.toContain('Customer');
    expect(header).not.toContain('Invoice ID');
    const rows = after.Invoices?.rows ?? [];
    const newRow = rows[rows.length - 1];
    expect([
      newRow[header.indexOf('Invoice #')],
      newRow[header.indexOf('Client')],
      newRow[header.indexOf('Gross')],
    ]).toEqual(['INV-1-R1', 'Ada', 199]);
  });

  test('MISSING_COLUMN names the sheet, the column and the aliases it tried', () => {
    const failure = requestFailure(renameColumn(nursery(), 'Invoices', 'Customer', 'Kid'), SCHEDULE);
    expect(failure.code).toBe('MISSING_COLUMN');
    for (const text of ['"Invoices"', '"Customer"', '"Client"', '"Child"', '"Account"', '"Customer Name"'])
      expect(failure.message).toContain(text);
  });

  test('the selection reads aliased headers too', () => {
    expect(selectedInvoices(aliased(), [2]).map((i) => [i.invoiceId, i.customer, i.total])).toEqual([
      ['INV-1', 'Ada', '145.00'],
    ]);
  });
});

describe('a column mapping given in the context', () => {
  const kid = (): RawWorkbook => renameColumn(nursery(), 'Invoices', 'Customer', 'Kid');
  const context = { ...CONTEXT, columnMapping: { Invoices: { Customer: 'Kid' } } };

  test('finds a column under any header the bookkeeper chose', () => {
    expect(previewOne(kid(), SCHEDULE, context).after?.total).toBe('199.00');
    const { plan } = applyOne(kid(), SCHEDULE, context);
    const after = commit(kid(), plan, context.columnMapping);
    expect(after.Invoices?.rows[0]).not.toContain('Customer');
    expect(invoiceRowOf(after, 'INV-1-R1').Kid).toBe('Ada');
    expect(selectedInvoices(kid(), [2], context.columnMapping)[0].customer).toBe('Ada');
  });

  test('wins over an alias: "Account" holds the customer, "Client" something else', () => {
    const raw = renameColumn(
      renameColumn(nursery(), 'Invoices', 'Customer', 'Account'),
      'Invoices',
      'Reference',
      'Client',
    );
    const mapped = { ...CONTEXT, columnMapping: { Invoices: { Customer: 'Account', Reference: 'Client' } } };
    expect(applyOne(raw, SCHEDULE, mapped).plan.appends.invoices?.[0]).toMatchObject({
      Customer: 'Ada',
      Reference: 'ADA-03',
    });
  });

  test('MISSING_COLUMN mentions the mapped header when it is not there either', () => {
    const failure = requestFailure(renameColumn(nursery(), 'Invoices', 'Customer', 'Pupil'), SCHEDULE, context);
    expect(failure.code).toBe('MISSING_COLUMN');
    expect(failure.message).toContain('"Kid"');
    expect(failure.message).toContain('"Client"');
  });
});
