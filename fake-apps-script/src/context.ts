/**
 * What every service object shares: the workbook, call counters, injected faults, and the realm
 * (the vm context's Date/Error/Array) so values handed to the bundle behave like its own.
 */
import { ServiceError } from './cells';
import { Book, SheetData } from './model';

/** The constructors of the JS realm the bundle runs in. */
export interface Realm {
  Date: DateConstructor;
  Error: ErrorConstructor;
  Array: ArrayConstructor;
}

export const HOST_REALM: Realm = { Date, Error, Array };

/** Default message of an injected write failure, as Apps Script reports a failed write. */
export const SHEET_ERROR = 'Service Spreadsheets failed while accessing document';

const READS = new Set(['getValues', 'getValue', 'getDisplayValues', 'getDisplayValue', 'getFormulas', 'getFormula']);

/** Calls that change the workbook (and so can fail by injection). */
export const WRITES = new Set([
  'setValues', 'setValue', 'setFormula', 'setFormulas', 'clearContent', 'clear', 'clearFormat',
  'setNumberFormat', 'setNumberFormats', 'setFontWeight', 'setFontWeights', 'setBackground',
  'insertRowsAfter', 'insertRowsBefore', 'insertRowAfter', 'insertRowBefore',
  'insertColumnsAfter', 'insertColumnsBefore', 'insertColumnAfter', 'insertColumnBefore',
  'deleteRows', 'deleteRow', 'deleteColumns', 'deleteColumn', 'appendRow',
  'insertSheet', 'deleteSheet', 'setName', 'setFrozenRows', 'setSpreadsheetTimeZone',
]);

export class Calls {
  total = 0;
  byMethod: Record<string, number> = {};
  cellsRead = 0;
  cellsWritten = 0;
  reads = 0;
  writes = 0;

  record(method: string): void {
    this.total++;
    this.byMethod[method] = (this.byMethod[method] ?? 0) + 1;
    if (READS.has(method)) this.reads++;
    if (WRITES.has(method)) this.writes++;
  }

  reset(): void {
    this.total = this.cellsRead = this.cellsWritten = this.reads = this.writes = 0;
    this.byMethod = {};
  }
}

export class Faults {
  private failAt: number | null = null;
  private message = SHEET_ERROR;
  private writes = 0;

  /** Write calls attempted since creation or the last failWriteAt()/clear(), failed ones included. */
  get writeCount(): number {
    return this.writes;
  }

  /** The n-th write call from now (1-based) throws and changes nothing; it fires once. */
  failWriteAt(n: number, message?: string): void {
    if (!Number.isInteger(n) || n < 1) throw new Error(`fake: failWriteAt needs a positive integer, got ${n}`);
    this.failAt = n;
    this.message = message ?? SHEET_ERROR;
    this.writes = 0;
  }

  clear(): void {
    this.failAt = null;
    this.writes = 0;
  }

  /** Called before every write; throws when this is the write chosen to fail. */
  beforeWrite(): void {
    this.writes++;
    if (this.failAt !== null && this.writes === this.failAt) {
      this.failAt = null;
      throw new ServiceError(this.message);
    }
  }
}

/** Factories for service objects, set by the spreadsheet so that views need not import each other. */
export interface Views {
  sheet(data: SheetData): unknown;
  spreadsheet(): unknown;
}

export class Ctx {
  readonly calls = new Calls();
  readonly faults = new Faults();
  realm: Realm = HOST_REALM;
  views!: Views;
  private depth = 0;

  constructor(readonly book: Book) {}

  /**
   * Runs a service method. Only the outermost call is counted (a method that calls another is
   * one call), and ServiceErrors leave as the realm's Error named "Exception".
   */
  run<T>(method: string, body: () => T): T {
    const outer = this.depth === 0;
    if (outer) this.calls.record(method);
    this.depth++;
    try {
      if (outer && WRITES.has(method)) this.faults.beforeWrite();
      return body();
    } catch (e) {
      throw outer ? this.toRealm(e) : e;
    } finally {
      this.depth--;
    }
  }

  /** Adds to cellsRead/cellsWritten, but only for the outermost call's own work. */
  cells(kind: 'read' | 'write', n: number): void {
    if (this.depth !== 1) return;
    if (kind === 'read') this.calls.cellsRead += n;
    else this.calls.cellsWritten += n;
  }

  error(message: string): Error {
    const e = new this.realm.Error(message);
    e.name = 'Exception';
    return e;
  }

  toRealm(e: unknown): unknown {
    return e instanceof ServiceError ? this.error(e.message) : e;
  }

  date(ms: number): Date {
    return new this.realm.Date(ms);
  }

  list<T>(items: T[]): T[] {
    return this.realm.Array.from(items);
  }

  grid<T>(rows: T[][]): T[][] {
    return this.realm.Array.from(rows, (row) => this.realm.Array.from(row));
  }
}

type Method = (...args: unknown[]) => unknown;

/**
 * Routes every public method of a service class through Ctx.run (counting, faults, realm
 * errors). Methods whose names start with '_' are internal and left alone.
 */
export function instrument(cls: { prototype: object }): void {
  const proto = cls.prototype;
  for (const name of Object.getOwnPropertyNames(proto)) {
    const impl = Object.getOwnPropertyDescriptor(proto, name)?.value;
    if (name === 'constructor' || name.startsWith('_') || typeof impl !== 'function') continue;
    Object.defineProperty(proto, name, {
      configurable: true, writable: true, enumerable: false,
      value: function (this: { _ctx: Ctx }, ...args: unknown[]) {
        return this._ctx.run(name, () => (impl as Method).apply(this, args));
      },
    });
  }
}
