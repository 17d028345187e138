/** The History panel in Chromium, against the mock google.script.run (which logs its applies). */
import type { Page } from 'playwright-core';
import type { HistoryEntry } from '../../src/shared/api';
import { callsTo, describeIfChromium, openSidebar, useSidebarBrowser } from './browser';
import { AMELIA, ameliaScenario } from './fixtures';
import type { MockScenario } from './mock/google';

/** An earlier apply in the Audit Log, `n` minutes past nine. */
function earlier(n: number): HistoryEntry {
  return {
    when: `2026-03-01 09:${String(n).padStart(2, '0')}:00`,
    user: 'ada@nursery.example',
    action: 'void',
    invoices: [{ invoiceId: `OLD-${n}` }],
    requestKey: `key-${n}`,
  };
}

describeIfChromium('History panel', () => {
  const session = useSidebarBrowser();

  async function open(scenario: MockScenario): Promise<Page> {
    const opened = session.track(await openSidebar(session.browser(), scenario));
    await opened.page.waitForSelector('#rv-selection-count:not(:empty)');
    return opened.page;
  }
  /** Opens History and waits for its answer. */
  async function openHistory(page: Page): Promise<void> {
    const asked = (await callsTo(page, 'revoiceHistory')).length;
    await page.click('#rv-history-summary');
    // Loading starts after the click: wait for this load's call, then for its answer.
    await page.waitForFunction(
      (n) =>
        (window as unknown as { __mock: { calls: Array<{ fn: string }> } }).__mock.calls.filter(
          (c) => c.fn === 'revoiceHistory',
        ).length > n && !document.querySelector('#rv-history[aria-busy]'),
      asked,
    );
  }
  const entries = (page: Page) =>
    page.$$eval('.history-entry', (els) => els.map((e) => (e as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));

  test('says so in plain words when nothing was applied yet', async () => {
    const page = await open(ameliaScenario());
    expect(await callsTo(page, 'revoiceHistory')).toHaveLength(0); // not loaded until opened
    await openHistory(page);
    await expect(page.isVisible('#rv-history-empty')).resolves.toBe(true);
    await expect(page.textContent('#rv-history-empty')).resolves.toContain('Nothing yet');
    expect(await page.isVisible('#rv-history-more')).toBe(false);
  });

  test('after an apply, an open History shows it, and its invoice IDs select their rows', async () => {
    const page = await open(ameliaScenario());
    await openHistory(page);
    await page.fill('#rv-reason', 'Rate rise from March');
    await page.click('#rv-preview');
    await page.waitForSelector('.preview:not([hidden])');
    await page.click('#rv-apply');
    await page.waitForSelector('.history-entry');
    const [key] = (await callsTo(page, 'revoiceApply')).map((c) => (c.args[0] as { requestKey: string }).requestKey);
    expect(await entries(page)).toEqual([
      `Voided & regenerated 2026-04-10 14:30 bookkeeper@example.com ${AMELIA.invoiceId} → becomes INV-2024-031-R1 ` +
        `Reason: Rate rise from March Request ${key}`,
    ]);
    const ids = await page.$$eval('.history-entry .id-link', (els) => els.map((e) => e.textContent));
    expect(ids).toEqual([AMELIA.invoiceId, 'INV-2024-031-R1']);
    await page.click(`.history-entry .id-link[data-invoice-id="${AMELIA.invoiceId}"]`);
    await page.waitForSelector('#rv-history-status:has-text("row 7")');
    expect((await callsTo(page, 'revoiceSelectInvoice')).map((c) => c.args)).toEqual([[AMELIA.invoiceId]]);
    // Laid out for 300 px: nothing scrolls sideways, however long the request key.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
  });

  test('refreshes each time it is opened, and Show more asks for older entries', async () => {
    const history = Array.from({ length: 25 }, (_, i) => earlier(i));
    const page = await open(ameliaScenario({ history }));
    await openHistory(page);
    expect(await page.$$eval('.history-entry', (els) => els.length)).toBe(20);
    await expect(page.textContent('.history-entry')).resolves.toContain('OLD-24');
    await page.click('#rv-history-more');
    await page.waitForFunction(() => document.querySelectorAll('.history-entry').length === 25);
    expect(await page.isVisible('#rv-history-more')).toBe(false);
    await page.click('#rv-history-summary'); // closed
    await openHistory(page); // and opened again
    expect((await callsTo(page, 'revoiceHistory')).map((c) => c.args)).toEqual([[20], [40], [40]]);
  });

  test('a batch of many invoices folds away all but the first ten', async () => {
    const invoices = Array.from({ length: 14 }, (_, i) => ({ invoiceId: `BIG-${i}` }));
    const page = await open(ameliaScenario({ history: [{ ...earlier(1), invoices }] }));
    await openHistory(page);
    expect(await page.locator('.history-entry .id-link:visible').count()).toBe(10);
    await page.click('.history-rest > summary');
    expect(await page.locator('.history-entry .id-link:visible').count()).toBe(14);
  });
});
