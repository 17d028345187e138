import { callCount, createFakeApps } from '../../fake-apps-script/src';
import { callJson, loadBundle } from '../../fake-apps-script/src/load-bundle';
import { syntheticIds, syntheticSheets } from '../../fake-apps-script/src/synthetic-workbook';
import { ZONE } from './harness';

/** Void-and-regenerate of n invoices in one call; returns the Sheets calls it made. */
function applyMany(invoices: number, padding = 0) {
  const apps = createFakeApps({ timeZone: ZONE, sheets: syntheticSheets({ invoices, padding }) });
  const api = loadBundle(apps);
  apps.calls.reset();
  const response = callJson(api.revoiceApply, {
    action: 'void-and-regenerate',
    invoiceIds: syntheticIds({ invoices, padding }),
    reason: 'Rates changed',
    requestKey: `bench-${invoices}`,
  });
  return { response, calls: callCount(apps), apps };
}

describe('batched: Sheets calls grow with sheets and runs, not with invoices', () => {
  const small = applyMany(50);
  const large = applyMany(500);

  it('applies every invoice', () => {
    expect(large.response.results.filter((r: any) => r.ok)).toHaveLength(500);
    expect(large.response.results[499]).toMatchObject({ newInvoiceId: 'INV-00500-R1', transferred: '100.00' });
  });

  it('needs at most 100 Sheets calls for 500 invoices, and no more than for 50', () => {
    expect(large.calls.sheetsCalls).toBeLessThanOrEqual(100);
    expect(large.calls.sheetsCalls).toBe(small.calls.sheetsCalls);
    // Metadata (getRange, getSheetByName, getMaxRows…) does not grow with invoices either.
    expect(large.calls.total).toBe(small.calls.total);
  });

  it('reads each sheet once and appends to each sheet once', () => {
    const { byMethod } = large.calls;
    expect(byMethod.getValues).toBe(6); // Invoices, Invoice Lines, Schedule, Closures, Payments, Credit Notes
    expect(byMethod.getFormulas).toBe(4); // the sheets it may write (Invoices, Lines, Payments, Credit Notes): no formula is overwritten
    // header cells + 1 run × 3 column segments on Invoices; one append each to Lines, Payments and the Audit
    // Log (+ its header), and two to Invoices: its Accounting ID column, not Revoice's, is left alone;
    // and the journal's record of what the call overwrites; Status "voided" on every row is one RangeList
    // setValue, and the journal's "done" mark another.
    expect(byMethod.setValues).toBeLessThanOrEqual(1 + 3 + 5 + 1 + 1);
    expect(byMethod.setValue).toBe(2);
  });

  it("inserts rows before appending past the sheet's last row", () => {
    expect(large.calls.byMethod.insertRowsAfter).toBeGreaterThanOrEqual(3);
    expect(large.apps.spreadsheet.getSheetByName('Invoice Lines')!.getLastRow()).toBe(1 + 500 * 3 + 500 * 4); // 3 old lines, 4 new ones per invoice
  });

  it('scattered rows cost what adjacent rows cost', () => {
    const voidTwenty = (pick: (i: number) => boolean) => {
      const apps = createFakeApps({ timeZone: ZONE, sheets: syntheticSheets({ invoices: 40 }) });
      const api = loadBundle(apps);
      const ids = syntheticIds({ invoices: 40 }).filter((_, i) => pick(i));
      apps.calls.reset();
      expect(callJson(api.revoiceApply, { action: 'void', invoiceIds: ids, reason: 'Wrong days' }).ok).toBe(true);
      return apps.calls.sheetsCalls;
    };
    const adjacent = voidTwenty((i) => i < 20);
    const everyOther = voidTwenty((i) => i % 2 === 0);
    // Status "voided" on the scattered rows is one RangeList write; Voided At and Void Reason, Revoice's
    // own columns, one block across the gaps (a gap row is written as it is).
    expect(everyOther).toBe(adjacent);
  });
});
