/**
 * Property: for random workbooks and random void / regenerate requests, every apply through the
 * real bundle keeps the brief's nine invariants (see checker.ts), in five spreadsheet zones.
 *
 *   PROPERTY_SEED=n     the seed (default below; each zone uses seed + its index)
 *   PROPERTY_RUNS=n     runs per zone (default 100)
 *   PROPERTY_FOCUS=text only violations whose "invariant key" contains text fail the run (to shrink one failure)
 *   PROPERTY_COLLECT=1  explore all runs, then shrink one minimal case per distinct failure and print them all
 *   PROPERTY_REPORT=file also write that report to a file
 *   PROPERTY_SPEC=before-credit  check the rules of the release before customer credit and drafts instead of spec-next.ts's
 *   PROPERTY_KNOWN=fail fail on the known bugs too (known-bugs.ts), instead of counting them
 *   PROPERTY_ZONE=zone  only that zone;  PROPERTY_PATH=path  replay a failure (with its zone and seed) straight to its shrunk case
 */
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describeOutcome } from './describe-case';
import { propertyCase, Case } from './generators';
import { knownBug } from './known-bugs';
import { CaseOutcome, runCase } from './run-case';
import { NEXT_SPEC } from './spec-next';

const ZONES = ['Europe/London', 'Pacific/Auckland', 'America/Santiago', 'America/Havana', 'UTC'];
const SEED = Number(process.env.PROPERTY_SEED ?? 20260405);
const RUNS = Number(process.env.PROPERTY_RUNS ?? 100);
const FOCUS = process.env.PROPERTY_FOCUS ?? '';
const COLLECT = process.env.PROPERTY_COLLECT === '1';
const PATH = process.env.PROPERTY_PATH;
/** Shrinking stops after this long and reports the smallest case found so far. */
const SHRINK_MS = Number(process.env.PROPERTY_SHRINK_MS ?? (COLLECT ? 90_000 : 6_000));

const keyOf = (v: { invariant: string; key: string }) => `${v.invariant} ${v.key}`;
/** What a zone's runs met: outcomes per invoice, and known bugs (known-bugs.ts) passed over. */
const tally = {
  cases: 0,
  steps: 0,
  /** Cases with filler, their steps, and those of their steps that read by key (found rows by a search). */
  filler: { cases: 0, steps: 0, searched: 0 },
  outcomes: new Map<string, number>(),
  known: new Map<string, number>(),
};
const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

function count(outcome: CaseOutcome): void {
  tally.cases++;
  if (outcome.filler) {
    tally.filler.cases++;
    tally.filler.steps += outcome.log.length;
    tally.filler.searched += outcome.searchedSteps;
  }
  for (const step of outcome.log) {
    tally.steps++;
    const results = (step.apply?.ok ? step.apply.results : []) as Record<string, any>[];
    const { mode, from, to, creditNote } = step.request;
    for (const r of results) {
      bump(tally.outcomes, r.ok ? (r.newInvoiceId ? 'regenerated' : 'voided') : r.code);
      if (!r.ok) continue;
      if (r.newInvoiceId && mode === 'copy') bump(tally.outcomes, '(copy)');
      if (r.newInvoiceId && (from || to)) bump(tally.outcomes, '(from/to)');
      if (r.transferred && Number(r.transferred) !== 0) bump(tally.outcomes, '(money moved)');
      if (r.voided && creditNote) bump(tally.outcomes, '(credit note)');
    }
    if (step.apply && !step.apply.ok) bump(tally.outcomes, `request ${step.apply.code}`);
  }
  for (const key of new Set(outcome.violations.map(keyOf))) if (knownBug(key)) bump(tally.known, key);
}

const failing = (outcome: CaseOutcome, only = FOCUS) =>
  outcome.violations.filter((v) => keyOf(v).includes(only) && !knownBug(keyOf(v)));

function printTally(zone: string, seed: number): void {
  const outcomes = [...tally.outcomes].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`);
  const known = [...tally.known].map(([k, n]) => `  known bug [${k}] met in ${n} cases: ${knownBug(k)}`);
  console.log(
    [
      `property ${zone}, seed ${seed} (PROPERTY_SEED=${SEED}), SPEC level ${NEXT_SPEC ? 'next' : 'built'}: ` +
        `${tally.cases} cases, ${tally.steps} steps (filler in ${tally.filler.cases} cases, ${tally.filler.steps} steps, ` +
        `${tally.filler.searched} of them read by key); results: ${outcomes.join(', ')}`,
      ...known,
    ].join('\n'),
  );
  tally.cases = tally.steps = 0;
  tally.filler = { cases: 0, steps: 0, searched: 0 };
  tally.outcomes.clear();
  tally.known.clear();
}

/** The property over one zone: no violation but those `only` leaves out and the known bugs. */
const property = (zone: string, only: string, counted: boolean) =>
  fc.property(propertyCase, (c: Case) => {
    const outcome = runCase(c, zone);
    if (counted) count(outcome);
    return failing(outcome, only).length === 0;
  });

/** Runs the property; on failure returns the shrunk case described. */
function check(zone: string, seed: number, numRuns: number, only: string, counted = true): string | null {
  // Every run, up to the first failure: no time limit here (fast-check skips, and passes, the runs after one).
  const found = fc.check(property(zone, only, counted), {
    seed,
    numRuns,
    endOnFailure: true,
    ...(PATH && !COLLECT ? { path: PATH } : {}),
  });
  if (!found.failed || !found.counterexamplePath) return null;
  // Then shrink from that failure for at most SHRINK_MS, keeping the smallest case found by then.
  const shrunk = fc.check(property(zone, only, false), {
    seed,
    numRuns,
    path: found.counterexamplePath,
    skipAllAfterTimeLimit: SHRINK_MS,
  });
  const details = shrunk.failed && shrunk.counterexample ? shrunk : found;
  if (!details.failed || !details.counterexample) return null;
  const outcome = runCase(details.counterexample[0], zone);
  const replay = `PROPERTY_ZONE=${zone} PROPERTY_SEED=${seed - ZONES.indexOf(zone)} PROPERTY_PATH=${details.counterexamplePath}${only ? ` PROPERTY_FOCUS='${only}'` : ''}`;
  return (
    `seed ${seed}, failed after ${found.numRuns} runs, shrunk ${details.numShrinks} times (replay: ${replay})\n` +
    describeOutcome(zone, outcome, failing(outcome, only))
  );
}

/** Explores `numRuns` cases, then shrinks one minimal case for each distinct failure not seen yet. */
function collect(zone: string, seed: number, seen: Map<string, string>): string[] {
  const counts = new Map<string, number>();
  fc.check(
    fc.property(propertyCase, (c: Case) => {
      const outcome = runCase(c, zone);
      count(outcome);
      for (const key of new Set(outcome.violations.map(keyOf))) if (!knownBug(key)) bump(counts, key);
      return true;
    }),
    { seed, numRuns: RUNS },
  );
  const found: string[] = [];
  for (const [key, count] of [...counts].sort((a, b) => b[1] - a[1])) {
    if (seen.has(key)) {
      found.push(`[${key}] in ${count} runs (minimal case shown for ${seen.get(key)})`);
      continue;
    }
    seen.set(key, zone);
    found.push(
      `[${key}] in ${count} of ${RUNS} runs\n${check(zone, seed, RUNS, key, false) ?? '(did not recur when shrinking)'}`,
    );
  }
  return found;
}

const seen = new Map<string, string>();
const report: string[] = [];

const zones = ZONES.map((zone, i) => [zone, SEED + i] as const).filter(
  ([zone]) => !process.env.PROPERTY_ZONE || zone === process.env.PROPERTY_ZONE,
);

describe.each(zones)('Revoice invariants, spreadsheet in %s', (zone, seed) => {
  it(`hold for ${RUNS} random workbooks and request sequences (seed ${seed})`, () => {
    if (FOCUS) console.log(`property ${zone}: only violations matching "${FOCUS}" fail`);
    if (COLLECT) {
      const found = collect(zone, seed, seen);
      printTally(zone, seed);
      report.push(`==== ${zone} (seed ${seed}) ====\n${found.join('\n\n')}`);
      if (process.env.PROPERTY_REPORT) writeFileSync(process.env.PROPERTY_REPORT, report.join('\n\n'));
      expect(found).toEqual([]);
      return;
    }
    const failure = check(zone, seed, RUNS, FOCUS);
    printTally(zone, seed);
    if (failure) throw new Error(`Property failed in ${zone}: ${failure}`);
  });
});
