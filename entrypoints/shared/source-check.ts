/**
 * Checks a feed or page before it is added: fetch it and parse it the way the background will,
 * so a wrong URL is refused with a reason instead of failing silently later.
 */
import { createHttpClient } from '../../lib/http/client.ts';
import { fetchSource } from '../../lib/sources/index.ts';

export interface SourceCheck {
  title?: string;
  eventCount: number;
  format: string;
}

export async function checkSource(url: string, now: Date): Promise<SourceCheck> {
  const client = createHttpClient({ timeoutMs: 15_000, retries: 1 });
  const result = await fetchSource(client, url, {
    now,
    sourceUrl: url,
    parseHtml: (html: string) => new DOMParser().parseFromString(html, 'text/html'),
  });
  if (result.notModified) return { eventCount: 0, format: 'unknown' };
  return { eventCount: result.events.length, format: result.format, ...(result.title ? { title: result.title } : {}) };
}

export { originPattern } from './origins.ts';
