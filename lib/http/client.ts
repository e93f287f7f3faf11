/**
 * The one HTTP client of Inclusio: a ky instance with a timeout, retries with backoff on
 * network errors and 5xx only, conditional GET and a size cap enforced while streaming.
 * Every failure becomes one of our typed errors so callers can say what went wrong.
 */
import ky, { isHTTPError, isNetworkError, isTimeoutError, type KyInstance } from 'ky';
import { HttpStatusError, InclusioError, NetworkError, TimeoutError, TooLargeError } from '../model/errors.ts';
import { readCapped } from './read-body.ts';

export interface HttpClientOptions {
  /** Per attempt, and again for reading the body. Default 15000. */
  timeoutMs?: number;
  /** Extra attempts after a network error or a 5xx answer. Default 2. */
  retries?: number;
  /** Largest body accepted, in bytes. Default 10_000_000. */
  maxBytes?: number;
  fetch?: typeof fetch;
  headers?: Record<string, string>;
  /** First retry delay in ms, doubled each time. Default 300 (tests make it small). */
  backoffMs?: number;
}

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type FetchResult =
  | { notModified: false; status: number; url: string; body: string; contentType: string; validators: Validators }
  | { notModified: true; status: 304; url: string; validators: Validators };

export interface HttpClient {
  get(url: string, options?: { validators?: Validators; accept?: string; signal?: AbortSignal }): Promise<FetchResult>;
}

const RETRY_STATUSES = [500, 502, 503, 504, 507, 508, 509, 520, 521, 522, 523, 524];

function validatorsOf(headers: Headers): Validators {
  const out: Validators = {};
  const etag = headers.get('etag');
  const lastModified = headers.get('last-modified');
  if (etag) out.etag = etag;
  if (lastModified) out.lastModified = lastModified;
  return out;
}

function toTypedError(error: unknown, url: string, timeoutMs: number): InclusioError {
  if (error instanceof InclusioError) return error;
  if (isHTTPError(error)) return new HttpStatusError(url, error.response.status, { cause: error });
  if (isTimeoutError(error)) return new TimeoutError(url, timeoutMs, { cause: error });
  if (isNetworkError(error)) return new NetworkError(url, { cause: error });
  return new NetworkError(url, { cause: error });
}

function checkUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (cause) {
    throw new NetworkError(url, { cause });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new NetworkError(url, { cause: new Error(`Only http(s) URLs can be fetched, not ${parsed.protocol}`) });
  }
}

/**
 * Creates the client every fetch in Inclusio goes through.
 * @example
 * const http = createHttpClient({ timeoutMs: 10_000 });
 * const first = await http.get('https://example.org/events.ics');
 * const again = await http.get('https://example.org/events.ics', { validators: first.validators });
 * if (again.notModified) console.log('unchanged');
 */
export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxBytes = options.maxBytes ?? 10_000_000;
  const backoffMs = options.backoffMs ?? 300;
  const instance: KyInstance = ky.create({
    timeout: timeoutMs,
    retry: {
      limit: options.retries ?? 2,
      methods: ['get'],
      statusCodes: RETRY_STATUSES,
      afterStatusCodes: [503],
      maxRetryAfter: Math.max(backoffMs * 8, 5_000),
      delay: (attempt) => backoffMs * 2 ** (attempt - 1),
    },
    // A 304 is an answer, not an error; 4xx and 5xx are.
    throwHttpErrors: (status) => status >= 400,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
  });

  return {
    async get(url, request = {}) {
      checkUrl(url);
      const headers: Record<string, string> = {};
      if (request.accept) headers.accept = request.accept;
      if (request.validators?.etag) headers['if-none-match'] = request.validators.etag;
      if (request.validators?.lastModified) headers['if-modified-since'] = request.validators.lastModified;
      let response: Response;
      try {
        response = await instance.get(url, { headers, ...(request.signal ? { signal: request.signal } : {}) });
      } catch (error) {
        throw toTypedError(error, url, timeoutMs);
      }
      const finalUrl = response.url || url;
      const validators = validatorsOf(response.headers);
      if (response.status === 304) {
        await response.body?.cancel().catch(() => undefined);
        // A 304 may omit validators; the caller's still hold.
        return { notModified: true, status: 304, url: finalUrl, validators: { ...request.validators, ...validators } };
      }
      const contentType = response.headers.get('content-type') ?? '';
      const declared = Number(response.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        throw new TooLargeError(finalUrl, maxBytes);
      }
      const body = await readCapped(response, { url: finalUrl, maxBytes, timeoutMs, contentType });
      return { notModified: false, status: response.status, url: finalUrl, body, contentType, validators };
    },
  };
}
