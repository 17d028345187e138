import type { InvoiceEdits, LineAdd, LineEdit } from '../../shared/api';
import { fail } from '../workbook/errors';
import { Dec } from '../calc/money';
import type { Line } from '../workbook/model';
import { decimalFromNumber, decimalFromText, parseTaxRate } from '../workbook/values';

function badEdit(invoiceId: string, message: string): never {
  return fail('BAD_EDIT', `${invoiceId}: ${message}`);
}

function editNumber(invoiceId: string, value: unknown, what: string): Dec {
  const parsed =
    typeof value === 'number' && Number.isFinite(value)
      ? decimalFromNumber(value)
      : typeof value === 'string'
        ? decimalFromText(value)
        : null;
  return parsed ?? badEdit(invoiceId, `${what} ${JSON.stringify(value)} is not a number.`);
}

function editText(invoiceId: string, value: unknown, what: string): string {
  if (typeof value !== 'string') badEdit(invoiceId, `${what} must be text.`);
  return value.trim();
}

function applyEdit(invoiceId: string, line: Line, edit: LineEdit): Line {
  const edited = { ...line };
  if (edit.quantity !== undefined)
    edited.quantity = editNumber(invoiceId, edit.quantity, `Line ${edit.index} quantity`);
  if (edit.unitPrice !== undefined)
    edited.unitPrice = editNumber(invoiceId, edit.unitPrice, `Line ${edit.index} unit price`);
  if (edit.description !== undefined)
    edited.description = editText(invoiceId, edit.description, `Line ${edit.index} description`);
  return edited;
}

function addedLine(invoiceId: string, add: LineAdd, n: number): Line {
  if (typeof add !== 'object' || add === null)
    badEdit(invoiceId, `Added line ${n} must be {description, quantity, unitPrice}.`);
  const taxRate = add.taxRate === undefined || add.taxRate === '' ? new Dec(0) : parseTaxRate(add.taxRate);
  if (!taxRate)
    badEdit(invoiceId, `Added line ${n} tax rate ${JSON.stringify(add.taxRate)} should be like 0.2 or 20%.`);
  return {
    kind: 'manual',
    description: editText(invoiceId, add.description, `Added line ${n} description`),
    quantity: editNumber(invoiceId, add.quantity, `Added line ${n} quantity`),
    unitPrice: editNumber(invoiceId, add.unitPrice, `Added line ${n} unit price`),
    taxRate,
    source: 'Added on regenerate',
  };
}

/** Lago's regenerate: the original's lines, edited by index, plus new manual lines. */
export function copyWithEdits(invoiceId: string, original: Line[], edits: InvoiceEdits | undefined): Line[] {
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
    if (edit?.remove === true) return;
    lines.push(edit ? applyEdit(invoiceId, line, edit) : line);
  });
  (edits?.add ?? []).forEach((add, i) => lines.push(addedLine(invoiceId, add, i + 1)));
  return lines;
}
