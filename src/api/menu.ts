import type { Action } from '../shared/api';
import { INITIAL_ACTION_GLOBAL } from '../shared/api';
import { revoiceSetup } from './setup';

/**
 * The add-on menu. onOpen may run in AuthMode.NONE, where only building the menu is
 * allowed: no spreadsheet reads here.
 */
export function onOpen(_event?: unknown): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Open sidebar', 'showSidebar')
    .addItem('Void selected…', 'menuVoidSelected')
    .addItem('Regenerate selected…', 'menuRegenerateSelected')
    .addItem('Apply credit…', 'menuApplyCredit')
    .addItem('Reset accounting link…', 'menuResetAccounting')
    .addSeparator()
    .addItem('Set up workbook', 'menuSetUpWorkbook')
    .addToUi();
}

export function onInstall(event?: unknown): void {
  onOpen(event);
}

function openSidebar(action?: Action): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Revoice');
  if (action) html.append(`<script>var ${INITIAL_ACTION_GLOBAL} = ${JSON.stringify(action)};</script>`);
  SpreadsheetApp.getUi().showSidebar(html);
}

export function showSidebar(): void {
  openSidebar();
}

export function menuVoidSelected(): void {
  openSidebar('void');
}

/** The sidebar turns this into "Void & regenerate" unless every selected invoice is voided. */
export function menuRegenerateSelected(): void {
  openSidebar('regenerate');
}

export function menuApplyCredit(): void {
  openSidebar('apply-credit');
}

export function menuResetAccounting(): void {
  openSidebar('reset-accounting');
}

export function menuSetUpWorkbook(): void {
  const result = revoiceSetup();
  const ui = SpreadsheetApp.getUi();
  if (!result.ok) {
    ui.alert(`Revoice could not set up the workbook: ${result.message}`);
    return;
  }
  const said = [
    result.created.length
      ? `Revoice added: ${result.created.join('; ')}.`
      : 'The workbook already has every Revoice sheet and column.',
  ];
  if (result.toMap) {
    const columns = result.toMap.map((c) => `${c.column} in ${c.sheet}`).join(', ');
    said.push(
      `Not added: ${columns}. Your sheet may keep it under another name: open the sidebar to choose which column holds it.`,
    );
  }
  ui.alert(said.join('\n\n'));
}
