/**
 * The .xlsx the playground offers back opens in a real spreadsheet program: LibreOffice reads
 * it, and what LibreOffice writes, the playground reads. Runs only where `soffice` is installed
 * (it is not part of CI's install: too large for what it checks).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nurserySample, SAMPLE_TIME_ZONE } from '../../examples/nursery';
import { applyFormats, fixtureFromXlsx, xlsxFromFake } from '../../playground/workbook-io';
import { readXlsx } from '../../playground/xlsx/read';
import { writeXlsx } from '../../playground/xlsx/write';
import { createFakeApps } from '../../fake-apps-script/src';
import { callJson, loadBundle } from '../../fake-apps-script/src/load-bundle';

function findOffice(): string | null {
  try {
    return execFileSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

const office = findOffice();
if (!office)
  console.log('LibreOffice (soffice) is not installed: skipping the .xlsx check against a real spreadsheet program.');
const describeIfOffice = office ? describe : describe.skip;

describeIfOffice("the playground's .xlsx in LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), 'revoice-lo-'));
  const apps = createFakeApps({ timeZone: SAMPLE_TIME_ZONE, sheets: nurserySample() });
  callJson(loadBundle(apps).revoiceApply, {
    action: 'void-and-regenerate',
    invoiceIds: ['INV-1010'],
    reason: 'Rate rise',
  });
  writeFileSync(join(dir, 'book.xlsx'), writeXlsx(xlsxFromFake(apps)));
  const convert = (to: string, out: string) =>
    execFileSync(
      office as string,
      [
        '--headless',
        `-env:UserInstallation=file://${dir}/profile`,
        '--convert-to',
        to,
        '--outdir',
        join(dir, out),
        join(dir, 'book.xlsx'),
      ],
      { timeout: 90000, stdio: 'ignore' },
    );

  it('LibreOffice shows the Invoices sheet as the playground does, dates as dates', () => {
    convert('csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,1', 'csv');
    const csv = readFileSync(join(dir, 'csv', 'book-Invoices.csv'), 'utf8')
      .trim()
      .split('\n');
    const display = apps.display('Invoices');
    expect(csv[0]).toBe(display[0].join(','));
    const row = display.findIndex((r) => r[0] === 'INV-1010-R1');
    expect(csv[row].split(',').slice(0, 5)).toEqual(display[row].slice(0, 5));
  });

  it('the playground reads back what LibreOffice writes', () => {
    convert('xlsx', 'xlsx');
    const imported = fixtureFromXlsx(readXlsx(readFileSync(join(dir, 'xlsx', 'book.xlsx'))));
    const again = createFakeApps({ timeZone: SAMPLE_TIME_ZONE, sheets: imported.sheets });
    applyFormats(again, imported.formats);
    expect(again.display('Invoices').map((r) => r.slice(0, 9))).toEqual(
      apps.display('Invoices').map((r) => r.slice(0, 9)),
    );
  });
});
