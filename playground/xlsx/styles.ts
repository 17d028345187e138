/** styles.xml: which number format each cell style (the `s` attribute of a cell) applies. */
import { BUILTIN_FORMATS } from './model';
import { XmlNode, child, childElements, escapeXml } from './xml';

/** Format code per cellXfs index; undefined where the style shows General. */
export function readCellFormats(styles: XmlNode | undefined): Array<string | undefined> {
  if (!styles) return [];
  const custom = new Map<number, string>();
  for (const f of childElements(child(styles, 'numFmts') ?? styles, 'numFmt')) {
    custom.set(Number(f.attrs.numFmtId), f.attrs.formatCode ?? '');
  }
  const xfs = child(styles, 'cellXfs');
  return (xfs ? childElements(xfs, 'xf') : []).map((xf) => {
    const id = Number(xf.attrs.numFmtId ?? 0);
    const code = custom.get(id) ?? BUILTIN_FORMATS[id];
    return code === undefined || /^general$/i.test(code) ? undefined : code;
  });
}

const FIRST_CUSTOM_ID = 164;

/** Builds styles.xml for a set of format codes; styleOf(format) gives the cell's `s` index. */
export function writeStyles(formats: Iterable<string>): { xml: string; styleOf(format: string | undefined): number } {
  const codes = [...new Set(formats)];
  const index = new Map(codes.map((code, i) => [code, i + 1]));
  const numFmts = codes
    .map((code, i) => `<numFmt numFmtId="${FIRST_CUSTOM_ID + i}" formatCode="${escapeXml(code)}"/>`)
    .join('');
  const xfs = codes
    .map(
      (_, i) =>
        `<xf numFmtId="${FIRST_CUSTOM_ID + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`,
    )
    .join('');
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    (codes.length ? `<numFmts count="${codes.length}">${numFmts}</numFmts>` : '') +
    '<fonts count="1"><font><sz val="10"/><name val="Arial"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${codes.length + 1}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>${xfs}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '</styleSheet>';
  return { xml, styleOf: (format) => (format === undefined ? 0 : (index.get(format) ?? 0)) };
}
