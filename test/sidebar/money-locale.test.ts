/** Money in the sidebar as the spreadsheet's locale writes it, and typed amounts read by it. */
import type { Page } from 'playwright-core';
import type { PreviewSuccess, RevoiceRequest, SelectedInvoice } from '../../src/shared/api';
import { callsTo, describeIfChromium, openSidebar, useSidebarBrowser } from './browser';
import { AMELIA_PREVIEW, ameliaScenario } from './fixtures';
import type { MockScenario } from './mock/google';

/** An invoice in euros, for a spreadsheet in Germany. */
const KLARA: SelectedInvoice = {
  invoiceId: 'RE-2024-7',
  reference: '',
  customer: 'Klara Vogel',
  status: 'paid',
  total: '1234.50',
  currency: 'EUR',
};
const KLARA_PREVIEW: PreviewSuccess = {
  ...AMELIA_PREVIEW,
  invoiceId: KLARA.invoiceId,
  currency: 'EUR',
  before: { ...AMELIA_PREVIEW.before, total: '1234.50', paid: '1000.00' },
  after: { ...AMELIA_PREVIEW.after!, total: '2345.60' },
  transferred: '1000.00',
  newInvoiceId: `${KLARA.invoiceId}-R1`,
};

// Intl writes the space before "€" as a no-break space.
const text = (s: string | null) =>
  (s ?? '')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describeIfChromium('money in the spreadsheet’s locale', () => {
  const session = useSidebarBrowser();

  async function open(scenario: MockScenario, initialAction?: string): Promise<Page> {
    const opened = session.track(await openSidebar(session.browser(), scenario, { initialAction }));
    await opened.page.waitForSelector('#rv-selection-count:not(:empty)');
    return opened.page;
  }
  async function preview(page: Page): Promise<string> {
    await page.fill('#rv-reason', 'Rate rise from March');
    await page.click('#rv-preview');
    await page.waitForSelector('.preview:not([hidden])');
    return text(await page.innerText('.preview .card'));
  }

  test('en_GB: £ before the amount, a point for decimals', async () => {
    const page = await open(ameliaScenario({ locale: 'en_GB' }));
    expect(text(await page.innerText('.invoice .amount'))).toBe('£449.00');
    const card = await preview(page);
    expect(card).toContain('Total £449.00 → becomes £539.50');
    expect(card).toContain('Paid so far £300.00');
    expect(card).toContain('12 × 32.00 = 384.00');
  });

  test('de_DE: "1.234,50 €", line numbers with a decimal comma, typed amounts read the same way', async () => {
    const page = await open({ invoices: [KLARA], previews: { [KLARA.invoiceId]: KLARA_PREVIEW }, locale: 'de_DE' });
    expect(text(await page.innerText('.invoice .amount'))).toBe('1.234,50 €');
    const card = await preview(page);
    expect(card).toContain('Total 1.234,50 € → becomes 2.345,60 €');
    expect(card).toContain('Paid so far 1.000,00 €');
    expect(card).toContain('12 × 32,00 = 384,00');
    // No amount with a decimal point: every number follows the locale.
    expect(card).not.toMatch(/\d\.\d\d\b/);
  });

  test('de_DE: a refund typed as "1.025,50" is sent as 1025.50; "12.5" is refused, not guessed', async () => {
    const page = await open({ invoices: [KLARA], locale: 'de_DE' }, 'void');
    await page.click('#rv-credit-summary');
    await page.fill('#rv-refund', '12.5');
    await page.fill('#rv-reason', 'Rate rise from March');
    await page.click('#rv-preview');
    await expect(page.innerText('.form-errors')).resolves.toContain('like 25, 25,50 or 1.025,50');
    await page.fill('#rv-refund', '1.025,50');
    await page.fill('#rv-credit', '0,5');
    await preview(page);
    const sent = (await callsTo(page, 'revoicePreview')).map((c) => c.args[0] as RevoiceRequest);
    expect(sent).toHaveLength(1);
    expect(sent[0].creditNote).toEqual({ refund: '1025.50', credit: '0.5' });
  });
});
