/**
 * Copies text to the clipboard. Inside the Apps Script sidebar's iframe the Clipboard API may be
 * refused (permissions policy), so on failure the text is shown selected in a box for Ctrl+C.
 */
import { el, replace } from './dom';

export async function copyText(text: string, slot: HTMLElement, what: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    replace(slot, el('p', { class: 'hint', role: 'status', text: `Copied the ${what}. Paste it into a sheet.` }));
  } catch {
    const box = el('textarea', { class: 'export-text', readonly: true, rows: 6, 'aria-label': `The ${what}` });
    box.value = text;
    replace(slot, el('p', { class: 'hint', role: 'status', text: `Press Ctrl+C (⌘C) to copy the ${what}.` }), box);
    box.focus();
    box.select();
  }
}
