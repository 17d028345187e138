import { parseRequest, planApply } from '../src/engine';
import type { Cell, RawWorkbook } from '../src/engine';
import { callCount, createFakeApps } from '../fake-apps-script/src';
import { callJson, loadBundle } from '../fake-apps-script/src/load-bundle';
import { syntheticIds, syntheticSheets } from '../fake-apps-script/src/synthetic-workbook';

/**
 * Void-and-regenerate of 50 and 500 invoices in one call, through the real bundle over
 * the in-memory spreadsheet: Sheets calls, cells read and written, and the engine's time.
 */

function rawWorkbook(sheets: Record<string, unknown[][]>): RawWorkbook {
  const raw: RawWorkbook = {};
  for (const [name, rows] of Object.entries(sheets)) raw[name] = { name, rows: rows as Cell[][] };
  return raw;
}

function engineMs(invoices: number): number {
  const raw = rawWorkbook(syntheticSheets({ invoices }));
  const input = { action: 'void-and-regenerate', invoiceIds: syntheticIds({ invoices }), reason: 'Rates changed' };
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    const parsed = parseRequest(input, true);
    if ('ok' in parsed) throw new Error(parsed.message);
    const { response } = planApply(raw, parsed, { today: '2026-11-21', user: 'bench' });
    times.push(performance.now() - start);
    if (!response.ok) throw new Error(response.message);
  }
  return times.sort((a, b) => a - b)[2];
}

function sheetsCalls(invoices: number) {
  const apps = createFakeApps({ timeZone: 'Europe/London', sheets: syntheticSheets({ invoices }) });
  const api = loadBundle(apps);
  apps.calls.reset();
  const start = performance.now();
  const response = callJson(api.revoiceApply, {
    action: 'void-and-regenerate',
    invoiceIds: syntheticIds({ invoices }),
    reason: 'Rates changed',
  });
  const wallMs = performance.now() - start;
  const applied = response.results.filter((r: { ok: boolean }) => r.ok).length;
  return { applied, wallMs, ...callCount(apps) };
}

const rows: string[][] = [
  [
    'invoices',
    'applied',
    'Sheets calls',
    'reads',
    'writes',
    'cells read',
    'cells written',
    'engine ms (median of 5)',
    'bundle + fake ms',
  ],
];
for (const invoices of [50, 500]) {
  const calls = sheetsCalls(invoices);
  rows.push(
    [
      invoices,
      calls.applied,
      calls.total,
      calls.reads,
      calls.writes,
      calls.cellsRead,
      calls.cellsWritten,
      engineMs(invoices).toFixed(0),
      calls.wallMs.toFixed(0),
    ].map(String),
  );
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
console.log([line(rows[0]), line(widths.map((w) => '-'.repeat(w))), ...rows.slice(1).map(line)].join('\n'));
