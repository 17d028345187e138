/**
 * Apps Script stops an execution at 6 minutes. An apply that would pass 5 minutes — the time
 * already used (waiting for the lock included) plus its estimate for its writes — refuses with
 * TIME_LIMIT before writing anything. Time here is the fake's virtual clock.
 */
import { JOURNAL_SHEET, bookkeepersView, nurserySheets, openBook } from './harness';

const REQUEST = { action: 'void-and-regenerate', invoiceIds: ['INV-1', 'INV-2'], reason: 'Rates' };

function slowBook(callCostMs: number) {
  return openBook(nurserySheets(), { virtualClock: true, now: Date.UTC(2026, 10, 21, 9), callCostMs });
}

describe('the time budget of an apply', () => {
  it('applies when the run is well within 5 minutes', () => {
    const book = slowBook(80);
    expect(book.call('revoiceApply', REQUEST)).toMatchObject({ ok: true });
  });

  it('refuses with TIME_LIMIT, writing nothing, when reading alone took most of the 5 minutes', () => {
    const book = slowBook(15_000); // a very slow spreadsheet: reading alone takes most of the 5 minutes
    const before = book.apps.snapshot();
    const answer = book.call('revoiceApply', REQUEST);
    expect(answer).toMatchObject({ ok: false, code: 'TIME_LIMIT' });
    expect(answer.message).toMatch(/Nothing was written; apply fewer invoices at once/);
    expect(book.apps.snapshot()).toEqual(before);
    expect(book.apps.spreadsheet.getSheetByName(JOURNAL_SHEET)).toBeNull();
  });

  it('counts the wait for the lock', () => {
    // The slowest spreadsheet that still gets applied…
    const costs = Array.from({ length: 60 }, (_, i) => 1_000 + i * 250);
    const slowest = costs.filter((cost) => slowBook(cost).call('revoiceApply', REQUEST).ok).pop()!;
    expect(slowest).toBeGreaterThan(1_000);
    // …is refused once another execution held the lock for 29 s of it (Revoice waits up to 30 s).
    const book = slowBook(slowest);
    const before = bookkeepersView(book.apps);
    book.apps.lock.heldByOtherUntil = book.apps.clock.now() + 29_000;
    expect(book.call('revoiceApply', REQUEST)).toMatchObject({ ok: false, code: 'TIME_LIMIT' });
    expect(book.apps.lock.acquired).toBe(1);
    expect(bookkeepersView(book.apps)).toEqual(before);
  });
});
