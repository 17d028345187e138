/**
 * Reads an .xlsx (as Google Sheets, Excel or LibreOffice export it): sheets in workbook order,
 * shared and inline strings, numbers, booleans, errors, formulas with their cached values
 * (shared formulas expanded), and each cell's number format, so dates can be told from numbers.
 */
import { strFromU8, unzipSync } from 'fflate';
import { serialFromLocalIso } from '../../fake-apps-script/src/dates';
import { XCell, XSheet, XWorkbook, from1904, isDateFormat, parseCellRef } from './model';
import { shiftFormula } from './shared-formula';
import { readCellFormats } from './styles';
import { XmlNode, child, childElements, decodeOoxmlText, parseXml, textOf } from './xml';

type Files = Record<string, Uint8Array>;

interface Context {
  strings: string[];
  formats: Array<string | undefined>;
  date1904: boolean;
  /** Shared formulas by `si`: the master's text and position. */
  shared: Map<string, { text: string; row: number; col: number }>;
}

function load(files: Files, path: string): XmlNode | undefined {
  const bytes = files[path];
  return bytes ? parseXml(strFromU8(bytes)) : undefined;
}

/** Resolves a relationship target against the folder of the part that refers to it. */
function resolve(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = fromPart.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

/** A part's relationships: Id → {type, path}. */
function relationships(files: Files, part: string): Map<string, { type: string; path: string }> {
  const slash = part.lastIndexOf('/');
  const rels = load(files, `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`);
  const out = new Map<string, { type: string; path: string }>();
  for (const r of rels ? childElements(rels, 'Relationship') : []) {
    out.set(r.attrs.Id, { type: r.attrs.Type ?? '', path: resolve(part, r.attrs.Target ?? '') });
  }
  return out;
}

const byType = (rels: Map<string, { type: string; path: string }>, type: string) =>
  [...rels.values()].find((r) => r.type.endsWith(`/${type}`))?.path;

const PHONETIC = ['rPh'];

function cellValue(c: XmlNode, ctx: Context): Pick<XCell, 'value' | 'error'> {
  const v = child(c, 'v');
  const text = v ? textOf(v) : undefined;
  switch (c.attrs.t) {
    case 's':
      return { value: ctx.strings[Number(text)] ?? '' };
    case 'inlineStr': {
      const is = child(c, 'is');
      return { value: is ? decodeOoxmlText(textOf(is, PHONETIC)) : '' };
    }
    case 'str':
      return text === undefined ? {} : { value: decodeOoxmlText(text) };
    case 'b':
      return { value: text === '1' || text === 'true' };
    case 'e':
      return text ? { error: text } : {};
    case 'd':
      return text ? { value: serialFromLocalIso(text.replace(/Z$/, '').slice(0, 19)) } : {};
    default: {
      if (text === undefined || text.trim() === '') return {};
      const n = Number(text);
      return Number.isFinite(n) ? { value: n } : {};
    }
  }
}

function formulaOf(f: XmlNode | undefined, row: number, col: number, ctx: Context): string | undefined {
  if (!f) return undefined;
  let text = textOf(f);
  if (f.attrs.t === 'shared' && f.attrs.si !== undefined) {
    const master = ctx.shared.get(f.attrs.si);
    if (text) ctx.shared.set(f.attrs.si, { text, row, col });
    else if (master) text = shiftFormula(master.text, row - master.row, col - master.col) ?? '';
  }
  // Newer functions are stored as _xlfn.NAME; Sheets knows them by NAME.
  return text ? `=${text.replace(/_xl(?:fn|ws)\./g, '')}` : undefined;
}

function readCell(c: XmlNode, row: number, col: number, ctx: Context): XCell | undefined {
  const cell: XCell = cellValue(c, ctx);
  const format = ctx.formats[Number(c.attrs.s ?? 0)];
  if (format) cell.format = format;
  if (ctx.date1904 && typeof cell.value === 'number' && isDateFormat(format)) cell.value = from1904(cell.value);
  const formula = formulaOf(child(c, 'f'), row, col, ctx);
  if (formula) cell.formula = formula;
  return cell.value !== undefined || cell.formula || cell.error ? cell : undefined;
}

function readSheet(name: string, xml: XmlNode | undefined, ctx: Context): XSheet {
  const rows: XSheet['rows'] = [];
  const data = xml && child(xml, 'sheetData');
  let r = 0;
  for (const rowNode of data ? childElements(data, 'row') : []) {
    r = rowNode.attrs.r ? Number(rowNode.attrs.r) : r + 1;
    let c = 0;
    for (const cellNode of childElements(rowNode, 'c')) {
      c = parseCellRef(cellNode.attrs.r ?? '')?.col ?? c + 1;
      const cell = readCell(cellNode, r, c, ctx);
      if (cell) (rows[r - 1] ??= [])[c - 1] = cell;
    }
  }
  return { name, rows };
}

export function readXlsx(bytes: Uint8Array): XWorkbook {
  const files = unzipSync(bytes);
  const workbookPath = byType(relationships(files, ''), 'officeDocument') ?? 'xl/workbook.xml';
  const workbook = load(files, workbookPath);
  if (!workbook) throw new Error('Not an .xlsx workbook: it has no xl/workbook.xml.');
  const rels = relationships(files, workbookPath);
  const sst = byType(rels, 'sharedStrings');
  const sstXml = sst ? load(files, sst) : undefined;
  const stylesPath = byType(rels, 'styles');
  const ctx: Context = {
    strings: sstXml ? childElements(sstXml, 'si').map((si) => decodeOoxmlText(textOf(si, PHONETIC))) : [],
    formats: readCellFormats(stylesPath ? load(files, stylesPath) : undefined),
    date1904: /^(1|true)$/.test(child(workbook, 'workbookPr')?.attrs.date1904 ?? ''),
    shared: new Map(),
  };
  const sheets = child(workbook, 'sheets');
  return {
    sheets: (sheets ? childElements(sheets, 'sheet') : []).map((s) => {
      ctx.shared.clear();
      const id = Object.entries(s.attrs).find(([key]) => key.endsWith(':id'))?.[1] ?? '';
      const path = rels.get(id)?.path;
      return readSheet(s.attrs.name ?? 'Sheet', path ? load(files, path) : undefined, ctx);
    }),
  };
}
