/**
 * A static host as strict as the ones partners use (GET and HEAD only, `Access-Control-Allow-Origin: *`,
 * an ETag on every file and 304 when it matches, OPTIONS refused with 405 and no CORS header) whose
 * answers for one path can be held: the request waits, as on a slow line, until the test releases
 * it with the file as it is then, or fails it with a status. For what a visitor meets while a
 * refresh or the widget's texts are on their way.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { listenOnLoopback } from '../../support/listen.ts';

export interface HeldPath {
  /** Answers every held request with the file as it is now; later requests are answered at once. */
  release(): void;
  /** Answers every held request with this status (a host that is down); later requests too. */
  fail(status: number): void;
  /** Requests that reached the path since it was held. */
  readonly requests: number;
}

export interface HoldingHost {
  origin: string;
  url(path: string): string;
  put(path: string, body: string | Buffer, contentType: string): void;
  /** Holds the answers for `path` from now on, until released or failed. */
  hold(path: string): HeldPath;
  requests: Array<{ method: string; path: string; status: number }>;
  count(method: string): number;
  close(): Promise<void>;
}

const etagOf = (body: string | Buffer) => `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;

export async function startHoldingHost(): Promise<HoldingHost> {
  const files = new Map<string, { body: string | Buffer; contentType: string }>();
  const holds = new Map<string, Promise<number>>();
  const requests: HoldingHost['requests'] = [];
  const cors = { 'access-control-allow-origin': '*' };
  const answer = (req: IncomingMessage, res: ServerResponse, path: string, status: number) => {
    const method = req.method ?? 'GET';
    const file = files.get(path);
    if (status !== 200 || !file) {
      const code = status !== 200 ? status : 404;
      requests.push({ method, path, status: code });
      res.writeHead(code, { ...cors, 'content-type': 'text/plain' }).end(method === 'HEAD' ? undefined : 'unavailable');
      return;
    }
    const etag = etagOf(file.body);
    if (req.headers['if-none-match'] === etag) {
      requests.push({ method, path, status: 304 });
      res.writeHead(304, { ...cors, etag }).end();
      return;
    }
    requests.push({ method, path, status: 200 });
    res.writeHead(200, { ...cors, 'content-type': file.contentType, etag, 'content-length': String(Buffer.byteLength(file.body)) });
    res.end(method === 'HEAD' ? undefined : file.body);
  };
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      requests.push({ method, path, status: 405 });
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' }).end('Method Not Allowed');
      return;
    }
    const held = holds.get(path);
    if (held) void held.then((status) => answer(req, res, path, status));
    else answer(req, res, path, 200);
  });
  const origin = await listenOnLoopback(server);
  return {
    origin,
    url: (path) => `${origin}${path}`,
    put: (path, body, contentType) => void files.set(path, { body, contentType }),
    hold(path) {
      let settle!: (status: number) => void;
      const gate = new Promise<number>((resolve) => (settle = resolve));
      holds.set(path, gate);
      // Released, the path answers at once again; failed, it stays down.
      void gate.then((status) => status === 200 && holds.get(path) === gate && holds.delete(path));
      let received = 0;
      server.on('request', (req: IncomingMessage) => {
        if (new URL(req.url ?? '/', 'http://x').pathname === path) received++;
      });
      return {
        release: () => settle(200),
        fail: (status) => settle(status),
        get requests() {
          return received;
        },
      };
    },
    requests,
    count: (method) => requests.filter((r) => r.method === method).length,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
