/**
 * The preview page: the add-on menu, the workbook (tabs + grid) and the real sidebar in an
 * iframe. The page redraws whenever the server's version moves: at once when the sidebar's
 * bridge reports a finished call, and by polling for anything else.
 */
import { button, replace } from '../../sidebar/dom';
import { api, WorkbookView } from './api';
import { createGrid } from './grid';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const notice = $('notice');
const tabs = $('tabs');
const menu = $('menu');
const status = $('status');
const frame = $<HTMLIFrameElement>('sidebar-frame');
const sidebarPanel = $('sidebar-panel');

let view: WorkbookView | null = null;
let loading: Promise<void> | null = null;
let again = false;
let revealNext = false;

function say(text: string, kind: 'info' | 'error' = 'info'): void {
  notice.textContent = text;
  notice.dataset.kind = kind;
}

const grid = createGrid({
  select: (ranges) => void act(() => api.select(view!.active, ranges)),
  follow: (sheet, row) => {
    revealNext = true;
    void act(() => api.select(sheet, [`${row}:${row}`]));
  },
});
$('grid-slot').appendChild(grid.element);

function showSidebar(index: number): void {
  sidebarPanel.hidden = false;
  frame.src = `/sidebar/${index}?v=${view?.version ?? 0}-${Date.now()}`;
}

function selectionText(v: WorkbookView): string {
  const rows = v.selection.reduce((n, s) => n + s.numRows, 0);
  return `${v.active}: ${rows} row${rows === 1 ? '' : 's'} selected (${v.selection.map((s) => (s.numRows === 1 ? `${s.row}` : `${s.row}–${s.row + s.numRows - 1}`)).join(', ')})`;
}

function render(v: WorkbookView): void {
  const activeChanged = view !== null && (view.active !== v.active || JSON.stringify(view.selection) !== JSON.stringify(v.selection));
  const first = view === null;
  view = v;
  document.title = `${v.name} — Revoice preview`;
  $('book-name').textContent = v.name;
  $('book-zone').textContent = `Spreadsheet time zone: ${v.timeZone}`;
  replace(tabs, ...v.sheets.map((name) => button(name, () => void act(() => api.select(name)), {
    role: 'tab', class: 'tab', 'aria-selected': String(name === v.active), 'data-sheet': name,
  })));
  replace(menu, ...v.menu.map((item) => button(item.caption, () => void runMenu(item.functionName), { class: 'menu-item', 'data-function': item.functionName })));
  status.textContent = selectionText(v);
  // Follow the selection when the add-on (or a link) moved it, not while the user is clicking rows.
  grid.render(v, revealNext || (activeChanged && !grid.element.contains(document.activeElement)));
  revealNext = false;
  if (first && v.sidebar >= 0) showSidebar(v.sidebar);
}

/** Fetches the view, coalescing bursts (three sidebar calls finishing together draw once or twice). */
function refresh(): Promise<void> {
  if (loading) {
    again = true;
    return loading;
  }
  loading = api.workbook().then(render, (e: Error) => say(`The preview server did not answer: ${e.message}`, 'error')).finally(() => {
    loading = null;
    if (again) {
      again = false;
      void refresh();
    }
  });
  return loading;
}

async function act(change: () => Promise<unknown>): Promise<void> {
  try {
    await change();
  } catch (e) {
    say((e as Error).message, 'error');
  }
  await refresh();
}

async function runMenu(functionName: string): Promise<void> {
  await act(async () => {
    const outcome = await api.menu(functionName);
    say([...outcome.alerts, outcome.error ? `The add-on failed: ${outcome.error.message}` : ''].filter(Boolean).join(' '), outcome.ok ? 'info' : 'error');
    if (outcome.sidebar !== null) showSidebar(outcome.sidebar);
  });
}

$('reset').addEventListener('click', () => void act(async () => {
  await api.reset();
  say('The workbook was loaded again from the start.');
  view = null; // reopen the sidebar the fresh workbook showed
}));
$('close-sidebar').addEventListener('click', () => { sidebarPanel.hidden = true; });
$('dismiss').addEventListener('click', () => say(''));

window.addEventListener('message', (e: MessageEvent) => {
  const data = e.data as { type?: string; version?: number } | null;
  if (e.origin === location.origin && data?.type === 'revoice:changed' && data.version !== view?.version) void refresh();
});
// Anything else that changes the workbook (another tab, a test) shows within a second.
setInterval(() => {
  api.version().then(({ version }) => { if (version !== view?.version) void refresh(); }, () => undefined);
}, 1000);

void refresh();
