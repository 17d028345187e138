/**
 * Reset asks first, in the page (window.confirm would block the page and cannot be styled),
 * when it would throw away changes made here or reload the user's own file.
 */
import type { ResetCheck } from '../changes';

function list(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** What the dialog says Reset will do and lose; null when Reset may go ahead without asking. */
export function resetWarning(check: ResetCheck): string | null {
  const changed = [...check.changedSheets, ...(check.hiddenChanged ? ["Revoice's own records"] : [])];
  if (!check.fromFile && !changed.length) return null; // the untouched sample: nothing to lose
  const reload = check.fromFile
    ? `Reset opens ${check.name} again as it was when the playground started.`
    : `Reset loads ${check.name} again from the start.`;
  const loss = changed.length
    ? `The changes made here to ${list(changed)} will be lost. To keep them, cancel and press Download .xlsx first.`
    : 'Nothing has been changed here yet.';
  return `${reload} ${loss}`;
}

/** Shows the dialog; true only if the user pressed Reset (Cancel, Escape or closing it keep everything). */
export function confirmReset(dialog: HTMLDialogElement, text: string): Promise<boolean> {
  dialog.querySelector('.confirm-text')!.textContent = text;
  dialog.returnValue = '';
  dialog.showModal();
  return new Promise((resolve) =>
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'reset'), { once: true }),
  );
}
