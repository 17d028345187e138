import { createFakeApps } from '../fake-apps-script/src';
import { SPARE_ROWS } from '../src/sheets/write-plan';
import { DATE_TIME_FORMAT } from '../src/sheets/cell-values';
import type { FakeApps } from '../fake-apps-script/src';
import { loadBundle } from '../fake-apps-script/src/load-bundle';
import type { BundleFunctions } from '../fake-apps-script/src/load-bundle';
import { syntheticIds, syntheticSheets } from '../fake-apps-script/src/synthetic-workbook';

/**
 * The workbooks the bench acts on: synthetic nurseries of N invoices, 3 or 4 lines each (every
 * second invoice has a fourth, typed by hand) and one part payment each; optionally an Audit
 * Log of earlier changes. Written as `5000`, or `50000+audit` for an Audit Log of as many rows.
 */
export interface WorkbookSpec {
  token: string;
  invoices: number;
  auditRows?: number;
}

export const DEFAULT_SIZES = ['50', '500', '1000', '5000', '20000', '50000', '50000+audit'];
export const TIME_ZONE = 'Europe/London';
const FOURTH_LINE_EVERY = 2;

export function parseSize(token: string): WorkbookSpec {
  const match = /^(\d+)(\+audit)?$/.exec(token.trim());
  const invoices = match ? Number(match[1]) : NaN;
  if (!match || !Number.isSafeInteger(invoices) || invoices < 1)
    throw new Error(`--sizes: ${JSON.stringify(token)} is not a number of invoices (e.g. 5000 or 50000+audit)`);
  return match[2] ? { token, invoices, auditRows: invoices } : { token, invoices };
}

/** How the table names a workbook: "50,000" or "50,000 + 50,000-row Audit Log". */
export function sizeLabel(spec: WorkbookSpec): string {
  const n = spec.invoices.toLocaleString('en-GB');
  return spec.auditRows === undefined ? n : `${n} + ${spec.auditRows.toLocaleString('en-GB')}-row Audit Log`;
}

export type Sheets = Record<string, unknown[][]>;

/** The fixture rows of a workbook (built once per size; every fresh copy starts from them). */
export function fixture(spec: WorkbookSpec): Sheets {
  return syntheticSheets({ invoices: spec.invoices, fourthLineEvery: FOURTH_LINE_EVERY, auditRows: spec.auditRows });
}

/**
 * Cells in all sheets' data ranges (last row × last column with content), what "% of the
 * workbook" divides by: of the workbook as set up, Revoice's own columns and sheets included.
 * Counted calls of the fake's: to be called before its counters are reset.
 */
export function workbookCells({ apps }: Workbook): number {
  let cells = 0;
  for (const sheet of apps.spreadsheet.getSheets()) cells += sheet.getLastRow() * sheet.getLastColumn();
  return cells;
}

export interface Workbook {
  apps: FakeApps;
  api: BundleFunctions;
}

/** A fresh fake spreadsheet holding the fixture, with the real bundle loaded over it. */
export function freshWorkbook(sheets: Sheets): Workbook {
  // The Audit Log as Revoice's appends leave it: with the spare rows its last growth added.
  const log = sheets['Audit Log'];
  const maxRows = log ? { 'Audit Log': log.length + SPARE_ROWS } : undefined;
  const apps = createFakeApps({ timeZone: TIME_ZONE, sheets, maxRows });
  // Rows Sheets inserts take the format of the row above (insertRowsAfter): the Timestamp's.
  if (log) {
    const audit = apps.spreadsheet.getSheetByName('Audit Log');
    audit?.getRange(log.length + 1, 1, SPARE_ROWS, 1).setNumberFormat(DATE_TIME_FORMAT);
  }
  return { apps, api: loadBundle(apps) };
}

/** The 1-based number of the invoice in the middle of the workbook. */
export const middle = (spec: WorkbookSpec) => Math.ceil(spec.invoices / 2);

/** The IDs of `count` adjacent invoices from number `first` (1-based). */
export const adjacentIds = (first: number, count: number) => syntheticIds({ invoices: count, padding: first - 1 });

/** The row of invoice number `n` (1-based) in the Invoices sheet, below its header. */
export const invoiceRow = (n: number) => n + 1;
