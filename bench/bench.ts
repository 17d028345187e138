import { cpus, loadavg } from 'node:os';
import { COST_MODEL } from './cost-model';
import { CHEAP_MS, hasGc, measure } from './measure';
import { OPERATIONS, operationsFor } from './operations';
import { count, mb, resultTable, workbookTable } from './table';
import type { ResultRow, WorkbookRow } from './table';
import { DEFAULT_SIZES, fixture, parseSize, sizeLabel } from './workbooks';
import type { WorkbookSpec } from './workbooks';

/**
 * The cost of Revoice's calls as workbooks grow (SPEC §5, "Cost follows the work"): the real
 * bundle, dist/Code.js, over the in-memory Apps Script fake, each operation on a fresh copy of a
 * synthetic workbook. Prints markdown tables the README can take as they are. Started by
 * bench/run.mjs (`npm run bench -- --sizes 1000,5000 --only preview`).
 */

const USAGE = `npm run bench [-- options]
  --sizes LIST  workbooks, by invoices: ${DEFAULT_SIZES.join(',')} (default);
                N+audit adds an Audit Log of N rows
  --only LIST   operations: ${OPERATIONS.map((op) => op.name).join(',')}
                (default: "all" below 1,000 invoices, every other one from 1,000)`;

interface Options {
  sizes: WorkbookSpec[];
  only: string[] | null;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { sizes: DEFAULT_SIZES.map(parseSize), only: null };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    const value = inline ?? argv[++i];
    if (value === undefined || !['--sizes', '--only'].includes(flag)) throw new Error(`${argv[i] ?? flag}?\n${USAGE}`);
    const list = value.split(',').filter(Boolean);
    if (flag === '--sizes') options.sizes = list.map(parseSize);
    else {
      const unknown = list.filter((name) => !OPERATIONS.some((op) => op.name === name));
      if (unknown.length) throw new Error(`--only: no operation ${unknown.join(', ')}\n${USAGE}`);
      options.only = list;
    }
  }
  return options;
}

const load = () => loadavg()[0].toFixed(1);

async function main(): Promise<void> {
  const started = performance.now();
  const loadBefore = load();
  const { sizes, only } = parseArgs(process.argv.slice(2));
  if (!hasGc) console.error('bench: run with --expose-gc (bench/run.mjs does) for heap figures after a full GC');
  const results: ResultRow[] = [];
  const workbooks: WorkbookRow[] = [];
  for (const spec of sizes) {
    const workbook = sizeLabel(spec);
    const operations = operationsFor(spec, only);
    if (!operations.length) continue;
    const generated = performance.now();
    const sheets = fixture(spec);
    const fixtureMs = performance.now() - generated;
    let cells = NaN;
    for (const op of operations) {
      const first = op === operations[0];
      const m = await measure(sheets, op, spec, first);
      if (first) {
        cells = m.workbookCells;
        workbooks.push({ workbook, cells, fixtureMs, buildMs: m.buildMs, heap: m.workbookHeap });
      }
      results.push({ workbook, operation: op.label(spec), workbookCells: cells, m });
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      console.error(`bench: ${workbook}, ${op.label(spec)}: ${count(m.ms)} ms, ${m.problem ?? 'ok'} (${seconds} s)`);
    }
  }
  const totalS = (performance.now() - started) / 1000;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  console.log(
    [
      resultTable(results),
      '',
      workbookTable(workbooks),
      '',
      `- **Estimated Apps Script time**: ${COST_MODEL} (the model and its sources: \`bench/cost-model.ts\`).`,
      `- **Node ms**: the whole call, through \`dist/Code.js\` over the in-memory fake, on ${cpus().length} ` +
        `cores, Node ${process.version}; **add-on ms**: Node ms minus the time spent inside the fake's own ` +
        `service calls (\`serviceMs\`: a spreadsheet-wide TextFinder scans every cell in Node, which in Apps ` +
        `Script is Google's time, counted in the estimate instead). The run with the median Node ms of 3, ` +
        `each on a fresh copy, when one run takes under ${count(CHEAP_MS)} ms.`,
      `- **Heap after**: heapUsed after the call minus before it, both after a full GC, the workbook already ` +
        `built and set up; **heap peak**: the highest heapUsed seen at any Apps Script call during it, minus ` +
        `before (garbage not yet collected included).`,
      `- **Read % of workbook**: cells read over the cells of all sheets' data ranges (last row × last ` +
        `column with content), in the workbook as set up.`,
      `- Every workbook is measured as a bookkeeper has it after installing: "Set up workbook" ` +
        `(\`revoiceSetup\`) is run on each fresh copy before the call, unmeasured.`,
      `- This run: ${totalS.toFixed(0)} s in all, peak RSS ${mb(peakRss)} MB; load average ${loadBefore} ` +
        `before, ${load()} after (other processes share the machine: Node ms is noisy, the counts are not).`,
    ].join('\n'),
  );
}

await main();
