/**
 * DOM helpers. Text always goes in as text nodes / textContent, never as HTML,
 * so every workbook value (IDs, customers, descriptions) is shown exactly as typed.
 */
export type Child = Node | string | null | undefined | false;
type Handler = (event: Event) => void;
type Props = Record<string, string | number | boolean | null | undefined | Handler>;

/** Properties set directly rather than as attributes, so they stay live. */
const PROPERTIES = new Set(['value', 'checked', 'disabled', 'hidden']);

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const key of Object.keys(props)) {
    const value = props[key];
    if (value === undefined || value === null || value === false) continue;
    if (typeof value === 'function') {
      if (!key.startsWith('on')) throw new Error(`Handler for ${key} must be named on…`);
      node.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (key.startsWith('on')) {
      throw new Error(`Refusing to set ${key} from text`);
    } else if (key === 'class') {
      node.className = String(value);
    } else if (key === 'text') {
      node.textContent = String(value);
    } else if (PROPERTIES.has(key)) {
      (node as unknown as Record<string, unknown>)[key] = value;
    } else {
      node.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Replaces all children of `parent`. */
export function replace(parent: Node, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, ...children);
}

let counter = 0;
/** A page-unique id for pairing <label for> with its control. */
export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** Text only screen readers hear. */
function srOnly(text: string): HTMLSpanElement {
  return el('span', { class: 'sr-only', text });
}

/** " → " for the eye, " becomes " for the ear. */
export function arrow(): DocumentFragment {
  const frag = document.createDocumentFragment();
  append(frag, el('span', { 'aria-hidden': 'true', class: 'arrow', text: ' → ' }), srOnly(' becomes '));
  return frag;
}

export function button(text: string, onClick: Handler, props: Props = {}): HTMLButtonElement {
  return el('button', { type: 'button', ...props, onclick: onClick }, text);
}
