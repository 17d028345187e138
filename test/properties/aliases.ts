/**
 * Header names SPEC §1 says Revoice recognises besides its own (one of each README alias, restated
 * here on purpose: the property test imports nothing from src/). The fixture renames some headers
 * to these; read-back.ts reads them back under Revoice's name.
 */
import { headerKey } from './header-key';

export const ALIASES: Record<string, Record<string, string>> = {
  Invoices: {
    'Invoice ID': 'Invoice #',
    Reference: 'Ref',
    Customer: 'Client',
    'Period Start': 'Start Date',
    'Period End': 'Period To',
    'Issue Date': 'Invoice Date',
    'Due Date': 'Payment Due',
    Subtotal: 'Net',
    Tax: 'VAT',
    Total: 'Grand Total',
    Paid: 'Amount Paid',
    Balance: 'Balance Due',
  },
  'Invoice Lines': {
    'Invoice ID': 'Invoice No',
    Description: 'Item',
    Quantity: 'Qty',
    'Unit Price': 'Price',
    Amount: 'Line Total',
    'Tax Rate': 'VAT %',
  },
  Schedule: {
    Customer: 'Child',
    Frequency: 'Freq',
    Units: 'Qty',
    Rate: 'Unit Price',
    'Effective From': 'From',
    'Effective To': 'Until',
    'Tax Rate': 'GST Rate',
  },
  Closures: { Date: 'Closed On', Customer: 'Account' },
  Payments: {
    'Payment ID': 'Payment #',
    'Invoice ID': 'Invoice Number',
    Date: 'Payment Date',
    Amount: 'Payment Amount',
    Method: 'Payment Method',
  },
  'Credit Notes': { 'Credit Note ID': 'Credit Note #', 'Invoice ID': 'Invoice No.', Customer: 'Customer Name' },
};

/** The name Revoice gives a header of `sheet`: its own, or the one its alias stands for (SPEC §1). */
export function canonicalHeader(sheet: string, headers: string[], text: string): string {
  const keys = new Set(headers.map(headerKey));
  const entry = Object.entries(ALIASES[sheet] ?? {}).find(([, alias]) => headerKey(alias) === headerKey(text));
  // A column with Revoice's own name wins over an alias.
  return entry && !keys.has(headerKey(entry[0])) ? entry[0] : text;
}
