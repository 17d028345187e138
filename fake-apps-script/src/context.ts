/**
 * What every service object shares: the workbook, call counters, injected faults, and the realm
 * (the vm context's Date/Error/Array) so values handed to the bundle behave like its own.
 */
import { ServiceError } from './cells';
import { Clock } from './clock';
import { Faults } from './faults';
import { Book, SheetData } from './model';

/** The constructors of the JS realm the bundle runs in. */
export interface Realm {
  Date: DateConstructor;
  Error: ErrorConstructor;
  Array: ArrayConstructor;
}

export const HOST_REALM: Realm = { Date, Error, Array };

const READS = new Set([
  'getValues',
  'getValue',
  'getDisplayValues',
  'getDisplayValue',
  'getFormulas',
  'getFormula',
  'getFormulasR1C1',
  'getFormulaR1C1',
  'findAll',
  'findNext',
  'findPrevious',
  'getNumberFormats',
  'getNumberFormat',
  'getMergedRanges',
]);

/** Calls that change the workbook (and so can fail by injection, and are lost if a flush fails). */
export const WRITES = new Set([
  'setValues',
  'setValue',
  'setFormula',
  'setFormulas',
  'setFormulaR1C1',
  'setFormulasR1C1',
  'clearContent',
  'clear',
  'clearFormat',
  'setNumberFormat',
  'setNumberFormats',
  'setFontWeight',
  'setFontWeights',
  'setBackground',
  'insertCheckboxes',
  'removeCheckboxes',
  'check',
  'uncheck',
  'merge',
  'breakApart',
  'hideSheet',
  'showSheet',
  'insertRowsAfter',
  'insertRowsBefore',
  'insertRowAfter',
  'insertRowBefore',
  'insertColumnsAfter',
  'insertColumnsBefore',
  'insertColumnAfter',
  'insertColumnBefore',
  'deleteRows',
  'deleteRow',
  'deleteColumns',
  'deleteColumn',
  'appendRow',
  'insertSheet',
  'deleteSheet',
  'setName',
  'setFrozenRows',
  'setSpreadsheetTimeZone',
]);

export class Calls {
  /** Every counted call, metadata (getMaxRows, getSheetByName, getRange…) included. */
  total = 0;
  byMethod: Record<string, number> = {};
  cellsRead = 0;
  cellsWritten = 0;
  reads = 0;
  writes = 0;
  /** Wall-clock ms spent inside outermost counted calls: the fake's own work, not the caller's. */
  serviceMs = 0;

  record(method: string): void {
    this.total++;
    this.byMethod[method] = (this.byMethod[method] ?? 0) + 1;
    if (READS.has(method)) this.reads++;
    if (WRITES.has(method)) this.writes++;
  }

  /**
   * Sheets calls as the product's budgets count them: reads and writes — values, formulas or
   * formats read or written, a TextFinder search, rows, columns or sheets inserted or deleted; not
   * getRange, getSheetByName or other metadata, and not flushes (a flush only sends writes already
   * counted; see `flushes`).
   */
  get sheetsCalls(): number {
    return this.reads + this.writes;
  }

  /** SpreadsheetApp.flush() calls: counted in `total`, kept out of `sheetsCalls`. */
  get flushes(): number {
    return this.byMethod.flush ?? 0;
  }

  reset(): void {
    this.total = this.cellsRead = this.cellsWritten = this.reads = this.writes = this.serviceMs = 0;
    this.byMethod = {};
  }
}

/** Factories for service objects, set by the spreadsheet so that views need not import each other. */
export interface Views {
  sheet(data: SheetData): unknown;
  spreadsheet(): unknown;
}

export class Ctx {
  readonly calls = new Calls();
  readonly faults: Faults;
  realm: Realm = HOST_REALM;
  views!: Views;
  /** Virtual milliseconds each counted call takes (FakeOptions.callCostMs). */
  callCostMs = 0;
  private depth = 0;

  constructor(
    readonly book: Book,
    readonly clock: Clock,
  ) {
    this.faults = new Faults(book);
  }

  /**
   * Runs a service method. Only the outermost call is counted (a method that calls another is
   * one call), injected faults fire before it runs, and ServiceErrors leave as the realm's Error
   * named "Exception".
   */
  run<T>(method: string, body: () => T): T {
    const outer = this.depth === 0;
    const started = outer ? performance.now() : 0;
    if (outer) {
      this.faults.refuseIfKilled(this.realm);
      this.calls.record(method);
      this.clock.advance(this.callCostMs);
    }
    this.depth++;
    try {
      if (outer) this.faults.beforeCall(WRITES.has(method), this.realm);
      const result = body();
      if (outer && WRITES.has(method)) this.faults.afterWrite();
      return result;
    } catch (e) {
      throw outer ? this.toRealm(e) : e;
    } finally {
      this.depth--;
      if (outer) this.calls.serviceMs += performance.now() - started;
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
 * errors). Methods whose names start with '_' are internal and left alone, and so are
 * `uncounted` ones (builder-style setters that are not service calls).
 */
export function instrument(cls: { prototype: object }, uncounted: string[] = []): void {
  const proto = cls.prototype;
  for (const name of Object.getOwnPropertyNames(proto)) {
    const impl = Object.getOwnPropertyDescriptor(proto, name)?.value;
    if (name === 'constructor' || name.startsWith('_') || uncounted.includes(name) || typeof impl !== 'function')
      continue;
    Object.defineProperty(proto, name, {
      configurable: true,
      writable: true,
      enumerable: false,
      value: function (this: { _ctx: Ctx }, ...args: unknown[]) {
        return this._ctx.run(name, () => (impl as Method).apply(this, args));
      },
    });
  }
}
