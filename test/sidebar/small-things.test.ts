/**
 * Small things a bookkeeper meets in the sidebar, in Chromium: changed lines brought into view
 * above the Apply bar, old errors gone when a new preview starts, and a hint when other rows are
 * selected in the sheet.
 */
import type { Page } from 'playwright-core';
import { callsTo, describeIfChromium, openSidebar, useSidebarBrowser } from './browser';
import { AMELIA, OSCAR, ameliaScenario } from './fixtures';
import type { MockScenario } from './mock/google';

describeIfChromium('sidebar details', () => {
  const session = useSidebarBrowser();

  async function open(scenario: MockScenario, height?: number): Promise<Page> {
    const { page } = session.track(await openSidebar(session.browser(), scenario));
    if (height) await page.setViewportSize({ width: 300, height });
    await page.waitForSelector('#rv-selection-count:has-text("selected")');
    await page.waitForFunction(() => !document.querySelector('.selection[aria-busy]'));
    return page;
  }

  test('after Preview the first changed line is in view, above the sticky Apply bar', async () => {
    const page = await open(ameliaScenario(), 400);
    await page.fill('#rv-reason', 'Rate rise from March');
    await page.click('#rv-preview');
    await page.waitForSelector('.preview:not([hidden]) .line.is-changed');
    await page.waitForTimeout(100);
    const [line, bar, viewport] = await page.evaluate(() => [
      document.querySelector('.line.is-changed')!.getBoundingClientRect().toJSON(),
      document.querySelector('.apply-bar')!.getBoundingClientRect().toJSON(),
      window.innerHeight,
    ]);
    expect(line.top).toBeGreaterThanOrEqual(0);
    expect(line.bottom).toBeLessThanOrEqual(bar.top + 1);
    expect(bar.bottom).toBeLessThanOrEqual(viewport + 1);
  });

  test('an old error is cleared when a new preview starts', async () => {
    const page = await open({ ...ameliaScenario(), transportFailures: { revoiceHistory: 1 } });
    await page.click('#rv-history-summary');
    await page.waitForSelector('#rv-history-status.error-text');
    await page.fill('#rv-reason', 'Rate rise from March');
    await page.click('#rv-preview');
    await page.waitForSelector('.preview:not([hidden])');
    await expect(page.textContent('#rv-history-status')).resolves.toBe('');
    expect(await page.$$eval('.error-text', (els) => els.filter((e) => (e as HTMLElement).offsetParent).length)).toBe(
      0,
    );
  });

  test('coming back to the sidebar after selecting other rows says so, and keeps the preview', async () => {
    const page = await open(ameliaScenario());
    await page.fill('#rv-reason', 'Rate rise from March');
    await page.click('#rv-preview');
    await page.waitForSelector('.preview:not([hidden])');
    const before = (await callsTo(page, 'revoiceSelection')).length;
    // The bookkeeper clicks other rows in the sheet, then back in the sidebar.
    await page.evaluate(
      (invoices) => {
        (window as unknown as { __mockScenario: { invoices: unknown[] } }).__mockScenario.invoices = invoices;
        window.dispatchEvent(new Event('focus'));
      },
      [AMELIA, OSCAR],
    );
    await page.waitForSelector('#rv-notice:has-text("Other rows are selected in the sheet now (2 invoices)")');
    expect((await callsTo(page, 'revoiceSelection')).length).toBe(before + 1);
    expect(await page.isVisible('.preview')).toBe(true);
    await expect(page.textContent('#rv-selection-count')).resolves.toBe('1 invoice selected.');
    await page.click('#rv-refresh');
    await page.waitForSelector('#rv-selection-count:has-text("2 invoices selected.")');
  });
});
