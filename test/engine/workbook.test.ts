/** The workbook as read: sheets and columns by name, MISSING_SHEET / MISSING_COLUMN, BAD_VALUE naming its cell. */
import type { Cell, RawWorkbook } from '../../src/engine';
import { Body, applyOne, failureOf, requestFailure } from './drive';
import {
  Fields,
  SheetName,
  closure,
  creditNote,
  d,
  invoice,
  line,
  nursery,
  payment,
  renameColumn,
  schedule,
  without,
  workbook,
} from './fixtures';

const VOID: Body = { action: 'void', invoiceIds: ['INV-1'] };
const SCHEDULE: Body = { action: 'void-and-regenerate', invoiceIds: ['INV-1'] };
const COPY: Body = { ...SCHEDULE, mode: 'copy' };

describe('MISSING_SHEET', () => {
  test.each<[string, Body, string]>([
    ['Invoices', VOID, 'Invoices'],
    ['Schedule', SCHEDULE, 'Schedule'],
    ['Invoice Lines', COPY, 'Invoice Lines'],
    ['Payments', COPY, 'Payments'],
  ])('no "%s" sheet → MISSING_SHEET naming it', (sheet, body, name) => {
    const failure = requestFailure(without(nursery(), sheet), body);
    expect(failure.code).toBe('MISSING_SHEET');
    expect(failure.message).toContain(`"${name}"`);
  });

  test('a credit note needs the Payments sheet', () => {
    const failure = requestFailure(without(nursery(), 'Payments'), { ...VOID, creditNote: { refund: 1, credit: 0 } });
    expect([failure.code, failure.message.includes('Payments')]).toEqual(['MISSING_SHEET', true]);
  });

  test('only the sheets an action needs are required', () => {
    const bare = { Invoices: nursery().Invoices };
    expect(applyOne(bare, VOID).result.voided).toBe(true);
    expect(applyOne(without(nursery(), 'Schedule', 'Closures', 'Credit Notes'), COPY).result.newInvoiceId).toBe(
      'INV-1-R1',
    );
    expect(applyOne(without(nursery(), 'Closures', 'Credit Notes'), SCHEDULE).result.newInvoiceId).toBe('INV-1-R1');
  });
});

describe('MISSING_COLUMN', () => {
  test.each<[SheetName, string, Body]>([
    ['Invoices', 'Total', VOID],
    ['Invoices', 'Invoice ID', VOID],
    ['Invoices', 'Status', VOID],
    ['Invoice Lines', 'Unit Price', COPY],
    ['Schedule', 'Rate', SCHEDULE],
    ['Payments', 'Amount', VOID],
    ['Closures', 'Date', SCHEDULE],
  ])('%s without "%s" → MISSING_COLUMN naming sheet and column', (sheet, column, body) => {
    const failure = requestFailure(renameColumn(nursery(), sheet, column, null), body);
    expect(failure.code).toBe('MISSING_COLUMN');
    expect(failure.message).toContain(`"${sheet}"`);
    expect(failure.message).toContain(`"${column}"`);
  });

  test('optional columns may be missing (Reference, Issue Date, Tax Rate, Source, Units…)', () => {
    let raw = nursery();
    for (const [sheet, column] of [
      ['Invoices', 'Reference'],
      ['Invoices', 'Issue Date'],
      ['Invoice Lines', 'Tax Rate'],
      ['Invoice Lines', 'Source'],
      ['Schedule', 'Units'],
      ['Schedule', 'Effective From'],
      ['Closures', 'Customer'],
    ]) {
      raw = renameColumn(raw, sheet, column, null);
    }
    const { result, plan } = applyOne(raw, SCHEDULE);
    expect(result.total).toBe('199.00');
    expect(plan.appends.invoices?.[0]).toMatchObject({ Reference: '', 'Due Date': null });
  });
});

describe('headers', () => {
  test('are matched case-insensitively, trimmed, inner spaces collapsed', () => {
    let raw = renameColumn(nursery(), 'Invoices', 'Invoice ID', '  invoice   ID ');
    raw = renameColumn(raw, 'Invoice Lines', 'Unit Price', 'UNIT PRICE');
    raw = renameColumn(raw, 'Schedule', 'Tax Rate', 'tax rate');
    expect(applyOne(raw, SCHEDULE).result.total).toBe('199.00');
  });

  test('column order is free', () => {
    const raw = nursery();
    for (const name of ['Invoices', 'Invoice Lines', 'Schedule', 'Payments']) {
      const sheet = raw[name];
      if (sheet) raw[name] = { name, rows: sheet.rows.map((cells) => [...cells].reverse()) };
    }
    expect(applyOne(raw, SCHEDULE).result).toMatchObject({ total: '199.00', transferred: '50.00' });
  });
});

describe('BAD_VALUE names its cell', () => {
  /** Ada's INV-1 (row 2 of every sheet), voided, with one cell replaced. */
  function withCells(sheet: SheetName, cells: Fields): RawWorkbook {
    const raw = workbook({
      Invoices: [invoice('INV-1', { Status: 'voided' })],
      'Invoice Lines': [line('INV-1', 'session', 'Sessions', 10, 10)],
      Schedule: [
        schedule('Ada', 'Sessions', { Frequency: 'daily', Days: 'Mon', Rate: 10, 'Effective From': d('2026-03-01') }),
      ],
      Closures: [closure('2026-03-06')],
      Payments: [payment('P-1', 'INV-1', 10)],
    });
    const rows = raw[sheet]?.rows ?? [];
    for (const [column, value] of Object.entries(cells)) rows[1][rows[0].indexOf(column)] = value;
    return raw;
  }

  test.each<[SheetName, string, Cell, string, Body]>([
    ['Invoices', 'Total', 'about 100', 'Invoices!L2', COPY],
    ['Invoices', 'Subtotal', true, 'Invoices!J2', COPY],
    ['Invoices', 'Period Start', 'March', 'Invoices!D2', COPY],
    ['Invoices', 'Period End', d('2026-02-01'), 'Invoices!E2', COPY],
    ['Invoices', 'Issue Date', 'yesterday', 'Invoices!F2', COPY],
    ['Invoices', 'Currency', 'pounds', 'Invoices!H2', COPY],
    ['Invoices', 'Customer', '', 'Invoices!C2', COPY],
    ['Invoices', 'Status', 'cancelled', 'Invoices!I2', COPY],
    ['Invoice Lines', 'Kind', 'extra', 'Invoice Lines!B2', COPY],
    ['Invoice Lines', 'Quantity', 'ten', 'Invoice Lines!D2', COPY],
    ['Invoice Lines', 'Unit Price', '', 'Invoice Lines!E2', COPY],
    ['Invoice Lines', 'Amount', '1OO', 'Invoice Lines!F2', COPY],
    ['Invoice Lines', 'Tax Rate', '20', 'Invoice Lines!G2', COPY],
    ['Schedule', 'Kind', 'manual', 'Schedule!B2', SCHEDULE],
    ['Schedule', 'Frequency', 'fortnightly', 'Schedule!D2', SCHEDULE],
    ['Schedule', 'Days', 'Funday', 'Schedule!E2', SCHEDULE],
    ['Schedule', 'Days', '', 'Schedule!E2', SCHEDULE],
    ['Schedule', 'Units', -1, 'Schedule!F2', SCHEDULE],
    ['Schedule', 'Rate', 'TBC', 'Schedule!G2', SCHEDULE],
    ['Schedule', 'Effective From', '1st March', 'Schedule!H2', SCHEDULE],
    ['Closures', 'Date', 'soon', 'Closures!A2', SCHEDULE],
    ['Payments', 'Amount', 'ten', 'Payments!D2', COPY],
  ])('%s %s = %j → BAD_VALUE at %s', (sheet, column, value, ref, body) => {
    const failure = failureOf(withCells(sheet, { [column]: value }), { ...body, action: 'regenerate' }, 'BAD_VALUE');
    expect(failure.message).toContain(ref);
  });

  test('a once item needs its Effective From', () => {
    const raw = withCells('Schedule', { Frequency: 'once', 'Effective From': '' });
    expect(failureOf(raw, { ...SCHEDULE, action: 'regenerate' }, 'BAD_VALUE').message).toContain('Schedule!H2');
  });

  test('a negative credit note Refund', () => {
    const raw = nursery();
    raw['Credit Notes']?.rows.push(creditNote('CN-1', 'INV-2', -5, 0));
    expect(failureOf(raw, { action: 'regenerate', invoiceIds: ['INV-2'] }, 'BAD_VALUE').message).toContain(
      'Credit Notes!E2',
    );
  });

  test('text dates in ISO form are accepted', () => {
    const raw = withCells('Invoices', { 'Period Start': '2026-03-01', 'Period End': ' 2026-03-31 ' });
    expect(applyOne(raw, { ...COPY, action: 'regenerate' }).result.newInvoiceId).toBe('INV-1-R1');
  });
});
