import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../../lib/http/client.ts';
import { HttpStatusError, NetworkError, TimeoutError, TooLargeError } from '../../../lib/model/errors.ts';
import { startServer, type TestServer } from '../../support/http-server.ts';

let server: TestServer;
const hits = (path: string) => server.requests.filter((r) => r.path === path).length;
const fast = { backoffMs: 5, timeoutMs: 2_000 };

beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

describe('createHttpClient', () => {
  it('returns body, content type, final URL and validators', async () => {
    server.serve('/feed.ics', 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', 'text/calendar; charset=utf-8', {
      etag: '"v1"',
      'last-modified': 'Mon, 16 Nov 2026 08:00:00 GMT',
    });
    const result = await createHttpClient(fast).get(server.url('/feed.ics'));
    expect(result).toMatchObject({
      notModified: false,
      status: 200,
      url: server.url('/feed.ics'),
      contentType: 'text/calendar; charset=utf-8',
      validators: { etag: '"v1"', lastModified: 'Mon, 16 Nov 2026 08:00:00 GMT' },
    });
    expect(result.notModified === false && result.body).toContain('BEGIN:VCALENDAR');
  });

  it('sends the validators and reads a 304 as not modified', async () => {
    server.route('/cond.json', (req, res) => {
      if (req.headers['if-none-match'] === '"abc"' && req.headers['if-modified-since'] === 'Sun, 15 Nov 2026 10:00:00 GMT') {
        res.writeHead(304, { etag: '"abc"' }).end();
      } else res.writeHead(200, { 'content-type': 'application/json', etag: '"abc"' }).end('{}');
    });
    const client = createHttpClient(fast);
    const result = await client.get(server.url('/cond.json'), {
      validators: { etag: '"abc"', lastModified: 'Sun, 15 Nov 2026 10:00:00 GMT' },
    });
    expect(result).toEqual({
      notModified: true,
      status: 304,
      url: server.url('/cond.json'),
      validators: { etag: '"abc"', lastModified: 'Sun, 15 Nov 2026 10:00:00 GMT' },
    });
    const fresh = await client.get(server.url('/cond.json'), { validators: { etag: '"old"' } });
    expect(fresh.notModified).toBe(false);
  });

  it('retries a 5xx and then succeeds', async () => {
    let calls = 0;
    server.route('/flaky', (_req, res) => {
      calls += 1;
      if (calls < 3) res.writeHead(503, { 'content-type': 'text/plain' }).end('busy');
      else res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
    const result = await createHttpClient({ ...fast, retries: 2 }).get(server.url('/flaky'));
    expect(result.notModified === false && result.body).toBe('ok');
    expect(hits('/flaky')).toBe(3);
  });

  it('gives up after the retries with HttpStatusError', async () => {
    server.route('/down', (_req, res) => void res.writeHead(500).end('boom'));
    const error = await createHttpClient({ ...fast, retries: 1 }).get(server.url('/down')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpStatusError);
    expect((error as HttpStatusError).status).toBe(500);
    expect(hits('/down')).toBe(2);
  });

  it.each([400, 403, 404, 410, 429])('does not retry a %i', async (status) => {
    const path = `/client-error-${status}`;
    server.route(path, (_req, res) => void res.writeHead(status).end('no'));
    const error = await createHttpClient({ ...fast, retries: 3 }).get(server.url(path)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpStatusError);
    expect((error as HttpStatusError).status).toBe(status);
    expect(hits(path)).toBe(1);
  });

  it('times out when no answer comes', async () => {
    server.route('/slow', async (_req, res) => {
      await new Promise((r) => setTimeout(r, 1_500));
      res.writeHead(200).end('late');
    });
    const error = await createHttpClient({ timeoutMs: 200, retries: 0 }).get(server.url('/slow')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it('times out when the body stalls', async () => {
    server.route('/stall', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('BEGIN:');
      setTimeout(() => res.end('END'), 1_500);
    });
    const error = await createHttpClient({ timeoutMs: 200, retries: 0 }).get(server.url('/stall')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it('refuses a body whose Content-Length is over the cap', async () => {
    server.serve('/big-declared', 'x'.repeat(2_000), 'text/plain', { 'content-length': '2000' });
    const error = await createHttpClient({ ...fast, maxBytes: 1_000 }).get(server.url('/big-declared')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TooLargeError);
  });

  it('aborts a streamed body without Content-Length once it passes the cap', async () => {
    let finished = false;
    server.route('/endless', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' }); // chunked: no content-length
      let sent = 0;
      const timer = setInterval(() => {
        if (res.destroyed || sent > 50) {
          clearInterval(timer);
          finished = sent > 50;
          res.end();
          return;
        }
        sent += 1;
        res.write('y'.repeat(1_000));
      }, 5);
    });
    const error = await createHttpClient({ ...fast, maxBytes: 5_000 }).get(server.url('/endless')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TooLargeError);
    expect(finished).toBe(false);
  });

  it('follows redirects and reports the final URL', async () => {
    server.route('/old', (_req, res) => void res.writeHead(301, { location: '/moved' }).end());
    server.route('/moved', (_req, res) => void res.writeHead(302, { location: '/final.json' }).end());
    server.serve('/final.json', '{"version":1}', 'application/json');
    const result = await createHttpClient(fast).get(server.url('/old'));
    expect(result.url).toBe(server.url('/final.json'));
    expect(result.notModified === false && result.body).toBe('{"version":1}');
  });

  it('returns a body whatever its content type says (the sniffer decides)', async () => {
    server.serve('/mislabelled', 'BEGIN:VCALENDAR\nEND:VCALENDAR\n', 'text/html');
    const result = await createHttpClient(fast).get(server.url('/mislabelled'));
    expect(result.notModified === false && result.contentType).toBe('text/html');
    expect(result.notModified === false && result.body).toMatch(/^BEGIN:VCALENDAR/);
  });

  it('decodes the declared charset', async () => {
    server.serve('/latin1', Buffer.from('Réunion à Liège', 'latin1'), 'text/plain; charset=ISO-8859-1');
    const result = await createHttpClient(fast).get(server.url('/latin1'));
    expect(result.notModified === false && result.body).toBe('Réunion à Liège');
  });

  it('sends the Accept header and the default headers', async () => {
    server.serve('/accept', 'ok', 'text/plain');
    await createHttpClient({ ...fast, headers: { 'user-agent': 'Inclusio-test' } }).get(server.url('/accept'), { accept: 'text/calendar' });
    const seen = server.requests.filter((r) => r.path === '/accept').at(-1);
    expect(seen?.headers.accept).toBe('text/calendar');
    expect(seen?.headers['user-agent']).toBe('Inclusio-test');
  });

  it('turns an unreachable host into NetworkError after retrying', async () => {
    const probe = await startServer();
    const deadUrl = probe.url('/gone');
    await probe.close();
    const error = await createHttpClient({ ...fast, retries: 1 }).get(deadUrl).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
  });

  it.each(['not a url', 'ftp://example.org/feed.ics', 'file:///etc/passwd'])('rejects %s with NetworkError', async (url) => {
    await expect(createHttpClient(fast).get(url)).rejects.toBeInstanceOf(NetworkError);
  });

  it('uses the fetch it is given', async () => {
    const seen: string[] = [];
    const fakeFetch: typeof fetch = async (input) => {
      seen.push(input instanceof Request ? input.url : String(input));
      return new Response('hello', { status: 200, headers: { 'content-type': 'text/plain' } });
    };
    const result = await createHttpClient({ ...fast, fetch: fakeFetch }).get('https://example.org/x');
    expect(seen).toEqual(['https://example.org/x']);
    expect(result.notModified === false && result.body).toBe('hello');
  });
});
