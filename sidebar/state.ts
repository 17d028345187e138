/** What the sidebar knows between clicks. Only the controller (app.ts) and its steps change it. */
import type { RevoiceRequest, SelectedInvoice } from '../src/shared/api';
import type { ApplyQueue } from './apply-queue';
import type { PreviewOutcome } from './chunk-answers';
import type { LineEditor } from './line-editor';

interface PreviewState {
  /** The request as previewed; apply sends exactly this, chunk by chunk. */
  request: RevoiceRequest;
  ids: string[];
  outcomes: Map<string, PreviewOutcome>;
  /** Generated once per preview: every apply attempt of this preview reuses it. */
  baseKey: string;
  /** The form version previewed; a later version makes the preview outdated. */
  formVersion: number;
  /** Invoices a cancelled preview never reached. */
  notStarted: string[];
  /** Set on Apply: the invoices the bookkeeper left out in the review. */
  leftOut: string[];
}

/** What "Match your columns" re-runs once a mapping is saved: what failed for want of a column. */
export type RetryStep = 'none' | 'selection' | 'preview' | 'apply';

export interface AppState {
  selection: SelectedInvoice[];
  byId: Map<string, SelectedInvoice>;
  /** Set by "Preview again": only these invoices, not the whole selection. */
  targetIds: string[] | null;
  formVersion: number;
  editor: LineEditor | null;
  preview: PreviewState | null;
  /** Set on Apply: the chunks to send, kept so the remaining ones can be sent later. */
  applyQueue: ApplyQueue | null;
  busy: 'selection' | 'preview' | 'apply' | 'columns' | 'settings' | null;
  cancelRequested: boolean;
  /** Opened from "Regenerate selected…": the first selection may switch to Void & regenerate. */
  adjustRegenerate: boolean;
  columnsRetry: RetryStep;
}

export function createState(): AppState {
  return {
    selection: [],
    byId: new Map(),
    targetIds: null,
    formVersion: 0,
    editor: null,
    preview: null,
    applyQueue: null,
    busy: null,
    cancelRequested: false,
    adjustRegenerate: false,
    columnsRetry: 'none',
  };
}

export function setSelection(state: AppState, invoices: SelectedInvoice[]): void {
  state.selection = invoices;
  state.byId = new Map(invoices.map((inv) => [inv.invoiceId, inv]));
}

/** The invoices the next preview covers. */
export function targets(state: AppState): string[] {
  return state.targetIds || state.selection.map((inv) => inv.invoiceId);
}

/** Forget any preview, apply queue and line edits (new selection, or start over). */
export function resetWork(state: AppState): void {
  state.targetIds = null;
  state.editor = null;
  state.preview = null;
  state.applyQueue = null;
}

export function currencyOf(state: AppState, invoiceId: string): string {
  const outcome = state.preview && state.preview.outcomes.get(invoiceId);
  if (outcome && outcome.ok) return outcome.currency;
  const selected = state.byId.get(invoiceId);
  return selected ? selected.currency : '';
}

/** What has been paid on the invoice, when a preview has told us. */
export function paidOf(state: AppState, invoiceId: string): string | undefined {
  const outcome = state.preview && state.preview.outcomes.get(invoiceId);
  return outcome && outcome.ok ? outcome.before.paid : undefined;
}
