import { createFakeApps } from '../src';

/** https://developers.google.com/apps-script/reference/spreadsheet/sheet#hidesheet */
describe('hidden sheets', () => {
  it('hide and show a tab, and survive a snapshot', () => {
    const apps = createFakeApps({ sheets: { Invoices: [['Invoice ID']], Journal: [['State']] } });
    const journal = apps.spreadsheet.getSheetByName('Journal')!;
    expect(journal.isSheetHidden()).toBe(false);
    journal.hideSheet();
    expect(journal.isSheetHidden()).toBe(true);
    const again = createFakeApps({ from: apps.snapshot() });
    expect(again.spreadsheet.getSheetByName('Journal')!.isSheetHidden()).toBe(true);
    journal.showSheet();
    expect(journal.isSheetHidden()).toBe(false);
  });

  it('refuse to hide the last visible sheet, as Sheets does', () => {
    const apps = createFakeApps({ sheets: { Invoices: [['Invoice ID']] } });
    expect(() => apps.spreadsheet.getSheetByName('Invoices')!.hideSheet()).toThrow("You can't hide all the sheets");
  });

  it('count hiding as a write to the spreadsheet', () => {
    const apps = createFakeApps({ sheets: { A: [['x']], B: [['y']] } });
    apps.calls.reset();
    apps.spreadsheet.getSheetByName('B')!.hideSheet();
    expect(apps.calls.writes).toBe(1);
  });
});
