/**
 * Fetches every feed of a widget, in parallel, with conditional GETs against the cached copy.
 * Each feed succeeds or fails on its own: one partner's broken calendar must not hide the
 * others' events, and a failed feed falls back to its last good copy.
 */
import type { Validators } from '../lib/http/client.ts';
import type { InclusionEvent } from '../lib/model/event.ts';
import { sortEventsPaused } from '../lib/query/sort-paused.ts';
import { framePause } from './frame-pause.ts';
import { isOrderedByStart } from './split.ts';
import { CACHE_VERSION, type CacheEntry, type SourceSnapshot } from './cache.ts';

/** What fetching one feed gave: the contract of lib/sources fetchSource. */
export type FetchOutcome =
  | { notModified: true; validators: Validators }
  | { notModified: false; validators: Validators; events: InclusionEvent[]; icsUrl?: string; title?: string; format: string };

export type FetchFeed = (url: string, validators: Validators | undefined) => Promise<FetchOutcome>;

/** What partners get wrong most, told apart so the widget can say what to fix. */
export type FailureReason = 'cors' | 'not-found' | 'not-a-feed';

export interface Failure {
  url: string;
  message: string;
  /** True when a saved copy of this feed stands in for it. */
  cached: boolean;
  reason?: FailureReason;
}

/** The reason of a thrown error, by its name: classes from another copy of the code (a chunk) count too. */
export function failureReason(error: unknown): FailureReason | undefined {
  if (!(error instanceof Error)) return undefined;
  if (error.name === 'CorsBlockedError') return 'cors';
  if (error.name === 'NotAFeedError') return 'not-a-feed';
  if (error.name === 'HttpStatusError' && (error as Error & { status?: number }).status === 404) return 'not-found';
  return undefined;
}

export interface LoadResult {
  events: InclusionEvent[];
  /** Calendars a viewer can subscribe to (webcal). */
  icsUrls: string[];
  failures: Failure[];
  entry: CacheEntry;
  /** Oldest successful fetch time among the feeds shown, ISO. */
  updated?: string;
}

/**
 * Merges the events of several feeds: duplicates joined, in start order. The dedupe code is
 * loaded only when there is more than one feed to merge.
 */
export async function mergeSnapshots(snapshots: SourceSnapshot[]): Promise<InclusionEvent[]> {
  // Sorted in slices: a network's 10,000 events in one go would hold the page for a while.
  if (snapshots.length === 1) {
    const events = snapshots[0]!.events;
    return isOrderedByStart(events) ? events : sortEventsPaused(events, framePause());
  }
  const { dedupeEvents } = await import('../lib/query/dedupe.ts');
  return sortEventsPaused(dedupeEvents(snapshots.flatMap((s) => s.events)), framePause());
}

export function icsUrlsOf(urls: readonly string[], entry: CacheEntry): string[] {
  const out = new Set<string>();
  for (const url of urls) {
    const snap = entry.sources[url];
    if (snap?.icsUrl) {
      // A feed may name its calendar relative to itself ("feed.ics").
      try {
        out.add(new URL(snap.icsUrl, url).href);
      } catch {
        /* not a URL: nothing to subscribe to */
      }
    }
    else if (snap && /\.ics($|\?)/i.test(url)) out.add(url);
  }
  return [...out];
}

/** The events a cache entry holds for these feeds, or undefined when it holds none of them. */
export async function fromCache(urls: readonly string[], entry: CacheEntry | undefined): Promise<Omit<LoadResult, 'failures' | 'entry'> | undefined> {
  if (!entry) return undefined;
  const snaps = urls.map((u) => entry.sources[u]).filter((s): s is SourceSnapshot => !!s);
  if (snaps.length === 0) return undefined;
  const out: Omit<LoadResult, 'failures' | 'entry'> = { events: await mergeSnapshots(snaps), icsUrls: icsUrlsOf(urls, entry) };
  const updated = snaps.map((s) => s.fetchedAt).sort()[0];
  if (updated) out.updated = updated;
  return out;
}

/**
 * Refreshes every feed. Never throws: failures are listed, with the cached copy kept in their place.
 * @example const r = await refreshFeeds(['https://a.org/feed.json'], cache.read(key), fetchFeed, new Date());
 */
export async function refreshFeeds(urls: readonly string[], previous: CacheEntry | undefined, fetchFeed: FetchFeed, now: Date): Promise<LoadResult> {
  const settled = await Promise.allSettled(urls.map((url) => fetchFeed(url, previous?.sources[url]?.validators)));
  const entry: CacheEntry = { version: CACHE_VERSION, sources: {} };
  const failures: Failure[] = [];
  settled.forEach((result, i) => {
    const url = urls[i] as string;
    const old = previous?.sources[url];
    if (result.status === 'fulfilled') {
      const value = result.value;
      if (value.notModified) {
        if (old) entry.sources[url] = { ...old, validators: { ...old.validators, ...value.validators }, fetchedAt: now.toISOString() };
        else failures.push({ url, message: 'The server said nothing changed, but there is no saved copy.', cached: false });
        return;
      }
      const snap: SourceSnapshot = { events: value.events, validators: value.validators, fetchedAt: now.toISOString() };
      if (value.icsUrl) snap.icsUrl = value.icsUrl;
      else if (value.format === 'ics') snap.icsUrl = url;
      if (value.title) snap.title = value.title;
      entry.sources[url] = snap;
    } else {
      if (old) entry.sources[url] = old;
      const error: unknown = result.reason;
      const reason = failureReason(error);
      failures.push({ url, message: error instanceof Error ? error.message : String(error), cached: !!old, ...(reason ? { reason } : {}) });
    }
  });
  const shown = await fromCache(urls, entry);
  const out: LoadResult = { events: shown?.events ?? [], icsUrls: shown?.icsUrls ?? [], failures, entry };
  if (shown?.updated) out.updated = shown.updated;
  return out;
}
