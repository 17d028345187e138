import { dateCell } from '../../fake-apps-script/src';
import { nurserySheets, openBook } from './harness';

describe('request-level errors are returned, never thrown, and write nothing', () => {
  const cases: [string, (sheets: Record<string, unknown[][]>) => void, object, string, RegExp][] = [
    [
      'MISSING_SHEET for regenerate without a Schedule',
      (s) => delete s.Schedule,
      { action: 'void-and-regenerate', invoiceIds: ['INV-1'] },
      'MISSING_SHEET',
      /"Schedule"/,
    ],
    [
      'MISSING_COLUMN naming sheet and column',
      (s) => {
        s['Invoice Lines'][0][4] = 'Cost';
      },
      { action: 'void-and-regenerate', invoiceIds: ['INV-1'] },
      'MISSING_COLUMN',
      /"Invoice Lines".*"Unit Price"/,
    ],
    [
      'MISSING_SHEET when Invoices is gone',
      (s) => delete s.Invoices,
      { action: 'void', invoiceIds: ['INV-1'] },
      'MISSING_SHEET',
      /"Invoices"/,
    ],
    [
      'BAD_REQUEST for an unknown action',
      () => undefined,
      { action: 'delete', invoiceIds: ['INV-1'] },
      'BAD_REQUEST',
      /action/,
    ],
    ['BAD_REQUEST for no invoices', () => undefined, { action: 'void', invoiceIds: [] }, 'BAD_REQUEST', /at least one/],
    [
      'BAD_REQUEST for more than 500 invoices',
      () => undefined,
      { action: 'void', invoiceIds: Array.from({ length: 501 }, (_, i) => `I${i}`) },
      'BAD_REQUEST',
      /500/,
    ],
  ];

  it.each(cases)('%s', (_name, mutate, body, code, message) => {
    const sheets = nurserySheets();
    mutate(sheets);
    const book = openBook(sheets);
    const before = book.apps.snapshot();
    for (const fn of ['revoicePreview', 'revoiceApply']) {
      const response = book.call(fn, body);
      expect(response).toMatchObject({ ok: false, code });
      expect(response.message).toMatch(message);
    }
    expect(book.apps.snapshot()).toEqual(before);
  });

  it('a void needs no Schedule', () => {
    const sheets = nurserySheets();
    delete sheets.Schedule;
    const book = openBook(sheets);
    expect(book.call('revoiceApply', { action: 'void', invoiceIds: ['INV-1'] }).results[0]).toMatchObject({
      ok: true,
      voided: true,
      unappliedCredit: '50.00',
    });
  });

  it('a non-object request is BAD_REQUEST', () => {
    const book = openBook(nurserySheets());
    expect(book.call('revoiceApply', 'void everything')).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    expect(book.call('revoicePreview', null)).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
  });
});

describe('per-invoice errors block only their invoice', () => {
  it('reports each code in request order and applies the rest', () => {
    const sheets = nurserySheets();
    sheets['Invoice Lines'].push(['INV-2', 'session', 'Broken', 'lots', 10, 10, 0, '']);
    sheets.Invoices.push([
      'INV-1',
      'DUP',
      'Ada',
      dateCell('2026-03-23'),
      dateCell('2026-04-19'),
      '',
      '',
      'NZD',
      'open',
      1,
      0,
      1,
      '',
    ]);
    sheets.Invoices.push([
      'INV-4',
      'DEE',
      'Dee',
      dateCell('2026-03-23'),
      dateCell('2026-04-19'),
      '',
      '',
      'NZD',
      'open',
      1,
      0,
      1,
      '',
    ]);
    const book = openBook(sheets);
    const response = book.call('revoiceApply', {
      action: 'void-and-regenerate',
      invoiceIds: ['INV-1', 'INV-2', 'INV-3', 'INV-9', 'INV-4'],
    });
    expect(response.results.map((r: any) => [r.invoiceId, r.ok ? 'ok' : r.code])).toEqual([
      ['INV-1', 'DUPLICATE_ID'],
      ['INV-2', 'BAD_VALUE'],
      ['INV-3', 'ok'], // a draft: rebuilt in place
      ['INV-9', 'NOT_FOUND'],
      ['INV-4', 'ok'],
    ]);
    expect(response.results[0].message).toMatch(/Invoices!A2 and Invoices!A5/);
    expect(response.results[1].message).toMatch(/Invoice Lines!D6/);
  });

  it('CREDIT_EXCEEDS_PAID, then a credit note that fits', () => {
    const book = openBook(nurserySheets());
    const tooMuch = book.call('revoiceApply', {
      action: 'void',
      invoiceIds: ['INV-2'],
      creditNote: { refund: 50, credit: 42.01 },
    });
    expect(tooMuch.results[0]).toMatchObject({ ok: false, code: 'CREDIT_EXCEEDS_PAID' });
    const fits = book.call('revoiceApply', {
      action: 'void',
      invoiceIds: ['INV-2'],
      reason: 'Left the nursery',
      creditNote: { refund: 50, credit: 42 },
    });
    // 92 paid − 50 refunded: the 42 credited stays Ben's credit.
    expect(fits.results[0]).toMatchObject({
      ok: true,
      voided: true,
      unappliedCredit: '42.00',
      creditNoteId: 'CN-INV-2',
    });
    const [header, note] = book.apps.display('Credit Notes');
    expect(Object.fromEntries(header.map((h, i) => [h, note[i]]))).toMatchObject({
      'Credit Note ID': 'CN-INV-2',
      'Invoice ID': 'INV-2',
      Customer: 'Ben',
      Refund: '50',
      Credit: '42',
      Reason: 'Left the nursery',
    });
  });

  it('NOT_VOIDED, PERIOD_OUTSIDE_ORIGINAL and BAD_EDIT', () => {
    const book = openBook(nurserySheets());
    expect(book.call('revoiceApply', { action: 'regenerate', invoiceIds: ['INV-1'] }).results[0]).toMatchObject({
      code: 'NOT_VOIDED',
    });
    expect(
      book.call('revoiceApply', { action: 'void-and-regenerate', invoiceIds: ['INV-1'], from: '2026-03-01' })
        .results[0],
    ).toMatchObject({ code: 'PERIOD_OUTSIDE_ORIGINAL' });
    const badEdit = {
      action: 'void-and-regenerate',
      invoiceIds: ['INV-1'],
      mode: 'copy',
      edits: { 'INV-1': { lines: [{ index: 3, quantity: 1 }] } },
    };
    expect(book.call('revoiceApply', badEdit).results[0]).toMatchObject({ code: 'BAD_EDIT' });
    expect(book.apps.display('Invoices')[1][8]).toBe('open');
  });
});

describe('sheets created on first use', () => {
  it('creates Credit Notes when a void issues the first credit note', () => {
    const sheets = nurserySheets();
    delete sheets['Credit Notes'];
    const book = openBook(sheets);
    const response = book.call('revoiceApply', {
      action: 'void',
      invoiceIds: ['INV-2'],
      creditNote: { refund: 92, credit: 0 },
    });
    expect(response.results[0]).toMatchObject({ ok: true, unappliedCredit: '0.00' });
    const [header, note] = book.apps.display('Credit Notes');
    expect(header).toEqual(['Credit Note ID', 'Invoice ID', 'Customer', 'Date', 'Refund', 'Credit', 'Reason']);
    expect(note.slice(0, 2)).toEqual(['CN-INV-2', 'INV-2']);
  });
});
