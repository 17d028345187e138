/**
 * The offline playground end to end in Chromium: the grid, the real sidebar and the real bundle
 * over the nursery sample (one farm trip renamed to markup).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_NAME } from '../../examples/nursery';
import { REPO_ROOT } from '../../fake-apps-script/src/load-bundle';
import {
  clickRow,
  describeIfChromium,
  gridRow,
  playgroundInChromium,
  readGrid,
  refreshSelection,
  showSheet,
  waitForGrid,
} from './browser';
import { XSS_DESCRIPTION, records, sampleWithXss } from './harness';

/** docs/playground.png is the README's picture: written when missing or with SAVE_SCREENSHOTS=1, else kept out of git. */
function screenshotPath(): string {
  const docs = join(REPO_ROOT, 'docs', 'playground.png');
  if (process.env.SAVE_SCREENSHOTS === '1' || !existsSync(docs)) return docs;
  mkdirSync(join(REPO_ROOT, 'test-results'), { recursive: true });
  return join(REPO_ROOT, 'test-results', 'playground.png');
}

describeIfChromium('offline playground in Chromium', () => {
  const playground = playgroundInChromium(sampleWithXss);

  test('void & regenerate from the schedule: preview, apply, both rows linked in the grid', async () => {
    const { page, sidebar } = playground.opened;
    await clickRow(page, 'INV-1010');
    await refreshSelection(sidebar, 1);
    await sidebar.getByLabel('Reason').fill('Fees rose on 1 October');
    await sidebar.getByRole('button', { name: 'Preview', exact: true }).click();
    const card = sidebar.locator('.preview .card');
    await card.waitFor();
    expect(await card.innerText()).toMatch(/Total\s*£804\.00\s*(→|becomes)?\s*(becomes)?\s*£840\.00/);
    await sidebar.locator('#rv-preview-title').evaluate((title) => title.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: screenshotPath() });

    await sidebar.getByRole('button', { name: 'Apply to 1 invoice' }).click();
    await sidebar.getByText('1 of 1 applied.').first().waitFor();
    await showSheet(page, 'Invoices');
    const rows = await waitForGrid(page, (r) => r.some((row) => row[0] === 'INV-1010-R1'), 'the new invoice');
    const byId = new Map(records(rows).map((r) => [r['Invoice ID'], r]));
    expect(byId.get('INV-1010')).toMatchObject({
      Status: 'voided',
      'Void Reason': 'Fees rose on 1 October',
      'Regenerated As': 'INV-1010-R1',
    });
    expect(byId.get('INV-1010-R1')).toMatchObject({
      Status: 'open',
      Total: '840',
      'Regenerated From': 'INV-1010',
      'Accounting ID': '',
    });

    // Each link opens the other row.
    const newRow = rows.findIndex((r) => r[0] === 'INV-1010-R1') + 1;
    await gridRow(page, 'INV-1010').locator('a.cell-link').click();
    await page.locator(`#grid tr[data-row="${newRow}"].selected`).waitFor();
    await gridRow(page, 'INV-1010-R1').locator('a.cell-link').click();
    await gridRow(page, 'INV-1010').and(page.locator('.selected')).waitFor();

    // A new ID in the sidebar's results selects its row (revoiceSelectInvoice), shown in the grid.
    await showSheet(page, 'Payments');
    await sidebar.getByRole('button', { name: 'INV-1010-R1', exact: true }).click();
    await page.locator('#tabs [data-sheet="Invoices"][aria-selected="true"]').waitFor();
    await page.locator(`#grid tr[data-row="${newRow}"].selected`).waitFor();
  });

  test('copy and edit: a changed quantity and an added line', async () => {
    const { page, sidebar } = playground.opened;
    await clickRow(page, 'INV-1014');
    await refreshSelection(sidebar, 1);
    await sidebar.getByRole('radio', { name: 'Copy and edit' }).check();
    await sidebar.getByLabel('Reason').fill('Trip added');
    await sidebar.getByRole('button', { name: 'Preview', exact: true }).click();
    const firstLine = sidebar.locator('.line-editor .edit-line').first();
    await firstLine.getByLabel('Quantity').fill('40');
    await sidebar.getByRole('button', { name: 'Add line' }).click();
    const added = sidebar.locator('.line-editor .edit-line.is-added');
    await added.getByLabel('Description').fill('Trip to the farm');
    await added.getByLabel(/Unit price/).fill('12');
    await sidebar.getByRole('button', { name: 'Preview', exact: true }).click();
    await sidebar.getByRole('button', { name: 'Apply to 1 invoice' }).waitFor();
    expect(await sidebar.locator('.preview .card').innerText()).toMatch(/£367\.00/);
    await sidebar.getByRole('button', { name: 'Apply to 1 invoice' }).click();
    await sidebar.getByText('1 of 1 applied.').first().waitFor();

    await showSheet(page, 'Invoice Lines');
    const rows = await waitForGrid(page, (r) => r.some((row) => row[0] === 'INV-1014-R1'), 'the regenerated lines');
    const lines = records(rows).filter((l) => l['Invoice ID'] === 'INV-1014-R1');
    expect(lines.map((l) => [l.Kind, l.Description, l.Quantity, l['Unit Price'], l.Amount])).toEqual([
      ['session', 'Morning sessions (hours)', '40', '8.5', '340'],
      ['manual', 'Late pickup (8 Oct)', '1', '15', '15'],
      ['manual', 'Trip to the farm', '1', '12', '12'],
    ]);
  });

  test('markup in a description is shown as text in the sidebar and in the grid', async () => {
    const { page, sidebar } = playground.opened;
    await clickRow(page, 'INV-1009');
    await refreshSelection(sidebar, 1);
    await sidebar.getByLabel('Reason').fill('Check');
    await sidebar.getByRole('button', { name: 'Preview', exact: true }).click();
    await sidebar.locator('.preview .card').getByText(XSS_DESCRIPTION).first().waitFor();
    expect(await sidebar.locator('img').count()).toBe(0);

    await showSheet(page, 'Invoice Lines');
    await page.locator('#grid td').getByText(XSS_DESCRIPTION, { exact: true }).waitFor();
    expect(await page.locator('#grid img').count()).toBe(0);
  });

  test('an invoice changed between preview and apply comes back STALE, with a way to preview again', async () => {
    const { page, sidebar } = playground.opened;
    await clickRow(page, 'INV-1011');
    await refreshSelection(sidebar, 1);
    await sidebar.getByLabel('Reason').fill('Rates');
    await sidebar.getByRole('button', { name: 'Preview', exact: true }).click();
    await sidebar.getByRole('button', { name: 'Apply to 1 invoice' }).waitFor();
    // A payment arrives in the sheet meanwhile.
    playground.running.playground.session.edit((apps) => {
      apps.spreadsheet
        .getSheetByName('Payments')!
        .appendRow(['PAY-0099', 'INV-1011', new Date(Date.UTC(2026, 9, 20)), 50, 'card', 'After the preview']);
    });
    await sidebar.getByRole('button', { name: 'Apply to 1 invoice' }).click();
    await sidebar.getByText(/changed in the sheet after the preview/).waitFor();
    await sidebar.getByRole('button', { name: /Preview again/ }).click();
    const card = sidebar.locator('.preview .card');
    await card.waitFor();
    expect(await card.innerText()).toMatch(/Paid so far\s*£250\.00/);
    await sidebar.getByRole('button', { name: 'Apply to 1 invoice' }).click();
    await sidebar.getByText('1 of 1 applied.').first().waitFor();
    await showSheet(page, 'Invoices');
    await waitForGrid(page, (r) => r.some((row) => row[0] === 'INV-1011-R1'), 'INV-1011-R1');
  });

  test('rows are selected by dragging, Ctrl-click and the arrow keys, as in Sheets', async () => {
    const { page, sidebar } = playground.opened;
    const from = await gridRow(page, 'INV-1002').locator('td').nth(2).boundingBox();
    const to = await gridRow(page, 'INV-1004').locator('td').nth(2).boundingBox();
    const selected = () => page.waitForResponse((r) => r.url().endsWith('/api/select'));
    let done = selected();
    await page.mouse.move(from!.x + 5, from!.y + 5);
    await page.mouse.down();
    await page.mouse.move(to!.x + 5, to!.y + 5, { steps: 4 });
    await page.mouse.up();
    await done;
    await clickRow(page, 'INV-1010', ['Control']);
    await refreshSelection(sidebar, 4);
    expect(await sidebar.locator('.invoice .invoice-id').allTextContents()).toEqual([
      'INV-1002',
      'INV-1003',
      'INV-1004',
      'INV-1010',
    ]);

    done = selected();
    await page.locator('.grid-wrap').focus(); // Refresh took the focus into the sidebar
    await page.keyboard.press('Shift+ArrowDown');
    await done;
    await refreshSelection(sidebar, 5);
    expect(await page.locator('#status').textContent()).toBe('Invoices: 5 rows selected (3–5, 11–12)');
  });

  test('google.script.run in the sidebar chains, copies and calls back like Apps Script', async () => {
    const { page } = playground.opened;
    const frame = page.frames().find((f) => /\/sidebar\/\d+/.test(f.url()))!;
    await page.route('**/api/call/revoiceSetup', (route) =>
      route.fulfill({ json: { ok: false, error: { name: 'Exception', message: 'Boom' } } }),
    );
    const seen = await frame.evaluate(async () => {
      type Run = Record<string, any>;
      const run = (window as any).google.script.run as Run;
      let later = false;
      const success = await new Promise<unknown[]>((resolve) => {
        run
          .withUserObject({ tag: 1 })
          .withSuccessHandler((value: any, user: unknown) => resolve([later, value.ok, user]))
          .revoiceSelection();
        later = true;
      });
      const failure = await new Promise<unknown[]>((resolve) => {
        run
          .withFailureHandler((e: Error, user: unknown) => resolve([e instanceof Error, e.message, user]))
          .withUserObject('u')
          .revoiceSetup();
      });
      let illegal = '';
      try {
        run.revoiceSelectInvoice(new Date());
      } catch (e) {
        illegal = (e as Error).message;
      }
      const chained = run.withSuccessHandler(() => undefined);
      return {
        success,
        failure,
        illegal,
        fresh: chained !== run,
        unknown: typeof run.nope,
        host: typeof (window as any).google.script.host.close,
      };
    });
    expect(seen).toEqual({
      success: [true, true, { tag: 1 }],
      failure: [true, 'Boom', 'u'],
      illegal: 'Failed due to illegal value in property: arguments[0]',
      fresh: true,
      unknown: 'undefined',
      host: 'function',
    });
  });

  test('the add-on menu: Void selected… opens the sidebar on Void; Set up workbook reports; Reset asks, then starts over', async () => {
    const { page, sidebar } = playground.opened;
    const resetButton = page.getByRole('button', { name: 'Reset', exact: true });
    // The untouched sample has nothing to lose: Reset goes ahead at once.
    await resetButton.click();
    await page.locator('#notice').getByText('The workbook was loaded again from the start.').waitFor();
    await clickRow(page, 'INV-1002');
    await page.getByRole('button', { name: 'Void selected…' }).click();
    await sidebar.getByRole('radio', { name: 'Void', exact: true }).and(sidebar.locator(':checked')).waitFor();
    await sidebar.getByText('1 invoice selected.').waitFor();

    await page.getByRole('button', { name: 'Set up workbook' }).click();
    await page
      .locator('#notice')
      .getByText(/Revoice added: .*Audit Log/)
      .waitFor();
    await page.getByRole('tab', { name: 'Audit Log' }).waitFor();

    const dialog = page.getByRole('dialog', { name: 'Reset the workbook?' });
    await resetButton.click();
    expect(await dialog.locator('p').innerText()).toBe(
      `Reset loads ${SAMPLE_NAME} again from the start. The changes made here to Invoices, Audit Log and ` +
        "Revoice's own records will be lost. To keep them, cancel and press Download .xlsx first.",
    );
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.locator('#notice').getByText('Reset cancelled: the workbook is as it was.').waitFor();
    expect(await dialog.isVisible()).toBe(false);
    expect(await page.getByRole('tab', { name: 'Audit Log' }).count()).toBe(1);

    await resetButton.click();
    await dialog.getByRole('button', { name: 'Reset' }).click();
    await page.locator('#notice').getByText('The workbook was loaded again from the start.').waitFor();
    expect(await page.getByRole('tab', { name: 'Audit Log' }).count()).toBe(0);
    expect((await readGrid(page)).length).toBe(20);
  });

  test('History lists the apply just made (from the Audit Log), and its invoice ID selects the row', async () => {
    const { page, sidebar } = playground.opened;
    await sidebar.locator('#rv-history-summary').click();
    await sidebar.locator('#rv-history-empty:not([hidden])').waitFor();

    await clickRow(page, 'INV-1010');
    await refreshSelection(sidebar, 1);
    await sidebar.getByLabel('Reason').fill('Fees rose on 1 October');
    await sidebar.getByRole('button', { name: 'Preview', exact: true }).click();
    await sidebar.getByRole('button', { name: 'Apply to 1 invoice' }).click();
    await sidebar.getByText('1 of 1 applied.').first().waitFor();

    // History was open: it refreshes after the apply.
    const entry = sidebar.locator('.history-entry');
    await entry.waitFor();
    expect(await entry.count()).toBe(1);
    const text = (await entry.innerText()).replace(/\s+/g, ' ');
    expect(text).toMatch(/^Voided & regenerated \d{4}-\d\d-\d\d \d\d:\d\d /);
    expect(text).toContain('INV-1010 → becomes INV-1010-R1');
    expect(text).toContain('Reason: Fees rose on 1 October');
    expect(text).toMatch(/Request rv-\S+-c1$/);

    await showSheet(page, 'Payments');
    await entry.getByRole('button', { name: 'INV-1010', exact: true }).click();
    await page.locator('#tabs [data-sheet="Invoices"][aria-selected="true"]').waitFor();
    await gridRow(page, 'INV-1010').and(page.locator('.selected')).waitFor();
    await sidebar.locator('#rv-history-status', { hasText: 'Selected INV-1010' }).waitFor();
  });
});
