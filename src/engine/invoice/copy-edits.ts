import type { InvoiceEdits, LineAdd, LineEdit } from '../../shared/api';
import { fail } from '../workbook/errors';
import { Dec } from '../calc/money';
import type { Line } from '../workbook/model';
import { decimalFromText, parseTaxRate } from '../workbook/values';
import { lineAmount, totalCells, totalsOf } from './line-math';
import { moneyCell, writtenNumber } from '../workbook/written-number';

function badEdit(invoiceId: string, message: string): never {
  return fail('BAD_EDIT', `${invoiceId}: ${message}`);
}

/** SPEC §3: a typed quantity or price is taken as given, so it may not pass 15 significant digits. */
const MAX_SIGNIFICANT_DIGITS = 15;

function editNumber(invoiceId: string, value: unknown, what: string): Dec {
  // A number is taken as JavaScript writes it (its shortest exact form), not rounded to 15 digits.
  const parsed =
    typeof value === 'number' && Number.isFinite(value)
      ? new Dec(String(value))
      : typeof value === 'string'
        ? decimalFromText(value)
        : null;
  if (!parsed) return badEdit(invoiceId, `${what} ${JSON.stringify(value)} is not a number.`);
  if (parsed.precision(true) > MAX_SIGNIFICANT_DIGITS) {
    badEdit(
      invoiceId,
      `${what} ${JSON.stringify(value)} has more than ${MAX_SIGNIFICANT_DIGITS} significant digits; Sheets keeps only ${MAX_SIGNIFICANT_DIGITS}.`,
    );
  }
  return parsed;
}

/** A typed tax rate: a fraction 0–1 or a percentage 0–100 %; blank is 0, as in cells. */
function editTaxRate(invoiceId: string, value: unknown, what: string): Dec {
  if (value === '') return new Dec(0);
  const rate = typeof value === 'number' || typeof value === 'string' ? parseTaxRate(value) : null;
  if (!rate) badEdit(invoiceId, `${what} ${JSON.stringify(value)} should be like 0.2 or 20%, from 0 to 100%.`);
  writtenNumber(rate, `${invoiceId}: ${what}`, 'BAD_EDIT');
  return rate;
}

/** A line an edit made: its amount must be one a cell holds exactly (quantity and price are already). */
function checkedAmount(invoiceId: string, line: Line, currency: string, what: string): Line {
  moneyCell(lineAmount(line, currency), currency, `${invoiceId}: ${what} amount (quantity × unit price)`, 'BAD_EDIT');
  return line;
}

/** A typed description: text, and never blank (one rule for edited and added lines, the sidebar's too). */
function editDescription(invoiceId: string, value: unknown, what: string): string {
  if (typeof value !== 'string') badEdit(invoiceId, `${what} must be text.`);
  if (!value.trim()) badEdit(invoiceId, `${what} is blank: every line needs a description.`);
  return value.trim();
}

/** The line as the edit leaves it. Every value is checked, also on a line the edit removes. */
function applyEdit(invoiceId: string, line: Line, edit: LineEdit, currency: string): Line {
  const edited = { ...line };
  const what = `Line ${edit.index}`;
  if (edit.quantity !== undefined) edited.quantity = editNumber(invoiceId, edit.quantity, `${what} quantity`);
  if (edit.unitPrice !== undefined) edited.unitPrice = editNumber(invoiceId, edit.unitPrice, `${what} unit price`);
  if (edit.description !== undefined)
    edited.description = editDescription(invoiceId, edit.description, `${what} description`);
  if (edit.taxRate !== undefined) edited.taxRate = editTaxRate(invoiceId, edit.taxRate, `${what} tax rate`);
  return checkedAmount(invoiceId, edited, currency, what);
}

function addedLine(invoiceId: string, add: LineAdd, n: number, currency: string): Line {
  if (typeof add !== 'object' || add === null)
    badEdit(invoiceId, `Added line ${n} must be {description, quantity, unitPrice}.`);
  const taxRate =
    add.taxRate === undefined ? new Dec(0) : editTaxRate(invoiceId, add.taxRate, `Added line ${n} tax rate`);
  const line: Line = {
    kind: 'manual',
    description: editDescription(invoiceId, add.description, `Added line ${n} description`),
    quantity: editNumber(invoiceId, add.quantity, `Added line ${n} quantity`),
    unitPrice: editNumber(invoiceId, add.unitPrice, `Added line ${n} unit price`),
    taxRate,
    source: 'Added on regenerate',
  };
  return checkedAmount(invoiceId, line, currency, `Added line ${n}`);
}

/** Lago's regenerate: the original's lines, edited by index, plus new manual lines. */
export function copyWithEdits(
  invoiceId: string,
  original: Line[],
  edits: InvoiceEdits | undefined,
  currency: string,
): Line[] {
  const byIndex = new Map<number, LineEdit>();
  for (const edit of edits?.lines ?? []) {
    const index = (edit as LineEdit | null)?.index as number;
    if (!Number.isInteger(index) || index < 1 || index > original.length) {
      badEdit(
        invoiceId,
        `there is no line ${JSON.stringify(index)}; the invoice has ${original.length} line${original.length === 1 ? '' : 's'}.`,
      );
    }
    if (byIndex.has(index)) badEdit(invoiceId, `line ${index} is edited twice.`);
    byIndex.set(index, edit);
  }
  const lines: Line[] = [];
  original.forEach((line, i) => {
    const edit = byIndex.get(i + 1);
    const edited = edit ? applyEdit(invoiceId, line, edit, currency) : line;
    if (edit?.remove !== true) lines.push(edited);
  });
  (edits?.add ?? []).forEach((add, i) => lines.push(addedLine(invoiceId, add, i + 1, currency)));
  // Totals an edit makes too big for a cell are the edit's fault; the lines as they were, the sheet's.
  if (byIndex.size || edits?.add?.length)
    totalCells(totalsOf(lines, currency), currency, `${invoiceId}: the new`, 'BAD_EDIT');
  return lines;
}
