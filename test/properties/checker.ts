/**
 * The independent checker: after each apply it reads the sheets back from the fake and checks the
 * brief's invariants against SPEC.md, never calling engine code. Invariants 1–5 and 8 live in
 * check-money, check-cells and check-invoices; 6 (preview = apply) and 9 (results) here; 7 (a
 * repeated request key) in run-case, which has both calls.
 */
import { checkCells, content } from './check-cells';
import { checkInvoices } from './check-invoices';
import { checkMoney, checkOwnTransfer } from './check-money';
import { checkFormulasDown } from './check-formulas';
import { checkShown } from './check-shown';
import { minorUnits, moneyIn, parseAmount } from './money-model';
import { SHEET, comparable, get, invoicesById, rowsFor } from './read-back';
import { isMalformed } from './requests';
import { NEXT_SPEC, checkNextMoney, checkNextResult } from './spec-next';
import { Report, Result, StepContext, Violation, changes } from './step-context';

/** Every error code SPEC §2–5 names. */
export const SPEC_CODES = new Set([
  'NOT_FOUND',
  'DRAFT',
  'ALREADY_VOIDED',
  'NOT_VOIDED',
  'ALREADY_REGENERATED',
  'CREDIT_EXCEEDS_PAID',
  'BAD_EDIT',
  'PERIOD_OUTSIDE_ORIGINAL',
  'BAD_VALUE',
  'DUPLICATE_ID',
  'MISSING_SHEET',
  'MISSING_COLUMN',
  'BAD_REQUEST',
  'STALE',
  'BUSY',
  'WRITE_FAILED',
  'TIME_LIMIT',
  'NOTHING_TO_APPLY',
]);

/** Money in API results: a decimal string with exactly the currency's minor units (SPEC §2). */
function apiMoneyOk(value: unknown, currency: string): boolean {
  const decimals = minorUnits(currency);
  return typeof value === 'string' && new RegExp(decimals ? `^-?\\d+\\.\\d{${decimals}}$` : '^-?\\d+$').test(value);
}

/** Invariant 6: the preview said what the apply did and wrote. */
function checkPreview(report: Report, ctx: StepContext): void {
  const { preview, apply } = ctx;
  if (
    !report.check(
      preview.ok === apply.ok,
      'I6',
      'preview and apply disagree on the request',
      () => `preview ${JSON.stringify(preview)}, apply ${JSON.stringify(apply)}`,
    )
  )
    return;
  if (!apply.ok) return;
  const invoices = invoicesById(ctx.after);
  (apply.results as Result[]).forEach((r, i) => {
    const p = (preview.results as Result[])[i] ?? {};
    if (
      !report.check(
        p.ok === r.ok && p.code === r.code,
        'I6',
        'preview and apply disagree on an invoice',
        () =>
          `${r.invoiceId}: preview ${p.ok ? 'ok' : p.code} (${p.message ?? ''}), apply ${r.ok ? 'ok' : r.code} (${r.message ?? ''})`,
      )
    )
      return;
    if (!r.ok) return;
    for (const key of ['newInvoiceId', 'transferred', 'unappliedCredit'] as const) {
      report.check(
        p[key] === r[key],
        'I6',
        `preview ${key} is not the applied one`,
        () => `${r.invoiceId}: preview ${key} ${p[key]}, apply ${r[key]}`,
      );
    }
    report.check(
      p.after?.total === r.total,
      'I6',
      'preview total is not the applied one',
      () => `${r.invoiceId}: preview after.total ${p.after?.total}, apply total ${r.total}`,
    );
    const currency = get(invoices.get(r.invoiceId) ?? { row: 0, shown: {}, raw: {}, odd: {} }, 'Currency')
      .trim()
      .toUpperCase();
    for (const key of ['total', 'transferred', 'unappliedCredit'] as const) {
      if (r[key] !== undefined)
        report.check(
          apiMoneyOk(r[key], currency),
          'I6',
          `result ${key} not in the currency's minor units`,
          () => `${r.invoiceId}: ${key} ${JSON.stringify(r[key])} in ${currency}`,
        );
    }
    const written = invoices.get(r.newInvoiceId ?? (r.regeneratedInPlace ? r.invoiceId : ''));
    if (!written || !p.after) return;
    for (const key of ['subtotal', 'tax', 'total'] as const) {
      const shown = moneyIn(written, key, currency);
      report.check(
        !!shown && shown.equals(parseAmount(p.after[key]) ?? NaN),
        'I6',
        `previewed ${key} is not the written one`,
        () => `${r.invoiceId}: preview ${key} ${p.after[key]}, row shows ${get(written, key)}`,
      );
    }
    const lines = rowsFor(ctx.after, SHEET.lines, get(written, 'Invoice ID').trim());
    const same =
      lines.length === p.after.lines.length &&
      lines.every((l, j) => {
        const q = parseAmount(get(l, 'Quantity'));
        const a = parseAmount(get(l, 'Amount'));
        return (
          !!q &&
          !!a &&
          q.equals(parseAmount(p.after.lines[j].quantity) ?? NaN) &&
          a.equals(parseAmount(p.after.lines[j].amount) ?? NaN) &&
          get(l, 'Description') === p.after.lines[j].description
        );
      });
    report.check(
      same,
      'I6',
      'previewed lines are not the written ones',
      () =>
        `${r.invoiceId}: preview ${JSON.stringify(p.after.lines.map((l: Result) => [l.description, l.quantity, l.amount]))}, ` +
        `written ${JSON.stringify(lines.map((l) => [get(l, 'Description'), get(l, 'Quantity'), get(l, 'Amount')]))}`,
    );
  });
}

/** Invariant 9: each result is ok or a SPEC code, the one SPEC asks for, and a failed invoice is untouched. */
function checkResults(report: Report, ctx: StepContext): void {
  const { apply, request } = ctx;
  if (!apply.ok) {
    report.check(
      isMalformed(request) && SPEC_CODES.has(apply.code),
      'I9',
      `request refused: ${apply.code}`,
      () => `${JSON.stringify(apply)} for ${JSON.stringify(request)}`,
    );
    report.check(
      comparable(ctx.before.snapshot) === comparable(ctx.after.snapshot),
      'I9',
      'refused request wrote',
      () => `${apply.code} but the workbook changed`,
    );
    return;
  }
  const results = apply.results as Result[];
  report.check(
    JSON.stringify(results.map((r) => r.invoiceId)) === JSON.stringify(request.invoiceIds),
    'I9',
    'results not one per invoice in order',
    () => `asked ${JSON.stringify(request.invoiceIds)}, got ${JSON.stringify(results.map((r) => r.invoiceId))}`,
  );
  const { regenerated } = changes(ctx);
  const moved = new Set(results.flatMap((r) => (r.creditSources ?? []).map((s: Result) => s.invoiceId)));
  for (const r of results) {
    const e = ctx.expectations.get(r.invoiceId);
    if (!e) continue;
    const outcome = r.ok ? 'ok' : r.code;
    report.check(
      r.ok || SPEC_CODES.has(r.code),
      'I9',
      `code not in SPEC: ${r.code}`,
      () => `${r.invoiceId}: ${JSON.stringify(r)}`,
    );
    report.check(
      e.allowed.has(outcome) || e.allowed.has('*'),
      'I9',
      `${outcome} where SPEC expects ${e.must[0] ?? 'ok'}${e.status === 'draft' ? ' (draft)' : ''}`,
      () =>
        `${r.invoiceId} (${ctx.request.action}${ctx.request.mode ? ` ${ctx.request.mode}` : ''}): got ${outcome} ${r.message ?? ''}; allowed ${[...e.allowed].join(', ')}; because ${e.why.join('; ') || 'nothing forbids it'}`,
    );
    if (r.code === 'BAD_VALUE' && e.mayBlock.length) {
      report.check(
        e.mayBlock.some((b) => String(r.message).includes(b.a1)),
        'I9',
        'BAD_VALUE does not name a cell it depends on',
        () => `${r.invoiceId}: "${r.message}"; cells it may depend on: ${e.mayBlock.map((b) => b.a1).join(', ')}`,
      );
    }
    if (r.code === 'ALREADY_REGENERATED') {
      const existing = get(
        invoicesById(ctx.before).get(r.invoiceId) ?? { row: 0, shown: {}, raw: {}, odd: {} },
        'Regenerated As',
      ).trim();
      report.check(
        !existing || r.newInvoiceId === existing,
        'I9',
        'ALREADY_REGENERATED without the existing id',
        () => `${r.invoiceId}: ${JSON.stringify(r)}, Regenerated As ${existing}`,
      );
    }
    if (r.ok) {
      report.check(
        !!r.voided === e.voids && !!r.regeneratedInPlace === e.inPlace && (r.newInvoiceId ?? null) === e.newInvoiceId,
        'I9',
        'result shape not as SPEC says',
        () =>
          `${r.invoiceId}: ${JSON.stringify(r)}; expected voided ${e.voids}, inPlace ${e.inPlace}, newInvoiceId ${e.newInvoiceId}`,
      );
      if (NEXT_SPEC) checkNextResult(report, r, e);
      continue;
    }
    // A failed invoice is untouched: its row, and no row anywhere written for it (moving its credit to a sibling excepted).
    const was = invoicesById(ctx.before).get(r.invoiceId);
    const now = invoicesById(ctx.after).get(r.invoiceId);
    if (!was || !now) continue; // nothing to touch (an ID this call may have created is not this invoice)
    const changed = Object.keys(now.raw).filter(
      (k) => JSON.stringify(content(was.raw[k])) !== JSON.stringify(content(now.raw[k])),
    );
    report.check(
      !changed.length,
      'I9',
      'failed invoice row changed',
      () => `${r.invoiceId} (${r.code}): ${changed.join(', ')} changed`,
    );
    for (const sheet of [SHEET.lines, SHEET.creditNotes, SHEET.audit, SHEET.payments]) {
      const fresh = rowsFor(ctx.after, sheet, r.invoiceId).filter(
        (row) => row.row > (ctx.before.grids[sheet]?.length ?? 1),
      );
      const excused = sheet === SHEET.payments && moved.has(r.invoiceId);
      report.check(
        !fresh.length || excused,
        'I9',
        `failed invoice got ${sheet} rows`,
        () => `${r.invoiceId} (${r.code}): ${fresh.length} new ${sheet} rows`,
      );
    }
    report.check(
      ![...regenerated.keys()].includes(r.invoiceId),
      'I9',
      'failed invoice regenerated',
      () => `${r.invoiceId} failed but was regenerated`,
    );
  }
}

export function checkStep(ctx: StepContext): Violation[] {
  const report = new Report();
  checkResults(report, ctx);
  checkPreview(report, ctx);
  const money = checkMoney(report, ctx);
  if (NEXT_SPEC) checkNextMoney(report, ctx, money);
  else checkOwnTransfer(report, ctx, money);
  checkCells(report, ctx);
  checkFormulasDown(report, ctx);
  checkShown(report, ctx);
  checkInvoices(report, ctx);
  return report.list;
}
