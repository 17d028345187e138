/** Tiny node:http helpers: JSON bodies with a size limit, and typed responses. */
import type { IncomingMessage, ServerResponse } from 'node:http';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const MAX_BODY = 10 * 1024 * 1024;

export async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new HttpError(413, 'Request body too large.');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'The request body is not JSON.');
  }
}

export function send(
  res: ServerResponse,
  status: number,
  body: string | Uint8Array,
  type: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(body);
}

export function sendJson(res: ServerResponse, value: unknown, status = 200): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

export function sendHtml(res: ServerResponse, html: string): void {
  send(res, 200, html, 'text/html; charset=utf-8');
}

/**
 * Another site open in the same browser could POST here (the playground has no login); browsers
 * send Origin with such requests, so anything not from this host is refused.
 */
export function checkOrigin(req: IncomingMessage): void {
  const origin = req.headers.origin;
  if (req.method !== 'POST' || !origin) return;
  if (origin !== `http://${req.headers.host}`) throw new HttpError(403, 'Cross-origin request refused.');
}
