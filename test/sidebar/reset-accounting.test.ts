/**
 * "Reset accounting link…" in Chromium against the real dist/Code.js over the in-memory
 * spreadsheet: Settings lists the Invoices headers as accounting columns and saves the choice to
 * the document properties; the preview shows what will be blanked and warns about a duplicate;
 * the apply blanks exactly that.
 */
import type { Page } from 'playwright-core';
import { checkboxCell } from '../../fake-apps-script/src';
import { nurserySheets, openBook, records, type Book } from '../addon/harness';
import { describeIfChromium, openAgainstServer, useSidebarBrowser } from './browser';

/** The nursery with a Xero sync's columns on Invoices: INV-1 synced. */
function syncedSheets(): Record<string, unknown[][]> {
  const sheets = nurserySheets();
  const extra = [
    ['Xero ID', 'Synced'],
    ['XERO-0042', checkboxCell(true)],
    [4711, checkboxCell(true)],
    ['', checkboxCell(false)],
  ];
  sheets.Invoices = sheets.Invoices.map((row, r) => [...row, ...extra[r]]);
  return sheets;
}

describeIfChromium('reset accounting link in the sidebar', () => {
  const session = useSidebarBrowser();

  async function open(book: Book): Promise<Page> {
    book.api.menuResetAccounting();
    const html = book.apps.ui.sidebars[book.apps.ui.sidebars.length - 1].content;
    const opened = session.track(
      await openAgainstServer(session.browser(), html, (name, args) => book.call(name, ...args)),
    );
    await opened.page.waitForSelector('#rv-selection-count:has-text("selected")');
    return opened.page;
  }
  const serverCalls = (page: Page): Promise<Array<{ fn: string; args: any[] }>> =>
    page.evaluate(() => (window as any).__serverLog.calls);

  test('Settings chooses the accounting columns; preview and apply blank exactly those', async () => {
    const book = openBook(syncedSheets(), { active: { sheet: 'Invoices', ranges: ['A2'] } });
    const page = await open(book);
    expect(await page.isChecked('input[name=action][value=reset-accounting]')).toBe(true);
    expect(await page.isVisible('#rv-reset-hint')).toBe(true);
    expect(await page.isVisible('input[name=mode]')).toBe(false);
    expect(await page.isVisible('#rv-credit-summary')).toBe(false);
    // Settings loads only when opened.
    expect((await serverCalls(page)).map((c) => c.fn)).not.toContain('revoiceAccountingColumns');

    // A first preview, by the usual names: Accounting ID, Xero ID and Synced.
    await page.click('#rv-preview');
    await page.waitForSelector('.card dl.cleared');
    await expect(page.innerText('.card dl.cleared')).resolves.toMatch(/^Accounting ID\s+XERO-001\s+Xero ID/);

    await page.click('#rv-settings-summary');
    await page.waitForSelector('#rv-accounting-choices input[type=checkbox]');
    const boxes = page.locator('#rv-accounting-choices');
    expect(await boxes.getByLabel('Accounting ID').isChecked()).toBe(true);
    expect(await boxes.getByLabel('Xero ID').isChecked()).toBe(true);
    expect(await boxes.getByLabel('Synced').isChecked()).toBe(true);
    await expect(page.textContent('#rv-accounting-now')).resolves.toBe(
      'Reset accounting link now clears: Accounting ID, Xero ID, Synced.',
    );
    await boxes.getByLabel('Accounting ID').uncheck();
    await page.click('#rv-settings-save');
    await page.waitForSelector('#rv-settings-status:has-text("Remembered for this spreadsheet.")');
    await expect(page.textContent('#rv-accounting-now')).resolves.toBe(
      'Reset accounting link now clears: Xero ID, Synced.',
    );
    expect(JSON.parse(book.apps.snapshot().documentProperties['revoice.accountingColumns'])).toEqual([
      'Xero ID',
      'Synced',
    ]);

    await expect(page.textContent('.preview .actions')).resolves.toContain('Settings changed since this preview');
    expect(await page.isDisabled('#rv-apply')).toBe(true);

    await page.fill('#rv-reason', 'Deleted in Xero');
    await page.click('#rv-preview');
    await page.waitForSelector('.preview:not([hidden])');
    await expect(page.textContent('.preview .summary')).resolves.toContain(
      '1 invoice ready to unlink from the accounting software.',
    );
    await expect(page.innerText('.card dl.cleared')).resolves.toMatch(
      /Xero ID\s+XERO-0042\s+Synced\s+ticked \(will be unticked\)/,
    );
    await expect(page.textContent('.card .warnings')).resolves.toContain(
      'If INV-1 still exists in your accounting software, the next sync creates it again as a duplicate',
    );

    await page.click('#rv-apply');
    await page.waitForSelector('.results:not([hidden])');
    await expect(page.textContent('.results-list')).resolves.toContain('accounting link cleared: Xero ID, Synced');
    expect(records(book, 'Invoices')[0]).toMatchObject({
      'Accounting ID': 'XERO-001',
      'Xero ID': '',
      Synced: 'FALSE',
      Status: 'open',
    });
    expect(records(book, 'Audit Log')[0]).toMatchObject({ Action: 'reset-accounting', 'Invoice ID': 'INV-1' });
  });

  test('no accounting column in Invoices: the preview says so and opens Settings', async () => {
    const sheets = nurserySheets();
    sheets.Invoices[0] = sheets.Invoices[0].map((cell) => (cell === 'Accounting ID' ? 'Ledger Ref' : cell));
    const book = openBook(sheets, { active: { sheet: 'Invoices', ranges: ['A2'] } });
    const page = await open(book);
    await page.click('#rv-preview');
    await page.waitForSelector('.preview:not([hidden])');
    await expect(page.textContent('.card.is-error')).resolves.toContain('looked for "Accounting ID", "Xero ID"');
    await page.waitForSelector('#rv-settings[open] #rv-accounting-choices input[type=checkbox]');
    expect(await page.locator('#rv-accounting-choices').getByLabel('Ledger Ref').isChecked()).toBe(false);
    await expect(page.textContent('#rv-accounting-now')).resolves.toContain('None of these columns has a usual name');
    await page.locator('#rv-accounting-choices').getByLabel('Ledger Ref').check();
    await page.click('#rv-settings-save');
    await page.waitForSelector('#rv-settings-status:has-text("Remembered")');
    await page.click('#rv-preview');
    await page.waitForSelector('.card dl.cleared');
    await expect(page.innerText('.card dl.cleared')).resolves.toMatch(/Ledger Ref\s+XERO-001/);
  });
});
