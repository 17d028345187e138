/** Export results: the words for each outcome and the pasted table's safety, without a browser. */
import { outcomeWords, resultsTable } from '../../sidebar/results-table';
import type { ResultsDisplay } from '../../sidebar/results-display';

const ok = { ok: true as const, voided: false };

describe('what an apply did, in words', () => {
  test.each([
    [{ ...ok, invoiceId: 'A', voided: true, newInvoiceId: 'A-R1' }, 'voided and regenerated'],
    [{ ...ok, invoiceId: 'A', voided: true }, 'voided'],
    [{ ...ok, invoiceId: 'A', newInvoiceId: 'A-R1' }, 'regenerated'],
    [{ ...ok, invoiceId: 'D', regeneratedInPlace: true as const }, 'rebuilt in place'],
    [{ ...ok, invoiceId: 'X', cleared: [{ column: 'Xero ID', value: 'X-1' }] }, 'unlinked'],
    [{ ...ok, invoiceId: 'C', transferred: '10.00' }, 'credit applied'],
  ])('%j → %s', (outcome, words) => expect(outcomeWords(outcome)).toBe(words));
});

describe('the exported table', () => {
  const display: ResultsDisplay = {
    outcomes: [
      { ...ok, invoiceId: '=HYPERLINK("x")', voided: true },
      { invoiceId: 'INV-2', ok: false, code: 'STALE', message: 'changed\tin the sheet\nmeanwhile' },
    ],
    total: 2,
    pending: 1,
    unsent: ['INV-3'],
    cancelled: true,
    leftOut: ['-INV-4'],
    skipped: [{ invoiceId: 'INV-5', ok: false, code: 'DRAFT', message: 'a draft' }],
    notPreviewed: ['INV-6'],
    currency: () => 'GBP',
  };

  test('one row per invoice of the preview, every kind of outcome', () => {
    const rows = resultsTable(display, () => '')
      .split('\n')
      .map((r) => r.split('\t'));
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      ['Invoice', 'Result'],
      [`'=HYPERLINK("x")`, 'voided'],
      ['INV-2', 'failed'],
      ['INV-3', 'not applied (cancelled)'],
      ["'-INV-4", 'left out'],
      ['INV-5', 'skipped'],
      ['INV-6', 'skipped'],
    ]);
    expect(rows.every((r) => r.length === 4)).toBe(true);
  });

  test('text that Sheets would run as a formula gets an apostrophe; tabs and line breaks become spaces', () => {
    const table = resultsTable(display, () => '');
    expect(table).toContain("'=HYPERLINK");
    expect(table).toContain('changed in the sheet meanwhile');
  });
});
