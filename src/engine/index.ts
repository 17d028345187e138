// The engine's surface for the sheets layer and the API: pure functions over parsed tables.
// Layers, lowest first: calc/ (money, dates) → workbook/ (cells, tables, parsing, the plan of
// writes) → invoice/ (one module per operation) → this folder (request, run, audit).
export { parseRequest } from './request';
export type { ParsedRequest } from './request';
export { customerCredits, previewRequest, planApply } from './run';
export type { ApplyPlan, PreviewOutcome } from './run';
export { historyEntries } from './history';
export { firstLookups, followUpLookups } from './lookups';
export { LOOKUP_COLUMNS, lookupKey, mergeLookups } from './workbook/coverage';
export type { LookupColumn, LookupSheet, Lookups, Searched } from './workbook/coverage';
export type { Cell, DateCell, OutValue, RawSheet, RawWorkbook } from './workbook/cells';
export type { Plan, CellUpdate, NewRow } from './workbook/plan';
export type { Context } from './invoice/context';
export type { ValidRequest } from './invoice/valid-request';
export { SHEETS, SCHEMAS, OWNED_INVOICE_COLUMNS } from './workbook/schema';
export { COLUMN_ALIASES, columnPositions, resolveColumns } from './workbook/columns';
export { accountingCandidates, accountingColumns } from './workbook/accounting-columns';
export type { ColumnMapping } from '../shared/columns';
export type { SheetKey } from './workbook/schema';
export { isEmptyPlan } from './workbook/plan';
export { normalizeHeader, Table } from './workbook/table';
export { columnLetter } from './workbook/cells';
export { RevoiceError, asFailure, isRevoiceError, fail } from './workbook/errors';
export { selectedInvoices, rowOfInvoice } from './workbook/selected-invoices';
