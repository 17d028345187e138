/**
 * A panel's one-line status: what was saved or loaded, or an error. Errors are cleared when the
 * bookkeeper starts something new (a preview), so an old error never sits beside a new answer.
 */
import { el } from './dom';

export interface StatusLine {
  element: HTMLParagraphElement;
  /** "" clears it. */
  say(text: string, error?: boolean): void;
  /** Clears the line only if it shows an error. */
  clearError(): void;
}

export function createStatusLine(id: string): StatusLine {
  const element = el('p', { class: 'columns-status', id, role: 'status' });
  let isError = false;
  const say = (text: string, error = false): void => {
    element.textContent = text;
    isError = error && text !== '';
    element.className = `columns-status${isError ? ' error-text' : ''}`;
  };
  return {
    element,
    say,
    clearError: () => {
      if (isError) say('');
    },
  };
}
