/**
 * The batch review and an honest apply, in Chromium: what changes per invoice, leaving invoices
 * out, the sums, Cancel that stops after the chunk in flight and says exactly what was applied,
 * a double click that applies once, and Export results. Saves docs/batch-review.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { RevoiceRequest } from '../../src/shared/api';
import {
  callsTo,
  describeIfChromium,
  manyInvoices,
  mockState,
  openSidebar,
  release,
  useSidebarBrowser,
} from './browser';
import type { MockScenario } from './mock/google';

const DOCS = join(__dirname, '..', '..', 'docs', 'batch-review.png');

describeIfChromium('batch review', () => {
  const session = useSidebarBrowser();

  async function previewed(scenario: MockScenario): Promise<Page> {
    const { page } = session.track(await openSidebar(session.browser(), scenario));
    await page.waitForSelector('#rv-selection-count:has-text("selected")');
    await page.fill('#rv-reason', 'Fees rose in October');
    await page.click('#rv-preview');
    await page.waitForSelector('.preview:not([hidden]) .review-row');
    return page;
  }
  const invoices = manyInvoices(20);
  const unchanged = ['INV-1002', 'INV-1005', 'INV-1009', 'INV-1013', 'INV-1020'];
  const rowTexts = (page: Page): Promise<string[]> =>
    page.$$eval('.review-row', (els) => els.map((e) => (e as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
  const footTexts = (page: Page): Promise<string[]> =>
    page.$$eval('.review-table tfoot tr', (els) =>
      els.map((e) => (e as HTMLElement).innerText.replace(/\s+/g, ' ').trim()),
    );
  const applied = async (page: Page): Promise<string[]> =>
    (await callsTo(page, 'revoiceApply')).flatMap((c) => (c.args[0] as RevoiceRequest).invoiceIds);

  test('a batch of 20 with 5 unchanged applies 15 with "Leave out unchanged", and the results account for all 20', async () => {
    const page = await previewed({ invoices, unchanged });
    await expect(page.textContent('#rv-review-summary')).resolves.toBe(
      'Ready to void and regenerate 20 invoices: 15 changed, 5 unchanged.',
    );
    const rows = await rowTexts(page);
    expect(rows[0]).toBe('INV-1001 → INV-1001-R1 changed £105.00 £117.50 +£12.50');
    expect(rows[1]).toBe('INV-1002 → INV-1002-R1 unchanged £105.00 £0.00');
    expect(await page.isChecked('#rv-leave-out-unchanged')).toBe(true);
    const unticked = await page.$$eval('.review-row input:not(:checked)', (els) =>
      els.map((e) => e.getAttribute('data-invoice-id')),
    );
    expect(unticked).toEqual(unchanged);
    await expect(page.textContent('#rv-apply')).resolves.toBe('Apply to 15 invoices');
    // The sums cover the 15 that will be applied: 15 × 105.00 before, 15 × 117.50 after.
    expect(await footTexts(page)).toEqual([
      '15 invoices in GBP',
      'Before £1,575.00',
      'After £1,762.50',
      'Difference +£187.50',
      'Money moved £750.00',
      'Credit left £0.00',
    ]);
    // The README's picture: the review from its title down, with the Apply bar at the foot.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.setViewportSize({ width: 300, height: 720 });
    await page.locator('#rv-preview-title').evaluate((title) => title.scrollIntoView());
    mkdirSync(join(DOCS, '..'), { recursive: true });
    await page.screenshot({ path: DOCS });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);

    await page.click('#rv-apply');
    await page.waitForSelector('.results:not([hidden])');
    const sent = await applied(page);
    expect(sent).toHaveLength(15);
    expect(sent.filter((id) => unchanged.includes(id))).toEqual([]);
    expect((await mockState(page)).applied).toHaveLength(15);
    await expect(page.textContent('#rv-results-summary')).resolves.toBe('15 of 15 applied. 5 left out.');
    const leftOut = await page.$$eval('#rv-left-out .id-link', (els) => els.map((e) => e.textContent));
    expect(leftOut).toEqual(unchanged);
  });

  test('any row can be left out or brought back, and the count and sums follow', async () => {
    const page = await previewed({ invoices, unchanged });
    await page.uncheck('#rv-leave-out-unchanged');
    await expect(page.textContent('#rv-apply')).resolves.toBe('Apply to 20 invoices');
    await page.uncheck('input[aria-label="Apply to INV-1001"]');
    await expect(page.textContent('#rv-apply')).resolves.toBe('Apply to 19 invoices');
    expect((await footTexts(page)).slice(0, 2)).toEqual(['19 invoices in GBP', 'Before £1,995.00']);
    await page.check('#rv-leave-out-unchanged');
    await expect(page.textContent('#rv-apply')).resolves.toBe('Apply to 14 invoices');
    await page.click('#rv-apply');
    await page.waitForSelector('.results:not([hidden])');
    expect(await applied(page)).not.toContain('INV-1001');
    await expect(page.textContent('#rv-results-summary')).resolves.toBe('14 of 14 applied. 6 left out.');
  });

  test('opening a row shows its lines before → after; the table can be used from the keyboard', async () => {
    const page = await previewed({ invoices: invoices.slice(0, 3) });
    const toggle = page.locator('.row-toggle[data-invoice-id="INV-1002"]');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    const detail = await page.innerText('.detail-row:not([hidden])');
    expect(detail).toContain('Child 2');
    expect(detail).toMatch(/was\s*8 × £?12.50 = £?100.00/);
    expect(detail).toMatch(/now\s*9 × £?12.50 = £?112.50/);
    await page.keyboard.press('Enter');
    expect(await page.$$eval('.detail-row:not([hidden])', (els) => els.length)).toBe(0);
  });

  test('Cancel pressed right after Apply on 300 invoices applies one chunk and says exactly which were not applied', async () => {
    const page = await previewed({ invoices: manyInvoices(300), delayMs: 300 });
    await page.click('#rv-apply');
    await page.click('#rv-apply-cancel');
    await page.waitForSelector('.results:not([hidden])');
    const sent = await applied(page);
    expect(sent).toEqual(manyInvoices(50).map((i) => i.invoiceId));
    expect((await mockState(page)).applied).toHaveLength(50);
    await expect(page.textContent('#rv-results-summary')).resolves.toBe(
      '50 of 300 applied. Cancelled: 250 not applied.',
    );
    const unsent = await page.$$eval('#rv-unsent .id-link', (els) => els.map((e) => e.textContent));
    expect(unsent).toEqual(
      manyInvoices(300)
        .slice(50)
        .map((i) => i.invoiceId),
    );
    await expect(page.textContent('#rv-apply-remaining')).resolves.toBe('Apply the remaining 250');
  });

  test('a double click on Apply applies once: Cancel appears at the far end of the bar, never where Apply was', async () => {
    const page = await previewed({ invoices: manyInvoices(120), delayMs: 20 });
    const applyBox = await page.locator('#rv-apply').boundingBox();
    await page.evaluate(() => {
      (window as unknown as { __mock: { holding: boolean } }).__mock.holding = true;
    });
    await page.dblclick('#rv-apply');
    await page.waitForSelector('#rv-apply-cancel:not([hidden])');
    const cancelBox = await page.locator('#rv-apply-cancel').boundingBox();
    const overlaps =
      applyBox !== null &&
      cancelBox !== null &&
      cancelBox.x < applyBox.x + applyBox.width &&
      applyBox.x < cancelBox.x + cancelBox.width &&
      cancelBox.y < applyBox.y + applyBox.height &&
      applyBox.y < cancelBox.y + cancelBox.height;
    expect(overlaps).toBe(false);
    expect(await page.isDisabled('#rv-apply')).toBe(true);
    await release(page);
    await page.waitForSelector('.results:not([hidden])');
    await expect(page.textContent('#rv-results-summary')).resolves.toBe('120 of 120 applied.');
    const mock = await mockState(page);
    expect(mock.applied).toHaveLength(120);
    expect(new Set(mock.applied).size).toBe(120);
    expect(await applied(page)).toHaveLength(120);
  });

  test('Export results copies every invoice of the preview as a table to paste into a sheet', async () => {
    const page = await previewed({
      invoices: invoices.slice(0, 4),
      unchanged: ['INV-1002'],
      failures: { 'INV-1004': { code: 'DRAFT', message: 'INV-1004 is a draft', onPreview: true } },
    });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: 'https://sidebar.revoice.test',
    });
    await page.click('#rv-apply');
    await page.click('#rv-export-results');
    await page.waitForSelector('#rv-export:has-text("Copied")');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n').map((line) => line.split('\t').slice(0, 3))).toEqual([
      ['Invoice', 'Result', 'New invoice'],
      ['INV-1001', 'voided and regenerated', 'INV-1001-R1'],
      ['INV-1003', 'voided and regenerated', 'INV-1003-R1'],
      ['INV-1002', 'left out', ''],
      ['INV-1004', 'skipped', ''],
    ]);
    expect(copied).toContain('New total £117.50');
  });
});
