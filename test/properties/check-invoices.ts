/**
 * Invariants 4, 5 and 8 on every invoice a call wrote: totals that add up from the lines written,
 * the lines SPEC §3 asks for (a copy's edits, the manual lines kept), links that land both ways,
 * and periods and dates that show the intended calendar day in the spreadsheet's zone.
 */
import { addDays, daysBetween, isIsoDate } from './dates';
import type { Expectation } from './expectations';
import { D, ZERO, lineMoney, moneyIn, parseAmount, parseMoney, parseRate, round } from './money-model';
import { Row, SHEET, State, columnOf, get, rawOf, rowsFor } from './read-back';
import { Report, StepContext, changes, okResults } from './step-context';

interface LineValues {
  kind: string;
  description: string;
  quantity: D | null;
  unitPrice: D | null;
  rate: D | null;
}

const lineValues = (row: Row): LineValues => ({
  kind: get(row, 'Kind').trim().toLowerCase(),
  description: get(row, 'Description'),
  quantity: parseAmount(get(row, 'Quantity')),
  unitPrice: parseAmount(get(row, 'Unit Price')),
  rate: parseRate(get(row, 'Tax Rate')),
});

const editNumber = (value: unknown): D | null =>
  typeof value === 'number' ? new D(value) : typeof value === 'string' ? parseAmount(value) : null;
/** A typed tax rate; blank is 0, as in cells. */
const editRate = (value: unknown): D | null =>
  typeof value === 'number' ? new D(value) : typeof value === 'string' ? parseRate(value) : null;

/** SPEC §3 copy mode: the original's lines with the edits by index, then the added manual lines. */
function copiedLines(ctx: StepContext, id: string): LineValues[] {
  const edits = ctx.request.edits?.[id];
  const lines: LineValues[] = [];
  rowsFor(ctx.before, SHEET.lines, id).forEach((row, i) => {
    const edit = edits?.lines?.find((e) => e.index === i + 1);
    if (edit?.remove === true) return;
    const line = lineValues(row);
    if (edit && 'quantity' in edit) line.quantity = editNumber(edit.quantity);
    if (edit && 'unitPrice' in edit) line.unitPrice = editNumber(edit.unitPrice);
    if (edit && 'description' in edit) line.description = String(edit.description);
    if (edit && 'taxRate' in edit) line.rate = editRate(edit.taxRate);
    lines.push(line);
  });
  for (const a of edits?.add ?? []) {
    lines.push({
      kind: 'manual',
      description: String(a.description),
      quantity: editNumber(a.quantity),
      unitPrice: editNumber(a.unitPrice),
      rate: a.taxRate === undefined ? ZERO : editRate(a.taxRate),
    });
  }
  return lines;
}

const eq = (a: D | null, b: D | null) => (a === null || b === null ? a === b : a.equals(b));
const text = (l: LineValues) => `${l.kind} "${l.description}" ${l.quantity} × ${l.unitPrice} @ ${l.rate}`;

function compareLines(
  report: Report,
  what: string,
  expected: LineValues[],
  written: LineValues[],
  label: string,
): void {
  const same =
    expected.length === written.length &&
    expected.every((e, i) => {
      const w = written[i];
      return (
        e.kind === w.kind &&
        e.description === w.description &&
        eq(e.quantity, w.quantity) &&
        eq(e.unitPrice, w.unitPrice) &&
        eq(e.rate, w.rate)
      );
    });
  report.check(
    same,
    'I4',
    what,
    () => `${label}: expected lines [${expected.map(text).join('; ')}], written [${written.map(text).join('; ')}]`,
  );
}

/** Invariant 4 on one invoice row as written: each Amount, Subtotal, Tax, Total, Paid, Balance, Status. */
function checkTotals(report: Report, ctx: StepContext, id: string, row: Row, fresh: boolean): void {
  const currency = get(row, 'Currency').trim().toUpperCase();
  const lines = rowsFor(ctx.after, SHEET.lines, id);
  let subtotal = ZERO;
  let tax = ZERO;
  lines.forEach((line, i) => {
    const { quantity, unitPrice, rate } = lineValues(line);
    const amount = parseMoney(get(line, 'Amount'), currency);
    if (
      !report.check(
        !!quantity && !!unitPrice && !!rate && !!amount,
        'I4',
        'line value unreadable',
        () => `${id} line ${i + 1} (row ${line.row}) shows ${JSON.stringify(line.shown)}`,
      )
    )
      return;
    const expected = lineMoney(quantity!, unitPrice!, rate!, currency);
    report.check(
      expected.amount.equals(amount!),
      'I4',
      'line amount is not quantity × price rounded',
      () =>
        `${id} line ${i + 1}: ${quantity} × ${unitPrice} = ${expected.amount} in ${currency}, written ${get(line, 'Amount')}`,
    );
    subtotal = subtotal.plus(amount!);
    tax = tax.plus(round(amount!.times(rate!), currency));
  });
  if (lines.length > 1) {
    report.check(
      lines[lines.length - 1].row - lines[0].row === lines.length - 1,
      'I4',
      'lines not one block',
      () => `${id}'s lines are on rows ${lines.map((l) => l.row).join(', ')}`,
    );
  }
  const cell = (column: string) => moneyIn(row, column, currency);
  const total = subtotal.plus(tax);
  for (const [column, value] of [
    ['Subtotal', subtotal],
    ['Tax', tax],
    ['Total', total],
  ] as const) {
    report.check(
      eq(cell(column), value),
      'I4',
      `${column} is not the sum of the lines`,
      () => `${id}: ${column} shows ${JSON.stringify(get(row, column))}, its lines give ${value} ${currency}`,
    );
  }
  const paid = rowsFor(ctx.after, SHEET.payments, id).reduce(
    (sum, p) => sum.plus(parseMoney(get(p, 'Amount'), currency) ?? ZERO),
    ZERO,
  );
  if (get(row, 'Paid') !== '' || fresh) {
    report.check(
      eq(cell('Paid'), paid),
      'I4',
      'Paid is not the sum of payments',
      () => `${id}: Paid shows "${get(row, 'Paid')}", payments sum to ${paid}`,
    );
    report.check(
      eq(cell('Balance'), total.minus(paid)),
      'I4',
      'Balance is not Total − Paid',
      () => `${id}: Balance shows "${get(row, 'Balance')}", Total − Paid = ${total.minus(paid)}`,
    );
  }
  if (fresh) {
    const status = total.greaterThan(0) && total.minus(paid).isZero() ? 'paid' : 'open';
    report.check(
      get(row, 'Status') === status,
      'I4',
      'new status is not paid/open by its balance',
      () => `${id}: Total ${total}, Paid ${paid}: Status should be ${status}, shows "${get(row, 'Status')}"`,
    );
  }
}

/** The lines SPEC §3 asks for: a copy's edits; in schedule mode, the original's manual lines kept or dropped. */
function checkLineContent(report: Report, ctx: StepContext, oldId: string, newId: string): void {
  const written = rowsFor(ctx.after, SHEET.lines, newId).map(lineValues);
  if (ctx.request.mode === 'copy') {
    compareLines(
      report,
      'copy lines are not the original with the edits',
      copiedLines(ctx, oldId),
      written,
      `${oldId} → ${newId}`,
    );
    return;
  }
  const manual =
    ctx.request.keepManual === false
      ? []
      : rowsFor(ctx.before, SHEET.lines, oldId)
          .map(lineValues)
          .filter((l) => l.kind === 'manual');
  compareLines(
    report,
    'manual lines not kept as asked',
    manual,
    written.filter((l) => l.kind === 'manual'),
    `${oldId} → ${newId} keepManual ${ctx.request.keepManual}`,
  );
  const firstManual = written.findIndex((l) => l.kind === 'manual');
  report.check(
    firstManual < 0 || written.slice(firstManual).every((l) => l.kind === 'manual'),
    'I4',
    'schedule lines after manual lines',
    () => `${newId} lines: ${written.map((l) => l.kind).join(', ')}`,
  );
  report.check(
    written.every((l) => ['session', 'charge', 'manual'].includes(l.kind)),
    'I4',
    'line kind unknown',
    () => `${newId} kinds ${written.map((l) => l.kind)}`,
  );
}

const findRow = (state: State, id: string) =>
  state.tables[SHEET.invoices]?.rows.filter((row) => get(row, 'Invoice ID').trim() === id) ?? [];

/** Invariant 5: each link shows the other ID and lands on its row. */
function checkLinks(report: Report, ctx: StepContext, oldRow: Row, newRow: Row, oldId: string, newId: string): void {
  const table = ctx.after.tables[SHEET.invoices]!;
  for (const [from, to, column, label] of [
    [oldRow, newRow, 'Regenerated As', newId],
    [newRow, oldRow, 'Regenerated From', oldId],
  ] as const) {
    const col = columnOf(table, column);
    if (
      !report.check(
        col > 0,
        'I5',
        `no ${column} column`,
        () => `Invoices has no ${column} column after regenerating ${oldId}`,
      )
    )
      continue;
    const link = ctx.apps.resolveLink(SHEET.invoices, from.row, col);
    report.check(
      link.label === label && link.targetRow === to.row,
      'I5',
      `${column} link does not land`,
      () =>
        `${column} on row ${from.row} shows "${link.label}" → row ${link.targetRow}; expected "${label}" → row ${to.row}`,
    );
  }
}

/** Invariant 8: the dates of a written row show the intended calendar day, periods never inverted. */
function checkDates(
  report: Report,
  ctx: StepContext,
  id: string,
  row: Row,
  e: Expectation | undefined,
  original: Row | undefined,
): void {
  const start = get(row, 'Period Start');
  const end = get(row, 'Period End');
  report.check(
    isIsoDate(start) && isIsoDate(end) && start <= end,
    'I8',
    'period inverted or not a date',
    () => `${id}: Period Start "${start}", Period End "${end}"`,
  );
  if (e?.period) {
    report.check(
      start === e.period.start && end === e.period.end,
      'I8',
      'period is not the one asked for',
      () =>
        `${id}: period shows ${start} – ${end}, expected ${e.period!.start} – ${e.period!.end} (request from ${ctx.request.from ?? '-'} to ${ctx.request.to ?? '-'})`,
    );
  }
  if (!original) return;
  const issue = get(row, 'Issue Date');
  report.check(
    ctx.today.includes(issue),
    'I8',
    'issue date is not today',
    () => `${id}: Issue Date shows "${issue}", today is ${ctx.today.join(' or ')}`,
  );
  const [oi, od] = [get(original, 'Issue Date'), get(original, 'Due Date')];
  if (isIsoDate(oi) && isIsoDate(od) && isIsoDate(issue)) {
    const due = addDays(issue, daysBetween(oi, od));
    report.check(
      get(row, 'Due Date') === due,
      'I8',
      'due date gap not kept',
      () => `${id}: Due Date "${get(row, 'Due Date')}", expected ${due} (gap ${daysBetween(oi, od)} days)`,
    );
  }
}

function checkVoided(report: Report, ctx: StepContext, id: string): void {
  const row = findRow(ctx.after, id)[0];
  if (!row) return;
  report.check(
    get(row, 'Status').trim().toLowerCase() === 'voided',
    'I4',
    'voided status not written',
    () => `${id}: Status shows "${get(row, 'Status')}"`,
  );
  const at = get(row, 'Voided At');
  report.check(
    ctx.today.includes(at.slice(0, 10)),
    'I8',
    'voided at is not now',
    () => `${id}: Voided At shows "${at}", today is ${ctx.today.join(' or ')}`,
  );
  const reason = ctx.request.reason ?? '';
  report.check(
    get(row, 'Void Reason') === reason && !rawOf(row, 'Void Reason')?.formula,
    'I4',
    'void reason not written as text',
    () =>
      `${id}: Void Reason shows "${get(row, 'Void Reason')}" (${JSON.stringify(rawOf(row, 'Void Reason'))}), asked "${reason}"`,
  );
}

/** Invariants 4, 5 and 8 over the invoices this call voided, regenerated or rebuilt. */
export function checkInvoices(report: Report, ctx: StepContext): void {
  const { voided, regenerated, rebuilt } = changes(ctx);
  for (const id of voided) checkVoided(report, ctx, id);
  for (const [oldId, newId] of regenerated) {
    const rows = findRow(ctx.after, newId);
    const oldRow = findRow(ctx.after, oldId)[0];
    if (
      !report.check(
        rows.length === 1,
        'I4',
        'new invoice row missing or repeated',
        () => `${rows.length} rows with ID ${newId}`,
      )
    )
      continue;
    checkTotals(report, ctx, newId, rows[0], true);
    checkLineContent(report, ctx, oldId, newId);
    if (oldRow) checkLinks(report, ctx, oldRow, rows[0], oldId, newId);
    checkDates(report, ctx, newId, rows[0], ctx.expectations.get(oldId), findRow(ctx.before, oldId)[0]);
  }
  for (const id of rebuilt) {
    const row = findRow(ctx.after, id)[0];
    if (!row) continue;
    checkTotals(report, ctx, id, row, false);
    checkLineContent(report, ctx, id, id);
    checkDates(report, ctx, id, row, ctx.expectations.get(id), undefined);
  }
  const written = okResults(ctx).length;
  if (!written) return;
  for (const sheet of [SHEET.payments, SHEET.creditNotes]) {
    for (const row of ctx.after.tables[sheet]?.rows.filter((r) => r.row > (ctx.before.grids[sheet]?.length ?? 1)) ??
      []) {
      report.check(
        ctx.today.includes(get(row, 'Date')),
        'I8',
        `${sheet} date is not today`,
        () => `${sheet} row ${row.row}: Date shows "${get(row, 'Date')}"`,
      );
    }
  }
}
