/** The actions a request can name, and what each one does to an invoice. */
import type { Action } from './api';

export const ACTIONS: readonly Action[] = ['void', 'regenerate', 'void-and-regenerate'];

export function isAction(value: unknown): value is Action {
  return typeof value === 'string' && (ACTIONS as readonly string[]).includes(value);
}

/** The action marks the invoice voided. */
export function voids(action: Action): boolean {
  return action === 'void' || action === 'void-and-regenerate';
}

/** The action writes a regenerated invoice. */
export function regenerates(action: Action): boolean {
  return action === 'regenerate' || action === 'void-and-regenerate';
}
