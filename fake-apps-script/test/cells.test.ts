import { createFakeApps, formulaCell, textCell } from '../src';

function sheetWith(rows: unknown[][] = [['', '', '', '']]) {
  const apps = createFakeApps({ sheets: { S: rows } });
  return { apps, sheet: apps.spreadsheet.getSheetByName('S')! };
}

describe('typed input through setValue(s)', () => {
  it("makes '=' strings formulas and stores \"'\" strings as text without the apostrophe", () => {
    const { apps, sheet } = sheetWith();
    sheet.getRange('A1:D1').setValues([['=HYPERLINK("#gid=0","go")', "'=1+1", "'0042", '=NOW()']]);
    expect(sheet.getRange('A1:D1').getFormulas()).toEqual([['=HYPERLINK("#gid=0","go")', '', '', '=NOW()']]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['go', '=1+1', '0042', '']]);
    expect(apps.snapshot().sheets[0].cells).toEqual({
      A1: { formula: '=HYPERLINK("#gid=0","go")' },
      B1: { value: '=1+1' },
      C1: { value: '0042' },
      D1: { formula: '=NOW()' },
    });
  });

  it('parses numbers, percentages, currency, booleans and ISO dates the way Sheets reads typing', () => {
    const { sheet } = sheetWith([['', '', '', '', '', '', '', '', '']]);
    sheet
      .getRange('A1:I1')
      .setValues([['12.5', '-3', '1,234.50', ' 7 ', '20%', '£1,234.50', 'true', '2026-04-05', 'INV-7']]);
    const [values] = sheet.getRange('A1:I1').getValues();
    expect(values.slice(0, 7)).toEqual([12.5, -3, 1234.5, 7, 0.2, 1234.5, true]);
    expect(values[7]).toBeInstanceOf(Date);
    expect(values[8]).toBe('INV-7');
    expect(sheet.getRange('E1:F1').getDisplayValues()).toEqual([['20.00%', '£1,234.50']]);
  });

  it('turns +/- text into formulas that fail, which is why user text must be escaped', () => {
    const { sheet } = sheetWith();
    sheet.getRange('A1:C1').setValues([['-abc', '+1 555 0100', "'-abc"]]);
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['=-abc', '=+1 555 0100', '']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['#NAME?', '#ERROR!', '-abc']]);
  });

  it('leaves a lone dash as text and refuses text longer than a cell holds', () => {
    const { sheet } = sheetWith();
    sheet.getRange('A1:B1').setValues([['-', '- ']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['-', '- ']]);
    expect(() => sheet.getRange('A1').setValue('x'.repeat(50_001))).toThrow(
      'more than the maximum of 50000 characters',
    );
  });

  it('keeps text verbatim in plain-text (@) cells', () => {
    const { sheet } = sheetWith();
    sheet
      .getRange('A1:B1')
      .setNumberFormat('@')
      .setValues([['=1+1', '0042']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['=1+1', '0042']]);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['', '']]);
  });

  it('stores numbers, booleans and empties as given and refuses values Sheets would mangle', () => {
    const { sheet } = sheetWith();
    sheet.getRange('A1:D1').setValues([[0.1 + 0.2, false, null, '']]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([[0.30000000000000004, false, '', '']]);
    expect(sheet.getRange('A1:D1').getDisplayValues()).toEqual([['0.3', 'FALSE', '', '']]);
    expect(() => sheet.getRange('A1').setValue(NaN)).toThrow(/NaN/);
    expect(() => sheet.getRange('A1').setValue({ amount: 1 })).toThrow(/cannot store/);
    expect(() => sheet.getRange('A1').setValue(new Date('nope'))).toThrow(/invalid Date/);
  });
});

describe('fixtures', () => {
  it('stores plain strings as text, "=" strings as formulas, and formula stand-in values', () => {
    const { apps, sheet } = sheetWith([['12.5', '=SUM(B2:B3)', formulaCell('=SUM(B2:B3)', 42), textCell('=literal')]]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['12.5', '', 42, '=literal']]);
    expect(apps.formulas('S')).toEqual([['', '=SUM(B2:B3)', '=SUM(B2:B3)', '']]);
  });

  it('evaluates literal arithmetic and concatenation, and propagates errors', () => {
    const { sheet } = sheetWith([[2, '=A1*3+1', '="n="&B1', '=1/0']]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([[2, 7, 'n=7', '#DIV/0!']]);
  });
});

describe('plain-text (@) cells', () => {
  // Text typed into a cell formatted Plain text is kept as typed, a leading apostrophe included;
  // elsewhere the apostrophe only marks the input as text and is not stored.
  // https://developers.google.com/apps-script/reference/spreadsheet/range#setnumberformatnumberformat ('@' is Plain text)
  it('keep a leading apostrophe that a General cell drops', () => {
    const apps = createFakeApps({ sheets: { S: [['', '']] }, columnFormats: { S: { A: '@' } } });
    const sheet = apps.spreadsheet.getSheetByName('S')!;
    sheet.getRange('A1:B1').setValues([["'INV-1", "'INV-1"]]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([["'INV-1", 'INV-1']]);
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([["'INV-1", 'INV-1']]);
    expect(apps.snapshot().sheets[0].cells).toEqual({ A1: { value: "'INV-1", format: '@' }, B1: { value: 'INV-1' } });
  });
});

describe('number formats per cell and per column', () => {
  it('columnFormats gives a whole column a format, by letter or by header', () => {
    const apps = createFakeApps({
      sheets: {
        S: [
          ['Invoice ID', 'Total'],
          ['', 1234.5],
        ],
      },
      maxRows: { S: 4 },
      columnFormats: { S: { 'Invoice ID': '@', B: '#,##0.00 [$€-407]' } },
    });
    const sheet = apps.spreadsheet.getSheetByName('S')!;
    expect(sheet.getRange('A1:B4').getNumberFormats()).toEqual(Array(4).fill(['@', '#,##0.00 [$€-407]']));
    sheet.getRange('A2:B3').setValues([
      ['0042', 7],
      ['=1+1', ''],
    ]);
    expect(sheet.getRange('A2:B3').getValues()).toEqual([
      ['0042', 7],
      ['=1+1', ''],
    ]);
    expect(sheet.getRange('B2').getDisplayValue()).toBe('7.00 €');
    expect(() => createFakeApps({ sheets: { S: [['a']] }, columnFormats: { S: { Nope: '@' } } })).toThrow(
      /names no column/,
    );
  });

  it('a Date written into a General cell gets a date format; a number written into a date cell shows a date', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue
    const apps = createFakeApps({ timeZone: 'Europe/Berlin', sheets: { S: [['', '']] } });
    const sheet = apps.spreadsheet.getSheetByName('S')!;
    sheet.getRange('A1').setValue(new Date('2026-04-05T10:00:00Z'));
    expect(sheet.getRange('A1').getNumberFormat()).toBe('yyyy-mm-dd hh:mm:ss');
    sheet.getRange('A1').setValue(46120);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('2026-04-08 00:00:00');
    expect(sheet.getRange('A1').getValue()).toBeInstanceOf(Date);
    sheet
      .getRange('B1')
      .setNumberFormats([['dd/mm/yyyy']])
      .setValue(46120);
    expect(sheet.getRange('B1').getDisplayValue()).toBe('08/04/2026');
  });
});
