/**
 * The results as tab-separated text, one row per invoice of the preview, to paste into a sheet.
 * Pasted text starting with = + - @ would become a formula in Sheets: such cells get a leading
 * apostrophe, which Sheets keeps as "show as text" rather than showing it.
 */
import type { ApplyOutcome } from './chunk-answers';
import { plainWords } from './messages';
import type { ResultsDisplay } from './results-display';

type Applied = Extract<ApplyOutcome, { ok: true }>;

/** What an apply did to one invoice, in the words both the results list and the export use. */
export function outcomeWords(o: Applied): string {
  if (o.regeneratedInPlace) return 'rebuilt in place';
  if (o.cleared) return 'unlinked';
  if (o.voided) return o.newInvoiceId ? 'voided and regenerated' : 'voided';
  return o.newInvoiceId ? 'regenerated' : 'credit applied';
}

function cell(text: string): string {
  const flat = text.replace(/[\t\r\n]+/g, ' ').trim();
  return /^[=+\-@]/.test(flat) ? `'${flat}` : flat;
}

export function resultsTable(d: ResultsDisplay, describe: (o: Applied, currency: string) => string): string {
  const rows: string[][] = [['Invoice', 'Result', 'New invoice', 'Details']];
  for (const o of d.outcomes) {
    if (o.ok) {
      const result = outcomeWords(o);
      rows.push([o.invoiceId, result, o.newInvoiceId ?? '', describe(o, d.currency(o.invoiceId))]);
    } else {
      rows.push([o.invoiceId, 'failed', o.newInvoiceId ?? '', `${plainWords(o.code)} ${o.message}`]);
    }
  }
  for (const id of d.unsent) rows.push([id, d.cancelled ? 'not applied (cancelled)' : 'not sent', '', '']);
  for (const id of d.leftOut) rows.push([id, 'left out', '', '']);
  for (const f of d.skipped)
    rows.push([f.invoiceId, 'skipped', f.newInvoiceId ?? '', `${plainWords(f.code)} ${f.message}`]);
  for (const id of d.notPreviewed) rows.push([id, 'skipped', '', 'not previewed']);
  return rows.map((row) => row.map(cell).join('\t')).join('\n');
}
