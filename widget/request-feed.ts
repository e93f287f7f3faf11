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
  /** Settles with the answer's head; rejects when there is no answer script may read. */
  response: Promise<Response>;
  /** True once the time allowed has run out (the request is then aborted). */
  timedOut(): boolean;
  timeoutMs: number;
  /** Stops the timer once the body is read. */
  done(): void;
  /**
   * A copy of a successful answer for the first-screen preview (preview-feed.ts), when asked
   * for: cloned before anyone reads the body. Cancelled by done() if nobody read it.
   */
  copy?: Promise<Response | undefined>;
}

/**
 * @example const started = startRequest('https://network.example.org/feed.json', 15000);
 */
export function startRequest(url: string, timeoutMs: number, signal?: AbortSignal, doFetch: typeof fetch = fetch, withCopy = false): StartedRequest {
  const abort = new AbortController();
  let late = false;
  const timer = setTimeout(() => {
    late = true;
    abort.abort();
  }, timeoutMs);
  const stop = () => abort.abort();
  signal?.addEventListener('abort', stop);
  let copy: Promise<Response | undefined> | undefined;
  const done = () => {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
    // An unread copy would keep the whole body in memory.
    void copy?.then((c) => c?.body?.cancel()).catch(() => undefined);
  };
  // No headers and no credentials: a "simple" request in CORS terms, never preflighted.
  const response = doFetch(url, { method: 'GET', cache: 'no-cache', credentials: 'omit', redirect: 'follow', signal: abort.signal });
  // Attached first, so the copy is made before the reader takes the body.
  if (withCopy) copy = response.then((r) => (r.ok && r.body ? r.clone() : undefined), () => undefined);
  response.catch(done);
  return { url, response, timedOut: () => late, timeoutMs, done, ...(copy ? { copy } : {}) };
}
