/** The page's calls to the playground server. */
import type { ResetCheck } from '../changes';
import type { WorkbookView } from '../view';

export type { ResetCheck, WorkbookView };

export interface MenuOutcome {
  ok: boolean;
  error?: { message: string };
  alerts: string[];
  sidebar: number | null;
}

async function json<T>(response: Response): Promise<T> {
  const body = (await response.json()) as T & { error?: { message: string } };
  if (!response.ok) throw new Error(body.error?.message ?? `HTTP ${response.status}`);
  return body;
}

const post = <T>(path: string, body?: unknown): Promise<T> =>
  fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? '' : JSON.stringify(body),
  }).then((r) => json<T>(r));

export const api = {
  workbook: () => fetch('/api/workbook').then((r) => json<WorkbookView>(r)),
  version: () => fetch('/api/version').then((r) => json<{ version: number }>(r)),
  select: (sheet: string, ranges?: string[]) => post<{ version: number }>('/api/select', { sheet, ranges }),
  menu: (functionName: string) => post<MenuOutcome>(`/api/menu/${encodeURIComponent(functionName)}`),
  /** What Reset would lose now. */
  resetCheck: () => fetch('/api/reset').then((r) => json<ResetCheck>(r)),
  reset: () => post<{ version: number }>('/api/reset'),
};
