/** Large selections in Chromium: chunks of ≤ 100, ≤ 3 calls in flight, progress, cancel. */
import type { Page } from 'playwright-core';
import type { RevoiceRequest } from '../../src/shared/api';
import {
  callsTo,
  describeIfChromium,
  useSidebarBrowser,
  manyInvoices,
  mockState,
  openSidebar,
  release,
} from './browser';
import type { MockScenario } from './mock/google';

describeIfChromium('sidebar with large selections', () => {
  const session = useSidebarBrowser();

  async function open(scenario: MockScenario): Promise<Page> {
    const opened = session.track(await openSidebar(session.browser(), scenario));
    await opened.page.waitForSelector('#rv-selection-count:has-text("selected")');
    return opened.page;
  }
  /** Records every text the progress counter shows (what aria-live announces). */
  async function recordProgress(page: Page, id: string): Promise<void> {
    await page.evaluate((id) => {
      const w = window as unknown as { __progress: string[] };
      w.__progress = [];
      const counts = document.getElementById(id)!;
      new MutationObserver(() => w.__progress.push(counts.textContent || '')).observe(counts, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    }, id);
  }
  const progressLog = (page: Page): Promise<string[]> =>
    page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
  const requests = async (page: Page, fn: string): Promise<RevoiceRequest[]> =>
    (await callsTo(page, fn)).map((c) => c.args[0] as RevoiceRequest);
  const hold = (page: Page): Promise<void> =>
    page.evaluate(() => {
      (window as unknown as { __mock: { holding: boolean } }).__mock.holding = true;
    });
  const bar = (page: Page, id = 'rv-progress'): Promise<[number, number]> =>
    page.$eval(`#${id}`, (p) => [(p as HTMLProgressElement).value, (p as HTMLProgressElement).max]);

  test('150 invoices: preview and apply in chunks, progress reaches 150, at most 3 calls in flight', async () => {
    const invoices = manyInvoices(150);
    const page = await open({
      invoices,
      delayMs: 60,
      failures: { 'INV-1003': { code: 'BAD_VALUE', message: 'Invoice Lines!E7 is not a number' } },
    });
    await page.fill('#rv-reason', 'Schedule changed');
    await page.click('#rv-preview');
    await page.waitForSelector('.preview:not([hidden])');
    const previews = await requests(page, 'revoicePreview');
    expect(previews.length).toBeGreaterThan(1);
    for (const r of previews) expect(r.invoiceIds.length).toBeLessThanOrEqual(100);
    expect(previews.flatMap((r) => r.invoiceIds)).toEqual(invoices.map((i) => i.invoiceId));
    expect(await bar(page)).toEqual([150, 150]);
    await expect(page.textContent('#rv-progress-text')).resolves.toBe('Preview ready. 150 of 150 done.');
    expect(await page.$$eval('.review-row', (els) => els.length)).toBe(150);

    await recordProgress(page, 'rv-apply-counts');
    await page.click('#rv-apply');
    await page.waitForSelector('.results:not([hidden])');
    const applies = await requests(page, 'revoiceApply');
    expect(applies.length).toBe(previews.length);
    const base = applies[0].requestKey!.replace(/-c1$/, '');
    applies.forEach((r, i) => {
      expect(r.invoiceIds.length).toBeLessThanOrEqual(100);
      expect(r.requestKey).toBe(`${base}-c${i + 1}`);
      expect(Object.keys(r.fingerprints!)).toEqual(r.invoiceIds);
    });
    expect(await bar(page, 'rv-apply-progress')).toEqual([150, 150]);
    await expect(page.textContent('#rv-results-summary')).resolves.toBe('149 of 150 applied, 1 failed.');
    await expect(page.textContent('.result.is-error')).resolves.toContain(
      'can’t be read, or would be too long for a cell',
    );
    await expect(page.textContent('.result.is-error .detail')).resolves.toContain('Invoice Lines!E7');
    const log = await progressLog(page);
    expect(log).toContain('0 of 150 applied…');
    expect(log).toEqual(expect.arrayContaining(['49 of 150 applied, 1 failed…', '99 of 150 applied, 1 failed…']));
    expect(log[log.length - 1]).toBe('149 of 150 applied, 1 failed…');
    const mock = await mockState(page);
    expect(mock.maxInFlight).toBeLessThanOrEqual(3);
    expect(mock.applied).toHaveLength(149);
    expect(new Set(mock.applied).size).toBe(149);
  });

  test('previews 3 chunks at a time, applies one at a time, and Cancel stops after the chunk in flight', async () => {
    const invoices = manyInvoices(500);
    const page = await open({ invoices, delayMs: 5 });
    await page.fill('#rv-reason', 'Schedule changed');
    await page.click('#rv-preview');
    await page.waitForSelector('.preview:not([hidden])');
    expect((await mockState(page)).maxInFlight).toBe(3);
    const previewCalls = (await requests(page, 'revoicePreview')).length;
    expect(previewCalls).toBeGreaterThanOrEqual(5);

    // Hold the server's answers, apply, and cancel while the first chunk is in flight.
    await hold(page);
    await page.click('#rv-apply');
    await page.waitForFunction(() => (window as unknown as { __mock: { inFlight: number } }).__mock.inFlight === 1);
    await page.click('#rv-apply-cancel');
    await expect(page.textContent('#rv-apply-cancel')).resolves.toBe('Stopping…');
    await expect(page.textContent('#rv-apply-counts')).resolves.toBe(
      'Stopping: the 50 invoices being applied now will finish, then nothing more is sent.',
    );
    await release(page);
    await page.waitForSelector('.results:not([hidden])');
    const first = await requests(page, 'revoiceApply');
    expect(first).toHaveLength(1);
    const sent = first.reduce((n, r) => n + r.invoiceIds.length, 0);
    expect(sent).toBe(50);
    await expect(page.textContent('#rv-results-summary')).resolves.toBe(
      '50 of 500 applied. Cancelled: 450 not applied.',
    );
    // Which ones were not applied: the invoices of the chunks never sent, by ID.
    const unsent = await page.$$eval('#rv-unsent .id-link', (els) => els.map((e) => e.textContent));
    expect(unsent).toEqual(invoices.slice(50).map((i) => i.invoiceId));
    expect((await mockState(page)).applied).toHaveLength(sent);

    // The rest go later under the same base key, each chunk with its own key.
    await page.click('#rv-apply-remaining');
    await page.waitForSelector('#rv-results-summary:has-text("500 of 500 applied.")');
    const all = await requests(page, 'revoiceApply');
    expect(all).toHaveLength(previewCalls);
    expect(new Set(all.map((r) => r.requestKey)).size).toBe(all.length);
    expect(all.flatMap((r) => r.invoiceIds).sort()).toEqual(invoices.map((i) => i.invoiceId).sort());
    const mock = await mockState(page);
    expect(mock.maxInFlight).toBe(3); // the previews
    expect(new Set(mock.applied).size).toBe(500);
    expect(mock.applied).toHaveLength(500);
  });

  test('a cancelled preview applies only what was previewed', async () => {
    const page = await open({ invoices: manyInvoices(300) });
    await hold(page);
    await page.fill('#rv-reason', 'Schedule changed');
    await page.click('#rv-preview');
    await page.waitForFunction(() => (window as unknown as { __mock: { inFlight: number } }).__mock.inFlight === 3);
    await page.click('#rv-cancel');
    await release(page);
    await page.waitForSelector('.preview:not([hidden])');
    const previewed = (await requests(page, 'revoicePreview')).reduce((n, r) => n + r.invoiceIds.length, 0);
    expect(previewed).toBeLessThan(300);
    await expect(page.textContent('.preview .summary')).resolves.toContain(`${300 - previewed} invoices not previewed`);
    await expect(page.textContent('#rv-apply')).resolves.toBe(`Apply to ${previewed} invoices`);
    await expect(page.textContent('#rv-progress-text')).resolves.toBe(`Preview cancelled. ${previewed} of 300 done.`);
  });

  test('a chunk too big for one Apps Script run (TIME_LIMIT) is sent again in halves, each with its own key', async () => {
    const invoices = manyInvoices(120);
    const page = await open({ invoices, delayMs: 1, maxPerRun: 30 });
    await page.fill('#rv-reason', 'Schedule changed');
    await page.click('#rv-preview');
    await page.waitForSelector('.preview:not([hidden])');
    await page.click('#rv-apply');
    await page.waitForSelector('#rv-results-summary:has-text("120 of 120 applied.")');
    const applies = await requests(page, 'revoiceApply');
    const accepted = applies.filter((r) => r.invoiceIds.length <= 30);
    expect(accepted.flatMap((r) => r.invoiceIds).sort()).toEqual(invoices.map((i) => i.invoiceId).sort());
    expect(new Set(applies.map((r) => r.requestKey)).size).toBe(applies.length);
    expect((await mockState(page)).applied).toHaveLength(120);
  });
});
