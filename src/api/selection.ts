import { SELECTION_HINT } from '../shared/messages';
import type { SelectRowResponse, SelectionResponse } from '../shared/api';
import { decimalMark } from '../shared/decimal-mark';
import { SHEETS, asFailure, rowOfInvoice, selectedInvoices } from '../engine';
import { readSelectedRows } from '../sheets/read-selected-rows';
import { repairInterruptedWrites } from '../sheets/write-all-or-nothing';
import { openSession, openSheets } from '../sheets/workbook-session';
import { retried } from '../sheets/passing-errors';

/** The invoices on the rows selected in the Invoices sheet. */
export function revoiceSelection(): SelectionResponse {
  const repairs = repairInterruptedWrites();
  if ('ok' in repairs) return repairs;
  try {
    const session = openSession();
    const { locale } = session;
    const sheet = retried(() => session.spreadsheet.getActiveSheet());
    if (!sheet || sheet.getName() !== SHEETS.invoices)
      return { ok: true, invoices: [], hint: SELECTION_HINT, locale, ...repairs };
    const raw = readSelectedRows(session, sheet);
    const invoices = selectedInvoices(
      raw,
      raw[SHEETS.invoices]?.rowNumbers ?? [],
      session.columnMapping,
      decimalMark(locale),
    );
    return invoices.length
      ? { ok: true, invoices, locale, ...repairs }
      : { ok: true, invoices, hint: SELECTION_HINT, locale, ...repairs };
  } catch (error) {
    return asFailure(error);
  }
}

/** Selects an invoice's row in the Invoices sheet (the sidebar's result links). */
export function revoiceSelectInvoice(invoiceId: unknown): SelectRowResponse {
  const repairs = repairInterruptedWrites();
  if ('ok' in repairs) return repairs;
  try {
    if (typeof invoiceId !== 'string' || !invoiceId)
      return { ok: false, code: 'BAD_REQUEST', message: 'Give the invoice ID to select.' };
    const session = openSession();
    const reader = openSheets(session, ['invoices']);
    reader.find({ invoices: { 'Invoice ID': [invoiceId] } });
    const row = rowOfInvoice(reader.raw(), invoiceId, session.columnMapping);
    const state = reader.states.invoices;
    if (!state || row === null)
      return { ok: false, code: 'NOT_FOUND', message: `There is no invoice ${invoiceId} in the Invoices sheet.` };
    state.sheet?.getRange(row, 1, 1, Math.max(1, state.values[0]?.length ?? 1)).activate();
    return { ok: true, row };
  } catch (error) {
    return asFailure(error);
  }
}
