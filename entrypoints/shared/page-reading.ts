/**
 * What the page reader sends back from a page: the events it found, whether the page is about
 * migrant inclusion at all, and the sources the site offers. Plain data, so it crosses from the
 * page to the popup intact; checked before the popup trusts it (the page could tamper with it).
 */
import type { InclusionEvent } from '../../lib/model/event.ts';
import type { Classification } from '../../lib/relevance/index.ts';
import type { SiteFeeds } from './site-feeds.ts';

export interface PageResult {
  url: string;
  title?: string;
  relevant: boolean;
  relevance: Pick<Classification, 'score' | 'topics' | 'reasons' | 'why'>;
  events: InclusionEvent[];
  site: SiteFeeds;
}

const KINDS = ['rss', 'atom', 'ics', 'tec', 'widget', 'jsonld'];

function isSiteFeeds(value: unknown): value is SiteFeeds {
  const v = value as Partial<SiteFeeds> | null;
  return (
    !!v &&
    typeof v.siteName === 'string' &&
    Array.isArray(v.feeds) &&
    v.feeds.every((f) => !!f && KINDS.includes(f.kind) && typeof f.url === 'string' && /^https?:\/\//i.test(f.url) && (f.title === undefined || typeof f.title === 'string'))
  );
}

/** Checks what came back from executeScript before the popup trusts it. */
export function isPageResult(value: unknown): value is PageResult {
  const v = value as Partial<PageResult> | null;
  return (
    !!v &&
    typeof v.url === 'string' &&
    typeof v.relevant === 'boolean' &&
    !!v.relevance &&
    Array.isArray(v.relevance.reasons) &&
    isSiteFeeds(v.site) &&
    Array.isArray(v.events) &&
    v.events.every((e) => !!e && typeof e.id === 'string' && typeof e.title === 'string' && typeof e.start === 'string')
  );
}
