/**
 * A fake google.script.run for browser tests, injected before the sidebar loads.
 * It answers from window.__mockScenario (set by the test) and records every call in
 * window.__mock: arguments, calls in flight (and the most at once), and which invoices
 * an apply actually changed — a repeated requestKey returns the first answer and changes nothing.
 * revoiceHistory answers from the applies recorded, as the Audit Log would: one entry per new key.
 */
import type {
  ApplyResult,
  ColumnMappingUpdate,
  ColumnToMap,
  SheetColumns,
  ErrorCode,
  HistoryEntry,
  HistoryResponse,
  LineDiff,
  PreviewLine,
  PreviewResult,
  RevoiceRequest,
  SelectedInvoice,
  SelectionResponse,
} from '../../../src/shared/api';

export interface MockScenario {
  invoices: SelectedInvoice[];
  hint?: string;
  selectionFailure?: { code: ErrorCode; message: string };
  /** Canned previews by invoice; others are generated. */
  previews?: Record<string, PreviewResult>;
  /** Per-invoice failures on apply (and on preview when `onPreview`). */
  failures?: Record<string, { code: ErrorCode; message: string; onPreview?: boolean }>;
  /** These invoices change in the sheet right after their first preview (→ STALE on apply). */
  staleOnce?: string[];
  /** The first N calls of a function fail in transport (withFailureHandler). */
  transportFailures?: Record<string, number>;
  delayMs?: number;
  /** What revoiceColumns reports (default: nothing missing); a save resolves the columns it names. */
  columns?: SheetColumns[];
  /** A save answers this failure instead. */
  saveFailure?: { code: ErrorCode; message: string };
  /** Set up workbook leaves these for the bookkeeper to match. */
  setupToMap?: ColumnToMap[];
  /** These invoices regenerate exactly as they were: the same lines and totals. */
  unchanged?: string[];
  /** An apply of more invoices than this in one call answers TIME_LIMIT (it would not fit one run). */
  maxPerRun?: number;
  /** The Audit Log before the sidebar opened, oldest first (revoiceHistory adds the applies to it). */
  history?: HistoryEntry[];
  /** The spreadsheet's locale the selection reports (default en_GB). */
  locale?: string;
}

export interface MockCall {
  fn: string;
  args: unknown[];
}

export interface MockState {
  calls: MockCall[];
  inFlight: number;
  maxInFlight: number;
  /** Invoice ids an apply really changed, once per change. */
  applied: string[];
  /** While true, answers wait for release(). */
  holding: boolean;
  release(): void;
}

type Win = Window & { __mockScenario?: MockScenario; __mock?: MockState; google?: unknown };

(function install(): void {
  const w = window as Win;
  const scenario: MockScenario = w.__mockScenario || { invoices: [] };
  const held: Array<() => void> = [];
  const mock: MockState = {
    calls: [],
    inFlight: 0,
    maxInFlight: 0,
    applied: [],
    holding: false,
    release() {
      mock.holding = false;
      held.splice(0).forEach((go) => go());
    },
  };
  w.__mock = mock;
  const versions: Record<string, number> = {};
  const previewedOnce = new Set<string>();
  const keys = new Map<string, unknown>();
  const done = new Set<string>();
  const transport = { ...(scenario.transportFailures || {}) };
  const byId = new Map(scenario.invoices.map((inv) => [inv.invoiceId, inv]));
  /** What the Audit Log would hold, oldest first. */
  const log: HistoryEntry[] = [...(scenario.history || [])];

  function record(request: RevoiceRequest, results: ApplyResult[]): void {
    const changed = results.flatMap((r) => (r.ok ? [r] : []));
    if (!changed.length) return; // nothing changed: nothing logged
    const notChanged = results.flatMap((r) => (r.ok ? [] : [r.invoiceId]));
    log.push({
      when: `2026-04-10 14:${String(30 + log.length).padStart(2, '0')}:00`,
      user: 'bookkeeper@example.com',
      action: request.action,
      invoices: changed.map((r) => ({
        invoiceId: r.invoiceId,
        ...(r.newInvoiceId ? { newInvoiceId: r.newInvoiceId } : {}),
        ...(r.creditNoteId ? { creditNoteId: r.creditNoteId } : {}),
      })),
      ...(notChanged.length ? { notChanged } : {}),
      ...(request.reason ? { reason: request.reason } : {}),
      requestKey: request.requestKey || '',
    });
  }

  const line = (
    kind: PreviewLine['kind'],
    description: string,
    quantity: string,
    unitPrice: string,
    amount: string,
  ): PreviewLine => ({
    kind,
    description,
    quantity,
    unitPrice,
    amount,
    taxRate: '0',
    tax: '0.00',
    source: kind === 'manual' ? '' : 'Schedule!A2',
  });
  const fingerprint = (id: string): string => `fp-${id}-v${versions[id] || 1}`;

  function preview(id: string, request: RevoiceRequest): PreviewResult {
    const failure = scenario.failures && scenario.failures[id];
    if (failure && failure.onPreview) return { invoiceId: id, ok: false, code: failure.code, message: failure.message };
    const canned = scenario.previews && scenario.previews[id];
    if (canned) return canned.ok ? { ...canned, fingerprint: fingerprint(id) } : canned;
    const inv = byId.get(id);
    if (!inv) return { invoiceId: id, ok: false, code: 'NOT_FOUND', message: `No row for ${id} in Invoices` };
    const sessions = line('session', 'Sessions (Mon, Wed)', '8', '12.50', '100.00');
    const late = line('manual', 'Late pickup', '1', '5.00', '5.00');
    const before = { lines: [sessions, late], subtotal: '105.00', tax: '0.00', total: '105.00', paid: '50.00' };
    const base = { invoiceId: id, ok: true as const, fingerprint: fingerprint(id), currency: inv.currency, before };
    if (request.action === 'void') {
      const note = request.creditNote;
      return {
        ...base,
        // Like the server: a credit note of refund + credit, shown with the ID it would get.
        ...(note
          ? { creditNote: { creditNoteId: `CN-${id}`, refund: `${note.refund}`, credit: `${note.credit}` } }
          : {}),
        unappliedCredit: '50.00',
        warnings: [],
      };
    }
    const same = scenario.unchanged !== undefined && scenario.unchanged.includes(id);
    // Unchanged: the schedule gives the same lines again; otherwise one more session.
    const more = same ? sessions : line('session', 'Sessions (Mon, Wed)', '9', '12.50', '112.50');
    const total = same ? '105.00' : '117.50';
    const balance = same ? '55.00' : '67.50';
    const diff: LineDiff[] = [
      { change: same ? 'same' : 'changed', before: sessions, after: more },
      { change: 'same', before: late, after: late },
    ];
    return {
      ...base,
      after: { lines: [more, late], subtotal: total, tax: '0.00', total, balance, status: 'open' },
      ...(request.from && request.to ? { period: { from: request.from, to: request.to } } : {}),
      diff,
      newInvoiceId: `${id}-R1`,
      transferred: '50.00',
      unappliedCredit: '0.00',
      warnings: [],
    };
  }

  function apply(request: RevoiceRequest): ApplyResult[] {
    return request.invoiceIds.map((id): ApplyResult => {
      const failure = scenario.failures && scenario.failures[id];
      if (failure && !failure.onPreview)
        return { invoiceId: id, ok: false, code: failure.code, message: failure.message };
      const given = request.fingerprints && request.fingerprints[id];
      if (given !== fingerprint(id))
        return { invoiceId: id, ok: false, code: 'STALE', message: `${id} changed since the preview` };
      if (done.has(id)) return { invoiceId: id, ok: false, code: 'ALREADY_VOIDED', message: `${id} is voided` };
      done.add(id);
      mock.applied.push(id);
      const regenerated = request.action !== 'void';
      return {
        invoiceId: id,
        ok: true,
        voided: request.action !== 'regenerate',
        newInvoiceId: regenerated ? `${id}-R1` : undefined,
        total: regenerated ? '117.50' : undefined,
        transferred: regenerated ? '50.00' : undefined,
        unappliedCredit: regenerated ? '0.00' : '50.00',
      };
    });
  }

  const server: Record<string, (...args: never[]) => unknown> = {
    revoiceSelection(): SelectionResponse {
      if (scenario.selectionFailure) return { ok: false, ...scenario.selectionFailure };
      return { ok: true, invoices: scenario.invoices, hint: scenario.hint, locale: scenario.locale ?? 'en_GB' };
    },
    revoicePreview(request: RevoiceRequest) {
      const results = request.invoiceIds.map((id) => preview(id, request));
      for (const id of request.invoiceIds) {
        if ((scenario.staleOnce || []).includes(id) && !previewedOnce.has(id)) versions[id] = 2; // edited after the preview
        previewedOnce.add(id);
      }
      return { ok: true, results };
    },
    revoiceApply(request: RevoiceRequest) {
      if (scenario.maxPerRun !== undefined && request.invoiceIds.length > scenario.maxPerRun) {
        return { ok: false, code: 'TIME_LIMIT', message: 'This change needs more time than one run has.' };
      }
      const key = request.requestKey || '';
      if (key && keys.has(key)) return keys.get(key);
      const answer = { ok: true, results: apply(request) };
      if (key) keys.set(key, answer);
      record(request, answer.results);
      return answer;
    },
    revoiceHistory(limit: number = 20): HistoryResponse {
      const newestFirst = [...log].reverse();
      return { ok: true, entries: newestFirst.slice(0, limit), more: newestFirst.length > limit };
    },
    revoiceSetup: () => ({ ok: true, created: ['Audit Log'], toMap: scenario.setupToMap }),
    revoiceColumns: () => ({ ok: true, sheets: scenario.columns || [] }),
    revoiceSaveColumnMapping(update: ColumnMappingUpdate) {
      if (scenario.saveFailure) return { ok: false, ...scenario.saveFailure };
      for (const sheet of scenario.columns || []) {
        const chosen = update[sheet.sheet] || {};
        sheet.missing = sheet.missing.filter((column) => !chosen[column]);
        sheet.headers = sheet.headers.filter((header) => !Object.values(chosen).includes(header));
        Object.assign(sheet.mapping, chosen);
      }
      // The selection needed only the columns now matched.
      if (scenario.selectionFailure && scenario.selectionFailure.code === 'MISSING_COLUMN')
        delete scenario.selectionFailure;
      return { ok: true, mapping: update };
    },
    revoiceSelectInvoice: (id: string) =>
      byId.has(id) || /-R\d+$/.test(id)
        ? { ok: true, row: 7 }
        : { ok: false, code: 'NOT_FOUND', message: `No row for ${id}` },
  };

  function runner(success?: (v: unknown) => void, failure?: (e: unknown) => void): Record<string, unknown> {
    const r: Record<string, unknown> = {
      withSuccessHandler: (fn: (v: unknown) => void) => runner(fn, failure),
      withFailureHandler: (fn: (e: unknown) => void) => runner(success, fn),
    };
    for (const name of Object.keys(server)) {
      r[name] = (...args: unknown[]) => {
        mock.calls.push({ fn: name, args: JSON.parse(JSON.stringify(args)) });
        mock.inFlight += 1;
        mock.maxInFlight = Math.max(mock.maxInFlight, mock.inFlight);
        const fail = (transport[name] || 0) > 0;
        if (fail) transport[name] -= 1;
        const answer = () => {
          mock.inFlight -= 1;
          if (fail) {
            if (failure) failure(new Error('NetworkError: connection lost'));
            return;
          }
          const value = JSON.parse(JSON.stringify((server[name] as (...a: unknown[]) => unknown)(...args)));
          if (success) success(value);
        };
        const later = () => setTimeout(answer, scenario.delayMs === undefined ? 15 : scenario.delayMs);
        if (mock.holding) held.push(later);
        else later();
      };
    }
    return r;
  }

  w.google = { script: { run: runner() } };
})();
