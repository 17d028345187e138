/**
 * The accounting columns the bookkeeper chose in the sidebar's Settings (the Invoices headers
 * reset-accounting clears), kept with the spreadsheet in its document properties, beside the
 * column mapping, so everyone using it shares the choice.
 * https://developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties()
 */
import { retried } from './passing-errors';

const KEY = 'revoice.accountingColumns';

/** The saved header texts; null when none are saved (or the value can't be read): the usual names apply. */
export function readAccountingColumns(): string[] | null {
  const text = retried(() => PropertiesService.getDocumentProperties().getProperty(KEY));
  if (!text) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed)) return null;
    const headers = parsed.filter((h): h is string => typeof h === 'string' && h.trim() !== '');
    return headers.length ? headers : null;
  } catch {
    return null;
  }
}

/** Remembers the headers; none forgets the choice, so the usual names apply again. */
export function saveAccountingColumns(headers: readonly string[]): void {
  const properties = retried(() => PropertiesService.getDocumentProperties());
  if (headers.length) retried(() => properties.setProperty(KEY, JSON.stringify(headers)));
  else retried(() => properties.deleteProperty(KEY));
}
