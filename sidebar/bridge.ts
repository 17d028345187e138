/**
 * The only module that touches google.script.run.
 *
 * callServer('revoicePreview', request) returns a Promise for the server function's result.
 * At most MAX_IN_FLIGHT calls run at once (Apps Script allows 10 per user); later calls queue
 * in order. The playground page only has to provide `window.google.script.run` with the same
 * withSuccessHandler / withFailureHandler chaining to drive this sidebar.
 */
import type { Repaired, ServerFunctions } from '../src/shared/api';

type ServerName = keyof ServerFunctions;
type Args<K extends ServerName> = Parameters<ServerFunctions[K]>;
type Result<K extends ServerName> = ReturnType<ServerFunctions[K]>;

/** The slice of google.script.run this sidebar uses. */
interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [serverFunction: string]: unknown;
}

const MAX_IN_FLIGHT = 3;

let inFlight = 0;
const queue: Array<() => void> = [];

function acquire(): Promise<void> {
  if (inFlight < MAX_IN_FLIGHT) {
    inFlight += 1;
    return Promise.resolve();
  }
  return new Promise((resolve) => queue.push(resolve));
}

function release(): void {
  const next = queue.shift();
  if (next)
    next(); // the slot passes straight to the next queued call
  else inFlight -= 1;
}

function runner(): ScriptRunner {
  const g = (window as unknown as { google?: { script?: { run?: ScriptRunner } } }).google;
  const run = g && g.script && g.script.run;
  if (!run) throw new Error('Revoice must be opened from Google Sheets (Extensions › Revoice).');
  return run;
}

function toError(error: unknown): Error {
  if (error instanceof Error) return error;
  if (error && typeof error === 'object' && 'message' in error) {
    return new Error(String((error as { message: unknown }).message));
  }
  return new Error(String(error));
}

const repairListeners: Array<(repaired: Repaired) => void> = [];

/** Any answer may say that the server first undid a change an earlier run left unfinished. */
export function onRepaired(listener: (repaired: Repaired) => void): void {
  repairListeners.push(listener);
}

function reportRepairs(value: unknown): void {
  const repaired = value && typeof value === 'object' ? (value as { repaired?: Repaired }).repaired : undefined;
  if (repaired) repairListeners.forEach((listener) => listener(repaired));
}

/** Calls a server function; rejects when the call itself fails (network, script error). */
export function callServer<K extends ServerName>(name: K, ...args: Args<K>): Promise<Result<K>> {
  return acquire().then(() => {
    const call = new Promise<Result<K>>((resolve, reject) => {
      const fn = runner()
        .withSuccessHandler((value) => resolve(value as Result<K>))
        .withFailureHandler((error) => reject(toError(error)))[name];
      if (typeof fn !== 'function') throw new Error(`The server has no function ${name}.`);
      (fn as (...a: unknown[]) => void)(...args);
    });
    return call.then(
      (value) => {
        release();
        reportRepairs(value);
        return value;
      },
      (error: unknown) => {
        release();
        throw toError(error);
      },
    );
  });
}
