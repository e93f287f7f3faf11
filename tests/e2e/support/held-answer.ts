/**
 * An answer that arrives when the test says so, as a visitor on a slow line meets it: served as
 * strictly as a static host (GET and HEAD only, `Access-Control-Allow-Origin: *`, an ETag), its
 * first bytes at once and the rest held until `release()`.
 */
import { createHash } from 'node:crypto';
import type { TestServer } from '../../support/http-server.ts';

export interface HeldAnswer {
  /** Sends the rest of every answer held so far; later requests are answered at once. */
  release(): void;
  /** Requests that reached the route. */
  readonly requests: number;
}

export function holdAnswer(server: TestServer, path: string, body: string | Buffer, contentType: string, firstBytes = 0): HeldAnswer {
  const bytes = Buffer.from(body);
  const etag = `"${createHash('sha1').update(bytes).digest('hex').slice(0, 16)}"`;
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let requests = 0;
  server.route(path, async (req, res) => {
    requests++;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' }).end('Method Not Allowed');
      return;
    }
    res.writeHead(200, { 'content-type': contentType, 'content-length': String(bytes.length), 'access-control-allow-origin': '*', etag });
    if (req.method === 'HEAD') return void res.end();
    res.write(bytes.subarray(0, firstBytes));
    await released;
    res.end(bytes.subarray(firstBytes));
  });
  return {
    release,
    get requests() {
      return requests;
    },
  };
}
