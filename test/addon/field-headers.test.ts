/**
 * Field tests: header rows as bookkeepers keep them — renamed columns (`Invoice #`, `Client`,
 * `Qty`), a header no alias covers mapped once in the document properties, merged and blank
 * header cells (SPEC §1 "Header names"), through a void-and-regenerate along the chain and
 * "Set up workbook".
 */
import { Book, LINE_HEADER, openBook, records } from './harness';
import {
  brokenCells,
  click,
  fieldSheets,
  formulasTouched,
  rowShowing,
  table,
  tableFormulas,
  voidAndRegenerate,
} from './field-workbooks';

const MAPPING_KEY = 'revoice.columnMapping';

/** What a void-and-regenerate adds to an Invoices sheet that has Paid and Balance already. */
const LINK_COLUMNS = ['Voided At', 'Void Reason', 'Regenerated From', 'Regenerated As'];

function documentProperties(book: Book) {
  const service = book.apps.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService;
  return service.getDocumentProperties();
}

function header(book: Book, sheet: string): string[] {
  return book.apps.display(sheet)[0];
}

/**
 * Header cells holding text that a person cannot see: inside a merged block, not its first cell
 * (the block shows only its first cell's text).
 */
function hiddenHeaders(book: Book): string[] {
  const sheet = book.apps.spreadsheet.getSheetByName('Invoices')!;
  return header(book, 'Invoices').filter((text, c) => {
    const merges = sheet.getRange(1, c + 1).getMergedRanges();
    return text && merges.some((block) => block.getColumn() !== c + 1);
  });
}

/** A nursery that calls its columns Invoice #, Client and Qty (Invoices, Invoice Lines and Payments). */
function renamedSheets(ids?: [number, number, number]) {
  const sheets = fieldSheets({ ids, rename: { 'Invoice ID': 'Invoice #', Customer: 'Client' } });
  sheets['Invoice Lines'][0] = LINE_HEADER.map((h) => ({ 'Invoice ID': 'Invoice #', Quantity: 'Qty' })[h] ?? h);
  sheets.Payments[0][1] = 'Invoice No';
  return sheets;
}

describe('renamed headers: Invoice #, Client, Qty', () => {
  it('are read and written as aliases along the chain, and no empty Customer column is added', () => {
    const book = openBook(renamedSheets([1001, 1002, 1003]));
    const formulas = tableFormulas(book, 'Invoices');
    const before = { invoices: header(book, 'Invoices'), lines: header(book, 'Invoice Lines') };
    const first = book.call('revoiceApply', voidAndRegenerate('1001'));
    expect(first.results[0]).toMatchObject({ ok: true, newInvoiceId: '1001-R1', total: '235.00' });
    const second = book.call('revoiceApply', voidAndRegenerate('1001-R1'));
    expect(second.results[0]).toMatchObject({ ok: true, newInvoiceId: '1001-R2', transferred: '50.00' });

    expect(header(book, 'Invoices')).toEqual([...before.invoices, ...LINK_COLUMNS]);
    expect(header(book, 'Invoice Lines')).toEqual(before.lines);
    expect(table(book, 'Invoices', 'Invoice #', 'Client', 'Status')).toEqual([
      ['1001', 'Ada', 'voided'],
      ['1002', 'Ben', 'paid'],
      ['1003', 'Cal', 'open'],
      ['1001-R1', 'Ada', 'voided'],
      ['1001-R2', 'Ada', 'open'],
    ]);
    const lines = records(book, 'Invoice Lines').filter((l) => l['Invoice #'] === '1001-R2');
    expect(lines.map((l) => [l.Description, l.Qty, l.Amount])).toEqual([
      ['Morning sessions', '22', '220'],
      ['Trip to the farm', '1', '15'],
    ]);
    expect(records(book, 'Payments').map((p) => p['Invoice No'])).toEqual([
      '1001',
      '1002',
      '1001',
      '1001-R1',
      '1001-R1',
      '1001-R2',
    ]);
    expect(click(book, 2, 'Regenerated As', 'Invoice #')).toEqual({ shows: '1001-R1', landsOn: '1001-R1' });
    expect(click(book, 6, 'Regenerated From', 'Invoice #')).toEqual({ shows: '1001-R1', landsOn: '1001-R1' });
    expect(formulasTouched(book, 'Invoices', formulas)).toEqual([]);
    expect(brokenCells(book)).toEqual([]);
  });

  it('"Set up workbook" adds only what no renamed header holds', () => {
    const book = openBook(renamedSheets());
    const response = book.call('revoiceSetup');
    expect(response).toEqual({
      ok: true,
      created: [`Invoices: ${LINK_COLUMNS.join(', ')}`, 'Schedule: Tax Rate', 'Closures: Note', 'Audit Log'],
    });
    for (const sheet of ['Invoices', 'Invoice Lines', 'Payments']) {
      expect(header(book, sheet)).not.toContain('Invoice ID');
      expect(header(book, sheet)).not.toContain('Customer');
    }
    expect(header(book, 'Invoice Lines')).not.toContain('Quantity');
  });
});

describe('column order is free', () => {
  it('an Invoice ID kept in column C: links look it up there and land on its row', () => {
    const sheets = fieldSheets();
    sheets.Invoices = sheets.Invoices.map((row) => [row[2], row[1], row[0], ...row.slice(3)]);
    const book = openBook(sheets);
    book.call('revoiceApply', voidAndRegenerate('INV-1'));
    const second = book.call('revoiceApply', voidAndRegenerate('INV-1-R1'));
    expect(second.results[0]).toMatchObject({ ok: true, newInvoiceId: 'INV-1-R2' });
    expect(table(book, 'Invoices', 'Customer', 'Invoice ID')).toEqual([
      ['Ada', 'INV-1'],
      ['Ben', 'INV-2'],
      ['Cal', 'INV-3'],
      ['Ada', 'INV-1-R1'],
      ['Ada', 'INV-1-R2'],
    ]);
    expect(click(book, 2, 'Regenerated As')).toEqual({ shows: 'INV-1-R1', landsOn: 'INV-1-R1' });
    expect(click(book, 6, 'Regenerated From')).toEqual({ shows: 'INV-1-R1', landsOn: 'INV-1-R1' });
    expect(brokenCells(book)).toEqual([]);
  });
});

describe('a header no alias covers ("Kid"), mapped once in the document properties', () => {
  function kidBook(mapped: boolean) {
    const book = openBook(fieldSheets({ rename: { Customer: 'Kid' } }));
    if (mapped) documentProperties(book).setProperty(MAPPING_KEY, JSON.stringify({ Invoices: { Customer: 'Kid' } }));
    return book;
  }

  it('unmapped, it is MISSING_COLUMN naming Customer, and nothing is written', () => {
    const book = kidBook(false);
    const before = book.apps.snapshot();
    const response = book.call('revoiceApply', voidAndRegenerate('INV-1'));
    expect(response).toMatchObject({ ok: false, code: 'MISSING_COLUMN' });
    expect(response.message).toContain('Customer');
    expect(book.apps.snapshot()).toEqual(before);
  });

  it('mapped, the chain runs on it, and neither apply nor setup adds a Customer column', () => {
    const book = kidBook(true);
    const width = header(book, 'Invoices').length;
    book.call('revoiceApply', voidAndRegenerate('INV-1'));
    const second = book.call('revoiceApply', voidAndRegenerate('INV-1-R1'));
    expect(second.results[0]).toMatchObject({ ok: true, newInvoiceId: 'INV-1-R2', total: '235.00' });
    book.call('revoiceSetup');
    expect(hiddenHeaders(book)).toEqual([]);
    expect(header(book, 'Invoices').slice(width)).toEqual(LINK_COLUMNS);
    expect(table(book, 'Invoices', 'Invoice ID', 'Kid')).toEqual([
      ['INV-1', 'Ada'],
      ['INV-2', 'Ben'],
      ['INV-3', 'Cal'],
      ['INV-1-R1', 'Ada'],
      ['INV-1-R2', 'Ada'],
    ]);
    expect(click(book, rowShowing(book, 'INV-1-R2'), 'Regenerated From')).toEqual({
      shows: 'INV-1-R1',
      landsOn: 'INV-1-R1',
    });
    expect(brokenCells(book)).toEqual([]);
  });
});

describe('merged and blank header cells', () => {
  /** "Notes" typed over two columns merged in row 1 at the right-hand end, notes in the first only. */
  function mergedNotes() {
    const sheets = fieldSheets();
    sheets.Invoices[0].push('Notes', '');
    sheets.Invoices.slice(1).forEach((row, i) => row.push(i === 0 ? 'Grandma pays' : '', ''));
    const book = openBook(sheets);
    const notes = sheets.Invoices[0].length - 1;
    book.apps.spreadsheet.getSheetByName('Invoices')!.getRange(1, notes, 1, 2).merge();
    return { book, width: notes + 1 };
  }

  it("Revoice's columns start after a merged header block, where a person sees them, and only once", () => {
    const { book, width } = mergedNotes();
    book.call('revoiceApply', voidAndRegenerate('INV-1'));
    book.call('revoiceApply', voidAndRegenerate('INV-1-R1'));
    expect(hiddenHeaders(book)).toEqual([]);
    expect(header(book, 'Invoices').slice(width - 2)).toEqual(['Notes', '', ...LINK_COLUMNS]);
    expect(table(book, 'Invoices', 'Invoice ID', 'Notes', 'Regenerated From')).toEqual([
      ['INV-1', 'Grandma pays', ''],
      ['INV-2', '', ''],
      ['INV-3', '', ''],
      ['INV-1-R1', '', 'INV-1'],
      ['INV-1-R2', '', 'INV-1-R1'],
    ]);
    expect(click(book, 5, 'Regenerated As')).toEqual({ shows: 'INV-1-R2', landsOn: 'INV-1-R2' });
    expect(brokenCells(book)).toEqual([]);
  });

  it('"Set up workbook" also adds its headers after the merged block, and is idempotent', () => {
    const { book, width } = mergedNotes();
    book.call('revoiceSetup');
    expect(hiddenHeaders(book)).toEqual([]);
    expect(header(book, 'Invoices').slice(width)).toEqual(LINK_COLUMNS);
    expect(book.call('revoiceSetup')).toEqual({ ok: true, created: [] });
  });

  it('a blank header cell between named ones is skipped, its column left alone', () => {
    const sheets = fieldSheets();
    const total = sheets.Invoices[0].indexOf('Total');
    sheets.Invoices.forEach((row, r) => row.splice(total + 1, 0, r === 1 ? 'see email of 3 Sept' : ''));
    const book = openBook(sheets);
    book.call('revoiceApply', voidAndRegenerate('INV-1'));
    const rows = book.apps.display('Invoices');
    expect(rows.map((row) => row[total + 1]).slice(0, 5)).toEqual(['', 'see email of 3 Sept', '', '', '']);
    expect(records(book, 'Invoices')[3]).toMatchObject({ 'Invoice ID': 'INV-1-R1', Total: '235', Paid: '50' });
    expect(brokenCells(book)).toEqual([]);
  });

  it('"Set up workbook" reports only the headers it added when a header cell is blank', () => {
    const sheets = fieldSheets();
    sheets.Invoices.forEach((row) => row.splice(1, 0, ''));
    const book = openBook(sheets);
    const width = header(book, 'Invoices').length;
    const response = book.call('revoiceSetup');
    expect(header(book, 'Invoices').slice(width)).toEqual(LINK_COLUMNS);
    expect(response.created[0]).toBe(`Invoices: ${LINK_COLUMNS.join(', ')}`);
  });
});
