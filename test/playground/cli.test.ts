/** `npm start -- --workbook …`: paths from the user's folder, and plain messages for files that cannot be opened. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { main, parseArgs } from '../../playground/cli';
import { nurserySample, SAMPLE_TIME_ZONE } from '../../examples/nursery';
import { createFakeApps } from '../../fake-apps-script/src';
import { REPO_ROOT } from '../../fake-apps-script/src/load-bundle';
import { xlsxSource } from '../../playground/sources';
import { readWorkbookFile, workbookPath } from '../../playground/workbook-file';
import { xlsxFromFake } from '../../playground/workbook-io';
import { writeXlsx } from '../../playground/xlsx/write';

const home = mkdtempSync(join(tmpdir(), 'revoice-cli-'));
const env = { INIT_CWD: home };
mkdirSync(join(home, 'bills'));
writeFileSync(join(home, 'notes.csv'), 'Invoice ID,Total\nINV-1,10\n');
writeFileSync(join(home, 'notes.ods'), zipSync({ 'content.xml': strToU8('<office:document/>') }));
writeFileSync(
  join(home, 'bills', 'billing.xlsx'),
  writeXlsx(xlsxFromFake(createFakeApps({ timeZone: SAMPLE_TIME_ZONE, sheets: nurserySample() }))),
);

/** The message parseArgs, then reading the file, stops at (undefined if both succeed). */
function problem(argv: string[]): string | undefined {
  try {
    const args = parseArgs(argv, env);
    if (args.workbook) readWorkbookFile(args.workbook);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

describe('--workbook', () => {
  it('resolves a relative path from the folder npm start was run in (INIT_CWD), not the project', () => {
    expect(parseArgs(['--workbook', 'bills/billing.xlsx'], env).workbook).toEqual({
      typed: 'bills/billing.xlsx',
      resolved: join(home, 'bills', 'billing.xlsx'),
    });
    expect(parseArgs([`--workbook=${join(home, 'x.xlsx')}`], env).workbook?.resolved).toBe(join(home, 'x.xlsx'));
    // Without npm (node playground/server.mjs) it is the current folder.
    expect(workbookPath('x.xlsx', {}).resolved).toBe(join(process.cwd(), 'x.xlsx'));
    const source = xlsxSource(workbookPath('bills/billing.xlsx', env));
    expect(source).toMatchObject({ name: 'billing.xlsx', fromFile: true });
    expect(Object.keys(source.load().sheets)).toContain('Invoices');
  });

  it('needs a value', () => {
    for (const argv of [['--workbook'], ['--workbook', '--tz', 'Europe/London'], ['--workbook='], ['--workbook', ' ']])
      expect(problem(argv)).toBe(
        '--workbook needs the path of an .xlsx file, e.g. npm start -- --workbook my-billing.xlsx',
      );
  });

  it('says a CSV (or any other file) is not an .xlsx, and how to get one from Google Sheets', () => {
    expect(problem(['--workbook', 'notes.csv'])).toBe(
      `notes.csv (${join(home, 'notes.csv')}) is not an .xlsx workbook: ` +
        'save it from Google Sheets as File → Download → Microsoft Excel (.xlsx).',
    );
    expect(problem(['--workbook', 'notes.ods'])).toMatch(
      /^notes\.ods \(.*\) could not be read as an \.xlsx workbook \(.*xl\/workbook\.xml.*\): save it from Google Sheets as/,
    );
  });

  it('says a folder is a folder, and a missing file is missing, showing the path as typed and as found', () => {
    expect(problem(['--workbook', 'bills'])).toBe(
      `bills (${join(home, 'bills')}) is a folder: give the path of the .xlsx file inside it.`,
    );
    expect(problem(['--workbook', 'billing.xlsx'])).toBe(
      `There is no file billing.xlsx (${join(home, 'billing.xlsx')}): check the name and the folder, or give the full path.`,
    );
    const absolute = join(home, 'notes.csv', 'x.xlsx');
    expect(problem(['--workbook', absolute])).toBe(
      `There is no file ${absolute}: check the name and the folder, or give the full path.`,
    );
  });

  it('main prints the message alone (no stack trace) and exits non-zero', async () => {
    const errors: string[] = [];
    const spy = jest.spyOn(console, 'error').mockImplementation((text: string) => void errors.push(text));
    try {
      await main(REPO_ROOT, ['--workbook', 'notes.csv', '--port', '0'], env);
      expect(process.exitCode).toBe(1);
      expect(errors).toEqual([
        expect.stringMatching(/^Revoice playground: notes\.csv \(.*\) is not an \.xlsx workbook/),
      ]);
      expect(errors[0]).not.toMatch(/\n\s+at /);
    } finally {
      spy.mockRestore();
      process.exitCode = 0;
    }
  });
});
