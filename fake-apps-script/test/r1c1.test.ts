import { createFakeApps } from '../src';

function lines() {
  const apps = createFakeApps({
    sheets: {
      Lines: [
        ['Invoice', 'Qty', 'Price', 'Amount', 'Paid'],
        ['INV-1', 2, 5, '=B2*C2', '=SUMIF(Payments!A:A,A2,Payments!B:B)'],
        ['INV-2', 3, 4, '', ''],
      ],
      Payments: [['INV-2', 7]],
    },
  });
  return { apps, sheet: apps.spreadsheet.getSheetByName('Lines')! };
}

describe('formulas in R1C1', () => {
  it('read relative references relative to each cell', () => {
    const { sheet } = lines();
    expect(sheet.getRange('D2:E2').getFormulasR1C1()).toEqual([
      ['=R[0]C[-2]*R[0]C[-1]', '=SUMIF(Payments!C[-4]:C[-4],R[0]C[-4],Payments!C[-3]:C[-3])'],
    ]);
    expect(sheet.getRange('A2').getFormulaR1C1()).toBe('');
  });

  it('copy a per-row formula to another row, where it refers to that row', () => {
    const { sheet } = lines();
    const formulas = sheet.getRange('D2:E2').getFormulasR1C1();
    sheet.getRange('D3:E3').setFormulasR1C1(formulas);
    expect(sheet.getRange('D3:E3').getFormulas()).toEqual([['=B3*C3', '=SUMIF(Payments!A:A,A3,Payments!B:B)']]);
    expect(sheet.getRange('D3:E3').getValues()).toEqual([[12, 7]]);
  });

  it('write one formula to many cells, absolute parts staying put', () => {
    const { sheet } = lines();
    sheet.getRange('D2:D3').setFormulaR1C1('=RC[-2]*R2C3&"R1C1"');
    expect(sheet.getRange('D2:D3').getFormulas()).toEqual([['=B2*$C$2&"R1C1"'], ['=B3*$C$2&"R1C1"']]);
    expect(() => sheet.getRange('D2').setFormulaR1C1('=R[-5]C')).toThrow(/off the sheet/);
  });
});
