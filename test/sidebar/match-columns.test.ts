/** "Match your columns" in Chromium against the mock google.script.run: what it asks, checks and re-runs. */
import type { Page } from 'playwright-core';
import type { SheetColumns } from '../../src/shared/api';
import { callsTo, describeIfChromium, openSidebar, useSidebarBrowser } from './browser';
import { AMELIA } from './fixtures';
import type { MockScenario } from './mock/google';

const MISSING_CUSTOMER = {
  code: 'MISSING_COLUMN' as const,
  message: 'Sheet "Invoices" has no column "Customer" (also tried "Client", "Child") in row 1.',
};

function invoicesLacking(missing: string[], headers: string[]): SheetColumns[] {
  return [
    { sheet: 'Invoices', missing, headers, mapping: {} },
    { sheet: 'Credit Notes', missingSheet: true, missing: [], headers: [], mapping: {} },
  ];
}

describeIfChromium('Match your columns', () => {
  const session = useSidebarBrowser();

  async function open(scenario: MockScenario): Promise<Page> {
    const opened = session.track(await openSidebar(session.browser(), scenario));
    await opened.page.waitForSelector('#rv-selection-count:not(:empty)');
    await opened.page.waitForFunction(() => !document.querySelector('.selection[aria-busy]'));
    return opened.page;
  }

  test('a missing Customer: no Set up workbook; Save checks the choice, remembers it and reads the selection again', async () => {
    const page = await open({
      invoices: [AMELIA],
      selectionFailure: MISSING_CUSTOMER,
      columns: invoicesLacking(['Customer', 'Currency'], ['Kid', 'Money']),
    });
    expect(await page.locator('#rv-setup').count()).toBe(0);
    const customer = page.getByLabel('Which column holds Customer in Invoices?');
    const currency = page.getByLabel('Which column holds Currency in Invoices?');
    await customer.waitFor();
    await expect(page.locator('.column-ask p').allTextContents()).resolves.toEqual([
      'Revoice couldn’t find a Customer column in Invoices. Which column holds it?',
      'Revoice couldn’t find a Currency column in Invoices. Which column holds it?',
    ]);
    expect(await page.locator('#rv-columns-setup').count()).toBe(0);

    await page.click('#rv-columns-save');
    await expect(page.textContent('#rv-columns-status')).resolves.toBe(
      'Choose the column that holds it, then press Save.',
    );
    await customer.selectOption('Kid');
    await currency.selectOption('Kid');
    await page.click('#rv-columns-save');
    await expect(page.textContent('#rv-columns-status')).resolves.toContain('“Kid” can hold only one column');
    expect(await callsTo(page, 'revoiceSaveColumnMapping')).toHaveLength(0);

    await currency.selectOption('Money');
    await page.click('#rv-columns-save');
    await page.waitForSelector('#rv-selection-count:has-text("1 invoice selected.")');
    await expect(page.textContent('#rv-columns-status')).resolves.toBe(
      'Remembered for this spreadsheet: Customer is the “Kid” column in Invoices; Currency is the “Money” column in Invoices.',
    );
    const saves = await callsTo(page, 'revoiceSaveColumnMapping');
    expect(saves.map((c) => c.args)).toEqual([[{ Invoices: { Customer: 'Kid', Currency: 'Money' } }]]);
    expect(await callsTo(page, 'revoiceSelection')).toHaveLength(2);
    expect(await page.locator('.columns select').count()).toBe(0);
  });

  test('a refused save says why and re-runs nothing', async () => {
    const page = await open({
      invoices: [AMELIA],
      selectionFailure: MISSING_CUSTOMER,
      columns: invoicesLacking(['Customer'], ['Kid']),
      saveFailure: { code: 'BAD_REQUEST', message: '"Kid" in "Invoices" already holds "Reference".' },
    });
    await page.getByLabel('Which column holds Customer in Invoices?').selectOption('Kid');
    await page.click('#rv-columns-save');
    await page.waitForSelector('#rv-columns-status:has-text("already holds")');
    await expect(page.textContent('#rv-columns-status')).resolves.toContain('already holds "Reference"');
    expect(await callsTo(page, 'revoiceSelection')).toHaveLength(1);
    expect(await page.locator('.columns select').count()).toBe(1);
  });

  test('a column no header could hold is left to Set up workbook, which says what it left to match', async () => {
    const page = await open({
      invoices: [AMELIA],
      columns: [{ sheet: 'Credit Notes', missing: ['Refund', 'Credit'], headers: [], mapping: {} }],
      setupToMap: [{ sheet: 'Schedule', column: 'Customer' }],
    });
    await page.waitForSelector('.columns:not([hidden])');
    await expect(page.locator('.column-absent').allTextContents()).resolves.toEqual([
      'Credit Notes has no Refund column.',
      'Credit Notes has no Credit column.',
    ]);
    expect(await page.locator('.columns select').count()).toBe(0);
    expect(await page.locator('#rv-columns-save').count()).toBe(0);
    await page.click('#rv-columns-setup');
    await page.waitForSelector('#rv-notice:has-text("Not added")');
    await expect(page.textContent('#rv-notice')).resolves.toBe(
      'Workbook set up: added Audit Log. Not added: Customer in Schedule, which may be under another name: choose it in “Match your columns”.',
    );
  });

  test('nothing missing: no panel, and opening asks the server once', async () => {
    const page = await open({ invoices: [AMELIA] });
    await page.waitForFunction(() =>
      (window as unknown as { __mock: { calls: { fn: string }[] } }).__mock.calls.some(
        (c) => c.fn === 'revoiceColumns',
      ),
    );
    await page.waitForTimeout(50);
    expect(await page.locator('.columns').isHidden()).toBe(true);
    expect(await callsTo(page, 'revoiceColumns')).toHaveLength(1);
  });
});
