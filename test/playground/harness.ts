/** Starting the playground server in-process for tests, over any workbook. */
import { SAMPLE_NAME, nurserySample } from '../../examples/nursery';
import { createPlaygroundServer, PlaygroundServer } from '../../playground/server';
import { sheetsSource, WorkbookSource } from '../../playground/sources';
import { REPO_ROOT } from '../../fake-apps-script/src/load-bundle';

export const XSS_DESCRIPTION = '<img src=x onerror=alert(1)>';

export interface Running {
  playground: PlaygroundServer;
  /** The page's address, e.g. http://127.0.0.1:41234/ */
  url: string;
  close(): Promise<void>;
}

export async function startPreview(source: WorkbookSource): Promise<Running> {
  const playground = await createPlaygroundServer({ root: REPO_ROOT, source });
  const url = (await playground.listen(0)).replace('localhost', '127.0.0.1');
  return { playground, url, close: () => playground.close() };
}

/** The nursery sample with the farm trip on Poppy's September invoice renamed to markup. */
export function sampleWithXss(): WorkbookSource {
  const sheets = nurserySample();
  const line = sheets['Invoice Lines'].find((row) => row[0] === 'INV-1009' && row[2] === 'Trip to the farm');
  if (!line) throw new Error('sample changed: INV-1009 has no farm trip');
  line[2] = XSS_DESCRIPTION;
  return sheetsSource(sheets, SAMPLE_NAME);
}

export async function post<T = any>(
  url: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: T }> {
  const response = await fetch(new URL(path, url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? '' : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

export async function get<T = any>(url: string, path: string): Promise<T> {
  const response = await fetch(new URL(path, url));
  if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Rows of a display grid as objects by header. */
export function records(rows: string[][]): Record<string, string>[] {
  const [header, ...rest] = rows;
  return rest.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])));
}
