/**
 * SPEC §1 "Header names" through the real bundle: aliases need no mapping; a column under a name
 * Revoice doesn't know is matched once in the sidebar (revoiceSaveColumnMapping), remembered in the
 * document properties, and "Set up workbook" never adds an empty duplicate beside it.
 */
import { callCount } from '../../fake-apps-script/src';
import { callJson, loadBundle } from '../../fake-apps-script/src/load-bundle';
import { nurserySheets, openBook, records, type Book } from './harness';

const KEY = 'revoice.columnMapping';
/** The sheets Revoice reads, in the order revoiceColumns reports them (not the Audit Log). */
const READ_SHEETS = ['Invoices', 'Invoice Lines', 'Schedule', 'Closures', 'Payments', 'Credit Notes'];
const VOID_AND_REGENERATE = { action: 'void-and-regenerate', invoiceIds: ['INV-1'], reason: 'Weekdays now' };

/** The nursery with some headers renamed: { 'Invoices': { Customer: 'Kid' } }. */
function renamed(headers: Record<string, Record<string, string>>): Record<string, unknown[][]> {
  const sheets = nurserySheets();
  for (const [sheet, names] of Object.entries(headers)) {
    sheets[sheet][0] = sheets[sheet][0].map((cell) => names[String(cell)] ?? cell);
  }
  return sheets;
}

const savedMapping = (book: Book): unknown => {
  const text = book.apps.snapshot().documentProperties[KEY];
  return text === undefined ? undefined : JSON.parse(text);
};

const sheetColumns = (book: Book, sheet: string) =>
  book.call('revoiceColumns').sheets.find((s: { sheet: string }) => s.sheet === sheet);

describe('revoiceColumns', () => {
  test('a workbook in Revoice’s own names lacks nothing', () => {
    const book = openBook(nurserySheets());
    const answer = book.call('revoiceColumns');
    expect(answer.ok).toBe(true);
    expect(answer.sheets.map((s: { sheet: string }) => s.sheet)).toEqual(READ_SHEETS);
    for (const sheet of answer.sheets) expect(sheet.missing).toEqual([]);
    expect(answer.sheets[0]).toEqual({ sheet: 'Invoices', missing: [], headers: ['Accounting ID'], mapping: {} });
  });

  test('aliases need no mapping: Client, Invoice #, Qty, VAT Rate are found, and preview and apply work', () => {
    const book = openBook(
      renamed({
        Invoices: { Customer: 'Client', 'Invoice ID': 'Invoice #' },
        'Invoice Lines': { Quantity: 'Qty', 'Tax Rate': 'VAT Rate' },
      }),
    );
    for (const sheet of book.call('revoiceColumns').sheets) expect(sheet.missing).toEqual([]);
    expect(book.call('revoicePreview', VOID_AND_REGENERATE)).toMatchObject({ ok: true, results: [{ ok: true }] });
    expect(book.call('revoiceApply', VOID_AND_REGENERATE)).toMatchObject({ ok: true, results: [{ ok: true }] });
    expect(records(book, 'Invoices').find((r) => r['Invoice #'] === 'INV-1-R1')).toMatchObject({ Client: 'Ada' });
    expect(book.apps.display('Invoices')[0]).not.toContain('Customer');
    expect(savedMapping(book)).toBeUndefined();
  });

  test('names what is missing, the headers that could hold it, and a missing sheet', () => {
    const sheets = renamed({ Invoices: { Customer: 'Kid' }, Schedule: { Rate: 'Fee', Frequency: 'How often' } });
    delete sheets['Credit Notes'];
    const book = openBook(sheets);
    const { sheets: answer } = book.call('revoiceColumns');
    expect(answer[0]).toEqual({
      sheet: 'Invoices',
      missing: ['Customer'],
      headers: ['Kid', 'Accounting ID'],
      mapping: {},
    });
    expect(answer[2]).toMatchObject({
      sheet: 'Schedule',
      missing: ['Frequency', 'Rate'],
      headers: ['How often', 'Fee'],
    });
    expect(answer[5]).toEqual({ sheet: 'Credit Notes', missingSheet: true, missing: [], headers: [], mapping: {} });
  });

  test('reads the header rows only, one getValues per sheet', () => {
    const book = openBook(renamed({ Invoices: { Customer: 'Kid' } }));
    const before = callCount(book.apps);
    book.call('revoiceColumns');
    const after = callCount(book.apps);
    const widths = READ_SHEETS.map((sheet) => book.apps.display(sheet)[0].length);
    expect(after.cellsRead - before.cellsRead).toBe(widths.reduce((a, b) => a + b, 0));
    expect((after.byMethod.getValues ?? 0) - (before.byMethod.getValues ?? 0)).toBe(6);
    expect(after.writes).toBe(before.writes);
  });
});

describe('a column under another name, matched once', () => {
  test('MISSING_COLUMN until Kid is chosen; then preview and apply work, and the choice is remembered', () => {
    const book = openBook(renamed({ Invoices: { Customer: 'Kid' } }));
    const refused = book.call('revoicePreview', VOID_AND_REGENERATE);
    expect(refused).toMatchObject({ ok: false, code: 'MISSING_COLUMN' });
    expect(refused.message).toMatch(/"Invoices".*"Customer"/);

    const saved = book.call('revoiceSaveColumnMapping', { Invoices: { Customer: 'Kid' } });
    expect(saved).toEqual({ ok: true, mapping: { Invoices: { Customer: 'Kid' } } });
    expect(savedMapping(book)).toEqual({ Invoices: { Customer: 'Kid' } });
    expect(book.call('revoicePreview', VOID_AND_REGENERATE)).toMatchObject({ ok: true, results: [{ ok: true }] });

    // The next execution (a new load of the bundle over the same spreadsheet) still knows.
    const again = loadBundle(book.apps);
    const columns = callJson(again.revoiceColumns);
    expect(columns.sheets[0]).toEqual({
      sheet: 'Invoices',
      missing: [],
      headers: ['Accounting ID'],
      mapping: { Customer: 'Kid' },
    });
    const applied = callJson(again.revoiceApply, VOID_AND_REGENERATE);
    expect(applied).toMatchObject({ ok: true, results: [{ ok: true, newInvoiceId: 'INV-1-R1' }] });
    expect(records(book, 'Invoices').find((r) => r['Invoice ID'] === 'INV-1-R1')).toMatchObject({ Kid: 'Ada' });
    expect(book.apps.display('Invoices')[0]).not.toContain('Customer');
    expect(callJson(again.revoiceSelection)).toMatchObject({ ok: true });
  });

  test('a save merges with what was saved; null forgets one choice and keeps the others', () => {
    const book = openBook(renamed({ Invoices: { Customer: 'Kid' }, Schedule: { Customer: 'Child’s name' } }));
    (book.apps.globals.PropertiesService as any)
      .getDocumentProperties()
      .setProperty(KEY, JSON.stringify({ invoices: { 'Accounting ID': 'Xero Ref', customer: 'Old' } }));
    expect(book.call('revoiceSaveColumnMapping', { Invoices: { Customer: 'Kid' } })).toEqual({
      ok: true,
      mapping: { invoices: { 'Accounting ID': 'Xero Ref', Customer: 'Kid' } },
    });
    expect(book.call('revoiceSaveColumnMapping', { schedule: { customer: 'child’s name' } }).mapping).toEqual({
      invoices: { 'Accounting ID': 'Xero Ref', Customer: 'Kid' },
      Schedule: { Customer: 'child’s name' },
    });
    expect(book.call('revoiceSaveColumnMapping', { Invoices: { Customer: null } }).mapping).toEqual({
      invoices: { 'Accounting ID': 'Xero Ref' },
      Schedule: { Customer: 'child’s name' },
    });
    expect(sheetColumns(book, 'Invoices').missing).toEqual(['Customer']);
  });

  test('the save holds the document lock', () => {
    const book = openBook(renamed({ Invoices: { Customer: 'Kid' } }));
    book.apps.lock.heldByOther = true;
    expect(book.call('revoiceSaveColumnMapping', { Invoices: { Customer: 'Kid' } })).toMatchObject({
      ok: false,
      code: 'BUSY',
    });
    expect(savedMapping(book)).toBeUndefined();
  });
});

describe('bad mappings are refused with BAD_REQUEST, and nothing is saved', () => {
  const cases: [string, unknown, RegExp][] = [
    ['not an object', 'Kid', /\{sheet: \{column: header\}\}/],
    ['an array', [{ Invoices: { Customer: 'Kid' } }], /\{sheet: \{column: header\}\}/],
    ['nothing to save', {}, /at least one/],
    ['a sheet Revoice does not read', { 'Audit Log': { User: 'Kid' } }, /no sheet named "Audit Log"/],
    ['columns not an object', { Invoices: 'Kid' }, /columns of "Invoices"/],
    ['a column Revoice does not know', { Invoices: { Child: 'Kid' } }, /no column "Child"/],
    ['a header that is not text', { Invoices: { Customer: 7 } }, /must be text/],
    ['a header that is not in row 1', { Invoices: { Customer: 'Pupil' } }, /no column headed "Pupil"/],
    [
      'a header another column uses by name',
      { Invoices: { Customer: 'Currency' } },
      /"Currency".*already holds "Currency"/,
    ],
    ['one header for two columns', { Invoices: { Customer: 'Kid', Reference: 'kid' } }, /only one column/],
    ['a sheet that is not in the workbook', { 'Credit Notes': { Refund: 'Kid' } }, /no sheet named "Credit Notes"/],
  ];

  test.each(cases)('%s', (_name, mapping, message) => {
    const sheets = renamed({ Invoices: { Customer: 'Kid' } });
    delete sheets['Credit Notes'];
    const book = openBook(sheets);
    const answer = book.call('revoiceSaveColumnMapping', mapping);
    expect(answer).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    expect(answer.message).toMatch(message);
    expect(savedMapping(book)).toBeUndefined();
  });

  test('a header an alias already gives to another column', () => {
    const book = openBook(renamed({ Invoices: { Customer: 'Kid', Reference: 'Ref' } }));
    const answer = book.call('revoiceSaveColumnMapping', { Invoices: { Customer: 'Ref' } });
    expect(answer).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    expect(answer.message).toMatch(/"Ref" in "Invoices" already holds "Reference"/);
  });
});

describe('Set up workbook never adds an empty duplicate', () => {
  const header = (book: Book, sheet: string) => book.apps.display(sheet)[0];

  test('of a Customer kept under an alias (Client)', () => {
    const book = openBook(renamed({ Invoices: { Customer: 'Client' } }));
    const answer = book.call('revoiceSetup');
    expect(answer).toEqual({ ok: true, created: expect.any(Array) });
    expect(header(book, 'Invoices')).not.toContain('Customer');
    expect(header(book, 'Invoices')).toContain('Voided At');
  });

  test('of a Customer kept under Kid: it asks for it, and after the mapping it is satisfied', () => {
    const book = openBook(renamed({ Invoices: { Customer: 'Kid' } }));
    const first = book.call('revoiceSetup');
    expect(first.toMap).toEqual([{ sheet: 'Invoices', column: 'Customer' }]);
    expect(first.created[0]).toBe('Invoices: Voided At, Void Reason, Regenerated From, Regenerated As, Paid, Balance');
    expect(header(book, 'Invoices')).not.toContain('Customer');

    book.call('revoiceSaveColumnMapping', { Invoices: { Customer: 'Kid' } });
    expect(book.call('revoiceSetup')).toEqual({ ok: true, created: [] });
    expect(header(book, 'Invoices')).not.toContain('Customer');
  });

  test('a required column no header could hold is still added, as are Revoice’s own', () => {
    const sheets = nurserySheets();
    sheets.Closures = [['Customer']];
    sheets.Payments = [['Invoice ID', 'Amount']];
    const book = openBook(sheets);
    const answer = book.call('revoiceSetup');
    expect(answer.toMap).toBeUndefined();
    expect(header(book, 'Closures')).toEqual(['Customer', 'Date', 'Note']);
    expect(header(book, 'Payments')).toEqual(['Invoice ID', 'Amount', 'Payment ID', 'Date', 'Method', 'Note']);
  });

  test('the menu says which columns it left for the sidebar', () => {
    const book = openBook(renamed({ Invoices: { Customer: 'Kid' } }));
    book.api.menuSetUpWorkbook();
    const alert = book.apps.ui.alerts[book.apps.ui.alerts.length - 1];
    expect(JSON.stringify(alert)).toMatch(/Not added: Customer in Invoices.*open the sidebar/);
  });
});
