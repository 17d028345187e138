/** Ui (menus, sidebars, dialogs, alerts) and HtmlService, recording what the script shows. */
import { Ctx } from './context';

export type MenuItem = { caption: string; functionName: string; submenu?: MenuItem[] } | 'separator';
/** An add-on menu (createAddonMenu) is recorded with the title '(add-on)'. */
export interface RecordedMenu {
  title: string;
  items: MenuItem[];
}
export interface RecordedSidebar {
  title: string;
  content: string;
  width?: number;
}
export interface RecordedDialog {
  title: string;
  content: string;
  modal: boolean;
  width?: number;
  height?: number;
}

/** Everything the user would have seen, in order. */
export interface UiRecord {
  menus: RecordedMenu[];
  sidebars: RecordedSidebar[];
  dialogs: RecordedDialog[];
  alerts: string[];
  toasts: string[];
}

export const newUiRecord = (): UiRecord => ({ menus: [], sidebars: [], dialogs: [], alerts: [], toasts: [] });

export const ADDON_MENU = '(add-on)';

const ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' } as const;
const Button = { CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' } as const;

export class FakeMenu {
  readonly _items: MenuItem[] = [];
  constructor(
    readonly _title: string,
    readonly _record: UiRecord,
  ) {}

  addItem(caption: string, functionName: string): FakeMenu {
    this._items.push({ caption, functionName });
    return this;
  }

  addSeparator(): FakeMenu {
    this._items.push('separator');
    return this;
  }

  addSubMenu(menu: FakeMenu): FakeMenu {
    this._items.push({ caption: menu._title, functionName: '', submenu: menu._items });
    return this;
  }

  addToUi(): void {
    this._record.menus.push({ title: this._title, items: this._items });
  }
}

export class FakeHtmlOutput {
  _title = '';
  _width?: number;
  _height?: number;
  constructor(public _content: string) {}

  getContent(): string {
    return this._content;
  }
  setContent(content: string): FakeHtmlOutput {
    this._content = content;
    return this;
  }
  append(html: string): FakeHtmlOutput {
    this._content += html;
    return this;
  }
  appendUntrusted(text: string): FakeHtmlOutput {
    this._content += escapeHtml(text);
    return this;
  }
  clear(): FakeHtmlOutput {
    this._content = '';
    return this;
  }
  getTitle(): string {
    return this._title;
  }
  setTitle(title: string): FakeHtmlOutput {
    this._title = title;
    return this;
  }
  getWidth(): number | undefined {
    return this._width;
  }
  setWidth(width: number): FakeHtmlOutput {
    this._width = width;
    return this;
  }
  getHeight(): number | undefined {
    return this._height;
  }
  setHeight(height: number): FakeHtmlOutput {
    this._height = height;
    return this;
  }
  setSandboxMode(_mode: unknown): FakeHtmlOutput {
    return this;
  }
  setXFrameOptionsMode(_mode: unknown): FakeHtmlOutput {
    return this;
  }
  setFaviconUrl(_url: string): FakeHtmlOutput {
    return this;
  }
  addMetaTag(_name: string, _content: string): FakeHtmlOutput {
    return this;
  }
}

function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A template: only `<?= name ?>` / `<?!= name ?>` of properties set on it are evaluated. */
export class FakeHtmlTemplate {
  [property: string]: unknown;
  constructor(readonly _source: string) {}

  evaluate(): FakeHtmlOutput {
    const html = this._source.replace(/<\?(!?)=\s*([A-Za-z_$][\w$]*)\s*\?>/g, (all, raw: string, name: string) => {
      if (!(name in this)) return all;
      const value = String(this[name]);
      return raw ? value : escapeHtml(value);
    });
    return new FakeHtmlOutput(html);
  }

  getRawContent(): string {
    return this._source;
  }
}

export function createHtmlService(ctx: Ctx, files: Record<string, string>) {
  const file = (name: string): string => {
    const content = files[name] ?? files[name.replace(/\.html$/, '')];
    if (content === undefined) throw ctx.error(`No HTML file named ${name} was found.`);
    return content;
  };
  return {
    SandboxMode: { IFRAME: 'IFRAME', NATIVE: 'NATIVE', EMULATED: 'EMULATED' },
    XFrameOptionsMode: { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' },
    createHtmlOutput: (html = '') => new FakeHtmlOutput(String(html)),
    createHtmlOutputFromFile: (name: string) => new FakeHtmlOutput(file(name)),
    createTemplate: (html: string) => new FakeHtmlTemplate(String(html)),
    createTemplateFromFile: (name: string) => new FakeHtmlTemplate(file(name)),
  };
}

function asOutput(ctx: Ctx, output: unknown, method: string): FakeHtmlOutput {
  if (!(output instanceof FakeHtmlOutput))
    throw ctx.error(`The parameters (${typeof output}) don't match the method signature for Ui.${method}.`);
  return output;
}

export function createUi(ctx: Ctx, record: UiRecord) {
  return {
    ButtonSet,
    Button,
    createAddonMenu: () => new FakeMenu(ADDON_MENU, record),
    createMenu: (title: string) => new FakeMenu(title, record),
    showSidebar(output: unknown): void {
      const html = asOutput(ctx, output, 'showSidebar');
      record.sidebars.push({
        title: html._title,
        content: html._content,
        ...(html._width ? { width: html._width } : {}),
      });
    },
    showModalDialog(output: unknown, title: string): void {
      const html = asOutput(ctx, output, 'showModalDialog');
      record.dialogs.push({ title, content: html._content, modal: true, width: html._width, height: html._height });
    },
    showModelessDialog(output: unknown, title: string): void {
      const html = asOutput(ctx, output, 'showModelessDialog');
      record.dialogs.push({ title, content: html._content, modal: false, width: html._width, height: html._height });
    },
    /** alert(prompt), alert(prompt, buttons) or alert(title, prompt, buttons); answers OK/YES. */
    alert(a: string, b?: unknown, c?: unknown): string {
      const titled = typeof b === 'string' && c !== undefined;
      record.alerts.push(titled ? `${a}: ${b}` : a);
      const buttons = titled ? c : b;
      return buttons === ButtonSet.YES_NO || buttons === ButtonSet.YES_NO_CANCEL ? Button.YES : Button.OK;
    },
  };
}
