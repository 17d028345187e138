import { fail } from '../engine';

export const LOCK_WAIT_MS = 30000;

/** Runs `work` holding the document lock; BUSY when another apply holds it for 30 s. */
export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(LOCK_WAIT_MS)) {
    fail('BUSY', 'Another Revoice change is being applied to this spreadsheet; try again in a minute.');
  }
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
