/**
 * Invariants 2 and 3: no existing cell changes except those SPEC §5 allows, rows are only appended,
 * and columns Revoice does not know stay empty on the rows it appends (copied values keep their type).
 */
import type { CellSnapshot, SheetSnapshot } from '../../fake-apps-script/src';
import { CREDIT_NOTE_HEADER, INVOICE_INPUTS, INVOICE_OUTPUTS, LINE_HEADER, PAYMENT_HEADER } from './columns';
import { isFillerRow } from './fixture';
import { JOURNAL, SHEET, State, Table, address, get, headerKey, rawOf } from './read-back';
import { Report, StepContext, changes } from './step-context';

/** Columns SPEC §1 names, per sheet: anything else is the workbook's own. */
export const KNOWN: Record<string, string[]> = {
  [SHEET.invoices]: [...INVOICE_INPUTS, ...INVOICE_OUTPUTS],
  [SHEET.lines]: LINE_HEADER,
  [SHEET.payments]: PAYMENT_HEADER,
  [SHEET.creditNotes]: CREDIT_NOTE_HEADER,
  [SHEET.audit]: ['Timestamp', 'User', 'Action', 'Invoice ID', 'Result ID', 'Request Key', 'Details'],
};
const OWNED_ON_VOID = ['Status', 'Voided At', 'Void Reason', 'Regenerated As'];
const OWNED_ON_REBUILD = ['Subtotal', 'Tax', 'Total', 'Paid', 'Balance', 'Period Start', 'Period End'];
/** Sheets Revoice may create (SPEC §1): its Audit Log, Credit Notes, and its hidden journal. */
const NEW_SHEETS = [SHEET.audit, SHEET.creditNotes, SHEET.payments, JOURNAL];

/** What a cell holds: its content, and its format only when it has content (an empty cell's format shows nothing). */
export function content(cell: CellSnapshot | undefined): CellSnapshot {
  return cell && (cell.value !== undefined || cell.formula !== undefined) ? cell : {};
}
const same = (a: CellSnapshot | undefined, b: CellSnapshot | undefined) =>
  JSON.stringify(content(a)) === JSON.stringify(content(b));
const show = (c: CellSnapshot | undefined) => JSON.stringify(c ?? null);

function sheetOf(state: State, name: string): SheetSnapshot | undefined {
  return state.snapshot.sheets.find((s) => s.name === name);
}

/** Row texts already worked out, per sheet snapshot (a step's `after` is the next step's `before`). */
const rowTexts = new WeakMap<SheetSnapshot, { width: number; texts: string[] }>();

/** The stored cells of one row, over `width` columns, as one comparable text. */
function rowText(sheet: SheetSnapshot, row: number, width: number): string {
  let cache = rowTexts.get(sheet);
  if (cache?.width !== width) rowTexts.set(sheet, (cache = { width, texts: [] }));
  return (cache.texts[row] ??= JSON.stringify(
    Array.from({ length: width }, (_, c) => content(sheet.cells[address(row, c + 1)])),
  ));
}

function checkHeader(report: Report, name: string, before: State, after: State): void {
  const was = before.grids[name]?.[0] ?? [];
  const now = after.grids[name]?.[0] ?? [];
  was.forEach((h, i) =>
    report.check(
      now[i] === h,
      'I2',
      `header changed: ${name}`,
      () => `${name} column ${i + 1} was "${h}", now "${now[i]}"`,
    ),
  );
  // Names as Revoice reads them: a header added beside an alias of the same column is a duplicate.
  const known = before.tables[name]?.header ?? was;
  for (const h of after.tables[name]?.header.slice(was.length) ?? []) {
    report.check(
      !h || (KNOWN[name] ?? []).some((k) => headerKey(k) === headerKey(h)),
      'I2',
      `header added: ${name}`,
      () => `${name} gained a column "${h}" that SPEC §1 does not name`,
    );
    report.check(
      !h || !known.some((w) => headerKey(w) === headerKey(h)),
      'I2',
      `header duplicated: ${name}`,
      () => `${name} gained a second "${h}" column`,
    );
  }
}

/** Invoices: existing rows change only in the cells SPEC §5 allows; new rows are the new invoices. */
function checkInvoices(report: Report, ctx: StepContext): void {
  const { voided, regenerated, rebuilt } = changes(ctx);
  const was = sheetOf(ctx.before, SHEET.invoices)!;
  const now = sheetOf(ctx.after, SHEET.invoices)!;
  const header = ctx.after.tables[SHEET.invoices]!.header;
  const beforeRows = ctx.before.grids[SHEET.invoices].length;
  for (const { row: r, shown } of ctx.before.tables[SHEET.invoices]?.rows ?? []) {
    // A row whose cells all stay as they were (most of them: filler) needs no look cell by cell.
    if (rowText(was, r, header.length) === rowText(now, r, header.length)) continue;
    const id = (shown['invoice id'] ?? '').trim();
    header.forEach((h, c) => {
      const a1 = address(r, c + 1);
      if (same(was.cells[a1], now.cells[a1])) return;
      const allowed =
        (voided.has(id) && OWNED_ON_VOID.some((k) => headerKey(k) === headerKey(h))) ||
        (regenerated.has(id) && headerKey(h) === 'regenerated as') ||
        (rebuilt.has(id) && OWNED_ON_REBUILD.some((k) => headerKey(k) === headerKey(h)));
      report.check(
        allowed,
        'I2',
        `existing cell changed: Invoices ${h}`,
        () => `Invoices!${a1} (${h} of ${id}) changed from ${show(was.cells[a1])} to ${show(now.cells[a1])}`,
      );
    });
  }
  const added = (ctx.after.tables[SHEET.invoices]?.rows ?? [])
    .filter((row) => row.row > beforeRows)
    .map((row) => get(row, 'Invoice ID'));
  const expected = [...regenerated.values()];
  report.check(
    JSON.stringify(added) === JSON.stringify(expected),
    'I2',
    'appended invoice rows are not the new invoices',
    () => `rows appended to Invoices: ${JSON.stringify(added)}; new invoices: ${JSON.stringify(expected)}`,
  );
}

/** A sheet whose existing rows stay exactly as they were, apart from `dropped` rows (a rebuilt draft's lines). */
function checkAppendOnly(report: Report, ctx: StepContext, name: string, dropped: Set<string>): void {
  const was = sheetOf(ctx.before, name);
  const now = sheetOf(ctx.after, name);
  if (!was) return;
  if (!report.check(!!now, 'I2', `sheet deleted: ${name}`, () => `${name} is gone`)) return;
  const idColumn = ctx.before.tables[name]!.header.findIndex((h) => headerKey(h) === 'invoice id');
  const width = ctx.after.grids[name][0]?.length ?? 0;
  const keep = (grid: string[][], r: number) => idColumn < 0 || !dropped.has((grid[r - 1]?.[idColumn] ?? '').trim());
  const rowsBefore = ctx.before.grids[name].length;
  const kept: string[] = [];
  for (let r = 2; r <= rowsBefore; r++) if (keep(ctx.before.grids[name], r)) kept.push(rowText(was, r, width));
  const now2: string[] = [];
  for (let r = 2; r <= ctx.after.grids[name].length; r++)
    if (keep(ctx.after.grids[name], r)) now2.push(rowText(now!, r, width));
  const firstDiff = kept.findIndex((text, i) => text !== now2[i]);
  report.check(
    firstDiff < 0,
    'I2',
    `existing row changed or deleted: ${name}`,
    () =>
      `${name}: existing row ${firstDiff + 2} (not counting rebuilt drafts) was ${kept[firstDiff]}, now ${now2[firstDiff] ?? 'gone'}`,
  );
}

function checkNewRowsFilled(report: Report, name: string, before: State, after: State): void {
  const table = after.tables[name];
  const grid = after.grids[name];
  if (!table || !grid) return;
  const last = table.rows.length ? table.rows[table.rows.length - 1].row : 1;
  report.check(
    grid.length === last,
    'I2',
    `rows after the table's end: ${name}`,
    () => `${name} shows ${grid.length} rows but its key column ends at row ${last}`,
  );
  const blank = table.rows.find(
    (row) => row.row > (before.grids[name]?.length ?? 1) && Object.values(row.shown).every((v) => v === ''),
  );
  report.check(
    !blank,
    'I2',
    `blank row appended: ${name}`,
    () => `${name} row ${blank?.row} is blank inside the table`,
  );
}

/** Invariant 3: on appended rows, unknown columns are empty; copied values keep their stored type. */
function checkNewRows(report: Report, ctx: StepContext): void {
  for (const name of [SHEET.invoices, SHEET.lines, SHEET.payments, SHEET.creditNotes]) {
    const table = ctx.after.tables[name] as Table | undefined;
    const beforeRows = ctx.before.grids[name]?.length ?? 1;
    const rebuilt = changes(ctx).rebuilt;
    for (const row of table?.rows ?? []) {
      const fresh = row.row > beforeRows || (name === SHEET.lines && rebuilt.has(get(row, 'Invoice ID').trim()));
      if (!fresh) continue;
      for (const h of table!.header) {
        if (!h || (KNOWN[name] ?? []).some((k) => headerKey(k) === headerKey(h))) continue;
        report.check(
          get(row, h) === '' && !rawOf(row, h)?.formula,
          'I3',
          `unknown column filled on a new row: ${name} ${h}`,
          () =>
            `${name} row ${row.row} (${get(row, 'Invoice ID')}) has "${get(row, h)}" in ${h}, a column Revoice does not know`,
        );
      }
    }
  }
  const { regenerated } = changes(ctx);
  const byId = (state: State, id: string) =>
    state.tables[SHEET.invoices]?.rows.find((row) => get(row, 'Invoice ID').trim() === id);
  for (const [oldId, newId] of regenerated) {
    const original = byId(ctx.before, oldId);
    const copy = byId(ctx.after, newId);
    if (!original || !copy) continue;
    for (const column of ['Reference', 'Customer', 'Currency']) {
      const a = rawOf(original, column)?.value ?? '';
      const b = rawOf(copy, column)?.value ?? '';
      report.check(
        a === b,
        'I3',
        `copied value changed type or value: ${column}`,
        () =>
          `${column} of ${oldId} is ${JSON.stringify(a)} (${typeof a}); on ${newId} it is ${JSON.stringify(b)} (${typeof b})`,
      );
    }
  }
}

/** Filler (fixture.ts) is never asked for: no row appended anywhere names a filler invoice or customer. */
function checkFillerUntouched(report: Report, ctx: StepContext): void {
  for (const [name, table] of Object.entries(ctx.after.tables)) {
    const beforeRows = ctx.before.grids[name]?.length ?? 1;
    const row = table?.rows.find((r) => r.row > beforeRows && isFillerRow(Object.values(r.shown)));
    report.check(
      !row,
      'I2',
      `row appended for filler: ${name}`,
      () => `${name} row ${row?.row} names filler no request asked for: ${JSON.stringify(row?.shown)}`,
    );
  }
}

export function checkCells(report: Report, ctx: StepContext): void {
  for (const sheet of ctx.after.snapshot.sheets) {
    const existed = ctx.before.snapshot.sheets.some((s) => s.name === sheet.name);
    report.check(
      existed || NEW_SHEETS.includes(sheet.name),
      'I2',
      'unexpected new sheet',
      () => `a sheet "${sheet.name}" appeared`,
    );
  }
  for (const sheet of ctx.before.snapshot.sheets) {
    if (sheet.name === JOURNAL) continue;
    checkHeader(report, sheet.name, ctx.before, ctx.after);
    if (sheet.name === SHEET.invoices) checkInvoices(report, ctx);
    else if (sheet.name === SHEET.schedule || sheet.name === SHEET.closures) {
      report.check(
        JSON.stringify(sheet) === JSON.stringify(sheetOf(ctx.after, sheet.name)),
        'I2',
        `${sheet.name} changed`,
        () => `${sheet.name} was written to`,
      );
    } else {
      checkAppendOnly(report, ctx, sheet.name, sheet.name === SHEET.lines ? changes(ctx).rebuilt : new Set());
    }
    if (sheet.name !== SHEET.schedule && sheet.name !== SHEET.closures)
      checkNewRowsFilled(report, sheet.name, ctx.before, ctx.after);
  }
  checkNewRows(report, ctx);
  checkFillerUntouched(report, ctx);
  const audit = ctx.after.tables[SHEET.audit]?.rows.length ?? 0;
  const auditBefore = ctx.before.tables[SHEET.audit]?.rows.length ?? 0;
  const applied = ctx.apply.ok ? (ctx.apply.results as { ok: boolean }[]).filter((r) => r.ok).length : 0;
  report.check(
    audit - auditBefore === applied,
    'I2',
    'audit rows are not one per applied invoice',
    () => `${audit - auditBefore} Audit Log rows appended for ${applied} applied invoices`,
  );
}
