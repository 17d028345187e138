/**
 * apply-credit through the bundle: Ben's credit (92 paid on a voided invoice, 50 refunded: 42
 * held) onto his open 30.00 invoice. Paid, Balance and Status are rewritten where they hold
 * values; where the workbook computes them, their formulas stay and compute the same.
 */
import { createFakeApps, dateCell } from '../../fake-apps-script/src';
import { callJson, loadBundle, readDistHtml } from '../../fake-apps-script/src/load-bundle';
import { PROTECTED, ZONE, bookkeepersView, nurserySheets, openBook, records, withFiller } from './harness';

const d = dateCell;

/** The nursery, with Ben's March invoice voided (refund 50) and an open 30.00 April invoice of his. */
function bensBook(withFormulas = false) {
  const sheets = nurserySheets();
  const header = [...(sheets.Invoices[0] as string[]), 'Paid', 'Balance'];
  sheets.Invoices = sheets.Invoices.map((row, r) => (r === 0 ? header : [...row, '', '']));
  const row = sheets.Invoices.length + 1;
  const status = withFormulas ? `=IF(O${row}<=0,"paid","open")` : 'open';
  const paid = withFormulas ? `=SUMIF(Payments!B:B,A${row},Payments!D:D)` : 0;
  const balance = withFormulas ? `=L${row}-N${row}` : 30;
  sheets.Invoices.push([
    'INV-4',
    'BEN-MAY',
    'Ben',
    d('2026-04-20'),
    d('2026-05-17'),
    d('2026-04-20'),
    d('2026-05-04'),
    'NZD',
    status,
    30,
    0,
    30,
    '',
    paid,
    balance,
  ]);
  return sheets;
}

function withBensCredit(sheets: Record<string, unknown[][]>) {
  const book = openBook(sheets);
  const voided = book.call('revoiceApply', {
    action: 'void',
    invoiceIds: ['INV-2'],
    creditNote: { refund: 50, credit: 0 },
  });
  expect(voided.results[0]).toMatchObject({ ok: true, unappliedCredit: '42.00' });
  return book;
}

const APPLY = { action: 'apply-credit', invoiceIds: ['INV-4'], requestKey: 'credit-1' };

describe('apply-credit through the bundle', () => {
  it("moves Ben's credit onto his open invoice and marks it paid", () => {
    const book = withBensCredit(bensBook());
    const preview = book.call('revoicePreview', APPLY);
    expect(preview.results[0]).toMatchObject({ ok: true, transferred: '30.00', unappliedCredit: '12.00' });
    const applied = book.call('revoiceApply', { ...APPLY, fingerprints: { 'INV-4': preview.results[0].fingerprint } });
    expect(applied.results[0]).toEqual({
      invoiceId: 'INV-4',
      ok: true,
      voided: false,
      transferred: '30.00',
      creditSources: [{ invoiceId: 'INV-2', amount: '30.00' }],
      unappliedCredit: '12.00',
    });
    expect(records(book, 'Invoices').find((r) => r['Invoice ID'] === 'INV-4')).toMatchObject({
      Status: 'paid',
      Paid: '30',
      Balance: '0',
    });
    expect(
      records(book, 'Payments')
        .slice(-2)
        .map((r) => [r['Payment ID'], r['Invoice ID'], r.Amount]),
    ).toEqual([
      ['TRF-INV-4-OUT', 'INV-2', '-30'],
      ['TRF-INV-4-IN', 'INV-4', '30'],
    ]);
    expect(records(book, 'Audit Log').slice(-1)[0]).toMatchObject({ Action: 'apply-credit', 'Invoice ID': 'INV-4' });
    // Once only: the same key answers the first result and writes nothing.
    const before = bookkeepersView(book.apps);
    expect(book.call('revoiceApply', APPLY).results).toEqual(applied.results);
    expect(bookkeepersView(book.apps)).toEqual(before);
    expect(book.call('revoiceApply', { ...APPLY, requestKey: 'credit-2' }).results[0]).toMatchObject({
      ok: false,
      code: 'NOTHING_TO_APPLY',
    });
  });

  it('leaves Paid, Balance and Status to the formulas that compute them, which then agree', () => {
    const book = withBensCredit(bensBook(true));
    expect(book.call('revoiceApply', APPLY).results[0]).toMatchObject({ ok: true, transferred: '30.00' });
    const sheet = book.apps.spreadsheet.getSheetByName('Invoices')!;
    const row = sheet.getLastRow();
    expect(sheet.getRange(row, 9).getFormula()).toMatch(/^=IF\(/);
    expect(sheet.getRange(row, 14).getFormula()).toMatch(/^=SUMIF\(/);
    expect(sheet.getRange(row, 15).getFormula()).toBe(`=L${row}-N${row}`);
    expect(records(book, 'Invoices').find((r) => r['Invoice ID'] === 'INV-4')).toMatchObject({
      Status: 'paid',
      Paid: '30',
      Balance: '0',
    });
  });

  it('finds the credit by key in a workbook too large to read whole', () => {
    const book = withBensCredit(withFiller(bensBook()));
    book.apps.calls.reset();
    expect(book.call('revoiceApply', APPLY).results[0]).toMatchObject({
      ok: true,
      transferred: '30.00',
      unappliedCredit: '12.00',
    });
    expect(book.apps.calls.byMethod.findAll).toBeGreaterThan(0);
  });
});

describe("the customer's credit for the selected invoices", () => {
  it("reports Ben's 42.00 on his invoices and nothing for Ada's", () => {
    const book = withBensCredit(bensBook());
    expect(book.call('revoiceCustomerCredit', ['INV-4', 'INV-2', 'INV-1', 'NOPE'])).toEqual({
      ok: true,
      credits: [
        { invoiceId: 'INV-4', customer: 'Ben', currency: 'NZD', credit: '42.00' },
        { invoiceId: 'INV-2', customer: 'Ben', currency: 'NZD', credit: '42.00' },
        { invoiceId: 'INV-1', customer: 'Ada', currency: 'NZD', credit: '0.00' },
      ],
    });
    book.apps.calls.reset();
    book.call('revoiceCustomerCredit', ['INV-4']);
    expect(book.apps.calls.writes).toBe(0);
  });
});

describe('apply-credit under the guarantees: stopped or failing at every call, then recovered', () => {
  const base = withBensCredit(bensBook());
  // A fresh copy each time: a book started from a snapshot shares its rows.
  const boot = (from = base.apps.snapshot()) => {
    const options = { timeZone: ZONE, html: readDistHtml(), now: Date.UTC(2026, 10, 21, 9, 30), virtualClock: true };
    const apps = createFakeApps({ ...options, from });
    const api = loadBundle(apps);
    return { apps, call: (name: string, ...args: unknown[]) => callJson(api[name], ...args) };
  };
  const clean = boot();
  const BEFORE = bookkeepersView(clean.apps);
  clean.apps.calls.reset();
  const FIRST = clean.call('revoiceApply', APPLY);
  const CALLS = clean.apps.calls.total;
  const AFTER = bookkeepersView(clean.apps);
  const points = Array.from({ length: CALLS }, (_, i) => i + 1);

  /** After recovery: untouched or applied; then the same key ends exactly like a clean run. */
  const expectRecovered = (book: ReturnType<typeof boot>) => {
    const next = boot(book.apps.snapshot());
    expect(next.call('revoiceSelection')).toMatchObject({ ok: true });
    expect([JSON.stringify(BEFORE), JSON.stringify(AFTER)]).toContain(JSON.stringify(bookkeepersView(next.apps)));
    const { repaired: _repaired, ...again } = next.call('revoiceApply', APPLY);
    expect(again).toEqual(FIRST);
    expect(bookkeepersView(next.apps)).toEqual(AFTER);
  };

  it.each(points.flatMap((k) => [[k, 'lost'] as const, [k, 'kept'] as const]))(
    'killed at call %i (%s)',
    (k, unflushed) => {
      const book = boot();
      book.apps.faults.killAt(k, { unflushed });
      expect(() => book.call('revoiceApply', APPLY)).toThrow();
      expectRecovered(book);
    },
  );

  it.each(points)('failing for good from call %i, its undo too', (k) => {
    const book = boot();
    book.apps.faults.failCallAt(k, { message: PROTECTED, times: 10_000 });
    try {
      book.call('revoiceApply', APPLY);
    } catch {
      // a read failing for good: google.script.run reports it
    }
    book.apps.faults.clear();
    expectRecovered(book);
  });
});
