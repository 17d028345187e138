// Builds the benchmark with esbuild (outside dist/, which clasp pushes) and runs it in a node
// started with the flags it needs; arguments are passed on (`npm run bench -- --sizes 1000`).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '../..');
const outdir = join(tmpdir(), 'revoice-bench');
mkdirSync(outdir, { recursive: true });
const outfile = join(outdir, 'bench.mjs');
await build({
  entryPoints: [join(root, 'bench/bench.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile,
  logLevel: 'warning',
  define: { __dirname: JSON.stringify(join(root, 'fake-apps-script/src')) },
});

const flags = [
  // global.gc(), for heap figures after a full collection.
  '--expose-gc',
  // Fail loudly rather than pass ~4 GB on a small machine.
  '--max-old-space-size=3584',
];
const run = spawnSync(process.execPath, [...flags, outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
