// `npm start`: bundles the TypeScript playground server (outside dist/, which clasp pushes) and runs it.
import { build } from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '../..');
// Inside node_modules so the bundle can still import esbuild (it builds the page at start).
const outfile = join(root, 'node_modules/.cache/revoice-playground/cli.mjs');
await build({
  entryPoints: [join(root, 'playground/cli.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  packages: 'external',
  logLevel: 'warning',
});
const { main } = await import(pathToFileURL(outfile).href);
await main(root, process.argv.slice(2));
