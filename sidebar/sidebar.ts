import type { SendHooks } from './chunk-answers';
import type { Panels } from './panels';
import type { AppState } from './state';

/** What every step works with. */
export interface Sidebar {
  state: AppState;
  panels: Panels;
  /** Brings the controls in line with the state; called after every change to it. */
  sync(): void;
  /** The form or the line editor changed: a preview of the earlier settings is now outdated. */
  formChanged(): void;
  /** Progress and Cancel for a chunked preview or apply. */
  hooks(): SendHooks;
}
