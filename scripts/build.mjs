// Builds the three files clasp pushes: dist/Code.js, dist/Sidebar.html, dist/appsscript.json.
import { build, transform } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inlineHtml } from './inline-html.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const serverEntry = join(root, 'src/api/main.ts');
const GLOBAL = 'Revoice';

/** Apps Script only runs top-level `function` declarations, so each export gets a stub. */
async function entryExports() {
  const probe = await build({
    entryPoints: [serverEntry],
    bundle: true,
    write: false,
    format: 'esm',
    metafile: true,
    outdir: join(dist, 'probe'),
    logLevel: 'silent',
  });
  const output = Object.values(probe.metafile.outputs).find((o) => o.entryPoint);
  return output.exports.filter((name) => /^[A-Za-z_$][\w$]*$/.test(name)).sort();
}

/**
 * Third-party code (decimal.js, a quarter of the bundle) goes in minified, names included: it is
 * tested upstream and never read in Apps Script's editor. Revoice's own code keeps its names and
 * lines, so stack traces in the execution log stay readable.
 */
const minifiedDependencies = {
  name: 'minified-dependencies',
  setup(server) {
    server.onLoad({ filter: /[\\/]node_modules[\\/].*\.m?js$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const { code } = await transform(source, { minify: true, legalComments: 'none', loader: 'js' });
      return { contents: code, loader: 'js' };
    });
  },
};

async function buildServer() {
  const names = await entryExports();
  const result = await build({
    entryPoints: [serverEntry],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: GLOBAL,
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['main'],
    legalComments: 'none',
    minifySyntax: true,
    charset: 'utf8',
    logLevel: 'warning',
    plugins: [minifiedDependencies],
  });
  const stubs = names
    .map((name) => `function ${name}() { return ${GLOBAL}.${name}.apply(this, arguments); }`)
    .join('\n');
  const code = `${result.outputFiles[0].text}\n// Entry points Apps Script can see.\n${stubs}\n`;
  writeFileSync(join(dist, 'Code.js'), code);
  return { names, bytes: Buffer.byteLength(code) };
}

async function buildSidebar() {
  const script = await build({
    entryPoints: [join(root, 'sidebar/main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2019',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
  });
  const css = await build({
    entryPoints: [join(root, 'sidebar/styles.css')],
    bundle: true,
    write: false,
    minify: true,
    logLevel: 'warning',
  });
  const html = inlineHtml(
    readFileSync(join(root, 'sidebar/index.html'), 'utf8'),
    css.outputFiles[0].text,
    script.outputFiles[0].text,
  );
  writeFileSync(join(dist, 'Sidebar.html'), html);
  return { bytes: Buffer.byteLength(html) };
}

mkdirSync(dist, { recursive: true });
const server = await buildServer();
const sidebar = await buildSidebar();
copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
if (!process.env.QUIET_BUILD) {
  console.log(`dist/Code.js ${(server.bytes / 1024).toFixed(1)} KB, entry points: ${server.names.join(', ')}`);
  console.log(`dist/Sidebar.html ${(sidebar.bytes / 1024).toFixed(1)} KB`);
}
