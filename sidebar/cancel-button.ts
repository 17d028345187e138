/** Cancel: pressed once, it says what it is waiting for and can't be pressed again. */
import { button } from './dom';

export interface CancelButton {
  element: HTMLButtonElement;
  /** Ready to be pressed again (a new preview or apply has started). */
  reset(): void;
}

export function createCancelButton(id: string, stopping: string, onCancel: () => void, cls = ''): CancelButton {
  const element = button(
    'Cancel',
    () => {
      element.disabled = true;
      element.textContent = stopping;
      onCancel();
    },
    { class: `secondary ${cls}`.trim(), id },
  );
  return {
    element,
    reset: () => {
      element.disabled = false;
      element.textContent = 'Cancel';
    },
  };
}
