/** An invoice ID in the results: select that invoice's row in the Invoices sheet. */
import type { Sidebar } from './sidebar';
import { callServer } from './bridge';
import { errorMessage, withDetails } from './messages';

export async function selectRow({ panels }: Sidebar, invoiceId: string): Promise<void> {
  panels.results.say(`Selecting ${invoiceId}…`);
  try {
    const answer = await callServer('revoiceSelectInvoice', invoiceId);
    panels.results.say(
      answer.ok
        ? `Selected ${invoiceId} in the Invoices sheet (row ${answer.row}).`
        : withDetails(answer.code, answer.message),
    );
  } catch (error) {
    panels.results.say(withDetails('UNREACHABLE', errorMessage(error)));
  }
}
