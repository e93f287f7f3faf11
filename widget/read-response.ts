/**
 * Reading the answer to a feed request (request-feed.ts) into text, with the failures partners
 * meet told apart: a host that forbids cross-origin reads (CORS), a 404, a timeout.
 */
import type { Validators } from '../lib/http/client.ts';
import { readCapped } from '../lib/http/read-body.ts';
import { HttpStatusError, InclusioError, NetworkError, TimeoutError } from '../lib/model/errors.ts';
import type { StartedRequest } from './request-feed.ts';

/** A feed host that answers but does not let other origins read the answer. */
export class CorsBlockedError extends InclusioError {
  readonly url: string;
  constructor(url: string) {
    super('network', `${url}: the feed host does not let other sites read it. Add the header "Access-Control-Allow-Origin: *" to its answers`);
    this.name = 'CorsBlockedError';
    this.url = url;
  }
}

export interface FeedResponse {
  url: string;
  body: string;
  contentType: string;
  /** What the browser lets script read: Last-Modified always, ETag when the host exposes it. */
  validators: Validators;
}

/**
 * Tells a CORS refusal from an unreachable host: script cannot see why a CORS fetch failed,
 * but an opaque (no-cors) request to the same address succeeds when the host answered.
 */
async function diagnose(url: string, doFetch: typeof fetch, cause: unknown): Promise<InclusioError> {
  try {
    await doFetch(url, { mode: 'no-cors', cache: 'no-store', credentials: 'omit' });
    return new CorsBlockedError(url);
  } catch {
    return new NetworkError(url, { cause });
  }
}

/**
 * The text of a feed's answer, at most `maxBytes` long.
 * @throws CorsBlockedError, HttpStatusError (404...), TimeoutError, NetworkError, TooLargeError.
 * @example const { body } = await readResponse(startRequest(url, 15000));
 */
export async function readResponse(
  request: StartedRequest,
  options: { maxBytes?: number; fetch?: typeof fetch; signal?: AbortSignal; onText?: (text: string) => Promise<void> | void; pause?: () => Promise<void> | undefined } = {},
): Promise<FeedResponse> {
  const { url, timeoutMs } = request;
  try {
    let response: Response;
    try {
      response = await request.response;
    } catch (cause) {
      if (request.timedOut()) throw new TimeoutError(url, timeoutMs, { cause });
      if (options.signal?.aborted) throw cause;
      throw await diagnose(url, options.fetch ?? fetch, cause);
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new HttpStatusError(url, response.status);
    }
    const contentType = response.headers.get('content-type') ?? '';
    const validators: Validators = {};
    const etag = response.headers.get('etag');
    const lastModified = response.headers.get('last-modified');
    if (etag) validators.etag = etag;
    if (lastModified) validators.lastModified = lastModified;
    const body = await readCapped(response, { url, maxBytes: options.maxBytes ?? 10_000_000, timeoutMs, contentType, ...(options.onText ? { onText: options.onText } : {}), ...(options.pause ? { pause: options.pause } : {}) });
    return { url, body, contentType, validators };
  } finally {
    request.done();
  }
}

/** True when a fresh answer is the copy already saved (same ETag or Last-Modified): nothing to parse. */
export function sameValidators(a: Validators | undefined, b: Validators): boolean {
  if (!a) return false;
  if (a.etag && b.etag) return a.etag === b.etag;
  return !!a.lastModified && a.lastModified === b.lastModified && !a.etag && !b.etag;
}
