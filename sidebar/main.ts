/** Entry point: reads the menu's chosen action (if any) and starts the sidebar. */
import { INITIAL_ACTION_GLOBAL } from '../src/shared/api';
import { startApp } from './app';
import { isAction } from '../src/shared/actions';

function start(): void {
  const root = document.getElementById('app');
  if (!root) return;
  // showSidebar appends <script>window.__revoiceInitialAction = "void"</script> after the page,
  // so it has run by DOMContentLoaded.
  const chosen = (window as unknown as Record<string, unknown>)[INITIAL_ACTION_GLOBAL];
  startApp(root, isAction(chosen) ? chosen : null);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
