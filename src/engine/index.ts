// The engine's surface for the sheets layer and the API: pure functions over parsed tables.
export { readPlan, previewRequest, planApply, asFailure } from './run';
export type { ApplyPlan } from './run';
export type { Cell, DateCell, OutValue, RawSheet, RawWorkbook } from './cells';
export type { Plan, CellUpdate, NewRow } from './plan';
export type { Context } from './context';
export type { ValidRequest } from './request';
export { SHEETS, SCHEMAS, OWNED_INVOICE_COLUMNS } from './schema';
export type { SheetKey } from './schema';
export { isEmptyPlan } from './plan';
export { normalizeHeader, Table } from './table';
export { columnLetter } from './cells';
export { RevoiceError, isRevoiceError, fail } from './errors';
export { selectedInvoices, rowOfInvoice } from './selection';
