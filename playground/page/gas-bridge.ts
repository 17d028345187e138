/**
 * google.script.run for the sidebar in the playground: the same chaining as Apps Script
 * (withSuccessHandler / withFailureHandler / withUserObject, each returning a new runner), one
 * method per server function, arguments and results JSON-only, handlers always called later.
 * Each finished call tells the page (the parent window) to redraw the workbook.
 */

type Handler = (value: unknown, userObject?: unknown) => void;
interface Settings {
  success?: Handler;
  failure?: Handler;
  userObject?: unknown;
}
type Outcome =
  | { ok: true; value: unknown; version: number }
  | { ok: false; error: { name: string; message: string }; version?: number };

const config = (window as unknown as { __revoiceBridge?: { functions: string[] } }).__revoiceBridge ?? {
  functions: [],
};

/** Apps Script refuses what it cannot carry (functions, Dates, DOM nodes…) before sending anything. */
function checkArgument(value: unknown, path: string): void {
  if (value === null || value === undefined || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Failed due to illegal value in property: ${path}`);
    return;
  }
  const proto = typeof value === 'object' ? Object.getPrototypeOf(value) : undefined;
  if (Array.isArray(value)) value.forEach((v, i) => checkArgument(v, `${path}[${i}]`));
  else if (proto === Object.prototype || proto === null)
    Object.entries(value as object).forEach(([k, v]) => checkArgument(v, `${path}.${k}`));
  else throw new Error(`Failed due to illegal value in property: ${path}`);
}

function notifyPage(version: number | undefined): void {
  if (window.parent !== window) window.parent.postMessage({ type: 'revoice:changed', version }, location.origin);
}

async function post(name: string, args: unknown[]): Promise<Outcome> {
  try {
    const response = await fetch(`/api/call/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(args),
    });
    return (await response.json()) as Outcome;
  } catch {
    return { ok: false, error: { name: 'NetworkError', message: 'NetworkError: Connection failure due to HTTP 0' } };
  }
}

function invoke(name: string, args: unknown[], settings: Settings): void {
  args.forEach((a, i) => checkArgument(a, `arguments[${i}]`));
  void post(name, args).then((outcome) => {
    notifyPage(outcome.version);
    if (outcome.ok) {
      settings.success?.(outcome.value, settings.userObject);
      return;
    }
    const error = new Error(outcome.error.message);
    error.name = outcome.error.name;
    if (settings.failure) settings.failure(error, settings.userObject);
    else console.error(`google.script.run.${name}: ${error.message}`);
  });
}

function runner(settings: Settings): Record<string, unknown> {
  const run: Record<string, unknown> = {
    withSuccessHandler: (fn: Handler) => runner({ ...settings, success: fn }),
    withFailureHandler: (fn: Handler) => runner({ ...settings, failure: fn }),
    withUserObject: (object: unknown) => runner({ ...settings, userObject: object }),
  };
  for (const name of config.functions) run[name] = (...args: unknown[]) => invoke(name, args, settings);
  return run;
}

const noop = () => undefined;
(window as unknown as { google: unknown }).google = {
  script: {
    run: runner({}),
    host: { close: noop, setHeight: noop, setWidth: noop, origin: location.origin, editor: { focus: noop } },
  },
};
