/**
 * Only passing Sheets errors are retried (up to 3 times): a burst of calls or a server hiccup
 * succeeds on the next try; a daily quota or a protected range cannot, so the apply is undone
 * and answers WRITE_FAILED at once. Failing at the 4th try too gives up.
 */
import { SERVICE_ERRORS } from '../../fake-apps-script/src';
import { PROTECTED, bookkeepersView, callSequence, nthChangeWrite, nurserySheets, openBook } from './harness';

const REQUEST = { action: 'void-and-regenerate', invoiceIds: ['INV-1'], reason: 'Rates' };

/** An apply whose first cells written (past the journal's record) fail `times` times. */
function applyFailing(message: string, times: number) {
  const probe = openBook(nurserySheets());
  probe.apps.faults.clear();
  const methods = callSequence(probe.apps, () => probe.call('revoiceApply', REQUEST));
  const book = openBook(nurserySheets());
  const before = bookkeepersView(book.apps);
  book.apps.faults.failCallAt(nthChangeWrite(methods, 1, /^setValues$/), { message, times });
  return { answer: book.call('revoiceApply', REQUEST), book, before };
}

describe('retries', () => {
  it.each([
    ['too many calls in a short time', SERVICE_ERRORS.tooManyRequests],
    ['Sheets failed for a moment', SERVICE_ERRORS.failed],
    ['Sheets timed out', SERVICE_ERRORS.timedOut],
  ])('%s: retried, applied once', (_, message) => {
    const { answer } = applyFailing(message, 3);
    expect(answer).toMatchObject({ ok: true, results: [{ newInvoiceId: 'INV-1-R1' }] });
  });

  it.each([
    ['a daily quota', SERVICE_ERRORS.dailyQuota],
    ['a protected range', PROTECTED],
  ])('%s: not retried; undone and WRITE_FAILED', (_, message) => {
    const { answer, book, before } = applyFailing(message, 1);
    expect(answer).toMatchObject({ ok: false, code: 'WRITE_FAILED' });
    expect(bookkeepersView(book.apps)).toEqual(before);
  });

  it('a passing error that lasts past 3 retries gives up, undone', () => {
    const { answer, book, before } = applyFailing(SERVICE_ERRORS.failed, 4);
    expect(answer).toMatchObject({ ok: false, code: 'WRITE_FAILED' });
    expect(bookkeepersView(book.apps)).toEqual(before);
  });
});
