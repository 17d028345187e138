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
    // and the journal's record of what the call overwrites (its "done" mark is one setValue).
    expect(byMethod.setValues).toBeLessThanOrEqual(1 + 3 + 5 + 1 + 1);
    expect(byMethod.setValue).toBe(1);
  });

  it("inserts rows before appending past the sheet's last row", () => {
    expect(large.calls.byMethod.insertRowsAfter).toBeGreaterThanOrEqual(3);
    expect(large.apps.spreadsheet.getSheetByName('Invoice Lines')!.getLastRow()).toBe(1 + 500 * 3 + 500 * 4); // 3 old lines, 4 new ones per invoice
  });

  it('scattered rows cost one write per run of adjacent rows', () => {
    const apps = createFakeApps({ timeZone: ZONE, sheets: syntheticSheets({ invoices: 40 }) });
    const api = loadBundle(apps);
    const everyOther = syntheticIds({ invoices: 40 }).filter((_, i) => i % 2 === 0);
    apps.calls.reset();
    callJson(api.revoiceApply, { action: 'void', invoiceIds: everyOther });
    // Invoices header; 20 separate rows, each a run of two segments (Status; Voided At + Void Reason);
    // the new Audit Log's header and its one append; the journal's record.
    expect(apps.calls.byMethod.setValues).toBe(1 + 20 * 2 + 2 + 1);
  });
});
