/**
 * Just enough XML for SpreadsheetML: elements, attributes, text and entities. Namespace
 * prefixes are dropped from element names (producers differ: `<x:c>` vs `<c>`).
 */

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: Array<XmlNode | string>;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (all, code: string) => {
    if (code[0] !== '#') return ENTITIES[code] ?? all;
    const n = code[1] === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
    return Number.isFinite(n) ? String.fromCodePoint(n) : all;
  });
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);
const ATTR = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;

/** Parses a document into its root element. Throws on unbalanced tags. */
export function parseXml(text: string): XmlNode {
  const root: XmlNode = { name: '#document', attrs: {}, children: [] };
  const stack: XmlNode[] = [root];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const top = stack[stack.length - 1];
    const [, cdata, closing, opening, attrText, selfClosing, chars] = m;
    if (cdata !== undefined) top.children.push(cdata);
    else if (chars !== undefined) top.children.push(decodeEntities(chars));
    else if (closing !== undefined) {
      if (stack.length < 2 || top.name !== localName(closing)) throw new Error(`xlsx: unbalanced </${closing}>`);
      stack.pop();
    } else if (opening !== undefined) {
      const attrs: Record<string, string> = {};
      for (const a of (attrText ?? '').matchAll(ATTR)) attrs[a[1]] = decodeEntities(a[3] ?? a[4] ?? '');
      const node: XmlNode = { name: localName(opening), attrs, children: [] };
      top.children.push(node);
      if (!selfClosing) stack.push(node);
    }
  }
  if (stack.length !== 1) throw new Error(`xlsx: <${stack[stack.length - 1].name}> is never closed`);
  const element = root.children.find((c): c is XmlNode => typeof c !== 'string');
  if (!element) throw new Error('xlsx: empty XML document');
  return element;
}

export function childElements(node: XmlNode, name?: string): XmlNode[] {
  return node.children.filter((c): c is XmlNode => typeof c !== 'string' && (name === undefined || c.name === name));
}

export function child(node: XmlNode, name: string): XmlNode | undefined {
  return childElements(node, name)[0];
}

/** All text below a node, skipping elements named in `skip` (phonetic runs, say). */
export function textOf(node: XmlNode, skip: readonly string[] = []): string {
  return node.children.map((c) => (typeof c === 'string' ? c : skip.includes(c.name) ? '' : textOf(c, skip))).join('');
}

/** OOXML escapes characters XML cannot carry as _xHHHH_; a literal "_x" is itself escaped as _x005F_. */
export function decodeOoxmlText(text: string): string {
  return text.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export function encodeOoxmlText(text: string): string {
  return (
    text
      .replace(/_x([0-9a-fA-F]{4})_/g, '_x005F_x$1_')
      // eslint-disable-next-line no-control-regex
      .replace(
        /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g,
        (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`,
      )
  );
}

export function escapeXml(text: string): string {
  // A raw CR would come back as LF (XML normalises line ends), so it is written as a reference.
  return text.replace(
    /[<>&"\r]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', '\r': '&#13;' })[c]!,
  );
}
