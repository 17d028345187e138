/**
 * reset-accounting through the bundle, over a nursery whose Invoices carry a Xero sync's columns:
 * Xero ID, a Synced checkbox, Synced At, and a Sync Status the workbook computes. Values are
 * blanked (the checkbox unticked, still a checkbox), formulas stay and recompute, the Audit Log
 * keeps what was cleared; a request key applies once; the Settings choice round-trips through
 * the document properties.
 */
import { callCount, checkboxCell, createFakeApps, dateTimeCell } from '../../fake-apps-script/src';
import { syntheticIds, syntheticSheets } from '../../fake-apps-script/src/synthetic-workbook';
import { bookkeepersView, nurserySheets, openBook, records, withFiller, type Book } from './harness';
import { loadBundle, callJson, readDistHtml } from '../../fake-apps-script/src/load-bundle';

const KEY = 'revoice.accountingColumns';
const SYNC = ['Xero ID', 'Synced', 'Synced At', 'Sync Status']; // columns N, O, P, Q
const status = (row: number) => `=IF(N${row}<>"","synced","not synced")`;

/** INV-1 and INV-2 synced to Xero, INV-3 (a draft) never. */
function syncedSheets(): Record<string, unknown[][]> {
  const sheets = nurserySheets();
  const extra = [
    SYNC,
    ['XERO-0042', checkboxCell(true), dateTimeCell('2026-04-02T10:15:00'), status(2)],
    [4711, checkboxCell(true), dateTimeCell('2026-04-03T09:00:00'), status(3)],
    ['', checkboxCell(false), '', status(4)],
  ];
  sheets.Invoices = sheets.Invoices.map((row, r) => [...row, ...extra[r]]);
  return sheets;
}

const RESET = { action: 'reset-accounting', invoiceIds: ['INV-1'], reason: 'Deleted in Xero', requestKey: 'reset-1' };
const row = (book: Book, id: string) => records(book, 'Invoices').find((r) => r['Invoice ID'] === id);

describe('reset-accounting through the bundle', () => {
  it('blanks the values, unticks the checkbox, leaves the formula to recompute, and logs what it cleared', () => {
    const book = openBook(syncedSheets());
    const preview = book.call('revoicePreview', RESET);
    expect(preview.results[0]).toMatchObject({
      ok: true,
      cleared: [
        { column: 'Accounting ID', value: 'XERO-001' },
        { column: 'Xero ID', value: 'XERO-0042' },
        { column: 'Synced', value: true },
        { column: 'Synced At', value: '2026-04-02T10:15:00' },
      ],
    });
    expect(preview.results[0].warnings).toEqual([
      'Sync Status of INV-1 is computed by a formula (Invoices!Q2): Revoice leaves it to compute.',
      'If INV-1 still exists in your accounting software, the next sync creates it again as a duplicate: ' +
        'void or delete it there first.',
    ]);
    const fingerprints = { 'INV-1': preview.results[0].fingerprint };
    const applied = book.call('revoiceApply', { ...RESET, fingerprints });
    expect(applied.results).toEqual([
      { invoiceId: 'INV-1', ok: true, voided: false, cleared: preview.results[0].cleared },
    ]);

    expect(row(book, 'INV-1')).toMatchObject({
      Status: 'open',
      'Accounting ID': '',
      'Xero ID': '',
      Synced: 'FALSE',
      'Synced At': '',
      'Sync Status': 'not synced',
    });
    const sheet = book.apps.spreadsheet.getSheetByName('Invoices')!;
    expect(sheet.getRange('O2').isChecked()).toBe(false); // still a checkbox, unticked
    expect(sheet.getRange('Q2').getFormula()).toBe(status(2));
    expect(row(book, 'INV-2')).toMatchObject({ 'Xero ID': '4711', Synced: 'TRUE', 'Sync Status': 'synced' });

    const [audit] = records(book, 'Audit Log');
    expect(audit).toMatchObject({ Action: 'reset-accounting', 'Invoice ID': 'INV-1', 'Request Key': 'reset-1' });
    expect(JSON.parse(audit.Details)).toEqual({ result: applied.results[0], reason: 'Deleted in Xero' });
  });

  it('applies once: the same key answers the first result and writes nothing; a new key finds nothing to clear', () => {
    const book = openBook(syncedSheets());
    const first = book.call('revoiceApply', RESET);
    const before = bookkeepersView(book.apps);
    expect(book.call('revoiceApply', RESET)).toEqual(first);
    expect(bookkeepersView(book.apps)).toEqual(before);
    expect(book.call('revoiceApply', { ...RESET, requestKey: 'reset-2' }).results[0]).toMatchObject({
      ok: false,
      code: 'NOTHING_TO_CLEAR',
    });
  });

  it('in a workbook read by key, a column an ARRAYFORMULA fills is left to spill', () => {
    const sheets = syncedSheets();
    sheets.Invoices[0] = [
      ...sheets.Invoices[0],
      '=ARRAYFORMULA(IF(ROW(A:A)=1,"External ID",IF(A:A="","","EXT-"&A:A)))',
    ];
    const book = openBook(withFiller(sheets));
    expect(row(book, 'INV-1')?.['External ID']).toBe('EXT-INV-1');
    const applied = book.call('revoiceApply', RESET);
    expect(applied.results[0].cleared.map((c: { column: string }) => c.column)).toEqual([
      'Accounting ID',
      'Xero ID',
      'Synced',
      'Synced At',
    ]);
    expect(book.apps.calls.byMethod.findAll).toBeGreaterThan(0);
    expect(row(book, 'INV-1')).toMatchObject({ 'Xero ID': '', 'External ID': 'EXT-INV-1' });
  });

  it('MISSING_COLUMN when Invoices has none of the usual names, and nothing is written', () => {
    const sheets = nurserySheets();
    sheets.Invoices[0] = sheets.Invoices[0].map((cell) => (cell === 'Accounting ID' ? 'Notes' : cell));
    const book = openBook(sheets);
    const before = bookkeepersView(book.apps);
    const answer = book.call('revoiceApply', RESET);
    expect(answer).toMatchObject({ ok: false, code: 'MISSING_COLUMN' });
    expect(answer.message).toContain('looked for "Accounting ID", "Xero ID"');
    expect(bookkeepersView(book.apps)).toEqual(before);
  });
});

describe('cost follows the work', () => {
  const sheetsCalls = (invoices: number, padding: number, fn: string) => {
    const apps = createFakeApps({ timeZone: 'Pacific/Auckland', sheets: syntheticSheets({ invoices, padding }) });
    const api = loadBundle(apps);
    apps.calls.reset();
    const answer = callJson(api[fn], { action: 'reset-accounting', invoiceIds: syntheticIds({ invoices, padding }) });
    expect(answer.results.every((r: { ok: boolean }) => r.ok)).toBe(true);
    return callCount(apps).sheetsCalls;
  };

  it('one invoice among 3,000: preview ≤ 25 Sheets calls, apply ≤ 40', () => {
    expect(sheetsCalls(1, 3000, 'revoicePreview')).toBeLessThanOrEqual(25);
    expect(sheetsCalls(1, 3000, 'revoiceApply')).toBeLessThanOrEqual(40);
  });

  it('500 invoices: as many calls as one', () => {
    expect(sheetsCalls(500, 100, 'revoiceApply')).toBe(sheetsCalls(1, 599, 'revoiceApply'));
  });
});

describe('Settings → Accounting columns', () => {
  it('lists the headers that may be chosen and what a reset clears now, by the usual names', () => {
    const book = openBook(syncedSheets());
    expect(book.call('revoiceAccountingColumns')).toEqual({
      ok: true,
      headers: ['Accounting ID', 'Xero ID', 'Synced', 'Synced At', 'Sync Status'],
      chosen: null,
      columns: ['Accounting ID', 'Xero ID', 'Synced', 'Synced At', 'Sync Status'],
    });
  });

  it('round-trips through the document properties, and the reset then clears only the chosen columns', () => {
    const book = openBook(syncedSheets());
    const saved = book.call('revoiceSaveAccountingColumns', ['xero id', 'Synced']);
    expect(saved).toMatchObject({ ok: true, chosen: ['Xero ID', 'Synced'], columns: ['Xero ID', 'Synced'] });
    expect(JSON.parse(book.apps.snapshot().documentProperties[KEY])).toEqual(['Xero ID', 'Synced']);

    // The next execution (a fresh fake from the snapshot) reads the same choice.
    const apps = createFakeApps({ from: book.apps.snapshot(), html: readDistHtml() });
    const api = loadBundle(apps);
    expect(callJson(api.revoiceAccountingColumns)).toMatchObject({ chosen: ['Xero ID', 'Synced'] });
    const applied = callJson(api.revoiceApply, RESET);
    expect(applied.results[0].cleared).toEqual([
      { column: 'Xero ID', value: 'XERO-0042' },
      { column: 'Synced', value: true },
    ]);

    // None chosen: the usual names again.
    expect(book.call('revoiceSaveAccountingColumns', [])).toMatchObject({ ok: true, chosen: null });
    expect(book.apps.snapshot().documentProperties[KEY]).toBeUndefined();
  });

  it('refuses a header not in row 1, or one that holds a column Revoice reads or writes', () => {
    const book = openBook(syncedSheets());
    expect(book.call('revoiceSaveAccountingColumns', ['Xero Ref'])).toEqual({
      ok: false,
      code: 'BAD_REQUEST',
      message: 'Sheet "Invoices" has no column headed "Xero Ref" in row 1.',
    });
    expect(book.call('revoiceSaveAccountingColumns', ['Total']).message).toBe(
      '"Total" holds a column Revoice reads or writes; it can\'t be an accounting column.',
    );
    expect(book.call('revoiceSaveAccountingColumns', 'Xero ID')).toMatchObject({ code: 'BAD_REQUEST' });
    expect(book.apps.snapshot().documentProperties[KEY]).toBeUndefined();
  });
});
