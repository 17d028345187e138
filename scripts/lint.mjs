// Project rules tsc can't check, in one place: which folder may import which, a pure engine,
// small files, no HTML strings in the pages, one bridge to Apps Script, a bundle Apps Script
// can run within budget, and prettier's formatting.
// Usage: node scripts/lint.mjs [root]   (root defaults to this repository; fixtures in tests pass their own)
// LINT_SKIP_FORMAT=1 skips the prettier check.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..'));
const problems = [];
const report = (file, message) => problems.push(`${file}: ${message}`);

/** Root-relative path with forward slashes, as reports and rules spell it. */
const rel = (path) => relative(root, path).split(sep).join('/');
const under = (path, dir) => path === dir || path.startsWith(`${dir}/`);

/** Files below `dir` (root-relative) whose names match `pattern`, as root-relative paths. */
function files(dir, pattern) {
  const walk = (path) => {
    if (!existsSync(path)) return [];
    return readdirSync(path).flatMap((name) => {
      const child = join(path, name);
      if (statSync(child).isDirectory()) return name === 'node_modules' ? [] : walk(child);
      return pattern.test(name) ? [rel(child)] : [];
    });
  };
  return walk(join(root, dir));
}

const read = (file) => readFileSync(join(root, file), 'utf8');

/**
 * The text with comments, template-literal text and regex literals blanked (newlines kept; quoted
 * strings and `${…}` code kept), so rules match code and import specifiers, not prose or examples.
 */
function code(text) {
  const blank = (s) => s.replace(/[^\n]/g, ' ');
  const depths = []; // open braces inside each enclosing `${…}`, innermost last
  let out = '';
  let last = ''; // the last significant character: a `/` after one of (,=:[!&|?{}; starts a regex
  let i = 0;
  const take = (j, hide) => {
    out += hide ? blank(text.slice(i, j)) : text.slice(i, j);
    i = j;
  };
  /** From just inside a template's text: blank it up to its closing backtick or the next `${`. */
  const templateText = () => {
    let j = i;
    while (j < text.length && text[j] !== '`' && !(text[j] === '$' && text[j + 1] === '{')) {
      j += text[j] === '\\' ? 2 : 1;
    }
    take(Math.min(j, text.length), true);
    if (text[i] === '`') {
      take(i + 1, false);
    } else if (i < text.length) {
      take(i + 2, false);
      depths.push(0);
    }
    last = text[i - 1] ?? '';
  };
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      take(end < 0 ? text.length : end, true);
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      take(end < 0 ? text.length : end + 2, true);
    } else if (c === '`' || (c === '}' && depths.at(-1) === 0)) {
      if (c === '}') depths.pop();
      take(i + 1, false);
      templateText();
    } else if (c === "'" || c === '"' || (c === '/' && (!last || '(,=:[!&|?{};'.includes(last)))) {
      let j = i + 1;
      let inClass = false; // a regex's [...] may hold a `/`
      while (j < text.length && text[j] !== '\n' && (text[j] !== c || inClass)) {
        if (c === '/' && text[j] === '[') inClass = true;
        if (c === '/' && text[j] === ']') inClass = false;
        j += text[j] === '\\' ? 2 : 1;
      }
      take(Math.min(j + 1, text.length), c === '/');
      last = c;
    } else {
      if (depths.length && c === '{') depths[depths.length - 1]++;
      if (depths.length && c === '}') depths[depths.length - 1]--;
      take(i + 1, false);
      if (!/\s/.test(c)) last = c;
    }
  }
  return out;
}

// --- Import directions -------------------------------------------------------------------------

const SPECIFIERS = [
  /\b(?:import|export)\s[^'";]*?\bfrom\s*(['"])([^'"\n]+)\1/g, // import … from '…', export … from '…'
  /\bimport\s*(['"])([^'"\n]+)\1/g, // import '…' (for its effects)
  /\bimport\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g, // import('…')
  /\brequire\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g, // require('…')
];

/** The relative specifiers in a file, each with the root-relative path it resolves to. */
function imports(file, text) {
  const found = [];
  for (const pattern of SPECIFIERS) {
    for (const match of text.matchAll(pattern)) {
      const specifier = match[2];
      if (specifier.startsWith('./') || specifier.startsWith('../')) {
        found.push({ specifier, target: rel(resolve(root, dirname(file), specifier)) });
      }
    }
  }
  return found;
}

const anyOf = (dirs) => (target) => dirs.some((dir) => under(target, dir));
const OUTSIDE_TEST = ['src', 'sidebar', 'playground', 'fake-apps-script', 'bench', 'scripts', 'examples'];

/** The engine's layers, lowest first: each imports only from itself and the layers before it. */
const ENGINE_LAYERS = ['src/engine/calc', 'src/engine/workbook', 'src/engine/invoice', 'src/engine'];
const layerOf = (path) => ENGINE_LAYERS.findIndex((dir) => under(path, dir));

/** Who may not import what; the first rule an import breaks is the one reported. */
const IMPORT_RULES = [
  {
    rule: 'engine layers import only downwards: calc/ → workbook/ → invoice/ → src/engine/*.ts',
    from: anyOf(['src/engine']),
    forbids: (target, file) => under(target, 'src/engine') && layerOf(target) > layerOf(file),
  },
  {
    rule: 'the engine imports nothing from src/sheets, src/api, sidebar/, playground/, fake-apps-script/',
    from: anyOf(['src/engine']),
    forbids: anyOf(['src/sheets', 'src/api', 'sidebar', 'playground', 'fake-apps-script']),
  },
  {
    rule: 'the sidebar imports nothing from src/ but src/shared/',
    from: anyOf(['sidebar']),
    forbids: (target) => under(target, 'src') && !under(target, 'src/shared'),
  },
  {
    rule: 'src/shared imports only from src/shared',
    from: anyOf(['src/shared']),
    forbids: (target) => !under(target, 'src/shared'),
  },
  {
    rule: 'src/ imports nothing from playground/, fake-apps-script/, test/, bench/',
    from: anyOf(['src']),
    forbids: anyOf(['playground', 'fake-apps-script', 'test', 'bench']),
  },
  {
    rule: 'the fake imports nothing from src/: it is independent of the product it fakes',
    from: anyOf(['fake-apps-script/src']),
    forbids: anyOf(['src']),
  },
  {
    rule: 'nothing outside test/ imports from test/',
    from: anyOf(OUTSIDE_TEST),
    forbids: anyOf(['test']),
  },
];

const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;
const sources = OUTSIDE_TEST.flatMap((dir) => files(dir, SOURCE)).filter((file) => !file.endsWith('.d.ts'));
const texts = new Map(sources.map((file) => [file, code(read(file))]));

/** Module id → file: `a/b` names `a/b.ts` or `a/b/index.ts`. */
const moduleFile = new Map();
for (const file of sources) {
  const id = file.replace(SOURCE, '');
  moduleFile.set(id, file);
  if (id.endsWith('/index')) moduleFile.set(id.slice(0, -'/index'.length), file);
}
const graph = new Map();
for (const [file, text] of texts) {
  const edges = [];
  for (const { specifier, target } of imports(file, text)) {
    const broken = IMPORT_RULES.find((r) => r.from(file) && r.forbids(target, file));
    if (broken) report(file, `imports ${specifier} → ${target} (${broken.rule})`);
    const to = moduleFile.get(target.replace(SOURCE, ''));
    if (to) edges.push(to);
  }
  graph.set(file, edges);
}

/**
 * No cycles in the product (src/, sidebar/): a module that needs itself, through others, has no
 * clear job of its own. (The fake's Range and Sheet refer to each other as Apps Script's do.)
 */
const visiting = new Set();
const done = new Set();
function visit(file, path) {
  visiting.add(file);
  for (const next of graph.get(file) ?? []) {
    if (visiting.has(next))
      report(file, `import cycle: ${[...path.slice(path.indexOf(next)), file, next].join(' → ')}`);
    else if (!done.has(next)) visit(next, [...path, file]);
  }
  visiting.delete(file);
  done.add(file);
}
for (const file of graph.keys()) if (!done.has(file) && (under(file, 'src') || under(file, 'sidebar'))) visit(file, []);

// --- A pure engine -----------------------------------------------------------------------------

const APPS_SCRIPT_GLOBALS =
  /\b(SpreadsheetApp|HtmlService|LockService|Utilities|Session|ScriptApp|PropertiesService|CacheService|Logger)\s*\./;
for (const file of sources.filter((f) => under(f, 'src/engine'))) {
  const text = texts.get(file);
  if (APPS_SCRIPT_GLOBALS.test(text)) report(file, 'the engine must not touch Apps Script services');
  if (/\bDate\.now\(|new Date\(\)/.test(text)) report(file, 'the engine takes "today" from its context, not the clock');
}

// --- Small files -------------------------------------------------------------------------------

const MAX_LINES = 400;
for (const dir of ['src', 'sidebar', 'playground', 'fake-apps-script/src', 'scripts']) {
  for (const file of files(dir, /\.(ts|mjs)$/)) {
    const text = read(file);
    const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    if (lines > MAX_LINES) report(file, `${lines} lines, over ${MAX_LINES}; split it so each file has one job`);
  }
}

// --- The pages build DOM nodes, never HTML strings; one module talks to Apps Script ------------

const PAGE = /\.(ts|js|mjs|html)$/;
const HTML_SINKS = /\b(innerHTML|outerHTML|insertAdjacentHTML)\b|\bdocument\s*\.\s*write(ln)?\b/;
const page = (file) => (file.endsWith('.html') ? read(file) : code(read(file)));
for (const file of [...files('sidebar', PAGE), ...files('playground/page', PAGE)]) {
  const sink = page(file).match(HTML_SINKS);
  if (sink) report(file, `uses ${sink[0]} (build DOM nodes with textContent; no HTML strings in the pages)`);
}

const BRIDGE = 'sidebar/bridge.ts';
for (const file of files('sidebar', PAGE).filter((f) => f !== BRIDGE)) {
  const call = page(file).match(/\bgoogle\s*\.\s*script\b|\.google\b|\bscript\s*\.\s*run\b/);
  if (call) report(file, `uses ${call[0]} (google.script.run is used in ${BRIDGE} only)`);
}

// --- The bundle: what Apps Script can run, within budget ---------------------------------------

// Code.js grew by design with customer credit, apply-credit, drafts rebuilt in place and
// reset-accounting; the budget still flags accidental growth (a dependency pulled in whole).
const BUDGETS = { 'dist/Code.js': 240, 'dist/Sidebar.html': 150 };
for (const [file, kb] of Object.entries(BUDGETS)) {
  if (!existsSync(join(root, file))) {
    problems.push(`${file} is missing: run npm run build first (lint checks the build)`);
    continue;
  }
  const bytes = statSync(join(root, file)).size;
  if (bytes > kb * 1024) report(file, `${(bytes / 1024).toFixed(1)} KB, over its ${kb} KB budget`);
}

if (existsSync(join(root, 'dist/Code.js'))) {
  const bundle = read('dist/Code.js');
  for (const [pattern, why] of [
    [/\brequire\(/, 'require() does not exist in Apps Script'],
    [/\bprocess\.(env|argv|exit)/, 'process does not exist in Apps Script'],
    [/\bset(Timeout|Interval)\(/, 'timers do not exist in Apps Script'],
    [/\b(window|document)\./, 'browser globals do not exist in Apps Script'],
  ]) {
    if (pattern.test(bundle)) report('dist/Code.js', why);
  }
}

// --- Formatting --------------------------------------------------------------------------------

if (process.env.LINT_SKIP_FORMAT === '1') {
  console.log('lint: formatting not checked (LINT_SKIP_FORMAT=1)');
} else {
  // This repository's prettier, whichever root is linted; .prettierrc.json and .prettierignore are the root's.
  const cli = join(dirname(createRequire(import.meta.url).resolve('prettier/package.json')), 'bin/prettier.cjs');
  // --no-color: under CI=true prettier colours its "[warn]" tags, which would hide the file names.
  const run = spawnSync(process.execPath, [cli, '--check', '--no-color', '.'], { cwd: root, encoding: 'utf8' });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  if (run.status === 1) {
    const before = problems.length;
    for (const line of output.split('\n')) {
      const file = line.match(/^\[warn\] (.+)$/)?.[1];
      if (file && !/^Code style issues/.test(file)) report(file, 'not formatted as prettier would (npm run format)');
    }
    if (problems.length === before) problems.push(`prettier --check failed: ${output.trim()}`);
  } else if (run.status !== 0) {
    problems.push(`prettier --check could not run: ${(run.error?.message ?? output).trim()}`);
  }
}

if (problems.length) {
  console.error(problems.map((p) => `lint: ${p}`).join('\n'));
  process.exit(1);
}
console.log('lint: ok');
