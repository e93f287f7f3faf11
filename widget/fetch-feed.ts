/**
 * The network half of the widget (ky through lib/http, the source parsers, feed validation),
 * split into its own chunk: the element starts loading it at once, while it already shows
 * the cached events, so the first paint does not wait for it.
 */
import { createHttpClient } from '../lib/http/client.ts';
import { fetchSource } from '../lib/sources/index.ts';
import type { FetchFeed } from './load.ts';

/** A FetchFeed over the browser's fetch and DOMParser. `warn` receives each parser warning. */
export function createFetchFeed(timeoutMs: number, warn: (message: string) => void): FetchFeed {
  const client = createHttpClient({ timeoutMs, retries: 1, backoffMs: 400 });
  const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');
  return async (url, validators) => {
    const result = await fetchSource(client, url, { now: new Date(), parseHtml, sourceUrl: url, ...(validators ? { validators } : {}) });
    if (result.notModified) return { notModified: true, validators: result.validators };
    for (const w of result.warnings) warn(`${url}: ${w}`);
    return {
      notModified: false,
      validators: result.validators,
      events: result.events,
      format: result.format,
      ...(result.icsUrl ? { icsUrl: result.icsUrl } : {}),
      ...(result.title ? { title: result.title } : {}),
    };
  };
}
