import { appliesCredit, regenerates, voids } from '../../shared/actions';
import { applyCredit } from './apply-credit';
import { rebuildDraft } from './rebuild-draft';
import type { AccountingColumn } from '../workbook/accounting-columns';
import { resetAccounting } from './reset-accounting';
import type {
  AfterSide,
  ApplySuccess,
  CreditSourceAmount,
  LineDiff,
  PreviewLine,
  PreviewSuccess,
} from '../../shared/api';
import type { DateRange } from '../calc/dates';
import type { CreditPool } from './customer-credit';
import type { Books } from '../workbook/books';
import type { Context } from './context';
import { fail } from '../workbook/errors';
import { fingerprintOf } from './fingerprint';
import type { IdAllocator } from './ids';
import { Ledger, ledgerOf } from './ledger';
import { diffLines } from './line-diff';
import { InvoiceTotals, formatTotals, lineAmount, previewLine, totalsOf } from './line-math';
import { Dec, formatMoney, moneyText, numberText } from '../calc/money';
import { isBlank } from '../workbook/cells';
import type { Row, Table } from '../workbook/table';
import { readAmount } from '../workbook/values';
import type { Invoice, Line, StoredLine } from '../workbook/model';
import { Plan, emptyPlan, mergePlans } from '../workbook/plan';
import { regenerateInvoice } from './regenerate-invoice';
import type { Transfer } from './transfer-payments';
import type { ValidRequest } from './valid-request';
import { voidInvoice } from './void-invoice';

/** Everything one invoice contributes to a call: what preview shows, apply returns and writes. */
export interface InvoiceOutcome {
  preview: PreviewSuccess;
  result: ApplySuccess;
  resultId: string;
  plan: Plan;
}

function storedLines(books: Books, invoice: Invoice, needed: boolean, warnings: string[]): StoredLine[] {
  const group = books.lines.get(invoice.id);
  if (group?.error) {
    if (needed) throw group.error;
    warnings.push(`Some lines of ${invoice.id} can't be read: ${group.error.message}`);
    return [];
  }
  return (group?.items ?? []).map((line, i) => ({ ...line, origin: i + 1 }));
}

function beforeLines(lines: StoredLine[], invoice: Invoice, warnings: string[], locale?: string): PreviewLine[] {
  const { currency } = invoice;
  return lines.map((line) => {
    const computed = lineAmount(line, currency);
    if (!computed.equals(line.storedAmount)) {
      const product = `${numberText(line.quantity, locale)} × ${numberText(line.unitPrice, locale)}`;
      warnings.push(
        `Line ${line.origin} of ${invoice.id} says ${moneyText(line.storedAmount, currency, locale)} but ${product} is ${moneyText(computed, currency, locale)}.`,
      );
    }
    return previewLine(line, invoice.currency);
  });
}

/** The invoice as it stands: its stored totals (the paper trail) and its lines. */
function before(
  invoice: Invoice,
  lines: StoredLine[],
  ledger: Ledger,
  warnings: string[],
  locale?: string,
): PreviewSuccess['before'] {
  const { currency } = invoice;
  const fromLines = totalsOf(lines, currency);
  if (lines.length && !fromLines.total.equals(invoice.total)) {
    warnings.push(
      `${invoice.id}'s Total says ${moneyText(invoice.total, currency, locale)} but its lines add up to ${moneyText(fromLines.total, currency, locale)}.`,
    );
  }
  return {
    lines: beforeLines(lines, invoice, warnings, locale),
    subtotal: formatMoney(invoice.subtotal, currency),
    tax: formatMoney(invoice.tax, currency),
    total: formatMoney(invoice.total, currency),
    paid: formatMoney(ledger.paid, currency),
  };
}

/** The invoice as it stands, for every action's preview: its lines, its ledger, the warnings so far. */
function asItStands(books: Books, invoice: Invoice, linesNeeded: boolean, locale?: string) {
  const warnings: string[] = [];
  const lines = storedLines(books, invoice, linesNeeded, warnings);
  const ledger = ledgerOf(books, invoice.id);
  return { lines, ledger, warnings, beforeSide: before(invoice, lines, ledger, warnings, locale) };
}

/** What regenerating adds to the answer, formatted once for both preview and apply. */
interface Regenerated {
  newInvoiceId: string;
  total: string;
  transferred: string;
  creditSources: CreditSourceAmount[];
  after: AfterSide;
  period: PreviewSuccess['period'];
  diff: LineDiff[];
}

/** The new (or rebuilt) invoice as the preview shows it. */
function afterSide(
  made: { lines: Line[]; totals: InvoiceTotals; balance: Dec },
  status: string,
  currency: string,
): AfterSide {
  return {
    lines: made.lines.map((line) => previewLine(line, currency)),
    ...formatTotals(made.totals, currency),
    balance: formatMoney(made.balance, currency),
    status,
  };
}

/** The period from–to gives, when it is not the invoice's own. */
function narrowed(invoice: Invoice, period: DateRange): PreviewSuccess['period'] {
  const same = period.start === invoice.period.start && period.end === invoice.period.end;
  return same ? undefined : { from: period.start, to: period.end };
}

/** `{key: value}`, or nothing when the value is undefined (answers carry no undefined keys). */
function optional<K extends string, V>(key: K, value: V | undefined): { [k in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [k in K]?: V };
}

/** Checks and plans one invoice. Throws a RevoiceError when it can't go ahead. */
export function evaluateInvoice(args: {
  books: Books;
  invoiceId: string;
  request: ValidRequest;
  context: Context;
  ids: IdAllocator;
  pool: CreditPool;
  /** reset-accounting: the accounting columns of Invoices. */
  accounting?: readonly AccountingColumn[];
}): InvoiceOutcome {
  const { books, invoiceId, request, context, ids, pool, accounting } = args;
  const entry = books.invoices.get(invoiceId);
  if (!entry) fail('NOT_FOUND', `There is no invoice ${invoiceId} in the Invoices sheet.`);
  if (entry.error || !entry.invoice) throw entry.error;
  const invoice = entry.invoice;
  const also = accounting?.map((column) => column.index);
  const fingerprint = fingerprintOf(books, invoiceId, entry.row, invoice.customer, also);
  const expected = request.fingerprints[invoiceId];
  if (expected !== undefined && expected !== fingerprint) {
    fail('STALE', `${invoiceId} changed since it was previewed; preview it again before applying.`);
  }
  const voiding = voids(request.action);
  if (appliesCredit(request.action)) {
    return creditOutcome({ books, invoice, request, context, ids, pool, fingerprint });
  }
  if (accounting) return resetOutcome(books, invoice, entry.row, accounting, fingerprint);
  if (invoice.status === 'draft' && regenerates(request.action)) {
    return draftOutcome({ books, invoice, request, context, fingerprint });
  }
  const { lines, ledger, warnings, beforeSide } = asItStands(
    books,
    invoice,
    regenerates(request.action),
    context.locale,
  );
  const currency = invoice.currency;
  const plan = emptyPlan();

  let available = ledger.available;
  let creditNoteId = '';
  let creditNote: PreviewSuccess['creditNote'];
  if (voiding) {
    const voided = voidInvoice(invoice, ledger, request, context, ids);
    mergePlans(plan, voided.plan);
    available = voided.available;
    creditNoteId = voided.creditNoteId ?? '';
    if (creditNoteId) {
      const [refund, credit] = [voided.refund, voided.credit].map((amount) => formatMoney(amount, currency));
      creditNote = { creditNoteId, refund, credit };
    }
    pool.voided(invoice, voided.refund);
  }
  let regenerated: Regenerated | undefined;
  if (regenerates(request.action)) {
    const next = regenerateInvoice({
      books,
      invoice,
      original: lines,
      available,
      voidedInThisCall: voiding,
      request,
      context,
      ids,
      pool,
    });
    mergePlans(plan, next.plan);
    warnings.push(...next.warnings);
    const left = pool.creditOf(invoice.customer, currency);
    if (left.greaterThan(0)) {
      warnings.push(
        `${moneyText(left, currency, context.locale)} stays as ${invoice.customer}'s credit, for a later invoice (Apply credit).`,
      );
    }
    regenerated = {
      newInvoiceId: next.newInvoiceId,
      total: formatMoney(next.totals.total, currency),
      ...movedMoney(next.transfer, currency),
      after: afterSide(next, next.status, currency),
      period: narrowed(invoice, next.period),
      diff: diffLines(lines, next.lines, currency),
    };
  }

  // The customer's credit in the currency after this invoice's action (SPEC §3).
  const unappliedCredit = formatMoney(pool.creditOf(invoice.customer, currency), currency);
  const money = regenerated
    ? {
        newInvoiceId: regenerated.newInvoiceId,
        transferred: regenerated.transferred,
        creditSources: regenerated.creditSources,
        unappliedCredit,
      }
    : voiding
      ? { unappliedCredit }
      : {};
  const preview: PreviewSuccess = {
    invoiceId,
    ok: true,
    fingerprint,
    currency,
    before: beforeSide,
    ...(regenerated ? { after: regenerated.after, diff: regenerated.diff } : {}),
    ...optional('period', regenerated?.period),
    ...optional('creditNote', creditNote),
    ...money,
    warnings,
  };
  const result: ApplySuccess = {
    invoiceId,
    ok: true,
    voided: voiding,
    ...money,
    ...(regenerated ? { total: regenerated.total } : {}),
    ...(creditNoteId ? { creditNoteId } : {}),
  };
  return { preview, result, resultId: regenerated?.newInvoiceId ?? creditNoteId, plan };
}

/** The money a transfer moves onto an invoice and where it came from, as the API writes money. */
function movedMoney(
  transfer: Transfer,
  currency: string,
): { transferred: string; creditSources: CreditSourceAmount[] } {
  return {
    transferred: formatMoney(transfer.transferred, currency),
    creditSources: transfer.sources.map((source) => ({
      invoiceId: source.invoiceId,
      amount: formatMoney(source.amount, currency),
    })),
  };
}

/** apply-credit's answer: the credit moved onto the invoice, its sources and what the customer has left. */
function creditOutcome(args: {
  books: Books;
  invoice: Invoice;
  request: ValidRequest;
  context: Context;
  ids: IdAllocator;
  pool: CreditPool;
  fingerprint: string;
}): InvoiceOutcome {
  const { books, invoice, context, ids, pool, fingerprint } = args;
  const { currency } = invoice;
  const { ledger, warnings, beforeSide } = asItStands(books, invoice, false, context.locale);
  const applied = applyCredit({ invoice, ledger, pool, context, ids });
  const money = {
    ...movedMoney(applied.transfer, currency),
    unappliedCredit: formatMoney(pool.creditOf(invoice.customer, currency), currency),
  };
  if (applied.left.greaterThan(0)) {
    warnings.push(
      `${invoice.id} still has ${moneyText(applied.left, currency, context.locale)} to pay after the credit.`,
    );
  }
  const preview: PreviewSuccess = {
    invoiceId: invoice.id,
    ok: true,
    fingerprint,
    currency,
    before: beforeSide,
    ...money,
    warnings,
  };
  const result: ApplySuccess = { invoiceId: invoice.id, ok: true, voided: false, ...money };
  return { preview, result, resultId: invoice.id, plan: applied.plan };
}

/** A draft rebuilt in place: its lines before → after, its new totals, the same ID. */
function draftOutcome(args: {
  books: Books;
  invoice: Invoice;
  request: ValidRequest;
  context: Context;
  fingerprint: string;
}): InvoiceOutcome {
  const { books, invoice, request, context, fingerprint } = args;
  const { currency } = invoice;
  const { lines, warnings, beforeSide } = asItStands(books, invoice, true, context.locale);
  const rebuilt = rebuildDraft({ books, invoice, original: lines, request, context });
  warnings.push(...rebuilt.warnings);
  const total = formatMoney(rebuilt.totals.total, currency);
  const preview: PreviewSuccess = {
    invoiceId: invoice.id,
    ok: true,
    fingerprint,
    currency,
    before: beforeSide,
    after: afterSide(rebuilt, invoice.status, currency),
    ...optional('period', narrowed(invoice, rebuilt.period)),
    diff: diffLines(lines, rebuilt.lines, currency),
    regeneratedInPlace: true,
    warnings,
  };
  const result: ApplySuccess = { invoiceId: invoice.id, ok: true, voided: false, regeneratedInPlace: true, total };
  return { preview, result, resultId: invoice.id, plan: rebuilt.plan };
}

/**
 * reset-accounting's answer: the accounting cells cleared and what they held. Only Invoices is
 * read, so the invoice is shown without its lines, and paid as its own Paid cell says.
 */
function resetOutcome(
  books: Books,
  invoice: Invoice,
  row: Row,
  columns: readonly AccountingColumn[],
  fingerprint: string,
): InvoiceOutcome {
  const { currency } = invoice;
  const table = books.tables.invoices as Table;
  const reset = resetAccounting({ table, row, invoice, columns });
  const paid = isBlank(table.get(row, 'Paid')) ? new Dec(0) : readAmount(table, row, 'Paid', currency);
  const preview: PreviewSuccess = {
    invoiceId: invoice.id,
    ok: true,
    fingerprint,
    currency,
    before: { lines: [], ...formatTotals(invoice, currency), paid: formatMoney(paid, currency) },
    cleared: reset.cleared,
    warnings: reset.warnings,
  };
  const result: ApplySuccess = { invoiceId: invoice.id, ok: true, voided: false, cleared: reset.cleared };
  return { preview, result, resultId: '', plan: reset.plan };
}
