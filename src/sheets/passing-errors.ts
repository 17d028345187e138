/**
 * Sheets calls sometimes fail for a moment and work when tried again. These are retried up to
 * three times, waiting longer each time; anything else (a protected range, a daily quota, the
 * execution's time limit) is not, because trying again cannot help.
 */

/** The passing errors Apps Script reports, by their messages. */
export const PASSING_ERRORS: readonly RegExp[] = [
  // "Service Spreadsheets failed while accessing document with id …", "… timed out while …"
  /^(Exception: )?Service Spreadsheets (failed|timed out) while accessing document/i,
  // A burst of calls: "Service invoked too many times in a short time: … Try Utilities.sleep(1000) …"
  /^(Exception: )?Service invoked too many times in a short time/i,
  // "We're sorry, a server error occurred. Please wait a bit and try again."
  /^(Exception: )?We're sorry, a server error occurred/i,
  // "Service error: Spreadsheets"
  /^(Exception: )?Service error: Spreadsheets/i,
];

export const RETRIES = 3;
/** Waits before the 1st, 2nd and 3rd retry. */
export const BACKOFF_MS: readonly number[] = [500, 1000, 2000];

export function messageOf(error: unknown): string {
  return String((error as Error)?.message ?? error);
}

export function isPassingError(error: unknown): boolean {
  const message = messageOf(error);
  return PASSING_ERRORS.some((pattern) => pattern.test(message));
}

/**
 * Runs a Sheets call, retrying a passing error. `beforeRetry` re-checks what a call that is not
 * idempotent may already have done (an insert that landed before its error was reported) and
 * answers false when the call must not be repeated.
 */
export function withRetries<T>(call: () => T, beforeRetry: () => boolean = () => true): T | undefined {
  for (let attempt = 0; ; attempt++) {
    try {
      return call();
    } catch (error) {
      if (attempt >= RETRIES || !isPassingError(error)) throw error;
      Utilities.sleep(BACKOFF_MS[attempt]);
      if (!beforeRetry()) return undefined;
    }
  }
}

/** A Sheets call that can simply be made again (a read, or a write of the same cells). */
export function retried<T>(call: () => T): T {
  return withRetries(call) as T;
}
