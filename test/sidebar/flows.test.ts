/** The sidebar's everyday flows in Chromium, against a mock google.script.run. */
import type { Page } from 'playwright-core';
import type { RevoiceRequest } from '../../src/shared/api';
import { callsTo, describeIfChromium, useSidebarBrowser, mockState, openSidebar } from './browser';
import {
  AMELIA,
  AMELIA_DIFF,
  AMELIA_PREVIEW,
  DRAFT,
  OSCAR,
  XSS,
  XSS_DESCRIPTION,
  XSS_PREVIEW,
  ameliaScenario,
} from './fixtures';
import type { MockScenario } from './mock/google';

describeIfChromium('sidebar flows', () => {
  const session = useSidebarBrowser();

  async function open(scenario: MockScenario, options: { initialAction?: string } = {}): Promise<Page> {
    const opened = session.track(await openSidebar(session.browser(), scenario, options));
    await opened.page.waitForSelector('#rv-selection-count:not(:empty)');
    await opened.page.waitForFunction(() => !document.querySelector('.selection[aria-busy]'));
    return opened.page;
  }
  /** Preview, giving a reason first when none is typed (a void needs one). */
  async function preview(page: Page, reason = 'Schedule changed'): Promise<void> {
    if (!(await page.inputValue('#rv-reason'))) await page.fill('#rv-reason', reason);
    await page.click('#rv-preview');
    await page.waitForSelector('.preview:not([hidden])');
  }
  const previewRequests = async (page: Page): Promise<RevoiceRequest[]> =>
    (await callsTo(page, 'revoicePreview')).map((c) => c.args[0] as RevoiceRequest);
  const applyRequests = async (page: Page): Promise<RevoiceRequest[]> =>
    (await callsTo(page, 'revoiceApply')).map((c) => c.args[0] as RevoiceRequest);

  test('lists the selected invoices: ID, customer, status, total with currency', async () => {
    const page = await open({ invoices: [AMELIA, OSCAR] });
    await expect(page.textContent('#rv-selection-count')).resolves.toBe('2 invoices selected.');
    const rows = await page.$$eval('.invoice', (els) =>
      els.map((e) => (e as HTMLElement).innerText.replace(/\s+/g, ' ').trim()),
    );
    expect(rows).toEqual(['INV-2024-031 paid Amelia Hart £449.00', 'INV-2024-032 open Oscar Bennett £1,210.50']);
  });

  test('says what to do when nothing in Invoices is selected, and Refresh re-reads', async () => {
    const page = await open({ invoices: [], hint: 'The selection is on the Payments sheet. Select rows in Invoices.' });
    await expect(page.textContent('.selection-hint')).resolves.toContain('Select rows in Invoices');
    expect(await page.isDisabled('#rv-preview')).toBe(true);
    await page.click('#rv-refresh');
    await page.waitForFunction(() => !document.querySelector('.selection[aria-busy]'));
    expect(await callsTo(page, 'revoiceSelection')).toHaveLength(2);
  });

  test('a selection error is in plain words, with Set up workbook for a missing sheet', async () => {
    const page = await open({
      invoices: [],
      selectionFailure: { code: 'MISSING_SHEET', message: 'No sheet named "Invoices"' },
    });
    await expect(page.textContent('.selection [role=alert]')).resolves.toContain('A sheet Revoice needs is missing');
    await expect(page.textContent('.selection .detail')).resolves.toContain('No sheet named "Invoices"');
    await page.click('#rv-setup');
    await page.waitForSelector('#rv-notice:has-text("added Audit Log")');
  });

  test('preview marks added, removed and changed lines in words, with totals and payments', async () => {
    const page = await open(ameliaScenario());
    await page.fill('#rv-reason', 'Rate rise from March');
    await preview(page);
    const [request] = await previewRequests(page);
    expect(request).toEqual({
      action: 'void-and-regenerate',
      invoiceIds: [AMELIA.invoiceId],
      reason: 'Rate rise from March',
      mode: 'schedule',
      keepManual: true,
    });
    const marks = await page.$$eval('.card .line', (els) =>
      els.map((e) => (e.querySelector('.mark') || { textContent: '' }).textContent),
    );
    expect(marks).toEqual(['~ Changed', '~ Changed', '− Removed', '+ Added', '']);
    await expect(page.textContent('.line.is-removed del')).resolves.toContain('Nappies & wipes');
    const changed = await page.innerText('.line.is-changed >> nth=0');
    expect(changed).toMatch(/was\s*12 × 32.00 = 384.00/);
    expect(changed).toMatch(/now\s*11 × 34.00 = 374.00/);
    const totals = await page.$$eval('.totals dt', (dts) =>
      dts.map((dt) => `${dt.textContent}: ${(dt.nextElementSibling as HTMLElement).innerText.replace(/\s+/g, ' ')}`),
    );
    expect(totals).toEqual([
      'Subtotal: £449.00 → becomes £539.50',
      'Tax: £0.00',
      'Total: £449.00 → becomes £539.50',
      'Paid so far: £300.00',
      'Payments to move: £300.00',
      'New invoice: to pay: £239.50',
      'New invoice: status: open',
      "Customer's credit left: £0.00",
    ]);
    await expect(page.textContent('.warnings')).resolves.toContain('Good Friday');
    await expect(page.textContent('.card h3')).resolves.toContain('INV-2024-031-R1');
    await expect(page.textContent('#rv-apply')).resolves.toBe('Apply to 1 invoice');
    // Laid out for 300 px: nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
  });

  test('two lines split by a mid-month schedule change show the dates each covers', async () => {
    const full = { ...AMELIA_DIFF[0].after!, description: 'Full days' };
    const early = { ...full, from: '2024-03-01', to: '2024-03-14' };
    const late = { ...full, unitPrice: '36.00', from: '2024-03-15', to: '2024-03-31' };
    const previewed = {
      ...AMELIA_PREVIEW,
      diff: [
        { change: 'changed' as const, before: { ...AMELIA_DIFF[0].before!, description: 'Full days' }, after: early },
        { change: 'added' as const, after: late },
      ],
    };
    const page = await open(ameliaScenario({ previews: { [AMELIA.invoiceId]: previewed } }));
    await preview(page);
    const titles = await page.$$eval('.card .line .desc', (els) => els.map((e) => e.textContent));
    expect(titles).toEqual(['Full days · 1–14 Mar', 'Full days · 15–31 Mar']);
  });

  test('apply sends the fingerprints and a request key; a double click applies once', async () => {
    const page = await open(ameliaScenario());
    await preview(page);
    await page.dblclick('#rv-apply');
    await page.waitForSelector('.results:not([hidden])');
    await page.click('#rv-apply', { force: true }).catch(() => undefined);
    const applies = await applyRequests(page);
    expect(applies).toHaveLength(1);
    expect(applies[0].fingerprints).toEqual({ [AMELIA.invoiceId]: `fp-${AMELIA.invoiceId}-v1` });
    expect(applies[0].requestKey).toMatch(/^rv-[a-z0-9]+-[0-9a-f]{20}-c1$/);
    expect(applies[0]).toMatchObject({
      action: 'void-and-regenerate',
      mode: 'schedule',
      invoiceIds: [AMELIA.invoiceId],
    });
    expect((await mockState(page)).applied).toEqual([AMELIA.invoiceId]);
    await expect(page.textContent('#rv-results-summary')).resolves.toBe('1 of 1 applied.');
    // The selected card no longer says "open": the invoice is voided now.
    await expect(page.textContent('.invoice .status')).resolves.toBe('voided');
  });

  test('results: new IDs select their row in the sheet', async () => {
    const page = await open(ameliaScenario());
    await preview(page);
    await page.click('#rv-apply');
    await page.waitForSelector('.results:not([hidden])');
    const ids = await page.$$eval('.results .id-link', (els) => els.map((e) => e.textContent));
    expect(ids).toEqual([AMELIA.invoiceId, 'INV-2024-031-R1']);
    await page.click('.results .id-link[data-invoice-id="INV-2024-031-R1"]');
    await page.waitForSelector('#rv-select-status:has-text("row 7")');
    expect((await callsTo(page, 'revoiceSelectInvoice')).map((c) => c.args)).toEqual([['INV-2024-031-R1']]);
    await expect(page.textContent('.results .result .hint')).resolves.toBe(
      'New total £117.50 · £50.00 of payments moved',
    );
  });

  test('a failed call is retried with the same request key, so nothing applies twice', async () => {
    const page = await open(ameliaScenario({ transportFailures: { revoiceApply: 1 } }));
    await preview(page);
    await page.click('#rv-apply');
    await page.waitForSelector('#rv-apply-remaining');
    await expect(page.textContent('.results .error-text')).resolves.toContain('couldn’t reach the spreadsheet');
    await page.click('#rv-apply-remaining');
    await page.waitForSelector('#rv-results-summary:has-text("1 of 1 applied.")');
    const keys = (await applyRequests(page)).map((r) => r.requestKey);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect((await mockState(page)).applied).toEqual([AMELIA.invoiceId]);
  });

  test('a lone STALE invoice says nothing was done', async () => {
    const page = await open({ invoices: [OSCAR], staleOnce: [OSCAR.invoiceId] });
    await preview(page);
    await page.click('#rv-apply');
    await page.waitForSelector('.results:not([hidden])');
    await expect(page.textContent('#rv-results-summary')).resolves.toBe('0 of 1 applied, 1 failed.');
  });

  test('STALE: plain words and Preview again, which gets a new key and applies', async () => {
    const page = await open({ invoices: [AMELIA, OSCAR], staleOnce: [OSCAR.invoiceId] });
    await preview(page);
    await page.click('#rv-apply');
    await page.waitForSelector('.results:not([hidden])');
    await expect(page.textContent('#rv-results-summary')).resolves.toBe('1 of 2 applied, 1 failed.');
    await expect(page.textContent('.result.is-error')).resolves.toContain('changed in the sheet after the preview');
    await page.click('#rv-preview-again');
    await page.waitForSelector('.preview:not([hidden])');
    expect((await previewRequests(page))[1].invoiceIds).toEqual([OSCAR.invoiceId]);
    await expect(page.textContent('.preview .summary')).resolves.toContain('the 1 invoice that changed');
    await page.click('#rv-apply');
    await page.waitForSelector('#rv-results-summary:has-text("1 of 1 applied.")');
    const applies = await applyRequests(page);
    expect(applies[1].invoiceIds).toEqual([OSCAR.invoiceId]);
    expect(applies[1].fingerprints).toEqual({ [OSCAR.invoiceId]: `fp-${OSCAR.invoiceId}-v2` });
    expect(applies[1].requestKey).not.toBe(applies[0].requestKey);
    expect((await mockState(page)).applied.sort()).toEqual([AMELIA.invoiceId, OSCAR.invoiceId]);
  });

  test('per-invoice preview errors are in plain words and left out of Apply', async () => {
    const page = await open({
      invoices: [AMELIA, DRAFT],
      previews: { [AMELIA.invoiceId]: AMELIA_PREVIEW },
      failures: { [DRAFT.invoiceId]: { code: 'DRAFT', message: 'INV-2024-040 is a draft', onPreview: true } },
    });
    await preview(page);
    // Two invoices: the batch table, the one that can't be changed first, its reason one click away.
    const rows = await page.$$eval('.review-row', (els) =>
      els.map((e) => (e as HTMLElement).innerText.replace(/\s+/g, ' ')),
    );
    expect(rows[0]).toContain(`${DRAFT.invoiceId} can’t be changed`);
    expect(await page.$$eval('.review-row.is-error input', (els) => els.length)).toBe(0);
    await page.click(`.row-toggle[data-invoice-id="${DRAFT.invoiceId}"]`);
    await expect(page.textContent('.detail-row .error-text')).resolves.toContain('still a draft');
    await expect(page.textContent('.detail-row .detail')).resolves.toContain('INV-2024-040 is a draft');
    await expect(page.textContent('.preview .summary')).resolves.toBe(
      'Ready to void and regenerate 1 of 2 invoices: 1 can’t be changed, 1 changed.',
    );
    await page.click('#rv-apply');
    await page.waitForSelector('.results:not([hidden])');
    // The draft is accounted for in the results: skipped, with the reason.
    await expect(page.textContent('#rv-results-summary')).resolves.toBe('1 of 1 applied. 1 skipped.');
    await expect(page.textContent('#rv-skipped')).resolves.toContain('still a draft');
    expect((await applyRequests(page))[0].invoiceIds).toEqual([AMELIA.invoiceId]);
  });

  test('workbook text is shown as text, never run as HTML', async () => {
    const page = await open({ invoices: [XSS], previews: { [XSS.invoiceId]: XSS_PREVIEW } });
    await preview(page);
    expect(await page.$eval('.card .desc', (e) => e.firstChild && e.firstChild.textContent)).toBe(XSS_DESCRIPTION);
    await expect(page.textContent('.invoice .customer')).resolves.toBe(XSS.customer);
    await expect(page.textContent('.card h3')).resolves.toContain('INV-<b>66</b>');
    await expect(page.textContent('.warnings')).resolves.toContain('<b>not bold</b>');
    expect(await page.$$eval('img, b, main script', (els) => els.length)).toBe(0);
    await page.click('#rv-apply');
    await page.waitForSelector('.results .id-link');
    expect(await page.$$eval('.results .id-link', (els) => els.map((e) => e.textContent))).toEqual([
      XSS.invoiceId,
      `${XSS.invoiceId}-R1`,
    ]);
    expect(await page.$$eval('img, b', (els) => els.length)).toBe(0);
  });

  test('the menu’s chosen action is preselected; voiding a paid invoice offers a credit note', async () => {
    const page = await open(ameliaScenario(), { initialAction: 'void' });
    expect(await page.isChecked('input[name=action][value=void]')).toBe(true);
    expect(await page.isVisible('input[name=mode]')).toBe(false);
    expect(await page.isVisible('#rv-refund')).toBe(false);
    await page.click('#rv-credit-summary');
    await page.fill('#rv-refund', '25.50');
    await preview(page);
    expect((await previewRequests(page))[0]).toEqual({
      action: 'void',
      invoiceIds: [AMELIA.invoiceId],
      reason: 'Schedule changed',
      creditNote: { refund: '25.50', credit: '0' },
    });
    await expect(page.textContent('#rv-paid-hint')).resolves.toContain('Paid so far: £300.00');
  });

  test('the preview shows the credit note a void issues, and a period from–to narrows', async () => {
    const page = await open(ameliaScenario({ previews: {} }), { initialAction: 'void' });
    await page.click('#rv-credit-summary');
    await page.fill('#rv-refund', '25.50');
    await page.fill('#rv-credit', '£10');
    await preview(page);
    const note = await page.innerText('.card .totals');
    expect(note).toMatch(/Credit note CN-INV-2024-031\s+refund £25.50, credit £10/);
    await page.check('input[name=action][value=void-and-regenerate]');
    await page.fill('#rv-from', '2024-03-01');
    await page.fill('#rv-to', '2024-03-14');
    await preview(page);
    await expect(page.textContent('.card')).resolves.toContain('Bills only 1–14 Mar 2024: that becomes its period.');
    await expect(page.innerText('.card .totals')).resolves.toMatch(/New invoice: to pay\s+£67.50/);
  });

  test("Apply credit… preselects applying the customer's credit, with no regenerate or credit note options", async () => {
    const page = await open(ameliaScenario(), { initialAction: 'apply-credit' });
    expect(await page.isChecked('input[name=action][value=apply-credit]')).toBe(true);
    expect(await page.isVisible('input[name=mode]')).toBe(false);
    expect(await page.isVisible('#rv-credit-summary')).toBe(false);
    await preview(page);
    expect((await previewRequests(page))[0]).toMatchObject({ action: 'apply-credit', invoiceIds: [AMELIA.invoiceId] });
  });

  test('Regenerate selected… keeps Regenerate when every selected invoice is voided', async () => {
    const page = await open({ invoices: [{ ...OSCAR, status: 'voided' }] }, { initialAction: 'regenerate' });
    expect(await page.isChecked('input[name=action][value=regenerate]')).toBe(true);
    await expect(page.textContent('#rv-notice')).resolves.toBe('');
  });

  test('Regenerate selected… on an invoice not voided yet chooses Void & regenerate, and says so', async () => {
    const page = await open({ invoices: [{ ...OSCAR, status: 'voided' }, AMELIA] }, { initialAction: 'regenerate' });
    expect(await page.isChecked('input[name=action][value=void-and-regenerate]')).toBe(true);
    await expect(page.textContent('#rv-notice')).resolves.toContain('Not every selected invoice is voided yet');
  });

  test('an unknown initial action is ignored', async () => {
    const page = await open(ameliaScenario(), { initialAction: '<img src=x>' });
    expect(await page.isChecked('input[name=action][value=void-and-regenerate]')).toBe(true);
  });

  test('Copy and edit: the line editor sends only what changed', async () => {
    const page = await open(ameliaScenario());
    await page.check('input[name=mode][value=copy]');
    await expect(page.textContent('.editor-slot')).resolves.toContain('Press Preview once');
    await preview(page);
    expect(await page.$$eval('.edit-line', (els) => els.length)).toBe(4);
    const lineOne = page.locator('.edit-line').nth(0);
    await lineOne.getByLabel('Quantity').fill('10');
    await page.locator('.edit-line').nth(1).getByLabel('Description').fill('Hot lunch');
    await page.locator('.edit-line').nth(2).getByLabel('Remove this line').check();
    expect(await page.locator('.edit-line').nth(2).getByLabel('Quantity').isDisabled()).toBe(true);
    await page.click('button:has-text("Add line")');
    const added = page.locator('.edit-line.is-added');
    await added.getByLabel('Description').fill('Extra session 14 Mar');
    await added.getByLabel('Unit price (GBP)').fill('30.00');
    // The preview no longer matches: Apply waits for a new one.
    expect(await page.isDisabled('#rv-apply')).toBe(true);
    await expect(page.textContent('.preview .notice')).resolves.toContain('Preview again');
    await page.click('#rv-preview');
    await page.waitForFunction(
      () =>
        document.querySelectorAll('.preview:not([hidden])').length === 1 &&
        !(document.querySelector('#rv-apply') as HTMLButtonElement).disabled,
    );
    const request = (await previewRequests(page))[1];
    expect(request.mode).toBe('copy');
    expect(request.edits).toEqual({
      [AMELIA.invoiceId]: {
        lines: [
          { index: 1, quantity: '10' },
          { index: 2, description: 'Hot lunch' },
          { index: 3, remove: true },
        ],
        add: [{ description: 'Extra session 14 Mar', quantity: '1', unitPrice: '30.00' }],
      },
    });
    await page.click('#rv-apply');
    await page.waitForSelector('.results:not([hidden])');
    expect((await applyRequests(page))[0].edits).toEqual(request.edits);
  });

  test('a void asks for a reason: Preview says so, moves to the box and sends nothing until given', async () => {
    const page = await open(ameliaScenario(), { initialAction: 'void' });
    await expect(page.textContent('label[for=rv-reason]')).resolves.toBe('Reason (needed)');
    await page.click('#rv-preview');
    await expect(page.textContent('.form-errors')).resolves.toBe('Say why it is voided.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('rv-reason');
    expect(await page.getAttribute('#rv-reason', 'aria-invalid')).toBe('true');
    await page.check('input[name=action][value=void-and-regenerate]');
    await page.click('#rv-preview');
    await expect(page.textContent('.form-errors')).resolves.toBe('Say why it is voided.');
    expect(await previewRequests(page)).toEqual([]);
    await page.fill('#rv-reason', 'Billed twice');
    await preview(page);
    expect((await previewRequests(page))[0]).toMatchObject({ reason: 'Billed twice' });
    expect(await page.getAttribute('#rv-reason', 'aria-invalid')).toBeNull();
    // Regenerating an invoice already voided, or applying credit, needs none.
    await page.check('input[name=action][value=apply-credit]');
    await expect(page.textContent('label[for=rv-reason]')).resolves.toBe('Reason (optional)');
  });

  test('Copy and edit: tax rates are percentages (2 is 2 %), editable on every line; one rule for descriptions', async () => {
    const page = await open(ameliaScenario());
    await page.check('input[name=mode][value=copy]');
    await preview(page);
    await expect(page.textContent('.line-editor .hint')).resolves.toContain('Every line needs a description.');
    // Each box is named with its line for screen readers.
    const lineTwoTax = page.getByRole('textbox', { name: 'Line 2 Tax rate (%)', exact: true });
    expect(await lineTwoTax.inputValue()).toBe('0');
    await page.getByRole('textbox', { name: 'Line 1 Tax rate (%)', exact: true }).fill('150');
    await page.getByRole('textbox', { name: 'Line 2 Description', exact: true }).fill(' ');
    await page.click('button:has-text("Add line")');
    await page.getByRole('textbox', { name: 'New line 1 Unit price (GBP)', exact: true }).fill('5');
    await page.click('#rv-preview');
    const errors = await page.$$eval('.form-errors p', (els) => els.map((e) => e.textContent));
    expect(errors).toEqual([
      'Line 1: the tax rate must be a percentage from 0 to 100, like 20 for 20 %.',
      'Line 2: add a description. Every line needs a description.',
      'New line 1: add a description. Every line needs a description.',
    ]);
    expect(await previewRequests(page)).toHaveLength(1);
    await page.getByRole('textbox', { name: 'Line 1 Tax rate (%)', exact: true }).fill('2');
    await page.getByRole('textbox', { name: 'Line 2 Description', exact: true }).fill('Lunch');
    await page.click('button:has-text("Remove new line")');
    await lineTwoTax.fill('20 %');
    await page.click('#rv-preview');
    await page.waitForFunction(() => !(document.querySelector('#rv-apply') as HTMLButtonElement).disabled);
    expect((await previewRequests(page))[1].edits).toEqual({
      [AMELIA.invoiceId]: {
        lines: [
          { index: 1, taxRate: '2%' },
          { index: 2, taxRate: '20%' },
        ],
      },
    });
  });

  test('a line edit the server refuses says which line and what to change', async () => {
    const message = 'INV-2024-031: Line 1 tax rate "2" should be like 0.2 or 20%, from 0 to 100%.';
    const page = await open(
      ameliaScenario({ failures: { [AMELIA.invoiceId]: { code: 'BAD_EDIT', message, onPreview: true } } }),
    );
    await preview(page);
    await expect(page.textContent('.card.is-error')).resolves.toContain(
      'The details say which line and what to change',
    );
    await expect(page.textContent('.card.is-error .detail')).resolves.toContain(message);
  });

  test('bad input is explained and nothing is sent', async () => {
    const page = await open(ameliaScenario());
    await page.fill('#rv-from', '2024-03-10');
    await page.click('#rv-preview');
    await expect(page.textContent('.form-errors')).resolves.toContain('Give both From and To dates');
    await page.fill('#rv-to', '2024-03-01');
    await page.click('#rv-preview');
    await expect(page.textContent('.form-errors')).resolves.toContain('on or before the To date');
    expect(await previewRequests(page)).toEqual([]);
    await page.fill('#rv-to', '2024-03-20');
    await preview(page);
    expect((await previewRequests(page))[0]).toMatchObject({ from: '2024-03-10', to: '2024-03-20' });
  });

  test('part months and weeks can be billed whole (prorate: false), from the schedule only', async () => {
    const page = await open(ameliaScenario());
    await page.check('#rv-whole-periods');
    await preview(page);
    expect((await previewRequests(page))[0]).toMatchObject({ mode: 'schedule', prorate: false });
    await page.check('input[name=mode][value=copy]');
    expect(await page.isVisible('#rv-whole-periods')).toBe(false);
  });

  test('every control has a label and the page works from the keyboard', async () => {
    const page = await open(ameliaScenario());
    await page.check('input[name=mode][value=copy]');
    await preview(page);
    await page.click('button:has-text("Add line")');
    const unlabelled = await page.$$eval('input, select, textarea', (els) =>
      els
        .filter((e) => !(e as HTMLInputElement).labels || (e as HTMLInputElement).labels!.length === 0)
        .map((e) => e.outerHTML),
    );
    expect(unlabelled).toEqual([]);
    const nameless = await page.$$eval('button', (els) => els.filter((b) => !(b.textContent || '').trim()).length);
    expect(nameless).toBe(0);
    await page.click('button:has-text("Remove new line")');
    expect(await page.evaluate(() => document.activeElement && document.activeElement.textContent)).toBe('Add line');
    // Keyboard only: Enter on Preview, Tab to Apply, Enter.
    await page.focus('#rv-preview');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'rv-preview-title');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement && document.activeElement.id)).toBe('rv-apply');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.results:not([hidden])');
    expect(await page.evaluate(() => document.activeElement && document.activeElement.id)).toBe('rv-results-title');
  });
});
