import { estimatedAppsScriptMs } from './cost-model';
import type { Measurement } from './measure';

/** Markdown tables the README can take as they are: columns padded, numbers right-aligned. */
export function markdownTable(header: string[], rows: string[][], right: boolean[]): string {
  const widths = header.map((h, i) => Math.max(h.length, 3, ...rows.map((row) => row[i].length)));
  const pad = (cell: string, i: number) => (right[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i]));
  const line = (row: string[]) => `| ${row.map(pad).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (right[i] ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export const count = (n: number) => Math.round(n).toLocaleString('en-GB');
/** MB, one decimal below 10 (a tiny negative delta, GC noise, shows as 0.0). */
export function mb(bytes: number): string {
  const m = bytes / 2 ** 20;
  return Math.abs(m) < 0.05 ? '0.0' : m.toFixed(Math.abs(m) < 10 ? 1 : 0);
}

function percent(part: number, whole: number): string {
  const p = (100 * part) / whole;
  return p >= 10 ? `${p.toFixed(0)} %` : p >= 0.1 ? `${p.toFixed(1)} %` : `${p.toFixed(3)} %`;
}

export interface ResultRow {
  workbook: string;
  operation: string;
  workbookCells: number;
  m: Measurement;
}

export const RESULT_HEADER = [
  'workbook (invoices)',
  'operation',
  'Sheets calls',
  'all calls',
  'cells read',
  'cells written',
  'read % of workbook',
  'Node ms',
  'add-on ms',
  'heap after, MB',
  'heap peak, MB',
  'est. Apps Script',
  'answer',
];
const RESULT_RIGHT = [false, false, true, true, true, true, true, true, true, true, true, true, false];

export function resultTable(rows: ResultRow[]): string {
  const cells = rows.map(({ workbook, operation, workbookCells, m }) => [
    workbook,
    operation,
    count(m.sheetsCalls),
    count(m.total),
    count(m.cellsRead),
    count(m.cellsWritten),
    percent(m.cellsRead, workbookCells),
    `${count(m.ms)} (${m.runs === 1 ? '1 run' : `median of ${m.runs}`})`,
    count(m.ms - m.serviceMs),
    mb(m.heapAfter),
    mb(m.heapPeak),
    `${(estimatedAppsScriptMs(m.sheetsCalls, m.cellsRead, m.cellsWritten) / 1000).toFixed(1)} s`,
    m.problem ?? 'ok',
  ]);
  return markdownTable(RESULT_HEADER, cells, RESULT_RIGHT);
}

export interface WorkbookRow {
  workbook: string;
  cells: number;
  fixtureMs: number;
  buildMs: number;
  heap: number;
}

export function workbookTable(rows: WorkbookRow[]): string {
  return markdownTable(
    [
      'workbook (invoices)',
      'cells (data ranges, set up)',
      'rows generated, ms',
      'fake built, ms',
      'fake + bundle heap, MB',
    ],
    rows.map((r) => [r.workbook, count(r.cells), count(r.fixtureMs), count(r.buildMs), mb(r.heap)]),
    [false, true, true, true, true],
  );
}
