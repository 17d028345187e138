/** An invoice ID shown as a link-styled button: pressing it selects that invoice's row in the sheet. */
import { button } from './dom';

export function idButton(invoiceId: string, select: (invoiceId: string) => void): HTMLButtonElement {
  return button(invoiceId, () => select(invoiceId), {
    class: 'link id-link',
    title: `Select ${invoiceId} in the sheet`,
    'data-invoice-id': invoiceId,
  });
}
