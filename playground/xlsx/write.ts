/**
 * Writes a minimal, valid .xlsx that Google Sheets, Excel and LibreOffice open: one part per
 * sheet with inline strings, a styles part holding each number format used (so dates stay
 * dates), and formulas with their cached values.
 */
import { strToU8, zipSync } from 'fflate';
import { XCell, XSheet, XWorkbook, columnLetters } from './model';
import { writeStyles } from './styles';
import { encodeOoxmlText, escapeXml } from './xml';

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

const text = (s: string) => escapeXml(encodeOoxmlText(s));

function cellXml(ref: string, cell: XCell, style: number): string {
  const s = style ? ` s="${style}"` : '';
  const { value, error } = cell;
  const type =
    error !== undefined
      ? 'e'
      : typeof value === 'boolean'
        ? 'b'
        : typeof value === 'string'
          ? cell.formula
            ? 'str'
            : 'inlineStr'
          : '';
  const t = type ? ` t="${type}"` : '';
  const f = cell.formula ? `<f>${text(cell.formula.replace(/^=/, ''))}</f>` : '';
  let v = '';
  if (error !== undefined) v = `<v>${escapeXml(error)}</v>`;
  else if (typeof value === 'boolean') v = `<v>${value ? 1 : 0}</v>`;
  else if (typeof value === 'number') v = `<v>${value}</v>`;
  else if (typeof value === 'string')
    v = cell.formula ? `<v>${text(value)}</v>` : `<is><t xml:space="preserve">${text(value)}</t></is>`;
  return `<c r="${ref}"${s}${t}>${f}${v}</c>`;
}

function sheetXml(sheet: XSheet, styleOf: (format: string | undefined) => number): string {
  const rows = sheet.rows
    .map((row, r) => {
      const cells = (row ?? [])
        .map((cell, c) => (cell ? cellXml(`${columnLetters(c + 1)}${r + 1}`, cell, styleOf(cell.format)) : ''))
        .join('');
      return cells ? `<row r="${r + 1}">${cells}</row>` : '';
    })
    .join('');
  return `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${rows}</sheetData></worksheet>`;
}

export function writeXlsx(book: XWorkbook): Uint8Array {
  if (!book.sheets.length) throw new Error('A workbook needs at least one sheet.');
  const formats = book.sheets.flatMap((s) =>
    s.rows.flatMap((row) => (row ?? []).flatMap((c) => (c?.format ? [c.format] : []))),
  );
  const styles = writeStyles(formats);
  const n = book.sheets.length;
  const files: Record<string, string> = {
    '[Content_Types].xml':
      `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${TYPE}.styles+xml"/>` +
      book.sheets
        .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${TYPE}.worksheet+xml"/>`)
        .join('') +
      '</Types>',
    '_rels/.rels': `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
      book.sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
      '</sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      `${HEAD}<Relationships xmlns="${PKG_REL}">` +
      book.sheets
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join('') +
      `<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': styles.xml,
  };
  book.sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = sheetXml(sheet, styles.styleOf);
  });
  return zipSync(Object.fromEntries(Object.entries(files).map(([path, xml]) => [path, strToU8(xml)])), { level: 6 });
}
