/** The playground page in Chromium: open it, read the grid, select rows, wait for the sidebar. */
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import type { WorkbookSource } from '../../playground/sources';
import { launch } from '../sidebar/browser';
import { Running, post, startPreview } from './harness';

export { describeIfChromium, launch } from '../sidebar/browser';

export interface OpenedPreview {
  page: Page;
  sidebar: FrameLocator;
  /** Page errors, console errors, dialogs (an alert() would mean escaping failed) and remote requests. */
  problems: string[];
  close(): Promise<void>;
}

export async function openPreview(browser: Browser, url: string): Promise<OpenedPreview> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
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
  const origin = new URL(url).origin;
  await context.route('**/*', (route) => {
    if (route.request().url().startsWith(origin)) return route.continue();
    problems.push(`request: ${route.request().url()}`);
    return route.abort();
  });
  await page.goto(url);
  await page.locator('#grid tbody tr').first().waitFor();
  const sidebar = page.frameLocator('#sidebar-frame');
  await sidebarReady(sidebar);
  return { page, sidebar, problems, close: () => context.close() };
}

/** The sidebar has read the selection (its first call) and is idle. */
export async function sidebarReady(sidebar: FrameLocator): Promise<void> {
  await sidebar.locator('#rv-selection-count:not(:empty)').waitFor();
  await sidebar.locator('.selection:not([aria-busy])').waitFor();
}

/** The grid's cell texts, row 1 (the header) first. */
export function readGrid(page: Page): Promise<string[][]> {
  return page.$$eval('#grid tbody tr', (rows) =>
    rows.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')),
  );
}

/** Polls the grid until `ready` holds (the page redraws after each bridged call). */
export async function waitForGrid(
  page: Page,
  ready: (rows: string[][]) => boolean,
  what: string,
  timeout = 10_000,
): Promise<string[][]> {
  const until = Date.now() + timeout;
  for (;;) {
    const rows = await readGrid(page);
    if (ready(rows)) return rows;
    if (Date.now() > until)
      throw new Error(`The grid never showed ${what}. Last seen:\n${rows.map((r) => r.join(' | ')).join('\n')}`);
    await page.waitForTimeout(100);
  }
}

export async function showSheet(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  await page.locator(`#tabs [data-sheet="${name}"][aria-selected="true"]`).waitFor();
}

/** The grid row whose first column (column A) is exactly `text`. */
export function gridRow(page: Page, text: string): Locator {
  return page
    .locator('#grid tbody tr')
    .filter({ has: page.locator('td:nth-child(2)').getByText(text, { exact: true }) });
}

/** Clicks a row's number (with Shift to extend) and waits until the server has the selection. */
export async function clickRow(page: Page, text: string, modifiers: Array<'Shift' | 'Control'> = []): Promise<void> {
  const selected = page.waitForResponse((r) => r.url().endsWith('/api/select'));
  await gridRow(page, text).locator('th.rownum').click({ modifiers });
  await selected;
}

/** Refresh in the sidebar, then wait for it to list `count` invoices. */
export async function refreshSelection(sidebar: FrameLocator, count: number): Promise<void> {
  await sidebar.getByRole('button', { name: 'Refresh' }).click();
  await sidebar.getByText(`${count} invoice${count === 1 ? '' : 's'} selected.`).waitFor();
}

export interface PlaygroundInChromium {
  running: Running;
  /** The page for the current test. */
  opened: OpenedPreview;
}

/**
 * For a describe block: the playground over `source` and Chromium start once; before each test
 * the workbook is reset and the page opened afresh; a test fails if the page had problems.
 */
export function playgroundInChromium(source: () => WorkbookSource): PlaygroundInChromium {
  let browser: Browser | undefined;
  let running: Running | undefined;
  let opened: OpenedPreview | undefined;
  beforeAll(async () => {
    [browser, running] = await Promise.all([launch(), startPreview(source())]);
  });
  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });
  beforeEach(async () => {
    await post(running!.url, '/api/reset');
    opened = await openPreview(browser!, running!.url);
  });
  afterEach(async () => {
    const problems = opened?.problems ?? [];
    await opened?.close();
    opened = undefined;
    expect(problems).toEqual([]);
  });
  return {
    get running() {
      return running!;
    },
    get opened() {
      return opened!;
    },
  };
}
