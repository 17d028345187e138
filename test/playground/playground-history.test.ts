/** The playground (real bundle, real sidebar): after an apply, History lists it from the Audit Log. */
import type { Browser } from 'playwright-core';
import {
  OpenedPreview,
  clickRow,
  describeIfChromium,
  gridRow,
  launch,
  openPreview,
  refreshSelection,
  showSheet,
} from './browser';
import { Running, sampleWithXss, startPreview } from './harness';

describeIfChromium('History in the playground', () => {
  let browser: Browser;
  let running: Running;
  let opened: OpenedPreview | undefined;
  beforeAll(async () => {
    [browser, running] = await Promise.all([launch(), startPreview(sampleWithXss())]);
  });
  afterAll(async () => {
    await opened?.close();
    await browser?.close();
    await running?.close();
  });

  test('lists the apply just made, and its invoice ID selects the row', async () => {
    opened = await openPreview(browser, running.url);
    const { page, sidebar } = opened;
    await sidebar.locator('#rv-history-summary').click();
    await sidebar.locator('#rv-history-empty:not([hidden])').waitFor();

    await clickRow(page, 'INV-1010');
    await refreshSelection(sidebar, 1);
    await sidebar.getByLabel('Reason').fill('Fees rose on 1 October');
    await sidebar.getByRole('button', { name: 'Preview', exact: true }).click();
    await sidebar.getByRole('button', { name: 'Apply to 1 invoice' }).click();
    await sidebar.getByText('1 of 1 done.').first().waitFor();

    // History was open: it refreshes after the apply.
    const entry = sidebar.locator('.history-entry');
    await entry.waitFor();
    expect(await entry.count()).toBe(1);
    const text = (await entry.innerText()).replace(/\s+/g, ' ');
    expect(text).toMatch(/^Voided & regenerated \d{4}-\d\d-\d\d \d\d:\d\d /);
    expect(text).toContain('INV-1010 → becomes INV-1010-R1');
    expect(text).toContain('Reason: Fees rose on 1 October');
    expect(text).toMatch(/Request rv-\S+-c1$/);

    await showSheet(page, 'Payments');
    await entry.getByRole('button', { name: 'INV-1010', exact: true }).click();
    await page.locator('#tabs [data-sheet="Invoices"][aria-selected="true"]').waitFor();
    await gridRow(page, 'INV-1010').and(page.locator('.selected')).waitFor();
    await sidebar.locator('#rv-history-status', { hasText: 'Selected INV-1010' }).waitFor();
    expect(opened.problems).toEqual([]);
  });
});
