/** LockService, Utilities, Session, ScriptApp, Logger and a quiet console. */
import { createHash } from 'node:crypto';
import { Ctx } from './context';
import { isDateObject } from './dates';
import { formatDatePattern } from './format-date';

export interface LockState {
  /** Another execution holds the lock for good: tryLock waits its whole timeout, then answers false. */
  heldByOther: boolean;
  /** Another execution holds the lock until this clock time (ms): a wait that long gets it. */
  heldByOtherUntil?: number;
  acquired: number;
  released: number;
  /** How long the last tryLock/waitLock was willing to wait, in ms. */
  lastWaitMs?: number;
}

export interface LogEntry {
  level: 'log' | 'info' | 'warn' | 'error' | 'debug' | 'Logger';
  message: string;
}

export const LOCK_TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

/**
 * A lock another execution may hold. tryLock(ms) waits — on the fake's clock — until the other
 * holder lets go or `ms` pass, then answers (https://developers.google.com/apps-script/reference/lock/lock#trylocktimeoutinmillis);
 * waitLock throws LOCK_TIMEOUT where tryLock would answer false (#waitlocktimeoutinmillis).
 */
class FakeLock {
  private held = false;
  constructor(
    private readonly ctx: Ctx,
    private readonly state: LockState,
  ) {}

  tryLock(timeoutMs: number): boolean {
    this.state.lastWaitMs = timeoutMs;
    if (this.held) return true;
    const now = this.ctx.clock.now();
    const until = this.state.heldByOther ? Infinity : (this.state.heldByOtherUntil ?? -Infinity);
    if (until > now) {
      const wait = Math.max(0, Number(timeoutMs) || 0);
      if (until - now > wait) {
        this.ctx.clock.advance(wait);
        return false;
      }
      this.ctx.clock.advance(until - now);
    }
    this.state.heldByOtherUntil = undefined;
    this.held = true;
    this.state.acquired++;
    return true;
  }

  waitLock(timeoutMs: number): void {
    if (!this.tryLock(timeoutMs)) throw this.ctx.error(LOCK_TIMEOUT);
  }

  releaseLock(): void {
    if (!this.held) return;
    this.held = false;
    this.state.released++;
  }

  hasLock(): boolean {
    return this.held;
  }
}

export function createLockService(ctx: Ctx, state: LockState) {
  return {
    getDocumentLock: () => new FakeLock(ctx, state),
    getScriptLock: () => new FakeLock(ctx, state),
    getUserLock: () => new FakeLock(ctx, state),
  };
}

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isDateObject(value)) return value.toISOString();
  if (Object.prototype.toString.call(value) === '[object Error]') return String(value);
  try {
    return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
  } catch {
    return String(value);
  }
}

export function createUtilities(ctx: Ctx, logs: LogEntry[]) {
  let uuids = 0;
  const DigestAlgorithm = {
    MD2: 'md2',
    MD5: 'md5',
    SHA_1: 'sha1',
    SHA_256: 'sha256',
    SHA_384: 'sha384',
    SHA_512: 'sha512',
  } as const;
  const bytes = (value: unknown): Buffer =>
    Array.isArray(value) ? Buffer.from(value.map((b) => Number(b) & 255)) : Buffer.from(String(value), 'utf8');
  return {
    DigestAlgorithm,
    Charset: { UTF_8: 'UTF_8', US_ASCII: 'US_ASCII' },
    formatDate(date: unknown, timeZone: unknown, format: unknown): string {
      if (!isDateObject(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
        throw ctx.error(
          `The parameters (${[date, timeZone, format].map((v) => typeof v).join(',')}) don't match the method signature for Utilities.formatDate.`,
        );
      }
      try {
        return formatDatePattern(date.getTime(), timeZone, format);
      } catch (e) {
        if (!(e instanceof RangeError)) throw ctx.error((e as Error).message);
        // Java, and so Apps Script, silently formats an unknown zone id as GMT.
        logs.push({ level: 'warn', message: `fake: unknown time zone ${timeZone}, formatted as GMT` });
        return formatDatePattern(date.getTime(), 'GMT', format);
      }
    },
    /** Deterministic version-4-shaped ids, so runs repeat exactly. */
    getUuid(): string {
      const n = (++uuids).toString(16).padStart(12, '0');
      return `00000000-0000-4000-8000-${n}`;
    },
    /** Time passes on the fake's clock (https://developers.google.com/apps-script/reference/utilities/utilities#sleepmilliseconds). */
    sleep(ms: number): void {
      ctx.clock.advance(Math.max(0, Number(ms) || 0));
    },
    /** Signed bytes, as Apps Script returns them. */
    computeDigest(algorithm: string, value: unknown): number[] {
      const digest = createHash(algorithm).update(bytes(value)).digest();
      return ctx.list(Array.from(digest, (b) => (b > 127 ? b - 256 : b)));
    },
    base64Encode: (value: unknown) => bytes(value).toString('base64'),
    base64EncodeWebSafe: (value: unknown) => bytes(value).toString('base64').replace(/\+/g, '-').replace(/\//g, '_'),
  };
}

export const USERINFO_EMAIL_SCOPE = 'https://www.googleapis.com/auth/userinfo.email';

/** The part of appsscript.json the fake reads. */
export interface Manifest {
  oauthScopes?: string[];
}

/**
 * getActiveUser().getEmail() and getEffectiveUser().getEmail() need the userinfo.email scope;
 * without it (or where security policy hides the user) the address is ''.
 * https://developers.google.com/apps-script/reference/base/session#getactiveuser,
 * https://developers.google.com/apps-script/reference/base/user#getemail
 */
export function createSession(user: string, manifest: Manifest) {
  const scoped = manifest.oauthScopes?.includes(USERINFO_EMAIL_SCOPE) ?? false;
  const person = { getEmail: () => (scoped ? user : '') };
  return {
    getActiveUser: () => person,
    getEffectiveUser: () => person,
    /** Deliberately not the spreadsheet's zone: code must not use it for sheet dates. */
    getScriptTimeZone: () => 'Etc/UTC',
    getActiveUserLocale: () => 'en',
    getTemporaryActiveUserKey: () => 'fake-temporary-user-key',
  };
}

export const ScriptApp = {
  AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' },
  getScriptId: () => 'fake-script-id',
};

export function createLogger(logs: LogEntry[]) {
  const logger = {
    log(data: unknown, ...values: unknown[]) {
      let message = text(data);
      for (const v of values) message = message.replace('%s', text(v));
      logs.push({ level: 'Logger', message });
      return logger;
    },
    getLog: () =>
      logs
        .filter((l) => l.level === 'Logger')
        .map((l) => l.message)
        .join('\n'),
    clear() {
      const kept = logs.filter((l) => l.level !== 'Logger');
      logs.splice(0, logs.length, ...kept);
    },
  };
  return logger;
}

/** A console that records instead of printing, so test output stays clean. */
export function createConsole(logs: LogEntry[]) {
  const at =
    (level: LogEntry['level']) =>
    (...args: unknown[]) => {
      logs.push({ level, message: args.map(text).join(' ') });
    };
  return {
    log: at('log'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    debug: at('debug'),
    time() {},
    timeEnd() {},
  };
}
