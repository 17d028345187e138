/** Guarantees that hold for every call: nothing lost, only known columns written, errors returned not thrown. */
import { SCHEMAS, planApply, previewRequest, parseRequest } from '../../src/engine';
import type { Plan, RawWorkbook, SheetKey } from '../../src/engine';
import { Body, applyAll, parsedRequest } from './drive';
import { CONTEXT, nursery } from './fixtures';

const BODIES: [string, Body][] = [
  [
    'void with a credit note',
    { action: 'void', invoiceIds: ['INV-1', 'INV-2', 'INV-3'], creditNote: { refund: 10, credit: 5 } },
  ],
  ['void-and-regenerate', { action: 'void-and-regenerate', invoiceIds: ['INV-1', 'INV-2', 'INV-3'] }],
  ['regenerate (schedule)', { action: 'regenerate', invoiceIds: ['INV-2', 'INV-1'], keepManual: false }],
  [
    'regenerate (copy)',
    {
      action: 'regenerate',
      invoiceIds: ['INV-2'],
      mode: 'copy',
      edits: { 'INV-2': { add: [{ description: 'x', quantity: 1, unitPrice: 1 }] } },
    },
  ],
];
const OWNED_ON_ORIGINAL = ['Status', 'Voided At', 'Void Reason', 'Regenerated As'];

function updatedCells(plan: Plan): string[] {
  return Object.entries(plan.updates).flatMap(([sheet, updates]) =>
    (updates ?? []).map((u) => `${sheet}:${u.column}@${u.row}`),
  );
}

describe.each(BODIES)('%s', (_, body) => {
  test('overwrites only Revoice-owned cells of the invoices acted on', () => {
    const { results, plan } = applyAll(nursery(), body);
    const rowsActedOn = new Map([
      ['INV-1', 2],
      ['INV-2', 3],
      ['INV-3', 4],
    ]);
    // A draft rebuilt in place gets its totals (and narrowed period) rewritten (SPEC §3 drafts).
    const DRAFT_CELLS = ['Subtotal', 'Tax', 'Total', 'Balance', 'Period Start', 'Period End'];
    const allowed = results
      .filter((r) => r.ok)
      .flatMap((r) =>
        (r.ok && r.regeneratedInPlace ? DRAFT_CELLS : OWNED_ON_ORIGINAL).map(
          (c) => `invoices:${c}@${rowsActedOn.get(r.invoiceId)}`,
        ),
      );
    expect(updatedCells(plan).length).toBeGreaterThan(0);
    for (const cell of updatedCells(plan)) expect(allowed).toContain(cell);
  });

  test("appends only columns of the sheet's schema (never Accounting ID or other unknown columns)", () => {
    const { plan } = applyAll(nursery(), body);
    for (const [sheet, rows] of Object.entries(plan.appends) as [SheetKey, Plan['appends'][SheetKey]][]) {
      for (const row of rows ?? []) expect(SCHEMAS[sheet].all).toEqual(expect.arrayContaining(Object.keys(row)));
    }
  });
});

describe('expected errors are returned, never thrown', () => {
  const odd: [string, RawWorkbook][] = [
    ['an empty workbook', {}],
    ['an Invoices sheet with no rows at all', { Invoices: { name: 'Invoices', rows: [] } }],
    [
      'ragged rows and blank lines',
      (() => {
        const raw = nursery();
        raw.Invoices?.rows.push([], ['INV-9'], [null, null, null]);
        raw['Invoice Lines']?.rows.push(['INV-1']);
        return raw;
      })(),
    ],
  ];

  test.each(odd)('%s', (_, raw) => {
    for (const body of BODIES.map(([, b]) => b)) {
      expect(() => previewRequest(raw, parsedRequest(body), CONTEXT)).not.toThrow();
      expect(() => planApply(raw, parsedRequest(body, true), CONTEXT)).not.toThrow();
    }
  });

  test('parseRequest of anything', () => {
    for (const input of [
      undefined,
      0,
      'x',
      [],
      { action: 'void', invoiceIds: [null] },
      { action: 'void', invoiceIds: ['A'], edits: 'x' },
    ]) {
      expect(parseRequest(input, false)).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    }
  });

  test('a ragged line row is a BAD_VALUE for its invoice, not a crash', () => {
    const raw = nursery();
    raw['Invoice Lines']?.rows.push(['INV-2']);
    expect(applyAll(raw, { action: 'regenerate', invoiceIds: ['INV-2'] }).results[0]).toMatchObject({
      ok: false,
      code: 'BAD_VALUE',
    });
  });
});
