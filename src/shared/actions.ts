/** The actions a request can name, and what each one does to an invoice. */
import type { Action } from './api';

export const ACTIONS: readonly Action[] = [
  'void',
  'regenerate',
  'void-and-regenerate',
  'apply-credit',
  'reset-accounting',
];

export function isAction(value: unknown): value is Action {
  return typeof value === 'string' && (ACTIONS as readonly string[]).includes(value);
}

/** The action marks the invoice voided. */
export function voids(action: Action): boolean {
  return action === 'void' || action === 'void-and-regenerate';
}

/** The action moves the customer's credit onto an open invoice (SPEC §3 apply-credit). */
export function appliesCredit(action: Action): boolean {
  return action === 'apply-credit';
}

/** The action clears the invoice's accounting link (SPEC §3 reset-accounting). */
export function resetsAccounting(action: Action): boolean {
  return action === 'reset-accounting';
}

/** The action writes a regenerated invoice. */
export function regenerates(action: Action): boolean {
  return action === 'regenerate' || action === 'void-and-regenerate';
}
