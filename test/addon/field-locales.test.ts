/**
 * Field tests: spreadsheets set to a locale whose argument separator is ';' (de_DE, pl_PL),
 * where a ',' in a formula is #ERROR!, and one whose time zone skips midnight at its
 * daylight-saving change (America/Santiago, 6 September 2026) — SPEC §1 "Locale", §2 dates.
 */
import { dateCell as d } from '../../fake-apps-script/src';
import { COMMA_LOCALES, SEMICOLON_LOCALES_SAMPLE } from '../../fake-apps-script/src/locale';
import { Book, openBook } from './harness';
import {
  ADA_TOTAL,
  FieldOptions,
  brokenCells,
  click,
  columnOf,
  fieldFakeOptions,
  fieldSheets,
  formulasIn,
  formulasTouched,
  openField,
  rowShowing,
  shown,
  table,
  tableFormulas,
  voidAndRegenerate,
} from './field-workbooks';

/** Revoice's link formulas in Invoices, with the separators they use outside quoted text. */
function linkFormulas(book: Book): { formula: string; separators: string }[] {
  return book.apps
    .formulas('Invoices')
    .flat()
    .filter((formula) => formula.startsWith('=HYPERLINK('))
    .map((formula) => ({
      formula,
      separators: [...new Set(formula.replace(/"(?:[^"]|"")*"/g, '').match(/[,;]/g))].join(''),
    }));
}

/** Every link cell of Invoices: what it shows and where it lands. */
function everyLink(book: Book) {
  const rows = book.apps.display('Invoices');
  const links: { row: number; column: string; shows: string; landsOn: string }[] = [];
  for (const column of ['Regenerated From', 'Regenerated As']) {
    const c = columnOf(book, 'Invoices', column) - 1;
    rows.forEach((cells, r) => {
      if (r > 0 && cells[c]) links.push({ row: r + 1, column, ...click(book, r + 1, column) });
    });
  }
  return links;
}

describe.each([
  ['de_DE', [1001, 1002, 1003]],
  ['pl_PL', ['FV/2026/09/1', 'FV/2026/09/2 "B"', 'FV/2026/09/*']],
] as const)('a %s spreadsheet', (locale, ids) => {
  const options: FieldOptions = {
    ids: [...ids],
    separator: ';',
    paid: 'sumif',
    balance: 'arrayformula',
    checkboxes: true,
  };
  const ada = String(ids[0]);

  it(`${ada} → -R1 → -R2: links written with ';' show the ID and land on its row, never #ERROR!`, () => {
    const book = openField(options, { locale });
    const formulas = tableFormulas(book, 'Invoices');
    const first = book.call('revoiceApply', voidAndRegenerate(ada));
    expect(first.results[0]).toMatchObject({ ok: true, newInvoiceId: `${ada}-R1`, total: ADA_TOTAL });
    const second = book.call('revoiceApply', voidAndRegenerate(`${ada}-R1`));
    expect(second.results[0]).toMatchObject({ ok: true, newInvoiceId: `${ada}-R2`, transferred: '50.00' });

    const links = linkFormulas(book);
    expect(links).toHaveLength(4);
    for (const link of links) expect(link).toMatchObject({ separators: ';' });
    expect(everyLink(book)).toEqual([
      { row: 5, column: 'Regenerated From', shows: ada, landsOn: ada },
      { row: 6, column: 'Regenerated From', shows: `${ada}-R1`, landsOn: `${ada}-R1` },
      { row: 2, column: 'Regenerated As', shows: `${ada}-R1`, landsOn: `${ada}-R1` },
      { row: 5, column: 'Regenerated As', shows: `${ada}-R2`, landsOn: `${ada}-R2` },
    ]);
    for (const column of ['Regenerated From', 'Regenerated As']) {
      expect(book.apps.errorNote('Invoices', 5, columnOf(book, 'Invoices', column))).toBe('');
    }
    expect(brokenCells(book)).toEqual([]);
    expect(formulasTouched(book, 'Invoices', formulas)).toEqual([]);
  });

  it("the bookkeeper's ';' SUMIF is filled down onto the new rows, and the ARRAYFORMULA keeps computing", () => {
    const book = openField(options, { locale });
    book.call('revoiceApply', voidAndRegenerate(ada));
    expect(formulasIn(book, 'Invoices', 'Paid')[3]).toBe('=SUMIF(Payments!B:B; A5; Payments!D:D)');
    expect(table(book, 'Invoices', 'Invoice ID', 'Total', 'Paid', 'Balance')[3]).toEqual([
      `${ada}-R1`,
      '235',
      '50',
      '185',
    ]);
    expect(brokenCells(book)).toEqual([]);
  });
});

describe("a de_DE bookkeeper's date formats", () => {
  it('a period formatted dd.mm.yyyy stays so on the new rows, beside a column that needed a date format', () => {
    // Period Start and End formatted as whole columns; Issue and Due Date only where typed.
    const dotted = { 'Period Start': 'dd.mm.yyyy', 'Period End': 'dd.mm.yyyy' };
    const book = openField({ checkboxes: true }, { locale: 'de_DE', columnFormats: { Invoices: dotted } });
    book.call('revoiceApply', voidAndRegenerate('INV-1'));
    book.call('revoiceApply', voidAndRegenerate('INV-1-R1'));
    const formats = book.apps.spreadsheet.getSheetByName('Invoices')!.getRange(2, 4, 5, 4).getNumberFormats();
    const dates = ['dd.mm.yyyy', 'dd.mm.yyyy', 'yyyy-mm-dd', 'yyyy-mm-dd'];
    expect(formats).toEqual([dates, dates, dates, dates, dates]);
    expect(table(book, 'Invoices', 'Invoice ID', 'Period Start')[4]).toEqual(['INV-1-R2', '2026-09-01']);
  });
});

describe('every locale the fake knows Sheets to separate arguments with "," or ";"', () => {
  it.each([...COMMA_LOCALES, ...SEMICOLON_LOCALES_SAMPLE, 'es_CL', 'id_ID', 'vi_VN', 'kk_KZ', 'tr_TR'])(
    '%s: both links show the ID and land on its row',
    (locale) => {
      const book = openField({ ids: [1001, 1002, 1003] }, { locale });
      book.call('revoiceApply', voidAndRegenerate('1001'));
      expect(everyLink(book)).toEqual([
        { row: 5, column: 'Regenerated From', shows: '1001', landsOn: '1001' },
        { row: 2, column: 'Regenerated As', shows: '1001-R1', landsOn: '1001-R1' },
      ]);
    },
  );
});

/** Ada billed from a day whose midnight the spreadsheet's zone skips, for 30 days. */
function billedFrom(timeZone: string, start: string, options: FieldOptions = {}, locale = 'en_GB'): Book {
  const sheets = fieldSheets(options);
  const [header, ada] = sheets.Invoices;
  const day = (offset: number) => new Date(Date.parse(start) + offset * 86400000).toISOString().slice(0, 10);
  ada[header.indexOf('Period Start')] = d(start);
  ada[header.indexOf('Period End')] = d(day(29));
  ada[header.indexOf('Issue Date')] = d(start);
  ada[header.indexOf('Due Date')] = d(day(14));
  return openBook(sheets, { ...fieldFakeOptions(options), timeZone, locale });
}

describe('a spreadsheet in America/Santiago, where 6 September 2026 starts at 01:00', () => {
  /** Ada billed 6 September – 5 October 2026. */
  const santiago = (options: FieldOptions = {}) => billedFrom('America/Santiago', '2026-09-06', options, 'es_CL');

  it('the preview counts the weekdays from Monday 7 September', () => {
    const book = santiago();
    const preview = book.call('revoicePreview', voidAndRegenerate('INV-1'));
    // 7 Sept – 2 Oct: 20 weekdays, and Monday 5 October: 21 sessions
    expect(preview.results[0].after.lines.map((l: { quantity: string }) => l.quantity)).toEqual(['21', '1']);
    expect(preview.results[0].after).toMatchObject({ total: '225.00' });
  });

  it('the regenerated rows show the period starting on 6 September, along the chain', () => {
    const book = santiago({ checkboxes: true, ids: [1001, 1002, 1003] });
    book.call('revoiceApply', voidAndRegenerate('1001'));
    const second = book.call('revoiceApply', voidAndRegenerate('1001-R1'));
    expect(second.results[0]).toMatchObject({ ok: true, newInvoiceId: '1001-R2', total: '225.00' });
    expect(table(book, 'Invoices', 'Invoice ID', 'Period Start', 'Period End')).toEqual([
      ['1001', '2026-09-06', '2026-10-05'],
      ['1002', '2026-09-01', '2026-09-30'],
      ['1003', '2026-09-01', '2026-09-30'],
      ['1001-R1', '2026-09-06', '2026-10-05'],
      ['1001-R2', '2026-09-06', '2026-10-05'],
    ]);
    const row = rowShowing(book, '1001-R2');
    const issued = Date.parse(shown(book, 'Invoices', row, 'Issue Date'));
    expect((Date.parse(shown(book, 'Invoices', row, 'Due Date')) - issued) / 86400000).toBe(14);
    expect(click(book, row, 'Regenerated From')).toEqual({ shows: '1001-R1', landsOn: '1001-R1' });
    expect(brokenCells(book)).toEqual([]);
  });

  it('a narrower from–to starting on 6 September is inside the period and shows that day', () => {
    const book = santiago();
    const response = book.call('revoiceApply', voidAndRegenerate('INV-1', { from: '2026-09-06', to: '2026-09-30' }));
    expect(response.results[0]).toMatchObject({ ok: true, newInvoiceId: 'INV-1-R1' });
    expect(table(book, 'Invoices', 'Invoice ID', 'Period Start', 'Period End')[3]).toEqual([
      'INV-1-R1',
      '2026-09-06',
      '2026-09-30',
    ]);
  });
});

describe.each([
  ['America/Havana', '2026-03-08', '2026-04-06'],
  ['Asia/Beirut', '2026-03-29', '2026-04-27'],
])('a spreadsheet in %s, whose %s starts at 01:00', (zone, start, end) => {
  it('the original and the regenerated rows show the period from that day', () => {
    const book = billedFrom(zone, start);
    const response = book.call('revoiceApply', voidAndRegenerate('INV-1'));
    expect(response.results[0]).toMatchObject({ ok: true, newInvoiceId: 'INV-1-R1' });
    const rows = table(book, 'Invoices', 'Invoice ID', 'Period Start', 'Period End');
    expect([rows[0], rows[3]]).toEqual([
      ['INV-1', start, end],
      ['INV-1-R1', start, end],
    ]);
    expect(brokenCells(book)).toEqual([]);
  });
});
