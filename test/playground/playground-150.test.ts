/** 150 invoices at once through the playground: chunked calls, a progress bar that moves, every one done. */
import type { Browser } from 'playwright-core';
import { syntheticSource } from '../../playground/sources';
import {
  OpenedPreview,
  clickRow,
  describeIfChromium,
  gridRow,
  launch,
  openPreview,
  refreshSelection,
  showSheet,
  waitForGrid,
} from './browser';
import { Running, startPreview } from './harness';

const COUNT = 150;
const id = (n: number) => `INV-${String(n).padStart(5, '0')}`;

describeIfChromium('offline playground with 150 invoices', () => {
  let browser: Browser;
  let running: Running;
  let opened: OpenedPreview;
  beforeAll(async () => {
    [browser, running] = await Promise.all([launch(), startPreview(syntheticSource(COUNT))]);
    opened = await openPreview(browser, running.url);
  });
  afterAll(async () => {
    await opened?.close();
    await browser?.close();
    await running?.close();
  });

  test('selects 150 rows with click and shift-click, previews and applies them in chunks', async () => {
    const { page, sidebar } = opened;
    await clickRow(page, id(1));
    await clickRow(page, id(COUNT), ['Shift']);
    expect(await page.locator('#grid tbody tr.selected').count()).toBe(COUNT);
    await refreshSelection(sidebar, COUNT);

    await sidebar.getByLabel('Reason').fill('Rates changed');
    await sidebar.getByRole('button', { name: 'Preview', exact: true }).click();
    const apply = sidebar.getByRole('button', { name: `Apply to ${COUNT} invoices` });
    await apply.waitFor();

    // Record every value the progress bar takes while the apply runs.
    await sidebar.locator('#rv-apply-progress').evaluate((bar: HTMLProgressElement) => {
      const seen: number[] = [];
      (window as unknown as { __progress: number[] }).__progress = seen;
      new MutationObserver(() => seen.push(bar.value)).observe(bar, { attributes: true, attributeFilter: ['value'] });
    });
    await apply.click();
    await sidebar.getByText(`${COUNT} of ${COUNT} applied.`).first().waitFor({ timeout: 30_000 });
    const seen = await sidebar
      .locator('#rv-apply-progress')
      .evaluate(() => (window as unknown as { __progress: number[] }).__progress);
    expect(seen.some((v) => v > 0 && v < COUNT)).toBe(true);
    expect(seen[seen.length - 1]).toBe(COUNT);
    expect(await sidebar.locator('.results .is-error').count()).toBe(0);

    await showSheet(page, 'Invoices');
    const rows = await waitForGrid(page, (r) => r.length === 1 + 2 * COUNT, `${2 * COUNT} invoices`);
    const statuses = rows.slice(1, COUNT + 1).map((r) => r[8]);
    expect(new Set(statuses)).toEqual(new Set(['voided']));
    expect(rows[COUNT + 1][0]).toBe(`${id(1)}-R1`);
    await gridRow(page, `${id(COUNT)}-R1`).waitFor();
    expect(opened.problems).toEqual([]);
  });
});
