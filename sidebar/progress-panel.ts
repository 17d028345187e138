/** Progress for chunked previews and applies: bar, counts (announced), and Cancel. */
import type { Progress } from './chunk-answers';
import { createCancelButton } from './cancel-button';
import { el } from './dom';
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
  const cancel = createCancelButton('rv-cancel', 'Stopping once the invoices being previewed now are done…', onCancel);
  const element = el(
    'section',
    { class: 'progress', hidden: true, 'aria-label': 'Progress' },
    label,
    bar,
    counts,
    cancel.element,
  );

  return {
    element,
    start: (text, total) => {
      label.textContent = text;
      bar.max = Math.max(total, 1);
      bar.value = 0;
      counts.textContent = progressText(0, total, 0);
      cancel.element.hidden = false;
      cancel.reset();
      element.hidden = false;
    },
    update: (p) => {
      bar.max = Math.max(p.total, 1);
      bar.value = p.done;
      counts.textContent = progressText(p.done, p.total, p.failed);
    },
    finish: (message) => {
      cancel.element.hidden = true;
      counts.textContent = message;
    },
  };
}
