/**
 * A link to an invoice's row that survives sorting and inserted rows: the row is found
 * by MATCH on the Invoice ID when the sheet is viewed, not fixed when written.
 */
import type { ArgumentSeparator } from './locale';

function quoteString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** MATCH with match type 0 treats * ? ~ in a text key as wildcards; ~ escapes them. */
function literalKey(text: string): string {
  return text.replace(/[~*?]/g, (c) => `~${c}`);
}

/** An ID a bookkeeper may have typed as a number: Sheets then stores the number 1001, not "1001". */
function numericId(id: string): boolean {
  return /^(0|[1-9]\d{0,14})$/.test(id);
}

export interface LinkTarget {
  invoiceId: string;
  sheetName: string;
  sheetId: number;
  idColumn: string;
  separator: ArgumentSeparator;
}

/**
 * =HYPERLINK("#gid=…&range=A"&MATCH(…), "ID"). MATCH is type-sensitive, so an ID that may be
 * stored as a number is looked up as text first, then as that number.
 */
export function invoiceLinkFormula({ invoiceId, sheetName, sheetId, idColumn, separator: s }: LinkTarget): string {
  const column = `${quoteSheet(sheetName)}!$${idColumn}:$${idColumn}`;
  const asText = `MATCH(${quoteString(literalKey(invoiceId))}${s}${column}${s}0)`;
  const row = numericId(invoiceId) ? `IFERROR(${asText}${s}MATCH(${invoiceId}${s}${column}${s}0))` : asText;
  const url = `"#gid=${sheetId}&range=${idColumn}"&${row}`;
  return `=HYPERLINK(${url}${s}${quoteString(invoiceId)})`;
}

/** Revoice's own link formulas, which it may rewrite (every other formula is the bookkeeper's). */
export function isOwnLink(formula: string): boolean {
  return /^=HYPERLINK\("#gid=\d+&range=/i.test(formula);
}

/** The label of one of Revoice's link formulas: the ID it shows, even while the link is broken. */
export function linkLabel(formula: string): string | null {
  if (!isOwnLink(formula)) return null;
  const match = /"((?:[^"]|"")*)"\)\s*$/.exec(formula);
  return match ? match[1].replace(/""/g, '"') : null;
}
