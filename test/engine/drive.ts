/**
 * Drives the engine the way src/api does: parseRequest → previewRequest / planApply.
 * Also a tiny in-memory "sheets layer" (commit) so scenarios can chain calls.
 */
import Decimal from 'decimal.js';
import {
  SCHEMAS,
  SHEETS,
  normalizeHeader,
  parseRequest,
  planApply,
  previewRequest,
  resolveColumns,
} from '../../src/engine';
import type {
  Cell,
  ColumnMapping,
  Context,
  NewRow,
  OutValue,
  ParsedRequest,
  Plan,
  RawWorkbook,
  SheetKey,
  ValidRequest,
} from '../../src/engine';
import type {
  ApplyResult,
  ApplySuccess,
  ErrorCode,
  Failure,
  InvoiceFailure,
  PreviewResult,
  PreviewSuccess,
} from '../../src/shared/api';
import { CONTEXT } from './fixtures';

export type Body = Record<string, unknown>;

/** parseRequest's answer for a body that must be valid. */
export function parsedRequest(body: Body, forApply = false): ParsedRequest {
  const parsed = parseRequest(body, forApply);
  if ('ok' in parsed) throw new Error(`request rejected: ${parsed.code}: ${parsed.message}`);
  return parsed;
}

/** The validated request of a body that must be valid. */
export function validRequest(body: Body, forApply = false): ValidRequest {
  return parsedRequest(body, forApply).request;
}

/** parseRequest's failure for a body that must be rejected. */
export function rejected(body: unknown): Failure {
  const start = parseRequest(body, false);
  if (!('ok' in start)) throw new Error(`request accepted: ${JSON.stringify(body)}`);
  return start;
}

export function previewAll(raw: RawWorkbook, body: Body, context: Context = CONTEXT): PreviewResult[] {
  const { response, missing } = previewRequest(raw, parsedRequest(body), context);
  expect(missing).toBeNull();
  if (!response.ok) throw new Error(`preview failed: ${response.code}: ${response.message}`);
  return response.results;
}

export function applyAll(
  raw: RawWorkbook,
  body: Body,
  context: Context = CONTEXT,
): { results: ApplyResult[]; plan: Plan } {
  const { response, plan, missing } = planApply(raw, parsedRequest(body, true), context);
  expect(missing).toBeNull();
  if (!response.ok) throw new Error(`apply failed: ${response.code}: ${response.message}`);
  return { results: response.results, plan };
}

function success<T extends { ok: boolean }>(result: T | undefined): T {
  if (!result?.ok) throw new Error(`expected success, got ${JSON.stringify(result)}`);
  return result;
}

/** The preview of the only invoice in the body, which must succeed. */
export const previewOne = (raw: RawWorkbook, body: Body, context?: Context): PreviewSuccess =>
  success(previewAll(raw, body, context)[0]) as PreviewSuccess;

/** The result and plan of applying the body to one invoice, which must succeed. */
export function applyOne(raw: RawWorkbook, body: Body, context?: Context): { result: ApplySuccess; plan: Plan } {
  const { results, plan } = applyAll(raw, body, context);
  return { result: success(results[0]) as ApplySuccess, plan };
}

/**
 * The failure of the first invoice of the body, checked to be the same in preview and
 * apply, with nothing planned.
 */
export function failureOf(raw: RawWorkbook, body: Body, code: ErrorCode, context: Context = CONTEXT): InvoiceFailure {
  const previewed = previewAll(raw, body, context)[0] as InvoiceFailure;
  const { results, plan } = applyAll(raw, body, context);
  const applied = results[0] as InvoiceFailure;
  expect(applied).toMatchObject({ ok: false, code });
  expect(previewed).toEqual(applied);
  if (results.length === 1) expect(plan).toEqual({ updates: {}, appends: {} });
  return applied;
}

/** A request-level failure, the same from preview and apply. */
export function requestFailure(raw: RawWorkbook, body: Body, context: Context = CONTEXT): Failure {
  const previewed = previewRequest(raw, parsedRequest(body), context).response;
  const applied = planApply(raw, parsedRequest(body, true), context);
  expect(previewed.ok).toBe(false);
  expect(applied.response).toEqual(previewed);
  expect(applied.plan).toEqual({ updates: {}, appends: {} });
  return previewed as Failure;
}

export const appended = (plan: Plan, sheet: SheetKey): NewRow[] => plan.appends[sheet] ?? [];

/** The cells a plan overwrites on one sheet row, by column. */
export function updatesOf(plan: Plan, sheet: SheetKey, sheetRow: number): Record<string, OutValue> {
  const cells: Record<string, OutValue> = {};
  for (const update of plan.updates[sheet] ?? []) if (update.row === sheetRow) cells[update.column] = update.value;
  return cells;
}

export const NOW_CELL: Cell = { date: CONTEXT.today, time: '09:30:00' };

/** An OutValue as the sheets layer would read it back (links show the invoice ID). */
function readBack(value: OutValue): Cell {
  if (value === null || typeof value !== 'object') return value;
  if ('link' in value) return value.link;
  if ('now' in value) return NOW_CELL;
  return { date: value.date };
}

/**
 * Writes a plan into a copy of the workbook as the sheets layer would: columns found the
 * way the engine finds them (mapping, name, alias), missing sheets and columns added.
 */
export function commit(raw: RawWorkbook, plan: Plan, mapping?: ColumnMapping): RawWorkbook {
  const next: RawWorkbook = structuredClone(raw);
  const sheetOf = (key: SheetKey) => {
    const name = SHEETS[key];
    return (next[name] ??= { name, rows: [[...SCHEMAS[key].all]] });
  };
  const columnOf = (key: SheetKey, rows: Cell[][], column: string): number => {
    const resolved = resolveColumns(key, rows[0], mapping).get(column);
    if (resolved !== undefined) return resolved;
    const found = rows[0].findIndex((cell) => normalizeHeader(cell) === normalizeHeader(column));
    return found >= 0 ? found : rows[0].push(column) - 1;
  };
  for (const [key, updates] of Object.entries(plan.updates) as [SheetKey, Plan['updates'][SheetKey]][]) {
    const { rows } = sheetOf(key);
    for (const update of updates ?? [])
      (rows[update.row - 1] ??= [])[columnOf(key, rows, update.column)] = readBack(update.value);
  }
  for (const [key, newRows] of Object.entries(plan.appends) as [SheetKey, NewRow[]][]) {
    const { rows } = sheetOf(key);
    for (const newRow of newRows) {
      const cells: Cell[] = [];
      for (const [column, value] of Object.entries(newRow)) cells[columnOf(key, rows, column)] = readBack(value);
      rows.push(Array.from(cells, (cell) => cell ?? null));
    }
  }
  return next;
}

/** Σ of a money column over the rows of a sheet whose Invoice ID is `invoiceId`, as a decimal string. */
export function sumFor(raw: RawWorkbook, sheet: string, column: string, invoiceId: string): string {
  const [header, ...rows] = raw[sheet]?.rows ?? [[]];
  const idAt = header.indexOf('Invoice ID');
  const at = header.indexOf(column);
  return rows
    .filter((cells) => String(cells[idAt]) === invoiceId)
    .reduce((total, cells) => total.plus(Number(cells[at] ?? 0)), new Decimal(0))
    .toString();
}

/** The Invoices row of an invoice, by header name. */
export function invoiceRowOf(raw: RawWorkbook, invoiceId: string): Record<string, Cell> {
  const [header, ...rows] = raw.Invoices?.rows ?? [[]];
  // IDs are text everywhere: a number cell 1001 is the invoice "1001".
  const cells = rows.find((r) => String(r[header.indexOf('Invoice ID')]) === invoiceId);
  if (!cells) throw new Error(`no invoice ${invoiceId}`);
  return Object.fromEntries(header.map((column, i) => [String(column), cells[i] ?? null]));
}

/** Overwrites one cell of a raw sheet, by 1-based sheet row and header name. */
export function setCell(raw: RawWorkbook, sheet: string, sheetRow: number, column: string, value: Cell): void {
  const rows = raw[sheet]?.rows;
  const at = rows?.[0].indexOf(column) ?? -1;
  if (!rows?.[sheetRow - 1] || at < 0) throw new Error(`no cell ${sheet} ${column}${sheetRow}`);
  rows[sheetRow - 1][at] = value;
}
