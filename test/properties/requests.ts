/**
 * A generated step becomes a concrete request against the workbook as it stands when the step
 * runs: targets picked among the invoices shown then (so a later step can reach an invoice an
 * earlier one created), dates and credit note amounts taken from the first target.
 */
import { addDays, daysBetween, isIsoDate } from './dates';
import { isFillerId } from './fixture';
import type { Action, GenStep } from './generators';
import { D, minorUnits, money, moneyOf, round } from './money-model';
import { SHEET, State, get, rowsOf, statusOf } from './read-back';
import { NEXT_SPEC } from './spec-next';

export interface Request {
  action: Action;
  invoiceIds: string[];
  reason?: string;
  mode?: 'schedule' | 'copy';
  keepManual?: boolean;
  applyCredit?: boolean;
  from?: string;
  to?: string;
  edits?: Record<string, { lines?: Record<string, unknown>[]; add?: Record<string, unknown>[] }>;
  creditNote?: { refund: string; credit: string };
  requestKey?: string;
  fingerprints?: Record<string, string>;
}

/** The next ID along a chain, as SPEC §3 names it: INV-7 → INV-7-R1, INV-7-R1 → INV-7-R2. */
export function nextAlongChain(id: string): string {
  const m = /^(.*)-R(\d+)$/.exec(id);
  return m ? `${m[1]}-R${Number(m[2]) + 1}` : `${id}-R1`;
}

function targetIds(step: GenStep, state: State): string[] {
  // Filler invoices (fixture.ts) are never asked for: the case's own are picked as without them.
  const rows = rowsOf(state, SHEET.invoices).filter((row) => !isFillerId(get(row, 'Invoice ID')));
  const ids = rows.map((row) => get(row, 'Invoice ID').trim()).filter(Boolean);
  const regenerated = new Set(rows.map((row) => get(row, 'Regenerated From').trim()));
  const voided = rows
    .filter(
      (row) =>
        statusOf(row) === 'voided' &&
        !get(row, 'Regenerated As').trim() &&
        !regenerated.has(get(row, 'Invoice ID').trim()),
    )
    .map((row) => get(row, 'Invoice ID').trim());
  const issued = rows
    .filter((row) => ['open', 'paid'].includes(statusOf(row) ?? ''))
    .map((row) => get(row, 'Invoice ID').trim());
  const fit = step.action === 'regenerate' ? voided : issued;
  const picked = step.targets.map(({ pick, variant }) => {
    if (variant === 'unknown' || !ids.length) return `NOPE-${pick}`;
    if (variant === 'voided' && voided.length) return voided[pick % voided.length];
    if (variant === 'fit' && fit.length) return fit[pick % fit.length];
    const id = ids[pick % ids.length];
    return variant === 'next' ? nextAlongChain(id) : id;
  });
  return [...new Set(picked)];
}

function creditNote(step: GenStep, state: State, id: string): Request['creditNote'] {
  const note = step.creditNote;
  if (!note) return undefined;
  const m = moneyOf(state).get(id);
  const currency = m?.currency || 'GBP';
  const base = m && m.paid.greaterThan(0) ? m.paid : new D(10);
  const refund = round(base.times(note.refund).dividedBy(100), currency);
  const credit = round(base.times(note.credit).dividedBy(100), currency);
  if (refund.plus(credit).isZero()) return undefined;
  const extra = (value: D) =>
    value.plus(new D(3).dividedBy(10 ** (minorUnits(currency) + 1))).toFixed(minorUnits(currency) + 1);
  return { refund: note.extraDecimal ? extra(refund) : money(refund, currency), credit: money(credit, currency) };
}

/** The period an invoice shows (a made-up one when it shows none, or an inverted one). */
function periodOf(state: State, id: string): { start: string; end: string } {
  const row = rowsOf(state, SHEET.invoices).find((r) => get(r, 'Invoice ID').trim() === id);
  const start = row ? get(row, 'Period Start') : '';
  const end = row ? get(row, 'Period End') : '';
  return isIsoDate(start) && isIsoDate(end) && start <= end
    ? { start, end }
    : { start: '2026-03-01', end: '2026-03-31' };
}

/** The day `percent` of the way from `from` to `to`; below 0 or above 100 falls outside them. */
function dayAt(from: string, to: string, percent: number): string {
  const span = daysBetween(from, to);
  if (percent < 0) return addDays(from, Math.min(-1, Math.round((span * percent) / 100)));
  if (percent > 100) return addDays(to, Math.max(1, Math.round((span * (percent - 100)) / 100)));
  return addDays(from, Math.round((span * percent) / 100));
}

/** The request a step makes now; `requestKey` is added by the caller. */
export function resolveStep(step: GenStep, state: State): Request {
  const invoiceIds = targetIds(step, state);
  const request: Request = { action: step.action, invoiceIds };
  if (step.reason) request.reason = step.reason;
  if (step.action !== 'void') {
    request.mode = step.mode;
    if (step.keepManual !== null) request.keepManual = step.keepManual;
    // `applyCredit` is part of the customer-credit work not built yet (spec-next.ts).
    if (NEXT_SPEC && step.applyCredit !== null) request.applyCredit = step.applyCredit;
  }
  if (step.action !== 'void' && step.mode === 'schedule') {
    const { start, end } = periodOf(state, invoiceIds[0]);
    const from = step.from === null ? start : dayAt(start, end, step.from);
    if (step.from !== null) request.from = from;
    if (step.to !== null) request.to = dayAt(from, end, step.to);
  }
  if (step.action !== 'void' && step.mode === 'copy' && (step.edits.length || step.adds.length)) {
    request.edits = {
      [invoiceIds[0]]: { lines: step.edits.map((e) => ({ ...e })), add: step.adds.map((a) => ({ ...a })) },
    };
  }
  if (step.action !== 'regenerate') {
    const note = creditNote(step, state, invoiceIds[0]);
    if (note) request.creditNote = note;
  }
  return request;
}

/** A request SPEC §4 may refuse as a whole (BAD_REQUEST): `to` before `from`. */
export function isMalformed(request: Request): boolean {
  return !!request.from && !!request.to && request.to < request.from;
}
