/** The playground's sample workbook is consistent and every flow the README walks through works on it. */
import { nurseryInvoices, nurserySample, SAMPLE_TIME_ZONE } from '../../examples/nursery';
import { createFakeApps } from '../../fake-apps-script/src';
import { callJson, loadBundle, readDistHtml } from '../../fake-apps-script/src/load-bundle';

function open() {
  const apps = createFakeApps({ timeZone: SAMPLE_TIME_ZONE, sheets: nurserySample(), html: readDistHtml() });
  const api = loadBundle(apps);
  return { apps, call: <T = any>(name: string, ...args: unknown[]) => callJson<T>(api[name], ...args) };
}

const ids = () =>
  nurseryInvoices()
    .invoices.slice(1)
    .map((row) => String(row[0]));
const MISMATCH = /says .* but|add up to|can't be read/;

describe('the nursery sample', () => {
  it('has about ten children and two months of invoices, one draft, some paid', () => {
    const { invoices } = nurseryInvoices();
    const rows = invoices.slice(1);
    expect(new Set(rows.map((r) => r[2])).size).toBe(10);
    expect(rows.filter((r) => r[8] === 'draft')).toHaveLength(1);
    expect(rows.filter((r) => r[8] === 'paid').length).toBeGreaterThan(0);
  });

  it('previews a void of every invoice; only the draft and the voided one are refused, and no total disagrees with its lines', () => {
    const { call } = open();
    const response = call('revoicePreview', { action: 'void', invoiceIds: ids() });
    expect(response.ok).toBe(true);
    const refused = response.results.filter((r: any) => !r.ok);
    expect(refused.map((r: any) => [r.invoiceId, r.code])).toEqual([
      ['INV-1008', 'ALREADY_VOIDED'],
      ['INV-1016', 'DRAFT'],
    ]);
    for (const result of response.results.filter((r: any) => r.ok)) {
      expect(result.warnings.filter((w: string) => MISMATCH.test(w))).toEqual([]);
    }
  });

  it("rebuilds the draft in place and applies Arlo's credit to his October invoice", () => {
    const { call } = open();
    const draft = call('revoicePreview', { action: 'void-and-regenerate', invoiceIds: ['INV-1016'] }).results[0];
    expect(draft).toMatchObject({ ok: true, regeneratedInPlace: true });
    expect(draft.after.total).not.toBe(draft.before.total);
    const credit = call('revoiceApply', { action: 'apply-credit', invoiceIds: ['INV-1017'] }).results[0];
    expect(credit).toMatchObject({ ok: true, creditSources: [{ invoiceId: 'INV-1008' }] });
  });

  it('regenerates every issued invoice from the changed schedule', () => {
    const { call } = open();
    const issued = ids().filter((id) => id !== 'INV-1016' && id !== 'INV-1008');
    const response = call('revoicePreview', { action: 'void-and-regenerate', invoiceIds: issued });
    const byId = new Map<string, any>(response.results.map((r: any) => [r.invoiceId, r]));
    for (const id of issued) {
      expect(byId.get(id)).toMatchObject({ ok: true, newInvoiceId: `${id}-R1` });
      expect(byId.get(id).warnings.filter((w: string) => MISMATCH.test(w))).toEqual([]);
    }
    // Theo started on 12 October: 9 full days at the new rate plus the registration fee.
    expect(byId.get('INV-1019').after.total).toBe('635.00');
    // Noah's Fridays lose the INSET day; October at £65.
    expect(byId.get('INV-1013').after.lines[0]).toMatchObject({
      description: 'Full days',
      quantity: '9',
      unitPrice: '65.00',
    });
    // Leo's hand-typed lines are kept.
    expect(byId.get('INV-1006').after.lines.map((l: any) => l.description)).toEqual(
      expect.arrayContaining(['Trip to the farm', 'Late pickup (15 Sep)']),
    );
  });

  it('applies a void and regenerate: Accounting ID is not copied and the Audit Log is created', () => {
    const { apps, call } = open();
    expect(apps.snapshot().sheets.map((s) => s.name)).not.toContain('Audit Log');
    const response = call('revoiceApply', {
      action: 'void-and-regenerate',
      invoiceIds: ['INV-1010'],
      reason: 'Fees rose on 1 October',
    });
    expect(response.results[0]).toMatchObject({ ok: true, newInvoiceId: 'INV-1010-R1', transferred: '300.00' });
    const [header, ...rows] = apps.display('Invoices');
    const row = rows.find((r) => r[0] === 'INV-1010-R1')!;
    expect(row[header.indexOf('Accounting ID')]).toBe('');
    expect(apps.display('Audit Log').length).toBe(2);
  });
});
