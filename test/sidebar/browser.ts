/**
 * Shared setup for the sidebar's browser tests: Debian's Chromium via playwright-core,
 * dist/Sidebar.html loaded as Apps Script would serve it, and the mock google.script.run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { MockCall, MockScenario, MockState } from './mock/google';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
const root = join(__dirname, '..', '..');
export const SIDEBAR = join(root, 'dist', 'Sidebar.html');
const PAGE_URL = 'https://sidebar.revoice.test/';

/** describe() when Chromium is installed; otherwise skipped, saying why. */
export function describeIfChromium(name: string, body: () => void): void {
  if (hasChromium) {
    describe(name, body);
    return;
  }
  console.warn(`SKIPPED sidebar browser tests "${name}": ${CHROMIUM} not found (apt-get install chromium).`);
  describe.skip(name, body);
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run'],
  });
}

let mockScript: string | undefined;
function mockSource(): string {
  if (!mockScript) {
    const source = readFileSync(join(__dirname, 'mock', 'google.ts'), 'utf8');
    mockScript = transformSync(source, { loader: 'ts', format: 'iife', target: 'es2019' }).code;
  }
  return mockScript;
}

export function sidebarHtml(): string {
  if (!existsSync(SIDEBAR)) throw new Error(`${SIDEBAR} is missing: run \`npm run build\` first.`);
  return readFileSync(SIDEBAR, 'utf8');
}

export interface Opened {
  page: Page;
  /** Uncaught errors, console errors and dialogs (an alert() would mean escaping failed). */
  problems: string[];
  close(): Promise<void>;
}

export async function openSidebar(
  browser: Browser, scenario: MockScenario, options: { initialAction?: string; width?: number } = {},
): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: options.width || 300, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); void d.dismiss(); });
  page.setDefaultTimeout(5000);
  let html = sidebarHtml();
  if (options.initialAction) {
    // What showSidebar does for the menu's "Void selected…".
    html += `<script>window.__revoiceInitialAction = ${JSON.stringify(options.initialAction)}</script>`;
  }
  // The page is served from one URL; nothing else may load (the sidebar is self-contained).
  await page.route('**/*', (route) => {
    if (route.request().url() === PAGE_URL) {
      void route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    } else {
      problems.push(`request: ${route.request().url()}`);
      void route.abort();
    }
  });
  await page.addInitScript({ content: `window.__mockScenario = ${JSON.stringify(scenario)};` });
  await page.addInitScript({ content: mockSource() });
  await page.goto(PAGE_URL, { waitUntil: 'load' });
  return { page, problems, close: () => context.close() };
}

export function mockState(page: Page): Promise<Omit<MockState, 'release'>> {
  return page.evaluate(() => {
    const m = (window as unknown as { __mock: MockState }).__mock;
    return { calls: m.calls, inFlight: m.inFlight, maxInFlight: m.maxInFlight, applied: m.applied, holding: m.holding };
  });
}

export async function callsTo(page: Page, fn: string): Promise<MockCall[]> {
  return (await mockState(page)).calls.filter((c) => c.fn === fn);
}

export function release(page: Page): Promise<void> {
  return page.evaluate(() => (window as unknown as { __mock: MockState }).__mock.release());
}

/** A selection of n invoices INV-1001… (GBP). */
export function manyInvoices(n: number): MockScenario['invoices'] {
  return Array.from({ length: n }, (_, i) => ({
    invoiceId: `INV-${1001 + i}`, reference: `R${1001 + i}`, customer: `Child ${i + 1}`,
    status: 'open', total: '105.00', currency: 'GBP',
  }));
}
