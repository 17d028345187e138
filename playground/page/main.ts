/**
 * The playground page: the add-on menu, the workbook (tabs + grid) and the real sidebar in an
 * iframe. The page redraws whenever the server's version moves: at once when the sidebar's
 * bridge reports a finished call, and by polling for anything else.
 */
import { button, replace } from '../../sidebar/dom';
import { api, WorkbookView } from './api';
import { createGrid } from './grid';
import { confirmReset, resetWarning } from './reset-confirm';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const notice = $('notice');
const tabs = $('tabs');
const menu = $('menu');
const status = $('status');
const frame = $<HTMLIFrameElement>('sidebar-frame');
const sidebarPanel = $('sidebar-panel');

let view: WorkbookView | null = null;
let loading: Promise<void> | null = null;
let queued: Promise<void> | null = null;
let revealNext = false;
/** Open the sidebar the workbook shows once a view at least this new arrives (start, Reset). */
let reopenAt: number | null = 0;

function say(text: string, kind: 'info' | 'error' = 'info'): void {
  notice.textContent = text;
  notice.dataset.kind = kind;
}

const grid = createGrid({
  select: (ranges) =>
    void act(async () => {
      await api.select(view!.active, ranges);
    }),
  follow: (sheet, row) => {
    revealNext = true;
    void act(async () => {
      await api.select(sheet, [`${row}:${row}`]);
    });
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
  if (view && v.version < view.version) return; // an answer overtaken by a newer one
  const activeChanged =
    view !== null && (view.active !== v.active || JSON.stringify(view.selection) !== JSON.stringify(v.selection));
  view = v;
  document.title = `${v.name} — Revoice playground`;
  $('book-name').textContent = v.name;
  $('book-zone').textContent = `Spreadsheet time zone: ${v.timeZone}`;
  replace(
    tabs,
    ...v.sheets.map((name) =>
      button(
        name,
        () =>
          void act(async () => {
            await api.select(name);
          }),
        {
          role: 'tab',
          class: 'tab',
          'aria-selected': String(name === v.active),
          'data-sheet': name,
        },
      ),
    ),
  );
  replace(
    menu,
    ...v.menu.map((item) =>
      button(item.caption, () => void runMenu(item.functionName), {
        class: 'menu-item',
        'data-function': item.functionName,
      }),
    ),
  );
  status.textContent = selectionText(v);
  // Follow the selection when the add-on (or a link) moved it, not while the user is clicking rows.
  grid.render(v, revealNext || (activeChanged && !grid.element.contains(document.activeElement)));
  revealNext = false;
  if (reopenAt !== null && v.version >= reopenAt && v.sidebar >= 0) {
    reopenAt = null;
    showSidebar(v.sidebar);
  }
}

const load = () =>
  api.workbook().then(render, (e: Error) => say(`The playground server did not answer: ${e.message}`, 'error'));

/**
 * Fetches the view. A request made while one is loading may describe the workbook before the
 * latest change, so one more load is queued after it (bursts still draw at most twice).
 */
function refresh(): Promise<void> {
  if (!loading) {
    loading = load().finally(() => {
      loading = null;
    });
    return loading;
  }
  queued ??= loading.then(() => {
    queued = null;
    return refresh();
  });
  return queued;
}

/** Runs a change, redraws, then shows what it had to say (so the message matches the grid). */
async function act(change: () => Promise<string | void>): Promise<void> {
  let message: string | void = undefined;
  let failed = false;
  try {
    message = await change();
  } catch (e) {
    message = (e as Error).message;
    failed = true;
  }
  await refresh();
  if (message !== undefined) say(message, failed ? 'error' : 'info');
}

async function runMenu(functionName: string): Promise<void> {
  await act(async () => {
    const outcome = await api.menu(functionName);
    if (outcome.sidebar !== null) showSidebar(outcome.sidebar);
    if (!outcome.ok) throw new Error(`The add-on failed: ${outcome.error?.message ?? 'unknown error'}`);
    return outcome.alerts.join(' ');
  });
}

async function reset(): Promise<void> {
  let warning: string | null;
  try {
    warning = resetWarning(await api.resetCheck());
  } catch (e) {
    return say(`The playground server did not answer: ${(e as Error).message}`, 'error');
  }
  if (warning !== null && !(await confirmReset($<HTMLDialogElement>('reset-dialog'), warning)))
    return say('Reset cancelled: the workbook is as it was.');
  await act(async () => {
    reopenAt = (await api.reset()).version;
    return 'The workbook was loaded again from the start.';
  });
}

$('reset').addEventListener('click', () => void reset());
$('close-sidebar').addEventListener('click', () => {
  sidebarPanel.hidden = true;
});
$('dismiss').addEventListener('click', () => say(''));

window.addEventListener('message', (e: MessageEvent) => {
  const data = e.data as { type?: string; version?: number } | null;
  if (e.origin === location.origin && data?.type === 'revoice:changed' && data.version !== view?.version)
    void refresh();
});
// Anything else that changes the workbook (another tab, a test) shows within a second.
setInterval(() => {
  api.version().then(
    ({ version }) => {
      if (version !== view?.version) void refresh();
    },
    () => undefined,
  );
}, 1000);

void refresh();
