/**
 * The engine over tables that hold only the rows found by key (cost follows the work): it
 * never takes a row it was not given for a row that is not there. A lookup the reads did not
 * cover is reported as missing (and that answer is not to be used); once the rows it asks for
 * are found, in rounds as the sheets layer makes them, the answer is the one whole sheets give.
 */
import {
  LOOKUP_COLUMNS,
  firstLookups,
  followUpLookups,
  lookupKey,
  mergeLookups,
  planApply,
  previewRequest,
} from '../../src/engine';
import type { ApplyPlan, Lookups, RawSheet, RawWorkbook } from '../../src/engine';
import { CONTEXT, invoice, line, nursery, payment, schedule, workbook } from './fixtures';
import { Body, parsedRequest } from './drive';

/** The columns whose cells a search by a lookup column finds (links show the IDs they name). */
const SEARCHED_IN: Record<string, string[]> = {
  'Invoices:Invoice ID': ['Invoice ID', 'Regenerated From', 'Regenerated As'],
};
const KEYS: Record<string, keyof typeof LOOKUP_COLUMNS> = {
  Invoices: 'invoices',
  'Invoice Lines': 'lines',
  Payments: 'payments',
  'Credit Notes': 'creditNotes',
  Schedule: 'schedule',
};

/** What the sheets layer gives the engine after searching `lookups`: the header and the rows found. */
function found(full: RawWorkbook, lookups: Lookups): RawWorkbook {
  const raw: RawWorkbook = {};
  for (const [name, sheet] of Object.entries(full)) {
    const key = KEYS[name];
    if (!sheet || !key) {
      raw[name] = sheet; // Closures: small, read whole
      continue;
    }
    const searched = (lookups[key] ?? {}) as Record<string, string[]>;
    const [header, ...body] = sheet.rows;
    const rows: RawSheet['rows'] = [header];
    const rowNumbers: number[] = [];
    body.forEach((cells, i) => {
      const hit = Object.entries(searched).some(([column, values]) =>
        (SEARCHED_IN[`${name}:${column}`] ?? [column]).some((searchedColumn) => {
          const c = header.indexOf(searchedColumn);
          const cell = c < 0 ? null : cells[c];
          return cell !== null && values.some((v) => lookupKey(column, v) === lookupKey(column, String(cell)));
        }),
      );
      if (hit) {
        rows.push(cells);
        rowNumbers.push(i + 2);
      }
    });
    raw[name] = { name, rows, rowNumbers, searched };
  }
  return raw;
}

/** Rounds as the sheets layer makes them; the answer once nothing is missing, and the rounds it took. */
function inRounds(full: RawWorkbook, body: Body, apply = false) {
  const parsed = parsedRequest(body, apply);
  let lookups = firstLookups(parsed);
  const next = followUpLookups(found(full, lookups), parsed, CONTEXT);
  if (next) lookups = mergeLookups(lookups, next);
  for (let round = 1; round <= 5; round++) {
    const raw = found(full, lookups);
    const outcome = apply ? planApply(raw, parsed, CONTEXT) : previewRequest(raw, parsed, CONTEXT);
    if (!outcome.missing) return { outcome, rounds: round, lookups };
    lookups = mergeLookups(lookups, outcome.missing);
  }
  throw new Error('lookups never settled');
}

function wholeSheets(full: RawWorkbook, body: Body, apply = false) {
  const parsed = parsedRequest(body, apply);
  return apply ? planApply(full, parsed, CONTEXT) : previewRequest(full, parsed, CONTEXT);
}

const REGENERATE = { action: 'void-and-regenerate', invoiceIds: ['INV-1'], reason: 'Rates changed' };

/** Ada's chain INV-1 → A-2 → B-3 (IDs that do not follow <root>-R<n>), with other customers around. */
function oddChain(): RawWorkbook {
  return workbook({
    Invoices: [
      invoice('INV-1', { Status: 'voided', Total: 40, Subtotal: 40, 'Regenerated As': 'A-2' }),
      invoice('X-1', { Customer: 'Ben' }),
      invoice('A-2', {
        Status: 'voided',
        Total: 40,
        Subtotal: 40,
        'Regenerated From': 'INV-1',
        'Regenerated As': 'B-3',
      }),
      invoice('X-2', { Customer: 'Cal' }),
      invoice('B-3', { Status: 'voided', Total: 40, Subtotal: 40, 'Regenerated From': 'A-2' }),
    ],
    'Invoice Lines': [line('B-3', 'session', 'Mornings', 4, 10)],
    Schedule: [schedule('Ada', 'Mornings', { Rate: 45 })],
    Payments: [payment('P-1', 'B-3', 40)],
  });
}

describe('partial reads: the engine never takes an unread row for an absent one', () => {
  it('reports the schedule rows it was not given instead of regenerating without them', () => {
    const raw = found(nursery(), firstLookups(parsedRequest(REGENERATE)));
    const { missing } = previewRequest(raw, parsedRequest(REGENERATE), CONTEXT);
    expect(missing?.schedule).toEqual({ Customer: ['ada'] });
  });

  it('never answers NOT_FOUND for an invoice whose rows were not searched', () => {
    const raw = found(nursery(), { invoices: { 'Invoice ID': ['INV-2'] } });
    const { missing } = previewRequest(raw, parsedRequest({ action: 'void', invoiceIds: ['INV-1'] }), CONTEXT);
    expect(missing?.invoices).toEqual({ 'Invoice ID': ['INV-1'] });
  });

  it('asks for the ID a regeneration would take, and for the ledger IDs it would write', () => {
    const { lookups } = inRounds(nursery(), REGENERATE, true);
    expect(lookups.invoices?.['Invoice ID']).toEqual(expect.arrayContaining(['INV-1', 'INV-1-R1']));
    expect(lookups.payments?.['Payment ID']).toEqual(['TRF-INV-1-R1-OUT', 'TRF-INV-1-R1-IN']);
  });

  it.each([
    ['a preview', false],
    ['an apply', true],
  ])('gives %s the answer whole sheets give, evaluating once', (_, apply) => {
    const { outcome, rounds } = inRounds(nursery(), REGENERATE, apply);
    expect(rounds).toBe(1);
    expect(outcome).toEqual(wholeSheets(nursery(), REGENERATE, apply));
  });

  it('follows a chain whose IDs do not say where they stand, by its links', () => {
    const body = { action: 'regenerate', invoiceIds: ['B-3'] };
    const { outcome, lookups } = inRounds(oddChain(), body, true);
    expect(lookups.invoices?.['Invoice ID']).toEqual(expect.arrayContaining(['B-3', 'A-2', 'INV-1']));
    expect(outcome).toEqual(wholeSheets(oddChain(), body, true));
    expect(outcome.response).toMatchObject({ ok: true, results: [{ newInvoiceId: 'INV-1-R3' }] });
  });

  it('finds a duplicate of the regenerated ID, and a ledger ID already taken', () => {
    const raw = nursery();
    raw.Invoices?.rows.push(invoice('INV-2-R1', { Customer: 'Ben' }));
    raw.Payments?.rows.push(payment('TRF-INV-1-R1-IN', 'INV-9', 5));
    const body = { action: 'regenerate', invoiceIds: ['INV-2'] };
    const { outcome } = inRounds(raw, body, true);
    expect(outcome.response).toMatchObject({ ok: true, results: [{ ok: false, code: 'DUPLICATE_ID' }] });
    const taken = inRounds(raw, REGENERATE, true);
    expect(taken.outcome).toEqual(wholeSheets(raw, REGENERATE, true));
    const rows = (taken.outcome as ApplyPlan).plan.appends.payments ?? [];
    expect(rows.map((r) => r['Payment ID'])).toEqual(['TRF-INV-1-R1-OUT', 'TRF-INV-1-R1-IN-2']);
  });

  it('finds a customer whose name is typed with other spaces and case', () => {
    const raw = nursery();
    const rows = raw.Schedule?.rows ?? [];
    rows.forEach((cells) => {
      if (cells[0] === 'Ada') cells[0] = '  ada ';
    });
    expect(inRounds(raw, REGENERATE).outcome).toEqual(wholeSheets(raw, REGENERATE));
  });
});
