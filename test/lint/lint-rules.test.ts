/** scripts/lint.mjs on small fixture trees: clean passes, and each rule fails naming the file and the rule. */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const REPO = join(__dirname, '..', '..');
const LINT = join(REPO, 'scripts', 'lint.mjs');

/** A tiny project that keeps every rule: each test adds or replaces files to break one. */
const CLEAN: Record<string, string> = {
  'src/engine/index.ts': "export { total } from './money';\n",
  'src/engine/money.ts': 'export const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);\n',
  'src/shared/api.ts': "export type Code = 'BUSY';\n",
  'src/sheets/write.ts': "import { total } from '../engine';\n\nexport const sum = total;\n",
  'src/api/main.ts':
    "import type { Code } from '../shared/api';\nimport { sum } from '../sheets/write';\n\nexport const busy: Code = 'BUSY';\nexport { sum };\n",
  'sidebar/bridge.ts': 'export const runner = () => google.script.run;\n',
  'sidebar/main.ts':
    "import type { Code } from '../src/shared/api';\nimport { runner } from './bridge';\n\nexport const code: Code = 'BUSY';\nexport { runner };\n",
  'playground/page/main.ts': "const p = document.createElement('p');\np.textContent = 'ok';\n",
  'fake-apps-script/src/index.ts': 'export const fake = {};\n',
  'test/engine.test.ts':
    "import { total } from '../src/engine';\nimport { fake } from '../fake-apps-script/src';\n\nexport { total, fake };\n",
  'dist/Code.js': 'function onOpen() {}\n',
  'dist/Sidebar.html': '<!doctype html>\n<p>Revoice</p>\n',
};

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** Writes CLEAN with `changes` over it (null deletes a file) into a fresh temp folder. */
function fixture(changes: Record<string, string | null> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'revoice-lint-'));
  roots.push(root);
  for (const [file, text] of Object.entries({ ...CLEAN, ...changes })) {
    if (text === null) continue;
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

/** Runs lint on `root`; async, so the cases run side by side (each is a node start-up). */
function lint(root: string, checkFormat = false): Promise<{ status: number | null; output: string }> {
  const env = { ...process.env, LINT_SKIP_FORMAT: checkFormat ? '' : '1' };
  return new Promise((done) => {
    execFile(process.execPath, [LINT, root], { env }, (error, stdout, stderr) => {
      done({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, output: `${stdout}${stderr}` });
    });
  });
}

const lines = (n: number) => Array.from({ length: n }, (_, i) => `export const a${i} = ${i};\n`).join('');

it.concurrent('passes a clean tree', async () => {
  expect(await lint(fixture())).toEqual({ status: 0, output: expect.stringContaining('lint: ok') });
});

it.concurrent('ignores comments: prose may name what code may not do', async () => {
  const root = fixture({
    'src/engine/notes.ts':
      "// never import '../sheets/write' or call SpreadsheetApp.flush() here\nexport const n = 1;\n",
    'sidebar/notes.ts': '/* no innerHTML, and google.script.run only in the bridge */\nexport const n = 1;\n',
  });
  expect((await lint(root)).status).toBe(0);
});

const VIOLATIONS: [string, Record<string, string | null>, string][] = [
  [
    'an engine layer importing a higher one',
    { 'src/engine/calc/bad.ts': "import { t } from '../workbook/table';\nexport const x = t;\n" },
    'src/engine/calc/bad.ts: imports ../workbook/table → src/engine/workbook/table (engine layers import only downwards',
  ],
  [
    'two modules importing each other',
    {
      'sidebar/a.ts': "import type { B } from './b';\nexport type A = B;\n",
      'sidebar/b.ts': "import type { A } from './a';\nexport type B = A | 1;\n",
    },
    'sidebar/b.ts: import cycle: sidebar/a.ts → sidebar/b.ts → sidebar/a.ts',
  ],
  [
    'an operation importing the top of the engine',
    { 'src/engine/invoice/bad.ts': "import { r } from '../run';\nexport const x = r;\n" },
    'src/engine/invoice/bad.ts: imports ../run → src/engine/run (engine layers import only downwards',
  ],
  [
    'the engine importing the Sheets layer',
    { 'src/engine/bad.ts': "import { sum } from '../sheets/write';\nexport const s = sum;\n" },
    'src/engine/bad.ts: imports ../sheets/write → src/sheets/write (the engine imports nothing from src/sheets',
  ],
  [
    'the sidebar importing the engine',
    { 'sidebar/bad.ts': "import { total } from '../src/engine';\nexport const t = total;\n" },
    'sidebar/bad.ts: imports ../src/engine → src/engine (the sidebar imports nothing from src/ but src/shared/)',
  ],
  [
    'src importing a test helper',
    { 'src/api/bad.ts': "import { helper } from '../../test/x';\nexport const h = helper;\n" },
    'src/api/bad.ts: imports ../../test/x → test/x (src/ imports nothing from playground/, fake-apps-script/, test/, bench/)',
  ],
  [
    'src/shared re-exporting the engine (export … from)',
    { 'src/shared/bad.ts': "export { total } from '../engine';\n" },
    'src/shared/bad.ts: imports ../engine → src/engine (src/shared imports only from src/shared)',
  ],
  [
    'the fake requiring the product (require)',
    { 'fake-apps-script/src/bad.ts': "const api = require('../../src/api/main');\nexport { api };\n" },
    'fake-apps-script/src/bad.ts: imports ../../src/api/main → src/api/main (the fake imports nothing from src/',
  ],
  [
    'the playground importing a test (import())',
    { 'playground/bad.ts': "export const load = () => import('../test/engine.test');\n" },
    'playground/bad.ts: imports ../test/engine.test → test/engine.test (nothing outside test/ imports from test/)',
  ],
  [
    'the engine calling an Apps Script service',
    { 'src/engine/bad.ts': 'export const f = () => SpreadsheetApp.flush();\n' },
    'src/engine/bad.ts: the engine must not touch Apps Script services',
  ],
  [
    'the engine reading the clock',
    { 'src/engine/bad.ts': 'export const now = () => Date.now();\n' },
    'src/engine/bad.ts: the engine takes "today" from its context, not the clock',
  ],
  [
    'the sidebar writing innerHTML',
    { 'sidebar/bad.ts': "document.body.innerHTML = '<b>x</b>';\n" },
    'sidebar/bad.ts: uses innerHTML',
  ],
  [
    'the playground page using insertAdjacentHTML',
    { 'playground/page/bad.ts': "document.body.insertAdjacentHTML('beforeend', '<b>x</b>');\n" },
    'playground/page/bad.ts: uses insertAdjacentHTML',
  ],
  [
    'google.script.run outside the bridge',
    { 'sidebar/other.ts': 'export const go = () => google.script.run.revoiceApply();\n' },
    'sidebar/other.ts: uses google.script (google.script.run is used in sidebar/bridge.ts only)',
  ],
  ['a 401-line file', { 'src/api/big.ts': lines(401) }, 'src/api/big.ts: 401 lines, over 400'],
  ['a 401-line script', { 'scripts/big.mjs': lines(401) }, 'scripts/big.mjs: 401 lines, over 400'],
  [
    'a bundle over 240 KB',
    { 'dist/Code.js': `// ${'x'.repeat(241 * 1024)}\n` },
    'dist/Code.js: 241.0 KB, over its 240 KB budget',
  ],
  [
    'a sidebar over 150 KB',
    { 'dist/Sidebar.html': `<p>${'x'.repeat(151 * 1024)}</p>\n` },
    'dist/Sidebar.html: 151.0 KB, over its 150 KB budget',
  ],
  [
    'a bundle calling require()',
    { 'dist/Code.js': "require('fs');\n" },
    'dist/Code.js: require() does not exist in Apps Script',
  ],
  ['no build', { 'dist/Code.js': null, 'dist/Sidebar.html': null }, 'dist/Code.js is missing: run npm run build first'],
];

it.concurrent.each(VIOLATIONS)('fails on %s, naming the file and the rule', async (_name, changes, message) => {
  const { status, output } = await lint(fixture(changes));
  expect(status).toBe(1);
  expect(output).toContain(`lint: ${message}`);
  expect(output).not.toContain('lint: ok');
});

it.concurrent('a 400-line file is within the limit', async () => {
  expect((await lint(fixture({ 'src/api/big.ts': lines(400) }))).status).toBe(0);
});

describe('formatting, with the repository prettier config', () => {
  const formatted = (changes: Record<string, string | null> = {}) => {
    const root = fixture(changes);
    for (const file of ['.prettierrc.json', '.prettierignore']) copyFileSync(join(REPO, file), join(root, file));
    return root;
  };

  it.concurrent('passes files prettier would leave alone', async () => {
    expect(await lint(formatted(), true)).toEqual({ status: 0, output: expect.stringContaining('lint: ok') });
  });

  it.concurrent('fails a file prettier would change, and LINT_SKIP_FORMAT=1 skips the check', async () => {
    const root = formatted({ 'src/api/ugly.ts': 'export const  x = {a:1}\n' });
    const { status, output } = await lint(root, true);
    expect(status).toBe(1);
    expect(output).toContain('lint: src/api/ugly.ts: not formatted as prettier would (npm run format)');
    expect(await lint(root)).toEqual({
      status: 0,
      output: expect.stringContaining('formatting not checked (LINT_SKIP_FORMAT=1)'),
    });
  });
});
