import { createFakeApps, formulaCell } from '../src';

const BALANCE = '=ARRAYFORMULA(IF(ROW(A:A)=1,"Balance",IF(A:A="","",B:B-C:C)))';

function ledger(maxRows = 5) {
  const apps = createFakeApps({
    sheets: {
      Ledger: [
        ['Invoice', 'Total', 'Paid', BALANCE],
        ['INV-1', 100, 40],
        ['INV-2', 50, 50],
      ],
    },
    maxRows: { Ledger: maxRows },
    maxColumns: { Ledger: 4 },
  });
  return { apps, sheet: apps.spreadsheet.getSheetByName('Ledger')! };
}

describe('ARRAYFORMULA spills', () => {
  it('fill the column below with values that have no formula of their own', () => {
    const { apps, sheet } = ledger();
    expect(sheet.getRange('D1:D5').getValues()).toEqual([['Balance'], [60], [0], [''], ['']]);
    expect(sheet.getRange('D1:D5').getFormulas()).toEqual([[BALANCE], [''], [''], [''], ['']]);
    expect(apps.display('Ledger').map((row) => row[3])).toEqual(['Balance', '60', '0', '', '']);
  });

  it('follow new rows of data', () => {
    const { sheet } = ledger();
    sheet.getRange('A4:C4').setValues([['INV-3', 30, 5]]);
    expect(sheet.getRange('D4').getValue()).toBe(25);
  });

  it('count as content: getLastRow and getDataRange reach the bottom of the spill', () => {
    const { sheet } = ledger(8);
    expect(sheet.getLastRow()).toBe(8);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:D8');
  });

  it('break with #REF! when any value is written into the spill range, and come back when it is cleared', () => {
    const { apps, sheet } = ledger();
    sheet.getRange('D3').setValue('manual');
    expect(sheet.getRange('D1:D3').getValues()).toEqual([['#REF!'], [''], ['manual']]);
    expect(apps.errorNote('Ledger', 1, 4)).toBe('Array result was not expanded because it would overwrite data in D3.');
    sheet.getRange('D3').clearContent();
    expect(sheet.getRange('D1:D3').getValues()).toEqual([['Balance'], [60], [0]]);
    sheet.getRange('A5:D5').setValues([['INV-9', 1, 1, '']]); // a whole-row write puts '' into the spill
    expect(sheet.getRange('D1').getValue()).toBe('#REF!');
  });

  it('spill a range-shaped expression from a header row down, and refuse one that runs off the sheet', () => {
    const apps = createFakeApps({
      sheets: {
        S: [
          ['Total', 'Paid', 'Due'],
          [10, 4, '=ARRAYFORMULA(IF(A2:A="","",A2:A-B2:B))'],
          [7, 7, ''],
        ],
      },
    });
    const sheet = apps.spreadsheet.getSheetByName('S')!;
    expect(sheet.getRange('C2:C3').getValues()).toEqual([[6], [0]]);
    sheet.getRange('C3').setFormula('=ARRAYFORMULA(A1:A3&"!")'); // three rows from row 3 pass the last row
    expect(sheet.getRange('C3').getValue()).toBe('#REF!');
  });

  it('show a fixture value for an expression the fake cannot compute, spilling blanks', () => {
    const apps = createFakeApps({
      sheets: {
        S: [
          [formulaCell('=ARRAYFORMULA(QUERY(B:B,"select *"))', 'x'), 1],
          ['', 2],
        ],
      },
    });
    expect(apps.spreadsheet.getSheetByName('S')!.getRange('A1:A2').getValues()).toEqual([['x'], ['']]);
  });
});

describe('rows below the data', () => {
  it('count for getLastRow when they hold only a formula, even one showing ""', () => {
    const apps = createFakeApps({
      sheets: {
        S: [
          ['a', 1],
          ['b', 2],
          ['', ''],
          ['', '=IF(A4="","",1)'],
        ],
      },
      maxRows: { S: 10 },
    });
    const sheet = apps.spreadsheet.getSheetByName('S')!;
    expect(sheet.getRange('B4').getValue()).toBe('');
    expect(sheet.getLastRow()).toBe(4);
  });
});
