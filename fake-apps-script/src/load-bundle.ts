/**
 * Runs the bundled dist/Code.js the way Apps Script does: one fresh global scope holding only the
 * services (from a FakeApps) and the JS built-ins, whose top-level functions are the entry points.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import vm from 'node:vm';
import type { FakeApps, Manifest, Realm } from './index';

/** The repository root (two levels above this file; the working directory if bundled elsewhere). */
export const REPO_ROOT =
  typeof __dirname === 'string' && existsSync(join(__dirname, '..', '..', 'package.json'))
    ? join(__dirname, '..', '..')
    : process.cwd();

export const DEFAULT_CODE_PATH = join(REPO_ROOT, 'dist', 'Code.js');

/** `path` if the build has written it; otherwise an error saying how to make it, not a bare ENOENT. */
export function built(path: string): string {
  if (existsSync(path)) return path;
  const shown = path.startsWith(REPO_ROOT + sep) ? relative(REPO_ROOT, path).split(sep).join('/') : path;
  throw new Error(`${shown} is missing: run npm run build first`);
}

/** dist/<name>, which must exist. */
export function builtFile(name: string): string {
  return built(join(REPO_ROOT, 'dist', name));
}

export type BundleFunction = (...args: any[]) => any;
export type BundleFunctions = Record<string, BundleFunction>;

/** The vm context each loaded function belongs to, so callJson can build arguments inside it. */
const contexts = new WeakMap<BundleFunction, vm.Context>();

/**
 * The context's Date, replaced so that new Date() and Date.now() read the fake's clock while
 * new Date(ms), Date.UTC and instanceof Date behave as before (FakeOptions.virtualClock).
 */
const VIRTUAL_DATE = `(function (now) {
  var RealDate = globalThis.Date;
  function VirtualDate() {
    if (!new.target) return new RealDate(now()).toString();
    return Reflect.construct(RealDate, arguments.length === 0 ? [now()] : Array.prototype.slice.call(arguments), new.target);
  }
  Object.defineProperty(VirtualDate, 'name', { value: 'Date' });
  VirtualDate.prototype = RealDate.prototype;
  Object.defineProperty(RealDate.prototype, 'constructor', { value: VirtualDate, writable: true, configurable: true });
  VirtualDate.now = function () { return now(); };
  VirtualDate.UTC = RealDate.UTC;
  VirtualDate.parse = RealDate.parse;
  Object.defineProperty(globalThis, 'Date', { value: VirtualDate, writable: true, configurable: true });
})`;

/** The repository's appsscript.json, for FakeOptions.manifest. */
export function readManifest(path = join(REPO_ROOT, 'appsscript.json')): Manifest {
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** Loads dist/Code.js (or `codePath`) over `apps`; returns its top-level functions by name. */
export function loadBundle(apps: FakeApps, codePath = DEFAULT_CODE_PATH): BundleFunctions {
  return loadScript(apps, readFileSync(built(codePath), 'utf8'), codePath);
}

/** Like loadBundle, for script text: what tests of the loader itself (and tiny fixtures) use. */
export function loadScript(apps: FakeApps, code: string, filename = 'script.js'): BundleFunctions {
  const sandbox: Record<string, unknown> = { ...apps.globals };
  const context = vm.createContext(sandbox, { name: filename });
  if (apps.clock.virtual)
    (vm.runInContext(VIRTUAL_DATE, context) as (now: () => number) => void)(() => apps.clock.now());
  // While bundle code runs, what the fake hands over (getValues' Dates and arrays, thrown errors)
  // must be the context's own, or `instanceof Date` inside the bundle would be false. Outside it,
  // the test inspecting the fake directly still gets its own realm's values.
  const realm = vm.runInContext('({ Date: Date, Error: Error, Array: Array })', context) as Realm;
  apps.withRealm(realm, () => new vm.Script(code, { filename }).runInContext(context));
  const functions: BundleFunctions = {};
  for (const name of Object.getOwnPropertyNames(sandbox)) {
    const fn = sandbox[name];
    if (name in apps.globals || typeof fn !== 'function') continue;
    // Each call of an entry point is one Apps Script execution (flushed at its end).
    const entry: BundleFunction = (...args) =>
      apps.withRealm(realm, () => apps.execute(() => (fn as BundleFunction)(...args)));
    Object.defineProperty(entry, 'name', { value: name });
    functions[name] = entry;
    contexts.set(entry, context);
  }
  return functions;
}

/** Throws unless `value` would survive google.script.run unchanged (JSON primitives, arrays, plain objects). */
export function assertJsonSafe(value: unknown, path = 'result'): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${path} is ${value}, which google.script.run cannot carry`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => assertJsonSafe(v, `${path}[${i}]`));
    return;
  }
  const tag = Object.prototype.toString.call(value);
  const proto = typeof value === 'object' ? Object.getPrototypeOf(value) : undefined;
  const plain = tag === '[object Object]' && (proto === null || Object.getPrototypeOf(proto) === null);
  if (!plain)
    throw new Error(
      `${path} is ${tag === '[object Object]' ? 'a class instance' : tag}, which google.script.run cannot carry`,
    );
  for (const [key, v] of Object.entries(value as object)) {
    if (v !== undefined) assertJsonSafe(v, `${path}.${key}`);
  }
}

/**
 * Calls a bundle function as google.script.run does: arguments are JSON-copied into the bundle's
 * realm and the result comes back as a JSON copy in this realm (so toEqual works). Results that
 * google.script.run could not carry (Dates, class instances, NaN) throw; so do the bundle's
 * errors, rethrown as this realm's Error with the same message.
 */
export function callJson<T = any>(fn: BundleFunction, ...args: unknown[]): T {
  const context = contexts.get(fn);
  const json = JSON.stringify(args);
  const inner = (context ? (vm.runInContext('JSON', context) as JSON) : JSON).parse(json) as unknown[];
  let result: unknown;
  try {
    result = fn(...inner);
  } catch (e) {
    const err = e as { name?: string; message?: string; stack?: string };
    const copy = new Error(String(err?.message ?? e));
    copy.name = err?.name ?? 'Error';
    if (err?.stack) copy.stack = err.stack;
    throw copy;
  }
  if (result === undefined) return undefined as T;
  assertJsonSafe(result);
  return JSON.parse(JSON.stringify(result)) as T;
}

/** dist/*.html as {Sidebar: '…'}, for FakeOptions.html. */
export function readDistHtml(dir = join(REPO_ROOT, 'dist')): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(built(dir))) {
    if (name.endsWith('.html')) files[name.slice(0, -'.html'.length)] = readFileSync(join(dir, name), 'utf8');
  }
  return files;
}
