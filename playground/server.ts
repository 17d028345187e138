/**
 * The offline playground: node:http serving the page, the add-on's sidebar with a local
 * google.script.run, and a small JSON API over one PlaygroundSession.
 */
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Assets, buildAssets, sidebarWithBridge } from './assets';
import { HttpError, checkOrigin, readJson, send, sendHtml, sendJson } from './http';
import { PlaygroundSession } from './session';
import { sampleSource, WorkbookSource } from './sources';
import { workbookView } from './view';
import { xlsxFromFake } from './workbook-io';
import { writeXlsx } from './xlsx/write';

export interface PreviewOptions {
  /** The repository root (dist/ and playground/ are found under it). */
  root: string;
  source?: WorkbookSource;
}

export interface PlaygroundServer {
  server: Server;
  session: PlaygroundSession;
  /** Starts listening; resolves with the page's URL. Port 0 picks a free port. */
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function downloadName(name: string): string {
  const base =
    name
      .replace(/\.xlsx$/i, '')
      .replace(/[^\w .-]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || 'workbook';
  return `${base} (Revoice playground).xlsx`;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

async function route(
  req: IncomingMessage,
  res: ServerResponse,
  session: PlaygroundSession,
  assets: Assets,
): Promise<void> {
  checkOrigin(req);
  const url = new URL(req.url ?? '/', 'http://playground');
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    throw new HttpError(400, 'Malformed URL.');
  }
  const post = req.method === 'POST';
  let m: RegExpExecArray | null;
  if (!post && path === '/') return sendHtml(res, assets.page);
  if (!post && (m = /^\/sidebar\/(\d+)$/.exec(path))) {
    const recorded = session.apps.ui.sidebars[Number(m[1])];
    if (!recorded) throw new HttpError(404, 'No such sidebar.');
    return sendHtml(res, sidebarWithBridge(recorded.content, assets.bridge, { functions: session.callable() }));
  }
  if (!post && path === '/api/version') return sendJson(res, { version: session.version });
  if (!post && path === '/api/workbook') return sendJson(res, workbookView(session));
  if (!post && path === '/api/download.xlsx') {
    const bytes = writeXlsx(xlsxFromFake(session.apps));
    return send(res, 200, bytes, XLSX, {
      'Content-Disposition': `attachment; filename="${downloadName(session.source.name)}"`,
    });
  }
  if (post && (m = /^\/api\/call\/([^/]+)$/.exec(path))) {
    const args = (await readJson(req)) ?? [];
    if (!Array.isArray(args)) throw new HttpError(400, 'Send the arguments as a JSON array.');
    return sendJson(res, { ...session.run(m[1], args), version: session.version });
  }
  if (post && (m = /^\/api\/menu\/([^/]+)$/.exec(path)))
    return sendJson(res, { ...session.runMenu(m[1]), version: session.version });
  if (post && path === '/api/select') {
    const body = (await readJson(req)) as { sheet?: unknown; ranges?: unknown } | undefined;
    if (typeof body?.sheet !== 'string' || (body.ranges !== undefined && !isStringArray(body.ranges))) {
      throw new HttpError(400, 'Send {sheet, ranges?: ["2:4"]}.');
    }
    try {
      session.select(body.sheet, body.ranges);
    } catch (e) {
      throw new HttpError(400, (e as Error).message);
    }
    return sendJson(res, { ok: true, version: session.version });
  }
  if (!post && path === '/api/reset') return sendJson(res, session.resetCheck());
  if (post && path === '/api/reset') {
    session.reset();
    return sendJson(res, { ok: true, version: session.version });
  }
  throw new HttpError(404, `Nothing at ${req.method} ${path}.`);
}

export async function createPlaygroundServer(options: PreviewOptions): Promise<PlaygroundServer> {
  const assets = await buildAssets(join(options.root, 'playground'));
  const session = new PlaygroundSession(options.source ?? sampleSource(), join(options.root, 'dist'));
  const server = createServer((req, res) => {
    route(req, res, session, assets).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      if (status === 500) console.error(error);
      if (!res.headersSent) sendJson(res, { ok: false, error: { message: (error as Error).message } }, status);
      else res.end();
    });
  });
  return {
    server,
    session,
    listen: (port, host = '127.0.0.1') =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve(`http://localhost:${(server.address() as AddressInfo).port}/`));
      }),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
