/**
 * revoiceHistory: the latest entries of the Audit Log, newest first, one per request key, read
 * from the bottom of the log (its header and the rows it shows), never the whole log.
 */
import { checkboxCell, dateTimeCell } from '../../fake-apps-script/src';
import { nurserySheets, openBook } from './harness';

const HEADER = ['Timestamp', 'User', 'Action', 'Invoice ID', 'Result ID', 'Request Key', 'Details'];
const WIDTH = HEADER.length;

/** A log row as an apply writes it (the Details cell trimmed to what History reads). */
function logRow(key: string, invoiceId: string, resultId = '') {
  const result = { invoiceId, ok: true, voided: true, ...(resultId ? { newInvoiceId: resultId } : {}) };
  return [
    dateTimeCell('2026-01-05T09:15:00'),
    'ada@nursery.example',
    'void',
    invoiceId,
    resultId,
    key,
    JSON.stringify({ result }),
  ];
}

/** The nursery with an Audit Log of `rows` one-invoice requests (key-0 at the top), plus `tail` rows below. */
function withLog(rows: number, tail: unknown[][] = []) {
  const sheets = nurserySheets();
  sheets['Audit Log'] = [HEADER, ...Array.from({ length: rows }, (_, i) => logRow(`key-${i}`, `OLD-${i}`)), ...tail];
  return openBook(sheets);
}

function historyCost(book: ReturnType<typeof withLog>, limit?: number) {
  book.apps.calls.reset();
  const answer = book.call('revoiceHistory', ...(limit === undefined ? [] : [limit]));
  return {
    answer,
    calls: book.apps.calls.sheetsCalls,
    cells: book.apps.calls.cellsRead,
    writes: book.apps.calls.writes,
  };
}

describe('History, from what an apply wrote', () => {
  it('groups the rows of one request, newest first, with new IDs, credit notes, reason and what failed', () => {
    const book = openBook(nurserySheets(), { virtualClock: true, now: Date.UTC(2026, 3, 10, 2, 30, 0) });
    const regenerate = {
      action: 'void-and-regenerate',
      invoiceIds: ['INV-1', 'INV-2', 'INV-404'],
      reason: 'Rate rise',
      mode: 'schedule',
      requestKey: 'k-1',
    };
    expect(book.call('revoiceApply', regenerate)).toMatchObject({ ok: true });
    const refund = {
      action: 'void',
      invoiceIds: ['INV-2-R1'],
      creditNote: { refund: 92, credit: 0 },
      requestKey: 'k-2',
    };
    expect(book.call('revoiceApply', refund)).toMatchObject({ ok: true, results: [{ ok: true }] });
    const history = book.call('revoiceHistory');
    expect(history).toEqual({
      ok: true,
      more: false,
      entries: [
        {
          // The spreadsheet's clock (Auckland, UTC+12 after 5 April), not the machine's.
          when: '2026-04-10 14:30:00',
          user: 'bookkeeper@example.com',
          action: 'void',
          invoices: [{ invoiceId: 'INV-2-R1', creditNoteId: expect.stringMatching(/\S/) }],
          requestKey: 'k-2',
        },
        {
          when: '2026-04-10 14:30:00',
          user: 'bookkeeper@example.com',
          action: 'void-and-regenerate',
          invoices: [
            { invoiceId: 'INV-1', newInvoiceId: 'INV-1-R1' },
            { invoiceId: 'INV-2', newInvoiceId: 'INV-2-R1' },
          ],
          notChanged: ['INV-404'],
          reason: 'Rate rise',
          requestKey: 'k-1',
        },
      ],
    });
    expect(book.call('revoiceHistory', 1)).toMatchObject({ ok: true, more: true, entries: [{ requestKey: 'k-2' }] });
  });

  it('is empty, not an error, before anything was applied (no Audit Log sheet)', () => {
    const book = openBook(nurserySheets());
    expect(book.call('revoiceHistory')).toEqual({ ok: true, entries: [], more: false });
  });

  it('refuses a limit that is not a number, and keeps a large one to 100', () => {
    const book = withLog(150);
    expect(book.call('revoiceHistory', 'all')).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    const most = book.call('revoiceHistory', 1000);
    expect(most.entries).toHaveLength(100);
    expect(most.more).toBe(true);
  });

  it('falls back on Result ID when a Details cell was edited by hand', () => {
    const sheets = nurserySheets();
    sheets['Audit Log'] = [
      HEADER,
      ['2026-01-05', 'ada@nursery.example', 'regenerate', 'INV-7', 'INV-7-R1', 'k-a', 'edited'],
      ['2026-01-05', 'ada@nursery.example', 'void', 'INV-8', 'CN-1', 'k-b', ''],
    ];
    const entries = openBook(sheets).call('revoiceHistory').entries;
    expect(entries.map((e: { invoices: unknown }) => e.invoices)).toEqual([
      [{ invoiceId: 'INV-8', creditNoteId: 'CN-1' }],
      [{ invoiceId: 'INV-7', newInvoiceId: 'INV-7-R1' }],
    ]);
  });
});

describe('History reads only the rows it shows', () => {
  it('of a 50,000-row Audit Log: its header and the last 21 rows, in two reads', () => {
    const { answer, calls, cells, writes } = historyCost(withLog(50_000));
    expect(answer.entries).toHaveLength(20);
    expect(answer.entries[0]).toEqual({
      when: '2026-01-05 09:15:00',
      user: 'ada@nursery.example',
      action: 'void',
      invoices: [{ invoiceId: 'OLD-49999' }],
      requestKey: 'key-49999',
    });
    expect(answer.entries[19].requestKey).toBe('key-49980');
    expect(answer.more).toBe(true);
    // Row 1, then rows 49,981–50,001: the 21st row (an older request) shows the 20th is whole.
    expect({ calls, cells, writes }).toEqual({ calls: 2, cells: WIDTH + 21 * WIDTH, writes: 0 });
  });

  it('reads further up only as far as a request of many invoices needs', () => {
    const many = Array.from({ length: 300 }, (_, i) => logRow('key-big', `BIG-${i}`, `BIG-${i}-R1`));
    const { answer, cells } = historyCost(withLog(50_000, many), 2);
    expect(answer.entries.map((e: { requestKey: string }) => e.requestKey)).toEqual(['key-big', 'key-49999']);
    expect(answer.entries[0].invoices).toHaveLength(300);
    expect(answer.entries[0].invoices[299]).toEqual({ invoiceId: 'BIG-299', newInvoiceId: 'BIG-299-R1' });
    // Windows of 3, 24, 192 and 1,536 rows: far from the 50,000.
    expect(cells).toBe(WIDTH * (1 + 3 + 24 + 192 + 1536));
  });

  it('skips rows below the log that hold only checkboxes (they reach getLastRow, but are no entries)', () => {
    const spare = Array.from({ length: 200 }, () => ['', '', '', '', '', '', '', checkboxCell()]);
    const { answer, cells } = historyCost(withLog(50_000, spare));
    expect(answer.entries).toHaveLength(20);
    expect(answer.entries[0].requestKey).toBe('key-49999');
    expect(cells).toBeLessThan(2000 * 8);
  });

  it('shows a short log whole', () => {
    const { answer, calls } = historyCost(withLog(3));
    expect(answer).toMatchObject({ ok: true, more: false });
    expect(answer.entries.map((e: { requestKey: string }) => e.requestKey)).toEqual(['key-2', 'key-1', 'key-0']);
    expect(calls).toBe(2);
  });
});
