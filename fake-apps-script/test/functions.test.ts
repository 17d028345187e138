import { createFakeApps } from '../src';

function ids() {
  const apps = createFakeApps({
    sheets: {
      S: [
        [1001, ''],
        ['1001', ''],
        ['INV-7', ''],
        ['A*B', ''],
        ['AxB', ''],
        ['', ''],
      ],
    },
  });
  const sheet = apps.spreadsheet.getSheetByName('S')!;
  const value = (formula: string) => sheet.getRange('B6').setFormula(formula).getValue();
  return { apps, sheet, value };
}

describe('MATCH(…, 0)', () => {
  it('never matches text with numbers: "1001" finds the text, 1001 the number', () => {
    const { value } = ids();
    expect(value('=MATCH("1001",A1:A5,0)')).toBe(2);
    expect(value('=MATCH(1001,A1:A5,0)')).toBe(1);
    expect(value('=MATCH(A2,A1:A1,0)')).toBe('#N/A');
  });

  it('treats * and ? in a text key as wildcards and ~ as their escape', () => {
    const { value } = ids();
    expect(value('=MATCH("inv*",A1:A5,0)')).toBe(3);
    expect(value('=MATCH("A~*B",A1:A5,0)')).toBe(4);
    expect(value('=MATCH("A?B",A1:A5,0)')).toBe(4);
    expect(value('=MATCH("Ax?",A1:A5,0)')).toBe(5);
    expect(value('=MATCH("A~?B",A1:A5,0)')).toBe('#N/A');
    expect(value('=MATCH("10*",A1:A5,0)')).toBe(2); // wildcards match text cells only
  });

  it('gives #N/A for no match, and a HYPERLINK whose URL is an error shows that error', () => {
    const { value } = ids();
    expect(value('=MATCH("INV-8",A1:A5,0)')).toBe('#N/A');
    expect(value('=HYPERLINK("#gid=0&range=A"&MATCH("INV-8",A1:A5,0),"INV-8")')).toBe('#N/A');
    expect(value('=HYPERLINK("#gid=0&range=A"&MATCH("INV-7",A1:A5,0),"INV-7")')).toBe('INV-7');
  });
});

describe('IF, IFERROR, comparisons, TO_TEXT, VALUE', () => {
  it('compare text case-insensitively, never text with numbers, and an empty cell with "" and 0', () => {
    const { value } = ids();
    expect(value('="1001"=A1')).toBe(false);
    expect(value('=A1=1001')).toBe(true);
    expect(value('=A3="inv-7"')).toBe(true);
    expect(value('=IF(A6="",IF(A6=0,"blank","?"),"full")')).toBe('blank');
    expect(value('=A1>999')).toBe(true);
  });

  it('IF refuses text as a condition; IFERROR gives its fallback, or blank without one', () => {
    const { value } = ids();
    expect(value('=IF("yes",1,2)')).toBe('#VALUE!');
    expect(value('=IF(0,1)')).toBe(false);
    expect(value('=IFERROR(MATCH("nope",A1:A5,0),"none")')).toBe('none');
    expect(value('=IFERROR(1/0)')).toBe('');
    expect(value('=IFERROR(7,"none")')).toBe(7);
    expect(value('=IF(1,2,3,4)')).toBe('#N/A'); // wrong number of arguments
  });

  it('TO_TEXT shows a number as its cell does; VALUE reads a number from text', () => {
    const { sheet, value } = ids();
    sheet.getRange('A1').setNumberFormat('#,##0.00');
    expect(value('=TO_TEXT(A1)')).toBe('1,001.00');
    expect(value('=TO_TEXT(12)')).toBe('12');
    expect(value('=VALUE(A2)+1')).toBe(1002);
    expect(value('=VALUE("20%")')).toBe(0.2);
    expect(value('=VALUE(A3)')).toBe('#VALUE!');
  });
});

describe('SUMIF', () => {
  const book = () =>
    createFakeApps({
      sheets: {
        Payments: [
          ['Payment ID', 'Invoice ID', 'Date', 'Amount'],
          ['P-1', 'INV-1', '', 50],
          ['P-2', 'INV-2', '', 92],
          ['P-3', 'inv-1', '', 25],
          ['P-4', 'INV-10', '', 5],
          ['P-5', 'INV-1', '', 'n/a'],
        ],
        Invoices: [
          ['Invoice ID', 'Paid'],
          ['INV-1', '=SUMIF(Payments!B:B, A2, Payments!D:D)'],
          ['INV-3', '=SUMIF(Payments!B:B, A3, Payments!D:D)'],
        ],
      },
    });

  it('sums the Paid column per invoice: text matched case-insensitively, non-numbers skipped, 0 when none', () => {
    const apps = book();
    expect(apps.spreadsheet.getSheetByName('Invoices')!.getRange('B2:B3').getValues()).toEqual([[75], [0]]);
  });

  it('follows new payments, and takes wildcards and comparisons as criteria', () => {
    const apps = book();
    const payments = apps.spreadsheet.getSheetByName('Payments')!;
    const invoices = apps.spreadsheet.getSheetByName('Invoices')!;
    payments.getRange('D5').setValue(10);
    expect(invoices.getRange('B2').getValue()).toBe(75);
    payments.getRange('B5').setValue('INV-3');
    expect(invoices.getRange('B3').getValue()).toBe(10);
    const value = (formula: string) => invoices.getRange('B3').setFormula(formula).getValue();
    expect(value('=SUMIF(Payments!B:B,"INV-?",Payments!D:D)')).toBe(50 + 92 + 25 + 10);
    expect(value('=SUMIF(Payments!D:D,">60")')).toBe(92);
    expect(value('=SUMIF(Payments!D:D,"50")')).toBe(50);
    expect(value('=SUMIF(Payments!B:B,"<>INV-1",Payments!D:D)')).toBe(92 + 10);
  });
});
