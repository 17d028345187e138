/**
 * Property: for random workbooks and random void / regenerate requests, every apply through the
 * real bundle keeps the brief's nine invariants (see checker.ts), in five spreadsheet zones.
 *
 *   PROPERTY_SEED=n     the seed (default below; each zone uses seed + its index)
 *   PROPERTY_RUNS=n     runs per zone (default 100)
 *   PROPERTY_FOCUS=text only violations whose "invariant key" contains text fail the run (to shrink one failure)
 *   PROPERTY_COLLECT=1  explore all runs, then shrink one minimal case per distinct failure and print them all
 *   PROPERTY_REPORT=file also write that report to a file
 *   PROPERTY_ZONE=zone  only that zone;  PROPERTY_PATH=path  replay a failure (with its zone and seed) straight to its shrunk case
 */
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describeOutcome } from './describe-case';
import { propertyCase, Case } from './generators';
import { CaseOutcome, runCase } from './run-case';

const ZONES = ['Europe/London', 'Pacific/Auckland', 'America/Santiago', 'America/Havana', 'UTC'];
const SEED = Number(process.env.PROPERTY_SEED ?? 20260405);
const RUNS = Number(process.env.PROPERTY_RUNS ?? 100);
const FOCUS = process.env.PROPERTY_FOCUS ?? '';
const COLLECT = process.env.PROPERTY_COLLECT === '1';
const PATH = process.env.PROPERTY_PATH;
/** Shrinking stops after this long and reports the smallest case found so far. */
const SHRINK_MS = Number(process.env.PROPERTY_SHRINK_MS ?? (COLLECT ? 90_000 : 6_000));

const keyOf = (v: { invariant: string; key: string }) => `${v.invariant} ${v.key}`;
const failing = (outcome: CaseOutcome, only = FOCUS) => outcome.violations.filter((v) => keyOf(v).includes(only));

/** Runs the property; on failure returns the shrunk case described. */
function check(zone: string, seed: number, numRuns: number, only: string): string | null {
  const details = fc.check(
    fc.property(propertyCase, (c: Case) => failing(runCase(c, zone), only).length === 0),
    {
      seed,
      numRuns,
      skipAllAfterTimeLimit: SHRINK_MS,
      ...(PATH && !COLLECT ? { path: PATH } : {}),
    },
  );
  if (!details.failed || !details.counterexample) return null;
  const outcome = runCase(details.counterexample[0], zone);
  const replay = `PROPERTY_ZONE=${zone} PROPERTY_SEED=${seed - ZONES.indexOf(zone)} PROPERTY_PATH=${details.counterexamplePath}${only ? ` PROPERTY_FOCUS='${only}'` : ''}`;
  return (
    `seed ${seed}, failed after ${details.numRuns} runs, shrunk ${details.numShrinks} times (replay: ${replay})\n` +
    describeOutcome(zone, outcome, failing(outcome, only))
  );
}

/** Explores `numRuns` cases, then shrinks one minimal case for each distinct failure not seen yet. */
function collect(zone: string, seed: number, seen: Map<string, string>): string[] {
  const counts = new Map<string, number>();
  fc.check(
    fc.property(propertyCase, (c: Case) => {
      for (const key of new Set(runCase(c, zone).violations.map(keyOf))) counts.set(key, (counts.get(key) ?? 0) + 1);
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
      `[${key}] in ${count} of ${RUNS} runs\n${check(zone, seed, RUNS, key) ?? '(did not recur when shrinking)'}`,
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
    console.log(
      `property seed ${seed} (PROPERTY_SEED=${SEED}), ${RUNS} runs, zone ${zone}${FOCUS ? `, focus "${FOCUS}"` : ''}`,
    );
    if (COLLECT) {
      const found = collect(zone, seed, seen);
      report.push(`==== ${zone} (seed ${seed}) ====\n${found.join('\n\n')}`);
      if (process.env.PROPERTY_REPORT) writeFileSync(process.env.PROPERTY_REPORT, report.join('\n\n'));
      expect(found).toEqual([]);
      return;
    }
    const failure = check(zone, seed, RUNS, FOCUS);
    if (failure) throw new Error(`Property failed in ${zone}: ${failure}`);
  });
});
