/**
 * The sidebar at 200 % zoom (Google's 300 px sidebar is then 150 CSS px wide) and with a larger
 * text size: no word is broken mid-word, and sizes follow the root font size (rem).
 * Saves test-results/sidebar-150px.png to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describeIfChromium, openSidebar, useSidebarBrowser } from './browser';
import { AMELIA_PREVIEW, OSCAR, ameliaScenario } from './fixtures';

const OUT = join(__dirname, '..', '..', 'test-results', 'sidebar-150px.png');

const scenario = ameliaScenario({
  invoices: [ameliaScenario().invoices[0], OSCAR],
  previews: {
    [AMELIA_PREVIEW.invoiceId]: {
      ...AMELIA_PREVIEW,
      warnings: [
        ...AMELIA_PREVIEW.warnings,
        'Line 5 of INV-2024-031 says £7.00 but 2 × £3.00 is £6.00.',
        "INV-2024-031's Total says £449.00 but its lines add up to £455.00.",
      ],
    },
  },
});

/**
 * Words drawn on more than one line, though narrower than their container. A word runs to a
 * space or through a hyphen: "INV-2024-031" may wrap after a hyphen, as IDs do.
 */
function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('.sr-only, script, style') || !parent.getClientRects().length) continue;
      // The whole container: the list, section or form the text is in, not its own (squeezable) box.
      const box = parent.closest('ul, ol, dl, section, form, fieldset, details, body') as HTMLElement;
      const style = getComputedStyle(box);
      const room = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      for (const word of (node.textContent ?? '').matchAll(/[^\s-]+-?/g)) {
        const range = document.createRange();
        range.setStart(node, word.index ?? 0);
        range.setEnd(node, (word.index ?? 0) + word[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size <= 1) continue;
        const probe = document.createElement('span');
        probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap';
        probe.textContent = word[0];
        parent.appendChild(probe);
        const width = probe.getBoundingClientRect().width;
        probe.remove();
        if (width <= room + 0.5) broken.push(`"${word[0]}" in "${node.textContent}"`);
      }
    }
    return broken;
  });
}

describeIfChromium('sidebar at 200 % zoom and a larger text size', () => {
  const session = useSidebarBrowser();

  async function previewAt(width: number): Promise<Page> {
    const { page } = session.track(await openSidebar(session.browser(), scenario, { width }));
    await page.waitForSelector('.invoice');
    await page.fill('#rv-reason', 'Rate rise from March');
    await page.click('#rv-preview');
    // Two invoices: the batch table, each row opened to show its lines and totals too.
    await page.waitForSelector('.preview:not([hidden]) .review-row');
    for (const toggle of await page.$$('.row-toggle')) await toggle.click();
    await page.waitForSelector('.preview:not([hidden]) .totals');
    return page;
  }

  test('at 150 px no word is broken mid-word (totals, warnings, IDs, the selection)', async () => {
    const page = await previewAt(150);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    expect(await page.locator('.warnings li').count()).toBe(3);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: 150, height });
    mkdirSync(join(OUT, '..'), { recursive: true });
    await page.screenshot({ path: OUT });
    expect(await brokenWords(page)).toEqual([]);
    // The batch review stacks each row when narrow: nothing is cut off or scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(150);
  });

  test('at 300 px no word is broken mid-word either', async () => {
    expect(await brokenWords(await previewAt(300))).toEqual([]);
  });

  test('sizes are in rem: a root font size of 32px doubles the text and the spacing', async () => {
    const page = await previewAt(300);
    const sizes = () =>
      page.evaluate(() => ({
        text: parseFloat(getComputedStyle(document.body).fontSize),
        padding: parseFloat(getComputedStyle(document.querySelector('.review-table td') as Element).paddingTop),
        hint: parseFloat(getComputedStyle(document.querySelector('.hint, .customer') as Element).fontSize),
      }));
    const before = await sizes();
    await page.addStyleTag({ content: 'html { font-size: 32px }' });
    const after = await sizes();
    expect(before.text).toBe(13);
    expect(after).toEqual({ text: 2 * before.text, padding: 2 * before.padding, hint: 2 * before.hint });
    expect(await brokenWords(page)).toEqual([]);
  });
});
