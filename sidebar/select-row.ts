/** An invoice ID in the results or History: select that invoice's row in the Invoices sheet. */
import type { Sidebar } from './sidebar';
import { callServer } from './bridge';
import { errorMessage, withDetails } from './messages';

/** `say` shows how it went where the ID was pressed (the results, by default). */
export async function selectRow(
  { panels }: Sidebar,
  invoiceId: string,
  say: (text: string) => void = panels.results.say,
): Promise<void> {
  say(`Selecting ${invoiceId}…`);
  try {
    const answer = await callServer('revoiceSelectInvoice', invoiceId);
    say(
      answer.ok
        ? `Selected ${invoiceId} in the Invoices sheet (row ${answer.row}).`
        : withDetails(answer.code, answer.message),
    );
  } catch (error) {
    say(withDetails('UNREACHABLE', errorMessage(error)));
  }
}
