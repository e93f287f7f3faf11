/**
 * A local HTTP server as strict as the static hosts partners use (GitHub Pages, Netlify, S3,
 * nginx): GET and HEAD only, an ETag on every file and 304 when it matches, and OPTIONS
 * refused with 405 and no CORS headers, so a request that needs a CORS preflight fails here
 * as it fails there. Every request is recorded (method, path, headers).
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { listenOnLoopback } from './listen.ts';

export interface HostedFile {
  body: string | Buffer;
  contentType: string;
  /** Overrides the status (e.g. a login page answering 200 where a feed was). Default 200. */
  status?: number;
}

export interface StaticHost {
  origin: string;
  url(path: string): string;
  /** Adds or replaces a file. */
  put(path: string, file: HostedFile): void;
  requests: Array<{ method: string; path: string; headers: IncomingMessage['headers']; status: number }>;
  /** Requests with this method so far (e.g. 'OPTIONS'). */
  count(method: string): number;
  close(): Promise<void>;
}

export interface StaticHostOptions {
  /** Send `Access-Control-Allow-Origin: *` on GET and HEAD answers (what the README asks partners to set). Default true. */
  cors?: boolean;
  /** Extra headers on every GET/HEAD answer (e.g. a CSP on partner pages). */
  headers?: (path: string) => Record<string, string>;
}

const etagOf = (body: string | Buffer) => `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;

export async function startStaticHost(options: StaticHostOptions = {}): Promise<StaticHost> {
  const files = new Map<string, HostedFile>();
  const requests: StaticHost['requests'] = [];
  const cors = options.cors ?? true;
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const method = req.method ?? 'GET';
    const answer = (status: number, headers: Record<string, string>, body?: string | Buffer) => {
      requests.push({ method, path, headers: req.headers, status });
      res.writeHead(status, headers).end(method === 'HEAD' ? undefined : body);
    };
    if (method !== 'GET' && method !== 'HEAD') return answer(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' }, 'Method Not Allowed');
    const base: Record<string, string> = { ...(cors ? { 'access-control-allow-origin': '*' } : {}), ...(options.headers?.(path) ?? {}) };
    const file = files.get(path);
    if (!file) return answer(404, { ...base, 'content-type': 'text/html; charset=utf-8' }, '<!doctype html><title>404 Not Found</title><h1>Not Found</h1>');
    const etag = etagOf(file.body);
    const status = file.status ?? 200;
    if (status === 200 && req.headers['if-none-match'] === etag) return answer(304, { ...base, etag });
    answer(status, { ...base, 'content-type': file.contentType, etag, 'content-length': String(Buffer.byteLength(file.body)) }, file.body);
  });
  const origin = await listenOnLoopback(server);
  return {
    origin,
    url: (path) => `${origin}${path}`,
    put: (path, file) => void files.set(path, file),
    requests,
    count: (method) => requests.filter((r) => r.method === method).length,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
