/**
 * Shared setup for the sidebar's browser tests: Debian's Chromium via playwright-core,
 * dist/Sidebar.html loaded as Apps Script would serve it, and the mock google.script.run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { MockCall, MockScenario, MockState } from './mock/google';

/** Debian's Chromium; CHROMIUM_PATH overrides (e.g. to check the skip path). */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
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

/** Every browser test drives the built sidebar: checked before Chromium starts, so a missing build leaves no browser running. */
export function launch(): Promise<Browser> {
  requireSidebar();
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
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

function requireSidebar(): void {
  if (!existsSync(SIDEBAR)) throw new Error('dist/Sidebar.html is missing: run npm run build first');
}

export function sidebarHtml(): string {
  requireSidebar();
  return readFileSync(SIDEBAR, 'utf8');
}

export interface Opened {
  page: Page;
  /** Uncaught errors, console errors and dialogs (an alert() would mean escaping failed). */
  problems: string[];
  close(): Promise<void>;
}

/** Loads `html` at one URL in a fresh 300 px context, after `initScripts`; nothing else may load. */
export async function openPage(
  browser: Browser,
  html: string,
  initScripts: string[],
  before?: (page: Page) => Promise<void>,
  width = 300,
): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.setDefaultTimeout(5000);
  await page.route('**/*', (route) => {
    if (route.request().url() === PAGE_URL) {
      void route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    } else {
      problems.push(`request: ${route.request().url()}`);
      void route.abort();
    }
  });
  for (const content of initScripts) await page.addInitScript({ content });
  if (before) await before(page);
  await page.goto(PAGE_URL, { waitUntil: 'load' });
  return { page, problems, close: () => context.close() };
}

/** The built sidebar over the mock google.script.run answering from `scenario`. */
export function openSidebar(
  browser: Browser,
  scenario: MockScenario,
  options: { initialAction?: string; width?: number } = {},
): Promise<Opened> {
  let html = sidebarHtml();
  if (options.initialAction) {
    // What showSidebar does for the menu's "Void selected…".
    html += `<script>var __revoiceInitialAction = ${JSON.stringify(options.initialAction)};</script>`;
  }
  return openPage(
    browser,
    html,
    [`window.__mockScenario = ${JSON.stringify(scenario)};`, mockSource()],
    undefined,
    options.width,
  );
}

/**
 * google.script.run bridged to Node: each call goes to `serve(name, args)` (JSON in, JSON out,
 * as Apps Script does); a throw reaches the failure handler. window.__serverLog records
 * {fn, args} and the most calls in flight.
 */
const SERVER_SHIM = `(() => {
  const log = window.__serverLog = { calls: [], inFlight: 0, maxInFlight: 0 };
  const runner = (ok, fail) => new Proxy({}, { get: (_, name) => {
    if (name === 'withSuccessHandler') return (fn) => runner(fn, fail);
    if (name === 'withFailureHandler') return (fn) => runner(ok, fn);
    return (...args) => {
      log.calls.push({ fn: name, args: JSON.parse(JSON.stringify(args)) });
      log.inFlight++; log.maxInFlight = Math.max(log.maxInFlight, log.inFlight);
      window.__revoiceServer(name, JSON.stringify(args)).then(
        (json) => { log.inFlight--; setTimeout(() => ok && ok(json === undefined ? undefined : JSON.parse(json)), 5); },
        (e) => { log.inFlight--; fail && fail(e); });
    };
  } });
  window.google = { script: { run: runner() } };
})();`;

export function openAgainstServer(
  browser: Browser,
  html: string,
  serve: (name: string, args: unknown[]) => unknown,
): Promise<Opened> {
  return openPage(browser, html, [SERVER_SHIM], async (page) => {
    await page.exposeFunction('__revoiceServer', (name: string, json: string) => {
      const result = serve(name, JSON.parse(json) as unknown[]);
      return result === undefined ? undefined : JSON.stringify(result);
    });
  });
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
    invoiceId: `INV-${1001 + i}`,
    reference: `R${1001 + i}`,
    customer: `Child ${i + 1}`,
    status: 'open',
    total: '105.00',
    currency: 'GBP',
  }));
}

/**
 * One browser per test file, and after each test the sidebar it opened is closed and must
 * have logged no problem (no alert, no console error, no network request).
 */
export function useSidebarBrowser(): { browser(): Browser; track(opened: Opened): Opened } {
  let browser: Browser | undefined;
  let opened: Opened | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    if (browser) await browser.close();
  });
  afterEach(async () => {
    if (!opened) return;
    const { problems } = opened;
    await opened.close();
    opened = undefined;
    expect(problems).toEqual([]);
  });
  return {
    browser: () => browser as Browser,
    track: (next) => (opened = next),
  };
}
