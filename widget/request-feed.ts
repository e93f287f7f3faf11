/**
 * The widget's feed request, CORS-simple so that any static host with
 * `Access-Control-Allow-Origin: *` can serve it: a plain GET with no header set from script
 * (a custom Accept or an If-None-Match would force a preflight, which static hosts refuse).
 * `cache: 'no-cache'` makes the browser revalidate its own copy with the ETag itself, which
 * needs no preflight. Only the sending is in the entry file, so the request leaves as soon as
 * the element is connected; reading the answer (read-response.ts) comes with the parser's code.
 */

export interface StartedRequest {
  /** The address asked for (the cache key), not the one redirected to. */
  url: string;
  /**
   * Settles with the answer's head; rejects when there is no answer script may read. A first
   * reader of the body (preview-feed.ts) puts back, in its place, the answer with what it read.
   */
  response: Promise<Response>;
  /** True once the time allowed has run out (the request is then aborted). */
  timedOut(): boolean;
  timeoutMs: number;
  /** Stops the timer once the body is read. */
  done(): void;
}

/**
 * @example const started = startRequest('https://network.example.org/feed.json', 15000);
 */
export function startRequest(url: string, timeoutMs: number, signal?: AbortSignal, doFetch: typeof fetch = fetch): StartedRequest {
  const abort = new AbortController();
  let late = false;
  const timer = setTimeout(() => {
    late = true;
    abort.abort();
  }, timeoutMs);
  const stop = () => abort.abort();
  signal?.addEventListener('abort', stop);
  const done = () => {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  };
  // No headers and no credentials: a "simple" request in CORS terms, never preflighted.
  const response = doFetch(url, { method: 'GET', cache: 'no-cache', credentials: 'omit', redirect: 'follow', signal: abort.signal });
  response.catch(done);
  return { url, response, timedOut: () => late, timeoutMs, done };
}
