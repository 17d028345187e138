/**
 * Runs one generated case through the real bundle: builds the workbook in the fake, then for each
 * step previews, applies with the preview's fingerprints and a request key, sometimes applies the
 * same key again, and checks every invariant after each apply.
 */
import { callCount, createFakeApps } from '../../fake-apps-script/src';
import { callJson, loadBundle } from '../../fake-apps-script/src/load-bundle';
import { checkStep } from './checker';
import { dayInZone } from './dates';
import { Expectation, badCells, expect } from './expectations';
import { Sheets, buildSheets } from './fixture';
import type { Case } from './generators';
import { State, comparable, readState } from './read-back';
import { Request, resolveStep } from './requests';
import type { Result, Violation } from './step-context';

export interface StepLog {
  request: Request;
  preview?: Result;
  apply?: Result;
  repeat?: Result;
}

export interface CaseOutcome {
  sheets: Sheets;
  /** The workbook had filler (fixture.ts): its big sheets were read by key. */
  filler: boolean;
  /** Steps whose preview or apply searched the spreadsheet (TextFinder findAll): reads by key. */
  searchedSteps: number;
  /** Empty rows under each table. */
  spareRows: number;
  log: StepLog[];
  violations: (Violation & { step: number })[];
}

export function runCase(c: Case, zone: string): CaseOutcome {
  const sheets = buildSheets(c.book, zone);
  // Empty rows under each table: none (the table fills its sheet, as an imported one does) or some.
  const maxRows = Object.fromEntries(
    Object.entries(sheets).map(([name, rows]) => [name, rows.length + c.book.spareRows]),
  );
  const apps = createFakeApps({ timeZone: zone, sheets, maxRows });
  const api = loadBundle(apps);
  const log: StepLog[] = [];
  const violations: CaseOutcome['violations'] = [];
  let searchedSteps = 0;
  const finish = (): CaseOutcome => ({
    sheets,
    filler: !!c.book.filler,
    searchedSteps,
    spareRows: c.book.spareRows,
    log,
    violations,
  });
  const call = (name: string, request: Request): Result | null => {
    try {
      return callJson<Result>(api[name], request);
    } catch (error) {
      violations.push({
        step: log.length,
        invariant: 'I9',
        key: `${name} threw`,
        detail: `SPEC §4: expected errors are returned, never thrown: ${String(error)}`,
      });
      return null;
    }
  };
  // The workbook as the last apply left it, to be the next step's `before` (read again only when unknown).
  let current: State | null = null;
  for (const step of c.steps) {
    const before = current ?? readState(apps);
    current = null;
    const request = resolveStep(step, before);
    const entry: StepLog = { request };
    log.push(entry);
    const stepNo = log.length;
    const bad = badCells(before);
    const expectations = new Map<string, Expectation>();
    const created = new Set<string>();
    for (const id of request.invoiceIds) {
      const e = expect(before, request, id, bad, created);
      expectations.set(id, e);
      if (e.newInvoiceId) created.add(e.newInvoiceId);
    }
    const todayBefore = dayInZone(zone);
    const searchesBefore = callCount(apps).byMethod.findAll ?? 0;
    const preview = call('revoicePreview', request);
    if (!preview) return finish();
    entry.preview = preview;
    if (comparable(apps.snapshot()) !== comparable(before.snapshot)) {
      violations.push({
        step: stepNo,
        invariant: 'I6',
        key: 'preview wrote',
        detail: 'revoicePreview changed the workbook',
      });
    }
    const fingerprints = Object.fromEntries(
      (preview.results ?? []).filter((r: Result) => r.ok).map((r: Result) => [r.invoiceId, r.fingerprint]),
    );
    const applied: Request = { ...request, requestKey: `key-${stepNo}`, fingerprints };
    entry.request = applied;
    const apply = call('revoiceApply', applied);
    if (!apply) return finish();
    entry.apply = apply;
    if ((callCount(apps).byMethod.findAll ?? 0) > searchesBefore) searchedSteps++;
    const after = readState(apps);
    current = after;
    const today = [...new Set([todayBefore, dayInZone(zone)])];
    const ctx = { apps, request: applied, before, after, preview, apply, expectations, bad, today };
    violations.push(...checkStep(ctx).map((v) => ({ ...v, step: stepNo })));
    if (step.repeat && apply.ok) {
      const again = call('revoiceApply', applied);
      entry.repeat = again ?? undefined;
      if (JSON.stringify(again) !== JSON.stringify(apply)) {
        violations.push({
          step: stepNo,
          invariant: 'I7',
          key: 'repeated key gave another result',
          detail: `first ${JSON.stringify(apply)}, again ${JSON.stringify(again)}`,
        });
      }
      if (comparable(apps.snapshot()) !== comparable(after.snapshot)) {
        current = null;
        violations.push({
          step: stepNo,
          invariant: 'I7',
          key: 'repeated key wrote',
          detail: 'the same request key applied again changed the workbook',
        });
      }
    }
  }
  return finish();
}
