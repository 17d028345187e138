/**
 * Field tests: what bookkeepers compute themselves around Revoice's columns — a Sent checkbox
 * column down to row 1000, Balance as one ARRAYFORMULA, Paid as a SUMIF on every row — through
 * a void-and-regenerate and a second one along the chain (SPEC §1
 * "Where a table ends", "Formats and formulas").
 */
import { checkboxCell } from '../../fake-apps-script/src';
import { Book, openBook } from './harness';
import {
  ADA_TOTAL,
  FieldOptions,
  SHEET_ROWS,
  brokenCells,
  click,
  columnOf,
  fieldFakeOptions,
  fieldSheets,
  formulasIn,
  formulasTouched,
  letter,
  openField,
  shown,
  table,
  tableFormulas,
  voidAndRegenerate,
} from './field-workbooks';

function checkboxes(book: Book, sheet: string): number {
  const cells = book.apps.snapshot().sheets.find((s) => s.name === sheet)!.cells;
  return Object.values(cells).filter((cell) => cell.validation === 'checkbox').length;
}

/** Voids and regenerates Ada's invoice, then the regenerated one: INV-1 → INV-1-R1 → INV-1-R2. */
function chain(book: Book, root = 'INV-1') {
  const first = book.call('revoiceApply', voidAndRegenerate(root));
  const second = book.call('revoiceApply', voidAndRegenerate(`${root}-R1`, { reason: 'Rate corrected' }));
  return [first.results[0], second.results[0]];
}

describe('a Sent checkbox column, unticked down to row 1000', () => {
  it('new rows land right after the last invoice; the checkboxes below and on them stay', () => {
    const book = openField({ checkboxes: true });
    const sheet = book.apps.spreadsheet.getSheetByName('Invoices')!;
    expect(checkboxes(book, 'Invoices')).toBe(SHEET_ROWS - 1);
    const [first, second] = chain(book);
    expect(first).toMatchObject({ ok: true, newInvoiceId: 'INV-1-R1', total: ADA_TOTAL });
    expect(second).toMatchObject({ ok: true, newInvoiceId: 'INV-1-R2', total: ADA_TOTAL });

    expect(table(book, 'Invoices', 'Invoice ID', 'Sent', 'Accounting ID')).toEqual([
      ['INV-1', 'TRUE', 'XERO-001'],
      ['INV-2', 'TRUE', 'XERO-002'],
      ['INV-3', 'FALSE', 'XERO-003'],
      ['INV-1-R1', 'FALSE', ''],
      ['INV-1-R2', 'FALSE', ''],
    ]);
    expect(book.apps.display('Invoices')[6].filter(Boolean)).toEqual(['FALSE']);
    expect(checkboxes(book, 'Invoices')).toBe(SHEET_ROWS - 1);
    expect(sheet.getMaxRows()).toBe(SHEET_ROWS);
    expect(shown(book, 'Invoices', SHEET_ROWS, 'Sent')).toBe('FALSE');
    expect(click(book, 5, 'Regenerated As')).toEqual({ shows: 'INV-1-R2', landsOn: 'INV-1-R2' });
    expect(click(book, 6, 'Regenerated From')).toEqual({ shows: 'INV-1-R1', landsOn: 'INV-1-R1' });
    expect(brokenCells(book)).toEqual([]);
  });
});

describe('Reconciled checkboxes down the Invoice Lines and Payments sheets', () => {
  it('new lines and ledger rows go right after the last ones, their checkboxes left unticked', () => {
    const sheets = fieldSheets();
    for (const [name, header] of [
      ['Invoice Lines', 'Checked'],
      ['Payments', 'Reconciled'],
    ]) {
      const [top, ...rows] = sheets[name];
      top.push(header);
      rows.forEach((row) => row.push(checkboxCell(true)));
      for (let i = 0; i < 30; i++) rows.push([...top.slice(1).map(() => ''), checkboxCell()]);
      sheets[name] = [top, ...rows];
    }
    const book = openBook(sheets);
    chain(book);
    expect(table(book, 'Invoice Lines', 'Invoice ID', 'Quantity', 'Checked').slice(4)).toEqual([
      ['INV-1-R1', '22', 'FALSE'],
      ['INV-1-R1', '1', 'FALSE'],
      ['INV-1-R2', '22', 'FALSE'],
      ['INV-1-R2', '1', 'FALSE'],
    ]);
    expect(table(book, 'Payments', 'Invoice ID', 'Amount', 'Reconciled').slice(2)).toEqual([
      ['INV-1', '-50', 'FALSE'],
      ['INV-1-R1', '50', 'FALSE'],
      ['INV-1-R1', '-50', 'FALSE'],
      ['INV-1-R2', '50', 'FALSE'],
    ]);
    expect(checkboxes(book, 'Invoice Lines')).toBe(34);
    expect(checkboxes(book, 'Payments')).toBe(32);
    expect(brokenCells(book)).toEqual([]);
  });
});

describe('Balance computed by one ARRAYFORMULA in its header', () => {
  const options: FieldOptions = { balance: 'arrayformula', checkboxes: true };

  it('is never written, and still computes on the new rows after the apply (no #REF!)', () => {
    const book = openField(options);
    const formulas = tableFormulas(book, 'Invoices');
    const balance = columnOf(book, 'Invoices', 'Balance');
    chain(book);
    expect(formulasTouched(book, 'Invoices', formulas)).toEqual([]);
    expect(book.apps.errorNote('Invoices', 1, balance)).toBe('');
    expect(table(book, 'Invoices', 'Invoice ID', 'Total', 'Paid', 'Balance')).toEqual([
      ['INV-1', '135', '50', '85'],
      ['INV-2', '92', '92', '0'],
      ['INV-3', '60', '0', '60'],
      ['INV-1-R1', '235', '50', '185'],
      ['INV-1-R2', '235', '50', '185'],
    ]);
    expect(brokenCells(book)).toEqual([]);
  });

  it('an ARRAYFORMULA anchored on the first invoice row (N2) is left to spill over the new rows', () => {
    const sheets = fieldSheets(options);
    const [header, ada] = sheets.Invoices;
    const balance = header.indexOf('Balance');
    ada[balance] = '=ARRAYFORMULA(IF(A2:A="", "", L2:L-M2:M))';
    const book = openBook(sheets, fieldFakeOptions(options));
    const formulas = tableFormulas(book, 'Invoices');
    chain(book);
    expect(formulasTouched(book, 'Invoices', formulas)).toEqual([]);
    expect(book.apps.errorNote('Invoices', 2, balance + 1)).toBe('');
    expect(table(book, 'Invoices', 'Balance').flat()).toEqual(['85', '0', '60', '185', '185']);
    expect(shown(book, 'Invoices', 7, 'Balance')).toBe('');
    expect(brokenCells(book)).toEqual([]);
  });
});

describe('Paid computed per row as =SUMIF(Payments!B:B, A2, Payments!D:D)', () => {
  const options: FieldOptions = { paid: 'sumif', balance: 'arrayformula', checkboxes: true };

  it('the new rows get the same formula filled down and show the moved payment', () => {
    const book = openField(options);
    const formulas = tableFormulas(book, 'Invoices');
    const [first, second] = chain(book);
    expect(first).toMatchObject({ transferred: '50.00', unappliedCredit: '0.00' });
    expect(second).toMatchObject({ transferred: '50.00', unappliedCredit: '0.00' });
    expect(formulasIn(book, 'Invoices', 'Paid').slice(0, 6)).toEqual([
      '=SUMIF(Payments!B:B, A2, Payments!D:D)',
      '=SUMIF(Payments!B:B, A3, Payments!D:D)',
      '=SUMIF(Payments!B:B, A4, Payments!D:D)',
      '=SUMIF(Payments!B:B, A5, Payments!D:D)',
      '=SUMIF(Payments!B:B, A6, Payments!D:D)',
      '',
    ]);
    // the money moved out of the voided invoices and into the last one
    expect(table(book, 'Invoices', 'Invoice ID', 'Status', 'Paid', 'Balance')).toEqual([
      ['INV-1', 'voided', '0', '135'],
      ['INV-2', 'paid', '92', '0'],
      ['INV-3', 'open', '0', '60'],
      ['INV-1-R1', 'voided', '0', '235'],
      ['INV-1-R2', 'open', '50', '185'],
    ]);
    expect(formulasTouched(book, 'Invoices', formulas)).toEqual([]);
    expect(brokenCells(book)).toEqual([]);
  });

  it('with numeric IDs: 1001 → 1001-R1 → 1001-R2, each row computing its own payments', () => {
    const book = openField({ ...options, ids: [1001, 1002, 1003] });
    const formulas = tableFormulas(book, 'Invoices');
    const [first, second] = chain(book, '1001');
    expect([first.newInvoiceId, second.newInvoiceId]).toEqual(['1001-R1', '1001-R2']);
    expect(click(book, 2, 'Regenerated As')).toEqual({ shows: '1001-R1', landsOn: '1001-R1' });
    expect(click(book, 5, 'Regenerated From')).toEqual({ shows: '1001', landsOn: '1001' });
    expect(click(book, 6, 'Regenerated From')).toEqual({ shows: '1001-R1', landsOn: '1001-R1' });
    expect(formulasTouched(book, 'Invoices', formulas)).toEqual([]);
    expect(brokenCells(book)).toEqual([]);
    // As for INV-1 above: the voided 1001 shows its 50 moved out, not still held beside 1001-R2's 50.
    expect(table(book, 'Invoices', 'Invoice ID', 'Paid')).toEqual([
      ['1001', '0'],
      ['1002', '92'],
      ['1003', '0'],
      ['1001-R1', '0'],
      ['1001-R2', '50'],
    ]);
  });
});

describe('Total computed per row as =J2+K2', () => {
  it("the new rows get Subtotal + Tax filled down, and the void goes ahead (an amount is the formula's to compute)", () => {
    const sheets = fieldSheets();
    const [header, ...rows] = sheets.Invoices;
    const [subtotal, tax] = ['Subtotal', 'Tax'].map((name) => letter(header.indexOf(name) + 1));
    rows.forEach((row, i) => (row[header.indexOf('Total')] = `=${subtotal}${i + 2}+${tax}${i + 2}`));
    const book = openBook(sheets);
    const formulas = tableFormulas(book, 'Invoices');
    const [first, second] = chain(book);
    expect([first.total, second.total]).toEqual([ADA_TOTAL, ADA_TOTAL]);
    expect(formulasIn(book, 'Invoices', 'Total').slice(3, 5)).toEqual([
      `=${subtotal}5+${tax}5`,
      `=${subtotal}6+${tax}6`,
    ]);
    expect(table(book, 'Invoices', 'Invoice ID', 'Status', 'Total', 'Balance').slice(3)).toEqual([
      ['INV-1-R1', 'voided', '235', '185'],
      ['INV-1-R2', 'open', '235', '185'],
    ]);
    expect(formulasTouched(book, 'Invoices', formulas)).toEqual([]);
    expect(brokenCells(book)).toEqual([]);
  });
});

describe('formulas in the columns that record a void or name an invoice', () => {
  it('a Status computed per row is never silently left "open" on a voided invoice: the call is refused', () => {
    const sheets = fieldSheets();
    const [header, ...rows] = sheets.Invoices;
    const [status, paid, total] = ['Status', 'Paid', 'Total'].map((name) => letter(header.indexOf(name) + 1));
    rows.forEach((row, i) => {
      row[header.indexOf('Status')] = `=IF(${paid}${i + 2}>=${total}${i + 2}, "paid", "open")`;
    });
    const book = openBook(sheets);
    const before = book.apps.snapshot();
    const response = book.call('revoiceApply', voidAndRegenerate('INV-1'));
    expect(response).toMatchObject({ ok: false });
    expect(response.message).toContain(`Invoices!${status}2`);
    expect(response.message).toContain('Status of INV-1');
    expect(response.message).toContain('Nothing was changed');
    expect(book.apps.snapshot()).toEqual(before);
  });

  it('an Invoice ID computed per row is not copied onto the new row: it gets its own ID, and the links land', () => {
    const sheets = fieldSheets();
    sheets.Invoices.slice(1).forEach((row) => (row[0] = '="INV-"&(ROW()-1)'));
    const book = openBook(sheets);
    const formulas = tableFormulas(book, 'Invoices');
    const [first, second] = chain(book);
    expect([first.newInvoiceId, second.newInvoiceId]).toEqual(['INV-1-R1', 'INV-1-R2']);
    expect(table(book, 'Invoices', 'Invoice ID', 'Status')).toEqual([
      ['INV-1', 'voided'],
      ['INV-2', 'paid'],
      ['INV-3', 'open'],
      ['INV-1-R1', 'voided'],
      ['INV-1-R2', 'open'],
    ]);
    expect(click(book, 2, 'Regenerated As')).toEqual({ shows: 'INV-1-R1', landsOn: 'INV-1-R1' });
    expect(click(book, 6, 'Regenerated From')).toEqual({ shows: 'INV-1-R1', landsOn: 'INV-1-R1' });
    expect(formulasTouched(book, 'Invoices', formulas)).toEqual([]);
    expect(brokenCells(book)).toEqual([]);
  });
});
