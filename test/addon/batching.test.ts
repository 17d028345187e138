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
  // Both workbooks hold 600 invoices, too many to read whole: rows are found by key.
  const small = applyMany(100, 500);
  const large = applyMany(500, 100);
  const searches = (run: typeof small) => run.calls.byMethod.findAll ?? 0;

  it('applies every invoice', () => {
    expect(large.response.results.filter((r: any) => r.ok)).toHaveLength(500);
    expect(large.response.results[499]).toMatchObject({ newInvoiceId: 'INV-00600-R1', transferred: '100.00' });
  });

  it('needs at most 100 Sheets calls for 500 invoices: the same as for 100, but for longer searches', () => {
    expect(large.calls.sheetsCalls).toBeLessThanOrEqual(100);
    // A search takes the IDs of ~500 invoices at most (search-pattern's MAX_PATTERN_LENGTH).
    expect(searches(large) - searches(small)).toBeLessThanOrEqual(4);
    expect(large.calls.sheetsCalls - searches(large)).toBe(small.calls.sheetsCalls - searches(small));
  });

  it('reads each sheet as its header, its found rows in one block, and where it ends', () => {
    const { byMethod } = large.calls;
    // Headers of Invoices, Invoice Lines, Payments and Schedule; Closures and Credit Notes whole (small);
    // one block each of found invoices, lines, payments and schedule rows (adjacent rows); and the end
    // of the three tables appended to (Invoices, Lines, Payments): 4 + 2 + 4 + 3.
    expect(byMethod.getValues).toBe(13);
    // The found invoices (a void rewrites them), and the last rows of Invoices, Lines and Payments (per-row
    // formulas are copied from there); no credit note is written.
    expect(byMethod.getFormulas).toBe(4);
    // header cells + 1 run × 3 column segments on Invoices; one append each to Lines, Payments and the Audit
    // Log (+ its header), and two to Invoices: its Accounting ID column, not Revoice's, is left alone;
    // and the journal's record of what the call overwrites; Status "voided" on every row is one RangeList
    // setValue, and the journal's "done" mark another.
    expect(byMethod.setValues).toBeLessThanOrEqual(1 + 3 + 5 + 1 + 1);
    expect(byMethod.setValue).toBe(2);
  });

  it("inserts rows before appending past the sheet's last row", () => {
    expect(large.calls.byMethod.insertRowsAfter).toBeGreaterThanOrEqual(3);
    expect(large.apps.spreadsheet.getSheetByName('Invoice Lines')!.getLastRow()).toBe(1 + 600 * 3 + 500 * 4); // 3 old lines, 4 new ones per invoice
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
