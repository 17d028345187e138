/**
 * A month's batch through the playground (the real bundle over the sample workbook): the review
 * marks what the real engine says is unchanged, leaves those out, and the sheet shows exactly
 * the invoices applied as voided and reissued.
 */
import { clickRow, describeIfChromium, playgroundInChromium, refreshSelection, waitForGrid } from './browser';
import { records, sampleWithXss } from './harness';

describeIfChromium('a batch in the offline playground', () => {
  const playground = playgroundInChromium(sampleWithXss);

  test('12 September–October invoices: 6 unchanged are left out, 5 applied, the voided one skipped with its reason', async () => {
    const { page, sidebar } = playground.opened;
    await clickRow(page, 'INV-1001');
    await clickRow(page, 'INV-1012', ['Shift']);
    await refreshSelection(sidebar, 12);
    await sidebar.getByLabel('Reason').fill('Fees rose on 1 October');
    await sidebar.getByRole('button', { name: 'Preview', exact: true }).click();
    await sidebar.locator('.review-row').first().waitFor();
    expect(await sidebar.locator('#rv-review-summary').innerText()).toBe(
      'Ready to void and regenerate 11 of 12 invoices: 1 can’t be changed, 6 unchanged, 5 changed.',
    );
    const marks = await sidebar
      .locator('.review-row')
      .evaluateAll((rows) =>
        rows.map((r) => [r.getAttribute('data-invoice-id'), r.querySelector('.mark-word')?.textContent]),
      );
    const unchanged = marks.filter(([, mark]) => mark === 'unchanged').map(([id]) => id);
    expect(unchanged).toEqual(['INV-1001', 'INV-1004', 'INV-1005', 'INV-1006', 'INV-1007', 'INV-1009']);
    expect(marks.find(([id]) => id === 'INV-1010')?.[1]).toBe('changed');
    expect(await sidebar.locator('.review-row', { hasText: 'INV-1010' }).innerText()).toMatch(
      /£804\.00\s+£840\.00\s+\+£36\.00/,
    );

    await sidebar.getByRole('button', { name: 'Apply to 5 invoices' }).click();
    await sidebar.getByText('5 of 5 applied. 6 left out. 1 skipped.').waitFor();
    // Arlo's September invoice was voided already: skipped, and the results say why.
    expect(await sidebar.locator('#rv-skipped').innerText()).toMatch(/INV-1008[\s\S]*already voided/);
    const rows = records(
      await waitForGrid(page, (r) => r.some((row) => row[0] === 'INV-1012-R1'), 'the last new invoice'),
    );
    const status = new Map(rows.map((r) => [r['Invoice ID'], r.Status]));
    for (const id of ['INV-1002', 'INV-1003', 'INV-1010', 'INV-1011', 'INV-1012'])
      expect(status.get(id)).toBe('voided');
    for (const id of unchanged) expect(status.get(id as string)).not.toBe('voided');
    expect([...status.keys()].filter((id) => /-R1$/.test(id as string)).length).toBe(5);
  });
});
