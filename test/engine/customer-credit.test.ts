/**
 * Customer credit (SPEC §3; Chargebee, Lago, Metronome): money held on a customer's voided
 * invoices is theirs, and pays a regenerated invoice — the original's own first, then the other
 * voided invoices' in the same currency, oldest voided first. Figures worked by hand.
 */
import { appended, applyAll, applyOne, commit, previewOne, sumFor } from './drive';
import { creditNote, d, invoice, line, payment, workbook } from './fixtures';

/**
 * Ada: September (voided, 44.00 paid and held), October (voided, paid 120, credit note refund 50
 * and credit 70, so 70 held) and a USD invoice (voided, 30 held). October's line comes to 130.
 */
function ada(extra: { septemberVoidedAt?: string | null } = {}) {
  const voidedAt = (at: string | null) => (at === null ? '' : { date: at.slice(0, 10), time: at.slice(11) });
  return workbook({
    Invoices: [
      invoice('SEP', {
        Status: 'voided',
        Total: 44,
        Subtotal: 44,
        'Voided At': voidedAt(extra.septemberVoidedAt === undefined ? '2026-10-02T09:00:00' : extra.septemberVoidedAt),
      }),
      invoice('USD-1', {
        Status: 'voided',
        Currency: 'USD',
        Total: 30,
        Subtotal: 30,
        'Voided At': voidedAt('2026-09-01T09:00:00'),
      }),
      invoice('OCT', {
        Status: 'voided',
        Total: 120,
        Subtotal: 120,
        'Period Start': d('2026-10-01'),
        'Period End': d('2026-10-31'),
        'Voided At': voidedAt('2026-11-02T09:00:00'),
      }),
      invoice('BEN-1', { Customer: 'Ben', Status: 'voided', Total: 500, Subtotal: 500 }),
    ],
    'Invoice Lines': [line('OCT', 'session', 'Sessions', 13, 10)],
    Payments: [
      payment('P-1', 'SEP', 44),
      payment('P-2', 'USD-1', 30),
      payment('P-3', 'OCT', 120),
      payment('P-4', 'BEN-1', 500),
    ],
    'Credit Notes': [creditNote('CN-OCT', 'OCT', 50, 70)],
  });
}

const REGENERATE_OCT = { action: 'regenerate', invoiceIds: ['OCT'], mode: 'copy' };

describe("a regenerated invoice is paid by the customer's credit", () => {
  test('October at 130.00: 70.00 of its own, then 44.00 from September; balance 16.00, credit 0.00', () => {
    const raw = ada();
    const { result, plan } = applyOne(raw, REGENERATE_OCT);
    expect(result).toMatchObject({
      newInvoiceId: 'OCT-R1',
      total: '130.00',
      transferred: '114.00',
      creditSources: [
        { invoiceId: 'OCT', amount: '70.00' },
        { invoiceId: 'SEP', amount: '44.00' },
      ],
      unappliedCredit: '0.00',
    });
    expect(appended(plan, 'invoices')[0]).toMatchObject({ Paid: 114, Balance: 16, Status: 'open' });
    // Each source a ledger pair; Ben's and the USD credit untouched.
    const rows = appended(plan, 'payments').map((r) => [r['Payment ID'], r['Invoice ID'], r.Amount, r.Note]);
    expect(rows).toEqual([
      ['TRF-OCT-R1-OUT', 'OCT', -70, 'Moved to OCT-R1'],
      ['TRF-OCT-R1-IN', 'OCT-R1', 70, 'Moved from OCT'],
      ['TRF-OCT-R1-OUT-2', 'SEP', -44, 'Moved to OCT-R1'],
      ['TRF-OCT-R1-IN-2', 'OCT-R1', 44, 'Moved from SEP'],
    ]);
    const after = commit(raw, plan);
    for (const id of ['USD-1', 'BEN-1'])
      expect(sumFor(after, 'Payments', 'Amount', id)).toBe(sumFor(raw, 'Payments', 'Amount', id));
    // Money conserved per customer and currency: Σ Paid over Ada's GBP invoices is unchanged.
    const gbp = (book: typeof raw) =>
      ['SEP', 'OCT', 'OCT-R1'].reduce((sum, id) => sum + Number(sumFor(book, 'Payments', 'Amount', id)), 0);
    expect(gbp(after)).toBe(gbp(raw));
  });

  test('the preview shows the same sources and the credit left', () => {
    const preview = previewOne(ada(), REGENERATE_OCT);
    expect([preview.transferred, preview.creditSources, preview.unappliedCredit]).toEqual([
      '114.00',
      [
        { invoiceId: 'OCT', amount: '70.00' },
        { invoiceId: 'SEP', amount: '44.00' },
      ],
      '0.00',
    ]);
  });

  test('a credit in another currency is never used', () => {
    const raw = ada();
    raw.Invoices?.rows.splice(1, 1); // SEP out: only the USD credit is left besides October's own
    raw.Payments?.rows.splice(1, 1);
    const { result } = applyOne(raw, REGENERATE_OCT);
    expect(result).toMatchObject({
      transferred: '70.00',
      creditSources: [{ invoiceId: 'OCT', amount: '70.00' }],
      unappliedCredit: '0.00',
    });
  });

  test('applyCredit: false moves only what October holds neither refunded nor credited (120 − 50 − 70 = 0)', () => {
    const { result, plan } = applyOne(ada(), { ...REGENERATE_OCT, applyCredit: false });
    expect(result).toMatchObject({ transferred: '0.00', creditSources: [], unappliedCredit: '114.00' });
    expect(appended(plan, 'payments')).toEqual([]);
  });

  test('other credit is taken oldest voided first: a blank Voided At first, then by date, then by row', () => {
    const raw = ada({ septemberVoidedAt: null });
    raw.Invoices?.rows.push(
      invoice('AUG', {
        Status: 'voided',
        Total: 10,
        Subtotal: 10,
        'Voided At': { date: '2026-09-05', time: '09:00:00' },
      }),
    );
    raw.Payments?.rows.push(payment('P-5', 'AUG', 10));
    const { result } = applyOne(raw, REGENERATE_OCT);
    // 130 − 70 own: SEP (blank Voided At) gives 44, then AUG 10 — 6.00 left to pay.
    expect(result.creditSources).toEqual([
      { invoiceId: 'OCT', amount: '70.00' },
      { invoiceId: 'SEP', amount: '44.00' },
      { invoiceId: 'AUG', amount: '10.00' },
    ]);
  });

  test('invoices of one call share the credit: a later one sees what an earlier one took', () => {
    const raw = ada();
    raw.Invoices?.rows.push(invoice('NOV', { Status: 'voided', Total: 50, Subtotal: 50 }));
    raw['Invoice Lines']?.rows.push(line('NOV', 'session', 'Sessions', 5, 10));
    const { results } = applyAll(raw, { ...REGENERATE_OCT, invoiceIds: ['OCT', 'NOV'] });
    expect(results[0]).toMatchObject({ transferred: '114.00' });
    // September's 44 went to OCT-R1: nothing is left for NOV-R1.
    expect(results[1]).toMatchObject({ transferred: '0.00', creditSources: [], unappliedCredit: '0.00' });
  });

  test("a void reports the customer's credit in the currency after it, not just the invoice's", () => {
    const raw = ada();
    raw.Invoices?.rows.push(invoice('DEC', { Status: 'open', Total: 20, Subtotal: 20 }));
    raw.Payments?.rows.push(payment('P-6', 'DEC', 20));
    const { result } = applyOne(raw, { action: 'void', invoiceIds: ['DEC'], reason: 'Wrong month' });
    // SEP 44 + OCT 70 + DEC 20 held.
    expect(result.unappliedCredit).toBe('134.00');
  });

  test("another voided invoice's payment changing makes the preview STALE: its credit was in the figures", () => {
    const fingerprint = previewOne(ada(), REGENERATE_OCT).fingerprint;
    const raw = ada();
    raw.Payments?.rows.push(payment('P-9', 'SEP', -4));
    const body = { ...REGENERATE_OCT, fingerprints: { OCT: fingerprint } };
    expect(applyAll(raw, body).results[0]).toMatchObject({ ok: false, code: 'STALE' });
    expect(applyAll(ada(), body).results[0]).toMatchObject({ ok: true });
  });
});

describe("apply-credit: the customer's credit onto an open invoice", () => {
  const withDecember = (fields: Record<string, unknown> = {}) => {
    const raw = ada();
    raw.Invoices?.rows.push(invoice('DEC', { Status: 'open', Total: 30, Subtotal: 30, ...(fields as object) }));
    return raw;
  };
  const APPLY = { action: 'apply-credit', invoiceIds: ['DEC'] };

  test('an open 30.00 invoice with 114.00 available: 30.00 moves, oldest voided first; 84.00 left, DEC paid', () => {
    const { result, plan } = applyOne(withDecember(), APPLY);
    // SEP (voided 2 Oct) before OCT (voided 2 Nov): all 30 from September.
    expect(result).toMatchObject({
      ok: true,
      voided: false,
      transferred: '30.00',
      creditSources: [{ invoiceId: 'SEP', amount: '30.00' }],
      unappliedCredit: '84.00',
    });
    // Written where they hold values; a formula computing them is left alone (optional).
    expect(plan.updates.invoices).toEqual([
      { row: 6, column: 'Paid', value: 30, optional: true },
      { row: 6, column: 'Balance', value: 0, optional: true },
      { row: 6, column: 'Status', value: 'paid', optional: true },
    ]);
    expect(appended(plan, 'payments').map((r) => [r['Payment ID'], r['Invoice ID'], r.Amount])).toEqual([
      ['TRF-DEC-OUT', 'SEP', -30],
      ['TRF-DEC-IN', 'DEC', 30],
    ]);
  });

  test('44.00 available on an open 30.00 invoice leaves 14.00', () => {
    const raw = withDecember();
    raw['Credit Notes']?.rows.push(creditNote('CN-OCT-2', 'OCT', 70, 0)); // October now holds nothing
    const { result } = applyOne(raw, APPLY);
    expect(result).toMatchObject({ transferred: '30.00', unappliedCredit: '14.00' });
  });

  test('a part payment: the balance is what is applied, and the invoice stays open', () => {
    const raw = withDecember({ Total: 200, Subtotal: 200 });
    raw.Payments?.rows.push(payment('P-7', 'DEC', 50));
    const { result, plan } = applyOne(raw, APPLY);
    // 150 to pay; 114 of credit: SEP 44 then OCT 70. 36 still to pay.
    expect(result).toMatchObject({
      transferred: '114.00',
      creditSources: [
        { invoiceId: 'SEP', amount: '44.00' },
        { invoiceId: 'OCT', amount: '70.00' },
      ],
      unappliedCredit: '0.00',
    });
    expect(plan.updates.invoices?.map((u) => [u.column, u.value])).toEqual([
      ['Paid', 164],
      ['Balance', 36],
    ]);
    expect(previewOne(raw, APPLY).warnings.join(' ')).toContain('36.00 GBP to pay');
  });

  test('NOTHING_TO_APPLY: a paid invoice, a voided one, or a customer with no credit in its currency', () => {
    expect(applyAll(withDecember({ Status: 'paid' }), APPLY).results[0]).toMatchObject({ code: 'NOTHING_TO_APPLY' });
    expect(applyAll(ada(), { ...APPLY, invoiceIds: ['SEP'] }).results[0]).toMatchObject({ code: 'NOTHING_TO_APPLY' });
    const usd = withDecember({ Currency: 'EUR' });
    expect(applyAll(usd, APPLY).results[0]).toMatchObject({ code: 'NOTHING_TO_APPLY' });
    expect(applyAll(usd, APPLY).plan).toEqual({ updates: {}, appends: {} });
  });
});
