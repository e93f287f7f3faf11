import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpStatusError, NetworkError, TimeoutError, TooLargeError } from '../../../lib/model/errors.ts';
import { CorsBlockedError, readResponse, sameValidators } from '../../../widget/read-response.ts';
import { startRequest } from '../../../widget/request-feed.ts';
import { startStaticHost, type StaticHost } from '../../support/static-host.ts';

let host: StaticHost;
beforeAll(async () => {
  host = await startStaticHost();
  host.put('/feed.json', { body: '{"version":1,"events":[]}', contentType: 'application/json' });
  host.put('/big.json', { body: 'x'.repeat(5000), contentType: 'application/json' });
});
afterAll(() => host.close());

/** The real fetch, with every call's init recorded. */
function recording() {
  const calls: Array<RequestInit | undefined> = [];
  const spy = ((input: RequestInfo | URL, init?: RequestInit) => {
    calls.push(init);
    return fetch(input, init);
  }) as typeof fetch;
  return { calls, spy };
}

const read = (url: string, doFetch?: typeof fetch, timeoutMs = 2000, maxBytes?: number) =>
  readResponse(startRequest(url, timeoutMs, undefined, doFetch), { ...(doFetch ? { fetch: doFetch } : {}), ...(maxBytes ? { maxBytes } : {}) });

describe('startRequest + readResponse', () => {
  it('sends a CORS-simple GET: no header from script, the browser cache revalidates', async () => {
    const { calls, spy } = recording();
    const res = await read(host.url('/feed.json'), spy);
    expect(res.body).toBe('{"version":1,"events":[]}');
    expect(res.validators.etag).toMatch(/^"/);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ method: 'GET', cache: 'no-cache', credentials: 'omit' });
    expect(calls[0]?.headers).toBeUndefined();
    expect(host.requests.at(-1)?.headers['if-none-match']).toBeUndefined();
  });

  it.each<[string, () => Promise<unknown>, new (...a: never[]) => Error]>([
    ['a 404', () => read(host.url('/missing.json')), HttpStatusError],
    ['a body over the cap', () => read(host.url('/big.json'), undefined, 2000, 1000), TooLargeError],
  ])('fails with a typed error on %s', async (_label, run, type) => {
    await expect(run()).rejects.toBeInstanceOf(type);
  });

  it('tells a CORS refusal (the host answers an opaque request) from an unreachable host', async () => {
    const corsBlocked = ((_i: RequestInfo | URL, init?: RequestInit) =>
      init?.mode === 'no-cors' ? Promise.resolve(new Response(null, { status: 200 })) : Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    const error = await read('https://feeds.example.org/feed.json', corsBlocked).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorsBlockedError);
    expect((error as Error).message).toContain('Add the header "Access-Control-Allow-Origin: *"');
    expect((error as Error).message).toContain('https://feeds.example.org/feed.json');
    const down = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    await expect(read('https://feeds.example.org/feed.json', down)).rejects.toBeInstanceOf(NetworkError);
  });

  it('gives the page the main thread between pieces of a long body when asked (pause), and reads it whole', async () => {
    const pieces = Array.from({ length: 40 }, (_, i) => `{"n":${i},"pad":"${'é'.repeat(3000)}"}`);
    const bytes = new TextEncoder().encode(`[${pieces.join(',')}]`);
    // Already downloaded: every read settles at once, as a browser's does for a body in memory.
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 4096) controller.enqueue(bytes.subarray(i, i + 4096));
        controller.close();
      },
    });
    const answered = (() => Promise.resolve(new Response(body, { headers: { 'content-type': 'application/json' } }))) as typeof fetch;
    let pauses = 0;
    let timersRan = 0;
    const ticking = setInterval(() => timersRan++, 0);
    const pause = () => (++pauses % 5 === 0 ? new Promise<void>((r) => setTimeout(r, 0)) : undefined);
    const res = await readResponse(startRequest('https://feeds.example.org/big.json', 2000, undefined, answered), { pause });
    clearInterval(ticking);
    expect(JSON.parse(res.body)).toHaveLength(40);
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(bytes.length / 4096));
    // Other tasks ran while it was read.
    expect(timersRan).toBeGreaterThan(0);
  });

  it('times out a host that never answers', async () => {
    const hang = ((_i: RequestInfo | URL, init?: RequestInit) =>
      new Promise((_r, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))) as typeof fetch;
    await expect(read('https://x.example.org/f.json', hang, 50)).rejects.toBeInstanceOf(TimeoutError);
  });
});

describe('sameValidators', () => {
  it.each([
    [undefined, { etag: '"a"' }, false],
    [{ etag: '"a"' }, { etag: '"a"' }, true],
    [{ etag: '"a"' }, { etag: '"b"' }, false],
    [{ lastModified: 'Mon, 09 Nov 2026 08:00:00 GMT' }, { lastModified: 'Mon, 09 Nov 2026 08:00:00 GMT' }, true],
    [{}, {}, false],
  ])('%j vs %j -> %s', (a, b, same) => expect(sameValidators(a, b)).toBe(same));
});
