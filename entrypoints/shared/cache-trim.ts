/**
 * Shrinks feed caches when local storage is full. Caches can be fetched again; saved events
 * cannot, so caches give way first.
 */
import { eventInstant } from '../../lib/time/offsets.ts';
import type { FeedCaches } from './types.ts';

export interface TrimOptions {
  /** Events that ended more than this many days ago are dropped. */
  keepPastDays: number;
  /** At most this many events per source (the soonest upcoming kept first). */
  maxPerSource: number;
}

/** A smaller copy of `caches`: old past events dropped, then each source capped. */
export function trimCaches(caches: FeedCaches, now: Date, zone: string, options: TrimOptions): FeedCaches {
  const cutoff = now.getTime() - options.keepPastDays * 86_400_000;
  const out: FeedCaches = {};
  for (const [url, cache] of Object.entries(caches)) {
    const kept = cache.events
      .map((event) => ({ event, at: safeInstant(event.end ?? event.start, event.timeZone, zone) }))
      .filter(({ at }) => at >= cutoff)
      .sort((a, b) => a.at - b.at)
      .slice(0, options.maxPerSource)
      .map(({ event }) => event);
    out[url] = { ...cache, events: kept };
  }
  return out;
}

function safeInstant(value: string, timeZone: string | undefined, zone: string): number {
  try {
    return eventInstant(value, timeZone, zone).getTime();
  } catch {
    return Number.NEGATIVE_INFINITY;
  }
}
