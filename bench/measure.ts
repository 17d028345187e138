import { callCount } from '../fake-apps-script/src';
import type { Operation } from './operations';
import { freshWorkbook, workbookCells } from './workbooks';
import type { Sheets, WorkbookSpec } from './workbooks';

/**
 * One operation on fresh copies of a workbook: the fake's counts, the call's time in Node, and
 * the heap it used above the workbook's own (the fake workbook, set up, and the bundle loaded).
 */
export interface Measurement {
  sheetsCalls: number;
  total: number;
  cellsRead: number;
  cellsWritten: number;
  /** The whole call in Node: the run with the median of `runs` runs, each on a fresh copy. */
  ms: number;
  /** Of `ms`, the time spent inside the fake's service calls (its own work, not the add-on's). */
  serviceMs: number;
  runs: number;
  /** heapUsed after the call minus before it, both after a full GC: what the call left behind. */
  heapAfter: number;
  /** The highest heapUsed seen at any Apps Script call during the call, minus before (garbage included). */
  heapPeak: number;
  /**
   * The workbook's own heap (fake, set up, + bundle) and its cells (see workbookCells), NaN unless
   * asked for; the time the fake took to build it (before the setup).
   */
  workbookHeap: number;
  workbookCells: number;
  buildMs: number;
  /** What went wrong (an error code, a failed invoice), or null. */
  problem: string | null;
}

/** Runs under this many ms are repeated, and the median of 3 kept. */
export const CHEAP_MS = 1000;

const gc = (globalThis as { gc?: () => void }).gc;
export const hasGc = gc !== undefined;

/**
 * heapUsed once full GCs free no more (node runs with --expose-gc, as bench/run.mjs starts it).
 * A dropped copy (its bundle's vm context) is freed only by a GC after a turn of the event loop
 * that follows an earlier GC, and a few MB more sometimes later still: hence rounds of a 20 ms
 * wait and a full GC, at least 3, until two in a row free under 256 KB (at most 8). With a 1 ms
 * wait, a whole copy was now and then freed only during the next measured call (a negative
 * "heap after").
 */
export async function settledHeap(): Promise<number> {
  let used = Infinity;
  let steady = 0;
  for (let round = 1; round <= 8; round++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    gc?.();
    const now = process.memoryUsage().heapUsed;
    steady = used - now < 2 ** 18 ? steady + 1 : 0;
    used = now;
    if (round >= 3 && steady >= 2) break;
  }
  return used;
}

async function runOnce(sheets: Sheets, op: Operation, spec: WorkbookSpec, weigh: boolean): Promise<Measurement> {
  const empty = weigh ? await settledHeap() : NaN;
  const started = performance.now();
  const book = freshWorkbook(sheets);
  const buildMs = performance.now() - started;
  op.prepare?.(book, spec);
  const cells = weigh ? workbookCells(book) : NaN;
  const before = await settledHeap();
  let peak = before;
  // Every call the bundle makes goes through Calls.record: sample the heap there (no GC, so this
  // counts garbage not yet collected too: an upper bound of what the call held at once).
  const { calls } = book.apps;
  const record = calls.record.bind(calls);
  calls.record = (method: string) => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    record(method);
  };
  calls.reset();
  let response: unknown;
  let problem: string | null = null;
  const start = performance.now();
  try {
    response = op.call(book, spec);
  } catch (error) {
    problem = `threw: ${error instanceof Error ? error.message : String(error)}`;
  }
  const ms = performance.now() - start;
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  const { sheetsCalls, total, cellsRead, cellsWritten, serviceMs } = callCount(book.apps);
  problem ??= op.check(response, spec);
  const heapAfter = (await settledHeap()) - before;
  return {
    sheetsCalls,
    total,
    cellsRead,
    cellsWritten,
    ms,
    serviceMs,
    runs: 1,
    heapAfter,
    heapPeak: peak - before,
    workbookHeap: before - empty,
    workbookCells: cells,
    buildMs,
    problem,
  };
}

/**
 * One run, or the median of 3 by time when one run is cheap (each on a fresh copy); `weigh` also
 * measures the workbook's own heap (one more full GC).
 */
export async function measure(sheets: Sheets, op: Operation, spec: WorkbookSpec, weigh = false): Promise<Measurement> {
  const first = await runOnce(sheets, op, spec, weigh);
  if (first.ms >= CHEAP_MS || first.problem) return first;
  const all = [first, await runOnce(sheets, op, spec, false), await runOnce(sheets, op, spec, false)];
  const varied = all.some((m) => m.sheetsCalls !== first.sheetsCalls || m.cellsRead !== first.cellsRead);
  const median = [...all].sort((a, b) => a.ms - b.ms)[1];
  return {
    ...median,
    runs: all.length,
    buildMs: first.buildMs,
    workbookHeap: first.workbookHeap,
    workbookCells: first.workbookCells,
    problem: all.find((m) => m.problem)?.problem ?? (varied ? 'counts differ between runs' : null),
  };
}
