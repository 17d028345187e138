/** `npm start -- --locale de_DE`: the sample in a comma-decimal locale, links written with ';' that work. */
import { PlaygroundSession } from '../../playground/session';
import { sampleSource } from '../../playground/sources';
import { workbookView } from '../../playground/view';
import { REPO_ROOT } from '../../fake-apps-script/src/load-bundle';
import { join } from 'node:path';

function session(locale?: string): PlaygroundSession {
  return new PlaygroundSession({ ...sampleSource(), locale }, join(REPO_ROOT, 'dist'));
}

describe('the playground in a spreadsheet locale', () => {
  it.each(['de_DE', 'pl_PL'])('%s: the regenerated invoice links both ways with ;-separated formulas', (locale) => {
    const playground = session(locale);
    expect(playground.apps.spreadsheet.getSpreadsheetLocale()).toBe(locale);
    const answer = playground.run('revoiceApply', [
      { action: 'void-and-regenerate', invoiceIds: ['INV-1010'], reason: 'Rates' },
    ]);
    expect(answer).toMatchObject({ ok: true, value: { ok: true, results: [{ newInvoiceId: 'INV-1010-R1' }] } });
    const rows = workbookView(playground).rows;
    const header = rows[0];
    const original = rows.findIndex((r) => r[0] === 'INV-1010') + 1;
    const regenerated = rows.findIndex((r) => r[0] === 'INV-1010-R1') + 1;
    const as = header.indexOf('Regenerated As') + 1;
    expect(playground.apps.formulas('Invoices')[original - 1][as - 1]).toMatch(/^=HYPERLINK\([^,]*;"INV-1010-R1"\)$/);
    expect(playground.apps.resolveLink('Invoices', original, as)).toMatchObject({
      label: 'INV-1010-R1',
      targetRow: regenerated,
    });
    expect(rows.flat().filter((text) => text.startsWith('#'))).toEqual([]);
  });

  it('--locale reaches the sidebar: the selection says the spreadsheet’s locale', () => {
    for (const locale of ['de_DE', undefined]) {
      const playground = session(locale);
      playground.apps.setActive('Invoices', ['A2']);
      expect(playground.run('revoiceSelection', [])).toMatchObject({
        ok: true,
        value: { ok: true, locale: locale ?? 'en_GB' },
      });
    }
  });

  it('en_GB, the default, keeps , separators', () => {
    const playground = session();
    playground.run('revoiceApply', [{ action: 'void-and-regenerate', invoiceIds: ['INV-1010'], reason: 'Rates' }]);
    const formulas = playground.apps
      .formulas('Invoices')
      .flat()
      .filter((f) => f.startsWith('=HYPERLINK'));
    expect(formulas.length).toBe(2);
    for (const formula of formulas) expect(formula).toMatch(/,"INV-1010(-R1)?"\)$/);
  });
});

describe("the playground's grid", () => {
  it('shows cells through their number formats, as the sheet would', () => {
    const sample = sampleSource();
    const playground = new PlaygroundSession(
      {
        ...sample,
        load: () => {
          const { sheets } = sample.load();
          const header = (sheets.Invoices[0] as string[]).map(String);
          const total = header.indexOf('Total') + 1;
          return { sheets, formats: [{ sheet: 'Invoices', row: 2, col: total, format: '£#,##0.00' }] };
        },
      },
      join(REPO_ROOT, 'dist'),
    );
    const rows = workbookView(playground).rows;
    const total = rows[0].indexOf('Total');
    expect(rows[1][total]).toMatch(/^£\d{1,3}(,\d{3})*\.\d{2}$/);
    expect(rows[2][total]).not.toMatch(/^£/);
  });
});
