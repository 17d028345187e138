import type { ErrorCode, Failure } from '../../shared/api';

/** An expected failure, carried as a value through the engine and returned to the caller. */
export class RevoiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly newInvoiceId?: string,
  ) {
    super(message);
  }
}

export function fail(code: ErrorCode, message: string, newInvoiceId?: string): never {
  throw new RevoiceError(code, message, newInvoiceId);
}

export function isRevoiceError(error: unknown): error is RevoiceError {
  return error instanceof RevoiceError;
}

/** A request-level failure ({ok: false}) from a thrown RevoiceError; anything else is a bug. */
export function asFailure(error: unknown): Failure {
  if (isRevoiceError(error)) return { ok: false, code: error.code, message: error.message };
  throw error;
}
