/**
 * The columns SPEC §1 names, per sheet, for the fixture to write and the checker to tell from the
 * workbook's own: the sample ledger's headers (examples/ledger.ts, not src/), less its Accounting
 * ID (a column Revoice does not know), and the output columns Revoice adds to Invoices.
 */
import {
  CREDIT_NOTE_HEADER,
  INVOICE_HEADER,
  LINE_HEADER,
  PAYMENT_HEADER,
  SCHEDULE_HEADER,
} from '../../examples/ledger';

export const INVOICE_INPUTS = INVOICE_HEADER.filter((h) => h !== 'Accounting ID');
export const INVOICE_OUTPUTS = ['Paid', 'Balance', 'Voided At', 'Void Reason', 'Regenerated From', 'Regenerated As'];
export { CREDIT_NOTE_HEADER, LINE_HEADER, PAYMENT_HEADER, SCHEDULE_HEADER };
