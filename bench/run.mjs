// Builds the benchmark with esbuild (outside dist/, which clasp pushes) and runs it.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

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
await import(pathToFileURL(outfile).href);
