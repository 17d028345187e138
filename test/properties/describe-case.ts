/** A failing case as a person reads it: the sheets row by row, each request and what came back. */
import { isFillerRow, type Sheets } from './fixture';
import type { CaseOutcome } from './run-case';
import type { Violation } from './step-context';

function cell(value: unknown): string {
  if (value === '' || value === null || value === undefined) return '·';
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return String(o.date ?? o.dateTime ?? o.formula ?? o.text ?? JSON.stringify(o));
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The sheets row by row; runs of filler rows (fixture.ts) as one line saying which rows they are. */
export function describeSheets(sheets: Sheets): string {
  return Object.entries(sheets)
    .filter(([, rows]) => rows.length > 1)
    .map(([name, rows]) => {
      const lines: string[] = [];
      let run: number[] = [];
      const endRun = () => {
        if (run.length)
          lines.push(`  ${run.length} filler row${run.length > 1 ? 's' : ''} (${run[0]}–${run[run.length - 1]})`);
        run = [];
      };
      rows.forEach((row, i) => {
        if (i > 0 && isFillerRow(row.map(cell))) return void run.push(i + 1);
        endRun();
        lines.push(`  ${String(i + 1).padStart(2)} | ${row.map(cell).join(' | ')}`);
      });
      endRun();
      return `${name}:\n${lines.join('\n')}`;
    })
    .join('\n');
}

const brief = (result: Record<string, unknown> | undefined) => {
  if (!result) return 'nothing';
  if (!result.ok) return `${result.code}: ${result.message}`;
  return JSON.stringify(
    (result.results as Record<string, unknown>[]).map((r) => {
      const { fingerprint: _f, before: _b, after, diff: _d, warnings: _w, ...rest } = r;
      return after ? { ...rest, afterTotal: (after as Record<string, unknown>).total } : rest;
    }),
  );
};

export function describeViolations(violations: (Violation & { step: number })[]): string {
  return violations.map((v) => `  step ${v.step} ${v.invariant} [${v.key}] ${v.detail}`).join('\n');
}

export function describeOutcome(zone: string, outcome: CaseOutcome, violations = outcome.violations): string {
  // Steps after the last failing one cannot have caused it: they are left out.
  const last = Math.max(0, ...violations.map((v) => v.step));
  const omitted = outcome.log.length - last;
  const steps =
    outcome.log
      .slice(0, last)
      .map((s, i) =>
        [
          `  ${i + 1}. ${JSON.stringify({ ...s.request, fingerprints: undefined })}`,
          `     preview: ${brief(s.preview)}`,
          `     apply:   ${brief(s.apply)}`,
          ...(s.repeat ? [`     again:   ${brief(s.repeat)}`] : []),
        ].join('\n'),
      )
      .join('\n') + (omitted > 0 ? `\n  (${omitted} later step${omitted > 1 ? 's' : ''} left out)` : '');
  const filler = outcome.filler ? `, with filler (${outcome.searchedSteps} steps read by key)` : ', no filler';
  return `Spreadsheet zone ${zone}, ${outcome.spareRows} empty rows under each table${filler}\n${describeSheets(outcome.sheets)}\nRequests:\n${steps}\nViolations:\n${describeViolations(violations)}`;
}
