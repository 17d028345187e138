/**
 * A link to an invoice's row that survives sorting and inserted rows: the row is found
 * by MATCH on the Invoice ID when the sheet is viewed, not fixed when written.
 */

function quoteString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function invoiceLinkFormula(args: { invoiceId: string; sheetName: string; sheetId: number; idColumn: string }): string {
  const { invoiceId, sheetName, sheetId, idColumn } = args;
  const column = `${quoteSheet(sheetName)}!$${idColumn}:$${idColumn}`;
  const url = `"#gid=${sheetId}&range=${idColumn}"&MATCH(${quoteString(invoiceId)},${column},0)`;
  return `=HYPERLINK(${url},${quoteString(invoiceId)})`;
}
