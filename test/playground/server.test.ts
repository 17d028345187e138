/** The playground server's HTTP API, without a browser: the bridge, the menu, selection, reset, download. */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PlaygroundSession } from '../../playground/session';
import { sampleSource, xlsxSource } from '../../playground/sources';
import type { WorkbookView } from '../../playground/view';
import { readXlsx } from '../../playground/xlsx/read';
import { SAMPLE_NAME } from '../../examples/nursery';
import { REPO_ROOT, builtFile } from '../../fake-apps-script/src/load-bundle';
import { Running, XSS_DESCRIPTION, get, post, records, sampleWithXss, startPreview } from './harness';

describe('playground server', () => {
  let running: Running;
  let url: string;
  beforeAll(async () => {
    running = await startPreview(sampleWithXss());
    url = running.url;
  });
  afterAll(() => running.close());
  beforeEach(() => post(url, '/api/reset'));

  const call = (fn: string, ...args: unknown[]) => post(url, `/api/call/${fn}`, args).then((r) => r.body);

  it('serves one self-contained page and the add-on sidebar with google.script.run first in <head>', async () => {
    const page = await (await fetch(url)).text();
    expect(page).toContain('Revoice playground');
    expect(page).not.toMatch(/<(script|link)[^>]+(src|href)="(https?:)?\/\//);
    const sidebar = await (await fetch(new URL('/sidebar/0', url))).text();
    const bridge = sidebar.indexOf('__revoiceBridge');
    expect(bridge).toBeGreaterThan(sidebar.indexOf('<head>'));
    expect(bridge).toBeLessThan(sidebar.indexOf('<main id="app"'));
    expect(sidebar).toContain('"revoicePreview"');
  });

  it('calls top-level bundle functions with JSON in and out; anything else is "not found"', async () => {
    await post(url, '/api/select', { sheet: 'Invoices', ranges: ['10:11'] });
    const selection = await call('revoiceSelection');
    expect(selection.ok).toBe(true);
    expect(selection.value.invoices.map((i: any) => i.invoiceId)).toEqual(['INV-1009', 'INV-1010']);
    const preview = await call('revoicePreview', { action: 'void-and-regenerate', invoiceIds: ['INV-1010'] });
    expect(preview.value.results[0]).toMatchObject({
      ok: true,
      newInvoiceId: 'INV-1010-R1',
      after: { total: '840.00' },
    });
    for (const name of ['Revoice', 'eval', 'constructor', '__proto__', 'SpreadsheetApp']) {
      expect(await call(name)).toMatchObject({ ok: false, error: { message: `Script function not found: ${name}` } });
    }
    expect((await post(url, '/api/call/revoiceSelection', { not: 'an array' })).status).toBe(400);
  });

  it('counts a version up with every call, so the page knows to redraw', async () => {
    const before = (await get(url, '/api/version')).version;
    const applied = await call('revoiceApply', { action: 'void', invoiceIds: ['INV-1002'], reason: 'Wrong days' });
    expect(applied.version).toBeGreaterThan(before);
    const view = await get<WorkbookView>(url, '/api/workbook');
    expect(view.version).toBe(applied.version);
  });

  it("passes the add-on's exceptions to the failure handler as {name, message}", () => {
    const dist = mkdtempSync(join(tmpdir(), 'revoice-dist-'));
    copyFileSync(builtFile('Code.js'), join(dist, 'Code.js'));
    const session = new PlaygroundSession(sampleSource(), dist); // no Sidebar.html
    expect(session.run('showSidebar', [])).toEqual({
      ok: false,
      error: { name: 'Exception', message: 'No HTML file named Sidebar was found.' },
    });
  });

  it('shows links both ways after an apply, each pointing at the other row', async () => {
    await call('revoiceApply', { action: 'void-and-regenerate', invoiceIds: ['INV-1010'] });
    await post(url, '/api/select', { sheet: 'Invoices' });
    const view = await get<WorkbookView>(url, '/api/workbook');
    const header = view.rows[0];
    const voided = view.rows.findIndex((r) => r[0] === 'INV-1010') + 1;
    const added = view.rows.findIndex((r) => r[0] === 'INV-1010-R1') + 1;
    expect(view.links).toEqual(
      expect.arrayContaining([
        { row: voided, col: header.indexOf('Regenerated As') + 1, sheet: 'Invoices', targetRow: added },
        { row: added, col: header.indexOf('Regenerated From') + 1, sheet: 'Invoices', targetRow: voided },
      ]),
    );
  });

  it("runs only the add-on menu's own items; Void selected… opens the sidebar with Void chosen", async () => {
    const opened = await post(url, '/api/menu/menuVoidSelected');
    expect(opened.body).toMatchObject({ ok: true, sidebar: 1, alerts: [] });
    const html = await (await fetch(new URL('/sidebar/1', url))).text();
    expect(html).toMatch(/__revoiceInitialAction = "void"/);
    const setup = await post(url, '/api/menu/menuSetUpWorkbook');
    expect(setup.body.alerts[0]).toMatch(/^Revoice added: /);
    expect((await post(url, '/api/menu/revoiceApply')).body).toMatchObject({
      ok: false,
      error: { message: 'revoiceApply is not in the add-on menu.' },
    });
  });

  it('refuses POSTs from other sites', async () => {
    const response = await post(url, '/api/reset', undefined, { Origin: 'https://evil.example' });
    expect(response.status).toBe(403);
  });

  it('keeps workbook text as data: the markup description is plain JSON text', async () => {
    await post(url, '/api/select', { sheet: 'Invoice Lines' });
    const view = await get<WorkbookView>(url, '/api/workbook');
    expect(records(view.rows).some((line) => line.Description === XSS_DESCRIPTION)).toBe(true);
  });

  it('shows no tab for a hidden sheet (Revoice Journal), as Sheets does', async () => {
    await call('revoiceApply', { action: 'void', invoiceIds: ['INV-1002'] });
    const view = await get<WorkbookView>(url, '/api/workbook');
    expect(view.sheets).toContain('Audit Log');
    expect(view.sheets).not.toContain('Revoice Journal');
  });

  it('Reset loads the workbook again from the start', async () => {
    await call('revoiceApply', { action: 'void', invoiceIds: ['INV-1002'] });
    await post(url, '/api/reset');
    const view = await get<WorkbookView>(url, '/api/workbook');
    expect(records(view.rows).find((r) => r['Invoice ID'] === 'INV-1002')!.Status).toBe('open');
    expect(view.sheets).not.toContain('Audit Log');
  });

  it('says what Reset would lose: the sheets and settings changed since loading, not the selection', async () => {
    await post(url, '/api/select', { sheet: 'Schedule', ranges: ['3:4'] });
    expect(await get(url, '/api/reset')).toEqual({
      name: SAMPLE_NAME,
      fromFile: false,
      changedSheets: [],
      hiddenChanged: false,
    });
    await call('revoiceApply', { action: 'void', invoiceIds: ['INV-1002'], reason: 'Wrong days' });
    expect(await get(url, '/api/reset')).toMatchObject({
      changedSheets: ['Invoices', 'Audit Log'],
      hiddenChanged: true,
    });
    await post(url, '/api/reset');
    expect(await get(url, '/api/reset')).toMatchObject({ changedSheets: [], hiddenChanged: false });
  });

  it('offers the changed workbook as an .xlsx that reads back the same', async () => {
    await call('revoiceApply', { action: 'void-and-regenerate', invoiceIds: ['INV-1013'] });
    const response = await fetch(new URL('/api/download.xlsx', url));
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename=".*\.xlsx"/);
    const book = readXlsx(new Uint8Array(await response.arrayBuffer()));
    expect(book.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Invoices', 'Audit Log']));
    const invoices = book.sheets.find((s) => s.name === 'Invoices')!;
    expect(invoices.rows.some((row) => row?.[0]?.value === 'INV-1013-R1')).toBe(true);
  });

  it('opens that .xlsx again as `npm start -- --workbook` does, and the add-on carries on from it', async () => {
    await call('revoiceApply', { action: 'void-and-regenerate', invoiceIds: ['INV-1013'] });
    const file = join(mkdtempSync(join(tmpdir(), 'revoice-xlsx-')), 'nursery.xlsx');
    writeFileSync(file, new Uint8Array(await (await fetch(new URL('/api/download.xlsx', url))).arrayBuffer()));
    const session = new PlaygroundSession(xlsxSource(file, 'Europe/London'), join(REPO_ROOT, 'dist'));
    expect(session.apps.display('Invoices')).toEqual(running.playground.session.apps.display('Invoices'));
    const again = session.run('revoiceApply', [{ action: 'void-and-regenerate', invoiceIds: ['INV-1013-R1'] }]);
    expect(again).toMatchObject({
      ok: true,
      value: { ok: true, results: [{ ok: true, newInvoiceId: 'INV-1013-R2' }] },
    });
  });
});
