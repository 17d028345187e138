/**
 * The playground over the user's own .xlsx (`npm start -- --workbook`) in Chromium: cells shown
 * through the file's number formats, and Reset asking before it reloads the file.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nurserySample, SAMPLE_TIME_ZONE } from '../../examples/nursery';
import { createFakeApps } from '../../fake-apps-script/src';
import { xlsxSource } from '../../playground/sources';
import { xlsxFromFake } from '../../playground/workbook-io';
import { writeXlsx } from '../../playground/xlsx/write';
import { describeIfChromium, gridRow, playgroundInChromium } from './browser';

/** The sample as a bookkeeper's file: UK dates and pounds, as Excel writes them. */
function billingFile(): string {
  const apps = createFakeApps({ timeZone: SAMPLE_TIME_ZONE, sheets: nurserySample() });
  const invoices = apps.spreadsheet.getSheetByName('Invoices')!;
  const header = invoices.getRange(1, 1, 1, invoices.getLastColumn()).getValues()[0];
  const column = (name: string) => invoices.getRange(2, header.indexOf(name) + 1, invoices.getLastRow() - 1, 1);
  column('Issue Date').setNumberFormat('dd/mm/yyyy');
  column('Total').setNumberFormat('[$£-809]#,##0.00');
  const file = join(mkdtempSync(join(tmpdir(), 'revoice-file-')), 'billing.xlsx');
  writeFileSync(file, writeXlsx(xlsxFromFake(apps)));
  return file;
}

describeIfChromium('the playground over an .xlsx file in Chromium', () => {
  const playground = playgroundInChromium(() => xlsxSource(billingFile(), SAMPLE_TIME_ZONE));

  test("shows dates and money through the file's number formats, aligned right as numbers", async () => {
    const { page } = playground.opened;
    const cells = gridRow(page, 'INV-1001').locator('td');
    const texts = await cells.allTextContents();
    expect(texts).toEqual(expect.arrayContaining(['25/08/2026', '£934.40']));
    const classOf = (text: string) => cells.nth(texts.indexOf(text)).getAttribute('class');
    expect(await classOf('25/08/2026')).toBe('num');
    expect(await classOf('£934.40')).toBe('num');
    expect(await classOf('INV-1001')).toBe('');
  });

  test('Reset asks before loading the file again, even untouched; Cancel keeps everything', async () => {
    const { page } = playground.opened;
    const dialog = page.getByRole('dialog', { name: 'Reset the workbook?' });
    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    expect(await dialog.locator('p').innerText()).toBe(
      'Reset opens billing.xlsx again as it was when the playground started. Nothing has been changed here yet.',
    );
    const resets: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/api/reset')) resets.push(r.url());
    });
    await page.keyboard.press('Escape');
    await page.locator('#notice').getByText('Reset cancelled: the workbook is as it was.').waitFor();
    expect(resets).toEqual([]);

    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await dialog.getByRole('button', { name: 'Reset' }).click();
    await page.locator('#notice').getByText('The workbook was loaded again from the start.').waitFor();
    expect(resets).toHaveLength(1);
  });
});
