/**
 * The sidebar in Chromium against the real dist/Code.js running over the in-memory spreadsheet:
 * the page is what the menu's showSidebar produced, and google.script.run reaches the bundle.
 */
import type { Page } from 'playwright-core';
import { nurserySheets, openBook, records, type Book } from '../addon/harness';
import { syntheticIds, syntheticSheets } from '../../fake-apps-script/src/synthetic-workbook';
import { describeIfChromium, useSidebarBrowser, openAgainstServer } from './browser';

describeIfChromium('sidebar against the real server bundle', () => {
  const session = useSidebarBrowser();

  /** Opens the sidebar the way the menu item `menu` does, bridged to `book`. */
  async function open(book: Book, menu: string): Promise<Page> {
    book.api[menu]();
    const html = book.apps.ui.sidebars[book.apps.ui.sidebars.length - 1].content;
    const opened = session.track(
      await openAgainstServer(session.browser(), html, (name, args) => book.call(name, ...args)),
    );
    await opened.page.waitForSelector('#rv-selection-count:has-text("selected")');
    return opened.page;
  }
  const serverCalls = (page: Page): Promise<{ maxInFlight: number; calls: Array<{ fn: string; args: any[] }> }> =>
    page.evaluate(() => (window as any).__serverLog);

  test("shows the customer's available credit under a selected invoice (Apply credit)", async () => {
    const book = openBook(nurserySheets(), { active: { sheet: 'Invoices', ranges: ['A3'] } });
    // Ben paid 92.00 on INV-2; voided with 50.00 refunded, 42.00 is his credit.
    book.call('revoiceApply', { action: 'void', invoiceIds: ['INV-2'], creditNote: { refund: 50, credit: 0 } });
    const page = await open(book, 'menuApplyCredit');
    await page.waitForSelector('.invoice .credit');
    await expect(page.textContent('.invoice .credit')).resolves.toBe("Ben's credit: NZ$42.00");
    expect(await page.isChecked('input[name=action][value=apply-credit]')).toBe(true);
  });

  test('Regenerate selected… on an open invoice: void & regenerate from schedule, then select the new row', async () => {
    const book = openBook(nurserySheets(), { active: { sheet: 'Invoices', ranges: ['A2'] } });
    const page = await open(book, 'menuRegenerateSelected');
    await expect(page.innerText('.invoice')).resolves.toMatch(/INV-1\s+open\s+Ada\s+NZ\$135\.00/);
    expect(await page.isChecked('input[name=action][value=void-and-regenerate]')).toBe(true);
    await expect(page.textContent('#rv-notice')).resolves.toContain('Not every selected invoice is voided yet');
    await page.fill('#rv-reason', 'Ada now comes every weekday');
    await page.click('#rv-preview');
    await page.waitForSelector('.preview:not([hidden])');
    const expected = book.call('revoicePreview', {
      action: 'void-and-regenerate',
      invoiceIds: ['INV-1'],
      mode: 'schedule',
      keepManual: true,
    });
    const after = expected.results[0].after.total as string;
    await expect(page.textContent('.card h3')).resolves.toContain('INV-1-R1');
    await expect(page.innerText('.totals dd.strong')).resolves.toContain(`NZ$${after}`);
    await expect(page.locator('.line .mark').first().textContent()).resolves.toMatch(/Changed|Added|Removed/);

    await page.click('#rv-apply');
    await page.waitForSelector('.results:not([hidden])');
    await expect(page.textContent('#rv-results-summary')).resolves.toBe('1 of 1 applied.');
    const invoices = records(book, 'Invoices');
    expect(invoices.find((r) => r['Invoice ID'] === 'INV-1')).toMatchObject({
      Status: 'voided',
      'Void Reason': 'Ada now comes every weekday',
      'Regenerated As': 'INV-1-R1',
    });
    expect(invoices.find((r) => r['Invoice ID'] === 'INV-1-R1')).toMatchObject({
      'Regenerated From': 'INV-1',
      Total: expect.stringContaining(after.replace(/\.00$/, '')),
    });

    await page.click('.results .id-link[data-invoice-id="INV-1-R1"]');
    await page.waitForSelector('#rv-select-status:has-text("Selected INV-1-R1")');
    const active = book.apps.spreadsheet.getActiveRange();
    expect(active && active.getRow()).toBe(5);
    const applies = (await serverCalls(page)).calls.filter((c) => c.fn === 'revoiceApply');
    expect(applies).toHaveLength(1);
    expect(Object.keys(applies[0].args[0].fingerprints)).toEqual(['INV-1']);
  });

  test('Copy and edit with a changed quantity and an added line', async () => {
    const book = openBook(nurserySheets(), { active: { sheet: 'Invoices', ranges: ['A2'] } });
    const page = await open(book, 'showSidebar');
    await page.check('input[name=mode][value=copy]');
    await page.fill('#rv-reason', 'Extra day');
    await page.click('#rv-preview');
    await page.waitForSelector('.edit-line');
    await page.locator('.edit-line').nth(0).getByLabel('Quantity').fill('15');
    await page.click('button:has-text("Add line")');
    await page.locator('.edit-line.is-added').getByLabel('Description').fill('Extra day <b>16 Apr</b>');
    await page.locator('.edit-line.is-added').getByLabel('Unit price (NZD)').fill('10');
    await page.click('#rv-preview');
    await page.waitForFunction(() => !(document.querySelector('#rv-apply') as HTMLButtonElement).disabled);
    const marks = await page.$$eval('.card .line .mark', (els) => els.map((e) => e.textContent));
    expect(marks).toEqual(expect.arrayContaining(['~ Changed', '+ Added']));
    await expect(page.innerText('.line.is-changed')).resolves.toMatch(/now\s*15 × 10/);
    await page.click('#rv-apply');
    await page.waitForSelector('.results:not([hidden])');
    const lines = records(book, 'Invoice Lines').filter((r) => r['Invoice ID'] === 'INV-1-R1');
    expect(lines.map((r) => [r.Description, r.Quantity])).toEqual([
      ['Morning sessions', '15'],
      ['Trip to the farm', '1'],
      ['Extra day <b>16 Apr</b>', '1'],
    ]);
  });

  test('an invoice changed after the preview comes back STALE; Preview again then applies', async () => {
    const book = openBook(nurserySheets(), { active: { sheet: 'Invoices', ranges: ['A2'] } });
    const page = await open(book, 'menuVoidSelected');
    expect(await page.isChecked('input[name=action][value=void]')).toBe(true);
    await page.fill('#rv-reason', 'Billed twice');
    await page.click('#rv-preview');
    await page.waitForSelector('.preview:not([hidden])');
    book.apps.spreadsheet.getSheetByName('Invoice Lines')!.getRange('D2').setValue(12); // someone edits the sheet
    await page.click('#rv-apply');
    await page.waitForSelector('#rv-preview-again');
    await expect(page.textContent('.result.is-error')).resolves.toContain('changed in the sheet after the preview');
    expect(records(book, 'Invoices')[0].Status).toBe('open');
    await page.click('#rv-preview-again');
    await page.waitForSelector('.preview:not([hidden])');
    await page.click('#rv-apply');
    await page.waitForSelector('#rv-results-summary:has-text("1 of 1 applied.")');
    expect(records(book, 'Invoices')[0].Status).toBe('voided');
  });

  async function applyMany(book: Book, size: { invoices: number }): Promise<Page> {
    const page = await open(book, 'showSidebar');
    await expect(page.textContent('#rv-selection-count')).resolves.toBe(`${size.invoices} invoices selected.`);
    await page.fill('#rv-reason', 'Rates changed');
    await page.click('#rv-preview');
    await page.waitForSelector('.preview:not([hidden])', { timeout: 30000 });
    await expect(page.textContent('#rv-apply')).resolves.toBe(`Apply to ${size.invoices} invoices`);
    await page.click('#rv-apply');
    await page.waitForSelector('.results:not([hidden])', { timeout: 30000 });
    return page;
  }

  test('150 invoices at once: chunked, at most 3 in flight, all regenerated', async () => {
    const size = { invoices: 150 };
    const book = openBook(syntheticSheets(size), { active: { sheet: 'Invoices', ranges: ['A2:A151'] } });
    book.call('revoiceSetup'); // a workbook already set up; the next test covers one that is not
    book.apps.setActive('Invoices', ['A2:A151']);
    const page = await applyMany(book, size);
    await expect(page.textContent('#rv-results-summary')).resolves.toBe('150 of 150 applied.');
    const log = await serverCalls(page);
    expect(log.maxInFlight).toBeLessThanOrEqual(3);
    for (const c of log.calls)
      if (c.args[0] && c.args[0].invoiceIds) expect(c.args[0].invoiceIds.length).toBeLessThanOrEqual(100);
    const ids = new Set(records(book, 'Invoices').map((r) => r['Invoice ID']));
    for (const id of syntheticIds(size)) expect(ids.has(`${id}-R1`)).toBe(true);
  });

  // The first apply chunk appends Revoice's output columns; the invoices previewed before
  // that must not come back STALE in the later chunks.
  test('150 invoices on a workbook never set up: later chunks are not STALE', async () => {
    const size = { invoices: 150 };
    const book = openBook(syntheticSheets(size), { active: { sheet: 'Invoices', ranges: ['A2:A151'] } });
    const page = await applyMany(book, size);
    await expect(page.textContent('#rv-results-summary')).resolves.toBe('150 of 150 applied.');
  });
});
