/**
 * A real HTTP server on 127.0.0.1 for tests: routes answer with fixed bodies or handlers,
 * and every request is recorded so tests can assert what was (and was not) asked for.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { listenOnLoopback } from './listen.ts';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
}

export interface TestServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  url(path: string): string;
  route(path: string, handler: Handler): void;
  /** Serves `body` with `contentType` (and the optional extra headers) at `path`. */
  serve(path: string, body: string | Buffer, contentType: string, headers?: Record<string, string>): void;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, Handler>();
  const requests: RecordedRequest[] = [];
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push({ method: req.method ?? 'GET', path, headers: req.headers });
    const handler = routes.get(path);
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    try {
      await handler(req, res);
    } catch (error) {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(error));
    }
  });
  const origin = await listenOnLoopback(server);
  return {
    origin,
    url: (path) => `${origin}${path}`,
    route: (path, handler) => void routes.set(path, handler),
    serve(path, body, contentType, headers = {}) {
      routes.set(path, (_req, res) => {
        res.writeHead(200, { 'content-type': contentType, ...headers }).end(body);
      });
    },
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
