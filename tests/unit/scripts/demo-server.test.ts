import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The demo server (npm start) answers as plain static hosting does, so the demo shows a partner
// what their own host will do: GET and HEAD only, an ETag, no answer to a preflight.
interface DemoServerModule {
  startDemoServer(options: { root: string; port?: number; host?: string }): Promise<{ server: Server; url: string }>;
}
const ROOT = join(import.meta.dirname, '..', '..', '..');
let demo: { server: Server; url: string };

beforeAll(async () => {
  const { startDemoServer } = (await import(join(ROOT, 'scripts', 'serve.mjs') as string)) as DemoServerModule;
  demo = await startDemoServer({ root: ROOT, port: 0 });
});
afterAll(() => {
  demo?.server.close();
});

describe('the demo server behaves like static hosting', () => {
  it('serves a page with an ETag and answers 304 to it', async () => {
    const first = await fetch(new URL('/', demo.url));
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    await first.arrayBuffer();
    const again = await fetch(new URL('/', demo.url), { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
  });

  it('answers HEAD with the headers and no body', async () => {
    const head = await fetch(new URL('/', demo.url), { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(0);
    expect(await head.text()).toBe('');
  });

  it.each(['OPTIONS', 'POST', 'PUT', 'DELETE'])('refuses %s', async (method) => {
    const res = await fetch(new URL('/', demo.url), { method });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });

  it('keeps a path out of its folders', async () => {
    const res = await fetch(new URL('/..%2f..%2fpackage.json', demo.url));
    expect(res.status).toBe(404);
  });
});
