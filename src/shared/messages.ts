/** Words the server and the sidebar both show. */

/** Shown when no invoice row is selected in the Invoices sheet. */
export const SELECTION_HINT = 'Select one or more invoice rows in the Invoices sheet, then press Refresh.';
