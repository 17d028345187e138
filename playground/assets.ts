/** The browser side, bundled with esbuild when the playground starts: the page, and the google.script.run bridge. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { inlineHtml, scriptSafe } from '../scripts/inline-html.mjs';

export interface Assets {
  /** The whole page, script and styles inlined. */
  page: string;
  /** google.script.run for the sidebar iframe (an IIFE). */
  bridge: string;
}

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

export async function buildAssets(playgroundDir: string): Promise<Assets> {
  const page = join(playgroundDir, 'page');
  const [script, bridge] = await Promise.all([bundle(join(page, 'main.ts')), bundle(join(page, 'gas-bridge.ts'))]);
  const html = inlineHtml(
    readFileSync(join(page, 'index.html'), 'utf8'),
    readFileSync(join(page, 'styles.css'), 'utf8'),
    script,
  );
  return { page: html, bridge: scriptSafe(bridge) };
}

/** What the bridge needs to know before the sidebar's own script runs. */
export interface BridgeConfig {
  functions: string[];
}

/**
 * The sidebar as the add-on produced it, with the bridge placed first in <head> so that
 * google.script.run exists before any of the sidebar's scripts run.
 */
export function sidebarWithBridge(html: string, bridge: string, config: BridgeConfig): string {
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  const scripts = `<script>window.__revoiceBridge = ${json};</script><script>${bridge}</script>`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + scripts + html.slice(head.index + head[0].length);
  return scripts + html;
}
