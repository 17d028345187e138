/** Saves docs/sidebar.png: the sidebar at Google's 300 px width, previewing a void & regenerate. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { describeIfChromium, launch, openSidebar } from './browser';
import { ameliaScenario } from './fixtures';

const OUT = join(__dirname, '..', '..', 'docs', 'sidebar.png');

describeIfChromium('sidebar screenshot', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    if (browser) await browser.close();
  });

  test('renders the preview at 300 px without sideways scrolling and saves docs/sidebar.png', async () => {
    const { page, problems, close } = await openSidebar(browser, ameliaScenario());
    try {
      await page.waitForSelector('.invoice');
      await page.fill('#rv-reason', 'Schedule changed: Thursday afternoons added');
      await page.click('#rv-preview');
      await page.waitForSelector('.preview:not([hidden])');
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
      // A viewport as tall as the page, so the sticky Apply bar sits where it does at the end.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ width: 300, height });
      mkdirSync(join(OUT, '..'), { recursive: true });
      const png = await page.screenshot({ path: OUT });
      expect(png.length).toBeGreaterThan(10_000);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
