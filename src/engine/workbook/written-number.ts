import type { ErrorCode } from '../../shared/api';
import { Dec, minorUnits, roundMoney } from '../calc/money';
import { fail } from './errors';
import { decimalFromNumber } from './values';

/**
 * A number Revoice writes to a cell. A cell holds an IEEE double, read back at 15 significant
 * digits (values.ts): a value that would not read back as itself (a quantity of 20 nines, a
 * 21-digit total) is refused, so the sheet holds what the preview showed and Total = Subtotal +
 * Tax there too. `what` names the cell in the message ("INV-1-R1's Total").
 */
export function writtenNumber(
  value: Dec,
  what: string,
  code: ErrorCode = 'BAD_VALUE',
  shown = value.toFixed(),
): number {
  const number = value.toNumber();
  if (Number.isFinite(number) && decimalFromNumber(number).equals(value)) return number;
  return fail(
    code,
    `${what} would be ${shown}: more digits than a Sheets cell keeps (15), so it can't be written exactly. Check the quantities and prices.`,
  );
}

/** Money written to a cell: rounded to the currency's minor units, and exact. */
export function moneyCell(value: Dec, currency: string, what: string, code: ErrorCode = 'BAD_VALUE'): number {
  const rounded = roundMoney(value, currency);
  return writtenNumber(rounded, what, code, rounded.toFixed(minorUnits(currency)));
}
