/** revoiceSelection reads the selected rows and the header, never the whole Invoices sheet. */
import { createFakeApps } from '../../fake-apps-script/src';
import { callJson, loadBundle } from '../../fake-apps-script/src/load-bundle';
import { syntheticSheets } from '../../fake-apps-script/src/synthetic-workbook';
import { ZONE } from './harness';

function book(invoices: number) {
  const apps = createFakeApps({ timeZone: ZONE, sheets: syntheticSheets({ invoices }) });
  const api = loadBundle(apps);
  return { apps, select: () => callJson(api.revoiceSelection) };
}

describe('the selection reads only the selected rows', () => {
  it('one row of a 2,000-invoice workbook: the header and that row', () => {
    const { apps, select } = book(2000);
    const width = apps.spreadsheet.getSheetByName('Invoices')!.getLastColumn();
    apps.setActive('Invoices', ['A1500']);
    apps.calls.reset();
    const answer = select();
    expect(answer).toMatchObject({ ok: true, invoices: [{ invoiceId: 'INV-01499' }] });
    expect(apps.calls.cellsRead).toBe(2 * width);
    expect(apps.calls.sheetsCalls).toBeLessThanOrEqual(3);
  });

  it('scattered blocks, overlapping ones and whole columns are cut to the rows that exist', () => {
    const { apps, select } = book(50);
    apps.setActive('Invoices', ['A3:A4', 'C4:D5', 'A40', 'B:B']);
    const answer = select();
    expect(answer.ok).toBe(true);
    expect(answer.invoices).toHaveLength(50);
    expect(new Set(answer.invoices.map((i: { invoiceId: string }) => i.invoiceId)).size).toBe(50);
    apps.setActive('Invoices', ['A3:A4', 'C4:D5', 'A40']);
    expect(select().invoices.map((i: { invoiceId: string }) => i.invoiceId)).toEqual([
      'INV-00002',
      'INV-00003',
      'INV-00004',
      'INV-00039',
    ]);
  });
});
