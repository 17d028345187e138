/** Progress for chunked previews and applies: bar, counts (announced), and Cancel. */
import type { Progress } from './chunk-answers';
import { button, el } from './dom';
import { progressText } from './format';

export interface ProgressPanel {
  element: HTMLElement;
  start(label: string, total: number): void;
  update(progress: Progress): void;
  /** Leaves the final counts visible, without the Cancel button. */
  finish(message: string): void;
}

export function createProgressPanel(onCancel: () => void): ProgressPanel {
  const label = el('label', { for: 'rv-progress', id: 'rv-progress-label' });
  const bar = el('progress', { id: 'rv-progress', max: 1, value: 0 });
  const counts = el('p', { id: 'rv-progress-text', class: 'counts', role: 'status', 'aria-live': 'polite' });
  const cancel = button(
    'Cancel',
    () => {
      cancel.disabled = true;
      cancel.textContent = 'Stopping once the invoices being previewed now are done…';
      onCancel();
    },
    { class: 'secondary', id: 'rv-cancel' },
  );
  const element = el(
    'section',
    { class: 'progress', hidden: true, 'aria-label': 'Progress' },
    label,
    bar,
    counts,
    cancel,
  );

  return {
    element,
    start: (text, total) => {
      label.textContent = text;
      bar.max = Math.max(total, 1);
      bar.value = 0;
      counts.textContent = progressText(0, total, 0);
      cancel.hidden = false;
      cancel.disabled = false;
      cancel.textContent = 'Cancel';
      element.hidden = false;
    },
    update: (p) => {
      bar.max = Math.max(p.total, 1);
      bar.value = p.done;
      counts.textContent = progressText(p.done, p.total, p.failed);
    },
    finish: (message) => {
      cancel.hidden = true;
      counts.textContent = message;
    },
  };
}
