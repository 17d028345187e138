// Project rules tsc can't check: a pure engine, small files, a bundle Apps Script can run.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '../..');
const problems = [];

function files(dir, pattern) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, pattern) : pattern.test(name) ? [path] : [];
  });
}

const APPS_SCRIPT_GLOBALS = /\b(SpreadsheetApp|HtmlService|LockService|Utilities|Session|ScriptApp|PropertiesService|CacheService|Logger)\s*\./;
for (const file of files(join(root, 'src/engine'), /\.ts$/)) {
  const text = readFileSync(file, 'utf8');
  if (APPS_SCRIPT_GLOBALS.test(text)) problems.push(`${relative(root, file)}: the engine must not touch Apps Script services`);
  if (/\bDate\.now\(|new Date\(\)/.test(text)) problems.push(`${relative(root, file)}: the engine takes "today" from its context, not the clock`);
}

for (const file of [...files(join(root, 'src'), /\.ts$/), ...files(join(root, 'sidebar'), /\.ts$/), ...files(join(root, 'playground'), /\.(ts|mjs)$/)]) {
  const lines = readFileSync(file, 'utf8').split('\n').length;
  if (lines > 400) problems.push(`${relative(root, file)}: ${lines} lines; split it so each file has one job`);
}

const bundle = join(root, 'dist/Code.js');
if (existsSync(bundle)) {
  const code = readFileSync(bundle, 'utf8');
  for (const [pattern, why] of [
    [/\brequire\(/, 'require() does not exist in Apps Script'],
    [/\bprocess\.(env|argv|exit)/, 'process does not exist in Apps Script'],
    [/\bset(Timeout|Interval)\(/, 'timers do not exist in Apps Script'],
    [/\b(window|document)\./, 'browser globals do not exist in Apps Script'],
  ]) {
    if (pattern.test(code)) problems.push(`dist/Code.js: ${why}`);
  }
  if (Buffer.byteLength(code) > 200 * 1024) problems.push('dist/Code.js is over 200 KB');
}

if (problems.length) {
  console.error(problems.map((p) => `lint: ${p}`).join('\n'));
  process.exit(1);
}
console.log('lint: ok');
