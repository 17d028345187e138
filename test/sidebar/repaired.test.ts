/**
 * After Google stopped an apply midway, the next call undoes it; the sidebar then tells the
 * bookkeeper what was undone (Chromium, against the real bundle).
 */
import { bookkeepersView, nurserySheets, openBook } from '../addon/harness';
import { describeIfChromium, openAgainstServer, useSidebarBrowser } from './browser';

describeIfChromium('the sidebar after an interrupted apply', () => {
  const session = useSidebarBrowser();

  test('says what was undone, and the sheets are as before', async () => {
    const stopped = openBook(nurserySheets(), { active: { sheet: 'Invoices', ranges: ['A2:A3'] } });
    const before = bookkeepersView(stopped.apps);
    stopped.apps.faults.killAt(80, { unflushed: 'kept' });
    expect(() =>
      stopped.call('revoiceApply', { action: 'void-and-regenerate', invoiceIds: ['INV-1', 'INV-2'], reason: 'x' }),
    ).toThrow();
    expect(bookkeepersView(stopped.apps)).not.toEqual(before); // half written: the next call must repair it

    const book = openBook({}, { from: stopped.apps.snapshot() });
    book.api.showSidebar();
    const html = book.apps.ui.sidebars[book.apps.ui.sidebars.length - 1].content;
    const { page } = session.track(
      await openAgainstServer(session.browser(), html, (name, args) => book.call(name, ...args)),
    );
    await page.waitForSelector('#rv-repaired:not([hidden])');
    await expect(page.textContent('#rv-repaired')).resolves.toMatch(
      /^Google stopped an earlier change before it finished \(void-and-regenerate of 2 invoices, started .+\)\. Revoice undid it/,
    );
    expect(bookkeepersView(book.apps)).toEqual(before);
  });
});
