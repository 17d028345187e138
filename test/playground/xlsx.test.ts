/** The playground's .xlsx reader and writer: round trips through the in-memory spreadsheet, and a Sheets-style export. */
import { strToU8, unzipSync, zipSync, strFromU8 } from 'fflate';
import { nurserySample, SAMPLE_TIME_ZONE } from '../../examples/nursery';
import { applyFormats, fixtureFromXlsx, xlsxFromFake } from '../../playground/workbook-io';
import { readXlsx } from '../../playground/xlsx/read';
import { writeXlsx } from '../../playground/xlsx/write';
import { parseXml } from '../../playground/xlsx/xml';
import { createFakeApps, FakeApps } from '../../fake-apps-script/src';
import { callJson, loadBundle } from '../../fake-apps-script/src/load-bundle';

function reopen(apps: FakeApps): FakeApps {
  const imported = fixtureFromXlsx(readXlsx(writeXlsx(xlsxFromFake(apps))));
  const again = createFakeApps({ timeZone: SAMPLE_TIME_ZONE, sheets: imported.sheets });
  applyFormats(again, imported.formats);
  return again;
}

const sheetNames = (apps: FakeApps) => apps.snapshot().sheets.map((s) => s.name);

describe('xlsx round trip through the in-memory spreadsheet', () => {
  let apps: FakeApps;
  beforeAll(() => {
    apps = createFakeApps({ timeZone: SAMPLE_TIME_ZONE, sheets: nurserySample() });
    const api = loadBundle(apps);
    callJson(api.revoiceApply, {
      action: 'void-and-regenerate',
      invoiceIds: ['INV-1013'],
      reason: 'INSET day & <rate rise>',
    });
  });

  it('gives back every sheet, in order, with the same display values', () => {
    const again = reopen(apps);
    expect(sheetNames(again)).toEqual(sheetNames(apps));
    for (const name of sheetNames(apps)) expect(again.display(name)).toEqual(apps.display(name));
  });

  it('keeps dates as dates (and date-times), not numbers', () => {
    const again = reopen(apps);
    const [header, first] = again.display('Invoices');
    expect(first[header.indexOf('Period Start')]).toBe('2026-09-01');
    const cell = again.spreadsheet
      .getSheetByName('Invoices')!
      .getRange(2, header.indexOf('Period Start') + 1)
      .getValue();
    expect(Object.prototype.toString.call(cell)).toBe('[object Date]');
    const voidedAt = again.display('Invoices').find((r) => r[0] === 'INV-1013')![header.indexOf('Voided At')];
    expect(voidedAt).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  });

  it('keeps formulas: the Total sums and the links that find their row by ID', () => {
    const again = reopen(apps);
    expect(again.formulas('Invoices')).toEqual(apps.formulas('Invoices'));
    const header = again.display('Invoices')[0];
    const rows = again.display('Invoices');
    const voided = rows.findIndex((r) => r[0] === 'INV-1013') + 1;
    expect(again.resolveLink('Invoices', voided, header.indexOf('Regenerated As') + 1)).toMatchObject({
      label: 'INV-1013-R1',
      targetRow: rows.length,
    });
  });
});

describe('writing', () => {
  it('escapes markup, keeps control characters and "_x" text, and quotes sheet names', () => {
    const tricky = [
      '<img src=x onerror=alert(1)>',
      'Tab\there & "quotes"',
      'line\r\nbreak',
      'literal _x0041_ text',
      '=not a formula',
    ];
    const bytes = writeXlsx({
      sheets: [{ name: "Tom & Jerry's <sheet>", rows: [tricky.map((value) => ({ value }))] }],
    });
    const files = unzipSync(bytes);
    for (const xml of Object.values(files)) expect(() => parseXml(strFromU8(xml))).not.toThrow();
    const back = readXlsx(bytes);
    expect(back.sheets[0].name).toBe("Tom & Jerry's <sheet>");
    expect(back.sheets[0].rows[0]!.map((c) => c!.value)).toEqual(tricky);
    expect(fixtureFromXlsx(back).sheets["Tom & Jerry's <sheet>"][0][4]).toEqual({ text: '=not a formula' });
  });
});

/** A workbook shaped like a Google Sheets / LibreOffice export, written by hand. */
function exportLike(options: { date1904?: boolean } = {}): Uint8Array {
  const main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const files: Record<string, string> = {
    '_rels/.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${rel}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `<workbook ${main} xmlns:r="${rel}"><workbookPr date1904="${options.date1904 ? 1 : 0}"/><sheets>` +
      '<sheet name="Second" sheetId="7" r:id="rB"/><sheet name="First" sheetId="3" r:id="rA"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rA" Type="${rel}/worksheet" Target="worksheets/a.xml"/><Relationship Id="rB" Type="${rel}/worksheet" Target="./worksheets/../worksheets/b.xml"/>` +
      `<Relationship Id="rS" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rT" Type="${rel}/styles" Target="styles.xml"/></Relationships>`,
    'xl/sharedStrings.xml': `<sst ${main}><si><t>Invoice ID</t></si><si><r><rPr><b/></rPr><t>Rich</t></r><r><t xml:space="preserve"> text</t></r><rPh><t>IGNORED</t></rPh></si><si><t>Date</t></si></sst>`,
    'xl/styles.xml':
      `<styleSheet ${main}><numFmts count="2"><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/><numFmt numFmtId="166" formatCode="[$£-809]#,##0.00"/></numFmts>` +
      '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="22"/></cellXfs></styleSheet>',
    'xl/worksheets/a.xml':
      `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>` +
      '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>2</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>Amount</x:t></x:is></x:c></x:row>' +
      '<x:row r="3"><x:c r="A3" t="s"><x:v>1</x:v></x:c><x:c r="B3" s="1"><x:v>46265</x:v></x:c><x:c r="C3" s="3"><x:v>1234.5</x:v></x:c><x:c r="D3" t="b"><x:v>1</x:v></x:c></x:row>' +
      '<x:row r="4"><x:c r="B4" s="2"><x:v>46266</x:v></x:c><x:c r="C4"><x:f t="shared" si="0" ref="C4:C5">C3*2</x:f><x:v>2469</x:v></x:c><x:c r="E4" t="e"><x:f>_xlfn.XLOOKUP(1,A:A,B:B)</x:f><x:v>#N/A</x:v></x:c></x:row>' +
      '<x:row r="5"><x:c r="B5" s="4"><x:v>46266.5</x:v></x:c><x:c r="C5"><x:f t="shared" si="0"/><x:v>4938</x:v></x:c><x:c r="D5" t="str"><x:f>A3&amp;"!"</x:f><x:v>Rich text!</x:v></x:c></x:row>' +
      '</x:sheetData></x:worksheet>',
    'xl/worksheets/b.xml': `<worksheet ${main}><sheetData><row><c><v>1</v></c><c t="inlineStr"><is><t>no refs</t></is></c></row></sheetData></worksheet>`,
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
}

describe('reading an export from Google Sheets or LibreOffice', () => {
  it('reads sheets in workbook order, strings, numbers, booleans, errors, and formulas with cached values', () => {
    const book = readXlsx(exportLike());
    expect(book.sheets.map((s) => s.name)).toEqual(['Second', 'First']);
    expect(book.sheets[0].rows[0]).toEqual([{ value: 1 }, { value: 'no refs' }]);
    const rows = book.sheets[1].rows;
    expect(rows[0]!.map((c) => c!.value)).toEqual(['Invoice ID', 'Date', 'Amount']);
    expect(rows[1]).toBeUndefined();
    expect(rows[2]![0]).toEqual({ value: 'Rich text' });
    expect(rows[2]![2]).toEqual({ value: 1234.5, format: '[$£-809]#,##0.00' });
    expect(rows[2]![3]).toEqual({ value: true });
    expect(rows[3]![2]).toEqual({ value: 2469, formula: '=C3*2' });
    expect(rows[4]![2]).toEqual({ value: 4938, formula: '=C4*2' });
    expect(rows[3]![4]).toEqual({ error: '#N/A', formula: '=XLOOKUP(1,A:A,B:B)' });
    expect(rows[4]![3]).toEqual({ value: 'Rich text!', formula: '=A3&"!"' });
  });

  it('turns numbers with date formats (built-in 14 and 22, custom d/m/y) into dates in the spreadsheet', () => {
    const imported = fixtureFromXlsx(readXlsx(exportLike()));
    const first = imported.sheets.First;
    expect(first[2][1]).toEqual({ date: '2026-08-31' });
    expect(first[3][1]).toEqual({ date: '2026-09-01' });
    expect(first[4][1]).toEqual({ dateTime: '2026-09-01 12:00:00' });
    expect(first[2][2]).toBe(1234.5);
    const apps = createFakeApps({ timeZone: 'Pacific/Auckland', sheets: imported.sheets });
    applyFormats(apps, imported.formats);
    expect(
      apps
        .display('First')
        .slice(2)
        .map((r) => r.slice(0, 3)),
    ).toEqual([
      ['Rich text', '2026-08-31', '1234.5'],
      ['', '2026-09-01', '2469'],
      ['', '2026-09-01 12:00:00', '4938'],
    ]);
    expect(apps.spreadsheet.getSheetByName('First')!.getRange('B4').getDisplayValue()).toBe('01/09/2026');
  });

  it('reads dates from a workbook on the 1904 date system', () => {
    const imported = fixtureFromXlsx(readXlsx(exportLike({ date1904: true })));
    expect(imported.sheets.First[2][1]).toEqual({ date: '2030-09-01' });
    expect(imported.sheets.First[2][2]).toBe(1234.5);
  });

  it('refuses a file that is not a workbook', () => {
    expect(() => readXlsx(zipSync({ 'hello.txt': strToU8('hi') }))).toThrow(/Not an \.xlsx workbook/);
  });
});
