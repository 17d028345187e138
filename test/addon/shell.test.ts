import { readFileSync } from 'node:fs';
import { ADDON_MENU, createFakeApps } from '../../fake-apps-script/src';
import { builtFile, loadBundle } from '../../fake-apps-script/src/load-bundle';
import { PROTECTED, ZONE, bookkeepersView, nurserySheets, openBook } from './harness';

const dist = (file: string) => readFileSync(builtFile(file), 'utf8');

describe('the bundle Apps Script runs', () => {
  const ENTRY_POINTS = [
    'onOpen',
    'onInstall',
    'showSidebar',
    'revoiceSelection',
    'revoicePreview',
    'revoiceApply',
    'revoiceSetup',
    'revoiceSelectInvoice',
    'revoiceAccountingColumns',
    'revoiceSaveAccountingColumns',
    'revoiceHistory',
    'menuResetAccounting',
  ];

  it('declares every entry point as a top-level function', () => {
    const code = dist('Code.js');
    for (const name of ENTRY_POINTS) expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    expect(Buffer.byteLength(code)).toBeLessThan(240 * 1024);
  });

  it('makes no service call while loading', () => {
    const apps = createFakeApps({ timeZone: ZONE, sheets: nurserySheets() });
    apps.calls.reset();
    const api = loadBundle(apps);
    expect(apps.calls.total).toBe(0);
    expect(Object.keys(api)).toEqual(expect.arrayContaining(ENTRY_POINTS));
  });

  it('ships a manifest with V8 and exactly the three narrow scopes', () => {
    const manifest = JSON.parse(dist('appsscript.json'));
    expect(manifest).toMatchObject({ runtimeVersion: 'V8', exceptionLogging: 'STACKDRIVER' });
    expect(typeof manifest.timeZone).toBe('string');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/userinfo.email',
    ]);
  });
});

describe('menu and sidebar', () => {
  it('onOpen in AuthMode.NONE only builds the add-on menu', () => {
    const book = openBook(nurserySheets());
    book.apps.calls.reset();
    book.api.onOpen({ authMode: 'NONE' });
    expect(book.apps.calls.total).toBe(0);
    expect(book.apps.ui.menus).toEqual([
      {
        title: ADDON_MENU,
        items: [
          { caption: 'Open sidebar', functionName: 'showSidebar' },
          { caption: 'Void selected…', functionName: 'menuVoidSelected' },
          { caption: 'Regenerate selected…', functionName: 'menuRegenerateSelected' },
          { caption: 'Apply credit…', functionName: 'menuApplyCredit' },
          { caption: 'Reset accounting link…', functionName: 'menuResetAccounting' },
          'separator',
          { caption: 'Set up workbook', functionName: 'menuSetUpWorkbook' },
        ],
      },
    ]);
    for (const item of book.apps.ui.menus[0].items) {
      if (item !== 'separator') expect(typeof book.api[item.functionName]).toBe('function');
    }
  });

  it("opens the sidebar, with the menu's action chosen", () => {
    const book = openBook(nurserySheets());
    book.api.showSidebar();
    book.api.menuVoidSelected();
    book.api.menuResetAccounting();
    const [plain, voiding, resetting] = book.apps.ui.sidebars;
    expect(plain.title).toBe('Revoice');
    expect(plain.content).toBe(dist('Sidebar.html'));
    expect(voiding.content.endsWith('<script>var __revoiceInitialAction = "void";</script>')).toBe(true);
    expect(resetting.content.endsWith('<script>var __revoiceInitialAction = "reset-accounting";</script>')).toBe(true);
  });
});

describe('selection', () => {
  it('lists the invoices on the selected rows of Invoices', () => {
    const book = openBook(nurserySheets(), { active: { sheet: 'Invoices', ranges: ['A2:C2', 'B4'] } });
    expect(book.call('revoiceSelection')).toEqual({
      ok: true,
      invoices: [
        { invoiceId: 'INV-1', reference: 'ADA-APR', customer: 'Ada', status: 'open', total: '135.00', currency: 'NZD' },
        { invoiceId: 'INV-3', reference: 'CAL-APR', customer: 'Cal', status: 'draft', total: '20.00', currency: 'NZD' },
      ],
      locale: 'en_GB',
    });
  });

  it("says the spreadsheet's locale, so the sidebar shows money as the sheet does", () => {
    const book = openBook(nurserySheets(), { locale: 'de_DE', active: { sheet: 'Payments', ranges: ['A2'] } });
    expect(book.call('revoiceSelection')).toMatchObject({ ok: true, locale: 'de_DE' });
  });

  it('hints when nothing in Invoices is selected', () => {
    const book = openBook(nurserySheets(), { active: { sheet: 'Payments', ranges: ['A2'] } });
    const response = book.call('revoiceSelection');
    expect(response).toMatchObject({ ok: true, invoices: [] });
    expect(response.hint).toMatch(/Invoices/);
    book.apps.setActive('Invoices', ['A1']);
    expect(book.call('revoiceSelection').hint).toMatch(/Select/);
  });

  it('keeps the Invoices sheet active when the first apply creates the Audit Log', () => {
    const book = openBook(nurserySheets(), { active: { sheet: 'Invoices', ranges: ['A2'] } });
    book.call('revoiceApply', { action: 'void', invoiceIds: ['INV-1'] });
    expect(book.apps.spreadsheet.getSheetByName('Audit Log')).not.toBeNull();
    expect(book.apps.spreadsheet.getActiveSheet().getName()).toBe('Invoices');
  });

  it("selects a regenerated invoice's row from the sidebar", () => {
    const book = openBook(nurserySheets());
    book.call('revoiceApply', { action: 'void-and-regenerate', invoiceIds: ['INV-1'] });
    expect(book.call('revoiceSelectInvoice', 'INV-1-R1')).toEqual({ ok: true, row: 5 });
    const active = book.apps.spreadsheet.getActiveRange();
    expect([active?.getSheet().getName(), active?.getRow()]).toEqual(['Invoices', 5]);
    expect(book.call('revoiceSelectInvoice', 'NOPE')).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});

describe('Set up workbook', () => {
  it('creates every missing sheet and header, and is idempotent', () => {
    const book = openBook({ Sheet1: [['notes']] });
    const first = book.call('revoiceSetup');
    expect(first.ok).toBe(true);
    expect(first.created).toEqual([
      'Invoices',
      'Invoice Lines',
      'Schedule',
      'Closures',
      'Payments',
      'Credit Notes',
      'Audit Log',
    ]);
    expect(book.apps.display('Invoices')[0]).toEqual([
      'Invoice ID',
      'Reference',
      'Customer',
      'Period Start',
      'Period End',
      'Issue Date',
      'Due Date',
      'Currency',
      'Status',
      'Subtotal',
      'Tax',
      'Total',
      'Voided At',
      'Void Reason',
      'Regenerated From',
      'Regenerated As',
      'Paid',
      'Balance',
    ]);
    const after = book.apps.snapshot();
    book.apps.calls.reset();
    expect(book.call('revoiceSetup')).toEqual({ ok: true, created: [] });
    expect(book.apps.calls.writes).toBe(0);
    expect(book.apps.snapshot()).toEqual(after);
  });

  it('appends missing headers without reordering or deleting anything', () => {
    const sheets = nurserySheets();
    const book = openBook(sheets);
    const before = book.apps.display('Invoices');
    const response = book.call('revoiceSetup');
    expect(response.created).toEqual([
      'Invoices: Voided At, Void Reason, Regenerated From, Regenerated As, Paid, Balance',
      'Closures: Note',
      'Audit Log',
    ]);
    const after = book.apps.display('Invoices');
    expect(after.map((row) => row.slice(0, before[0].length))).toEqual(before);
  });
});

describe('Set up workbook formats the date columns it adds', () => {
  it('so a void writes Voided At into a column showing dates, setting no format', () => {
    const book = openBook(nurserySheets());
    book.call('revoiceSetup');
    const invoices = book.apps.spreadsheet.getSheetByName('Invoices')!;
    const voidedAt = book.apps.display('Invoices')[0].indexOf('Voided At') + 1;
    const formats = invoices.getRange(2, voidedAt, invoices.getMaxRows() - 1, 1).getNumberFormats();
    expect(new Set(formats.map((line) => line[0]))).toEqual(new Set(['yyyy-mm-dd hh:mm:ss']));
    book.apps.calls.reset();
    expect(book.call('revoiceApply', { action: 'void', invoiceIds: ['INV-1'], reason: 'Wrong days' }).ok).toBe(true);
    expect(book.apps.calls.byMethod.setNumberFormats ?? 0).toBe(0);
    expect(book.apps.display('Invoices')[1][voidedAt - 1]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  });

  it('and a setup failing at any write puts the formats back too', () => {
    const probe = openBook(nurserySheets());
    probe.apps.calls.reset();
    probe.call('revoiceSetup');
    const writes = probe.apps.calls.writes;
    for (let k = 1; k <= writes; k++) {
      const book = openBook(nurserySheets());
      const before = bookkeepersView(book.apps);
      book.apps.faults.failWriteAt(k, PROTECTED);
      expect(book.call('revoiceSetup')).toMatchObject({ ok: false, code: 'WRITE_FAILED' });
      expect(bookkeepersView(book.apps)).toEqual(before);
    }
  });
});

describe('Revoice columns go after every used column', () => {
  it('never writes a header over an unlabelled column that holds data', () => {
    const sheets = nurserySheets();
    sheets.Invoices[1].push('', 'note typed beside the table');
    const book = openBook(sheets);
    const width = sheets.Invoices[0].length;
    book.call('revoiceApply', { action: 'void', invoiceIds: ['INV-1'], reason: 'Wrong month' });
    const [header, row] = book.apps.display('Invoices');
    expect(header.slice(width, width + 2)).toEqual(['', '']);
    expect(row[width + 1]).toBe('note typed beside the table');
    expect(header.slice(width + 2, width + 4)).toEqual(['Voided At', 'Void Reason']);
    expect(row[header.indexOf('Void Reason')]).toBe('Wrong month');
  });
});
