/**
 * Which header holds a column, as the bookkeeper chose it (the sidebar asks when a required
 * column is missing and keeps the answer in the spreadsheet's document properties):
 * sheet name → canonical column → the header text in row 1 that holds it, e.g.
 * `{ "Invoices": { "Customer": "Child's name" } }`. It wins over the built-in aliases.
 * Sheet names, column names and header texts match as headers do (case, outer and
 * repeated spaces ignored).
 */
export type ColumnMapping = { [sheetName: string]: { [canonicalColumn: string]: string } };
