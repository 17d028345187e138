/**
 * One running copy of the add-on: the real dist/Code.js over an in-memory spreadsheet, called
 * the way google.script.run calls it. `version` goes up on every change the page should show.
 */
import { join } from 'node:path';
import { createFakeApps, FakeApps, MenuItem } from '../fake-apps-script/src';
import type { WorkbookSnapshot } from '../fake-apps-script/src/snapshot';
import { BundleFunctions, callJson, loadBundle, readDistHtml } from '../fake-apps-script/src/load-bundle';
import { changesSince, ResetCheck } from './changes';
import type { WorkbookSource } from './sources';
import { applyFormats } from './workbook-io';

export type CallOutcome = { ok: true; value: unknown } | { ok: false; error: { name: string; message: string } };

export interface RunItem {
  caption: string;
  functionName: string;
}

export class PlaygroundSession {
  apps!: FakeApps;
  private api!: BundleFunctions;
  /** The workbook as it was opened, to tell what Reset would lose. */
  private loaded!: WorkbookSnapshot;
  version = 0;

  constructor(
    readonly source: WorkbookSource,
    private readonly distDir: string,
  ) {
    this.reset();
  }

  /** Loads the workbook afresh and opens it as Sheets would: onOpen builds the menu, then the sidebar. */
  reset(): void {
    const { sheets, formats = [] } = this.source.load();
    this.apps = createFakeApps({
      timeZone: this.source.timeZone,
      locale: this.source.locale,
      sheets,
      html: readDistHtml(this.distDir),
      name: this.source.name,
    });
    applyFormats(this.apps, formats);
    this.api = loadBundle(this.apps, join(this.distDir, 'Code.js'));
    this.run('onOpen', []);
    this.run('showSidebar', []);
    this.loaded = this.apps.snapshot();
    this.changed();
  }

  /** What pressing Reset now would lose, for the page to ask about first. */
  resetCheck(): ResetCheck {
    return {
      name: this.source.name,
      fromFile: this.source.fromFile === true,
      ...changesSince(this.loaded, this.apps.snapshot()),
    };
  }

  changed(): void {
    this.version += 1;
  }

  /** Top-level functions google.script.run may call (Apps Script hides names ending in "_"). */
  callable(): string[] {
    return Object.keys(this.api)
      .filter((name) => !name.endsWith('_'))
      .sort();
  }

  /** Runs a top-level function with JSON-copied arguments; the result must be JSON-safe too. */
  run(name: string, args: unknown[]): CallOutcome {
    if (!Object.prototype.hasOwnProperty.call(this.api, name) || name.endsWith('_')) {
      return { ok: false, error: { name: 'ScriptError', message: `Script function not found: ${name}` } };
    }
    try {
      return { ok: true, value: callJson(this.api[name], ...args) ?? null };
    } catch (e) {
      const error = e as { name?: string; message?: string };
      return { ok: false, error: { name: error.name ?? 'Error', message: String(error.message ?? e) } };
    } finally {
      this.changed();
    }
  }

  /** The add-on menu onOpen built (captions and functions), flattened. */
  menu(): RunItem[] {
    const addon = this.apps.ui.menus[this.apps.ui.menus.length - 1];
    const flat = (items: MenuItem[]): RunItem[] =>
      items.flatMap((item) => (item === 'separator' ? [] : item.submenu ? flat(item.submenu) : [item]));
    return addon ? flat(addon.items) : [];
  }

  /** A menu click: only functions the add-on put in its menu. */
  runMenu(functionName: string): CallOutcome & { alerts: string[]; sidebar: number | null } {
    const alerts = this.apps.ui.alerts.length;
    const sidebars = this.apps.ui.sidebars.length;
    const outcome: CallOutcome = this.menu().some((item) => item.functionName === functionName)
      ? this.run(functionName, [])
      : { ok: false, error: { name: 'Error', message: `${functionName} is not in the add-on menu.` } };
    const shown = this.apps.ui.sidebars.length > sidebars ? this.apps.ui.sidebars.length - 1 : null;
    return { ...outcome, alerts: this.apps.ui.alerts.slice(alerts), sidebar: shown };
  }

  /** Selects whole rows ("2:5") on a sheet, or just shows the sheet with its own selection. */
  select(sheetName: string, ranges?: string[]): void {
    const sheet = this.apps.spreadsheet.getSheetByName(sheetName);
    if (!sheet) throw new Error(`There is no sheet named ${sheetName}.`);
    if (ranges && ranges.length) this.apps.setActive(sheet.getName(), ranges);
    else this.apps.spreadsheet.setActiveSheet(sheet);
    this.changed();
  }

  /** Changes the workbook outside the add-on (as a person typing in the sheet would). */
  edit(change: (apps: FakeApps) => void): void {
    change(this.apps);
    this.changed();
  }
}
