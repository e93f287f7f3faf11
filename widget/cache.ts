/**
 * The last good copy of each feed, kept in localStorage so the widget shows events at once
 * on the next visit and keeps showing them when a feed is down or the visitor is offline.
 * Storage can be missing (private mode, sandboxed iframes) or full: every access is guarded
 * and a failure only means no cache.
 */
import type { Validators } from '../lib/http/client.ts';
import type { InclusionEvent } from '../lib/model/event.ts';

/** Bump when the stored shape changes; old entries are then ignored. */
export const CACHE_VERSION = 1;
const PREFIX = 'inclusio:feeds:';

export interface SourceSnapshot {
  events: InclusionEvent[];
  validators: Validators;
  /** ISO time of the last successful fetch (200 or 304). */
  fetchedAt: string;
  icsUrl?: string;
  title?: string;
}

export interface CacheEntry {
  version: number;
  /** Per feed URL. */
  sources: Record<string, SourceSnapshot>;
}

export interface FeedCache {
  read(key: string): CacheEntry | undefined;
  /**
   * False when no copy could be stored (no storage, or not even a shortened copy fits). A feed
   * too big for the storage is kept shortened (see shortenedEntry) rather than not at all.
   */
  write(key: string, entry: CacheEntry, now?: Date): boolean;
}

/** Characters a shortened copy aims at: well inside the 5 MB a browser gives each site. */
const SHORTENED_CHARS = 1_500_000;
/** Attempts at a shortened copy, each half the one before, when the storage is fuller than it says. */
const SHORTEN_TRIES = 4;

/**
 * The entry with only the events that have not ended by `now`, about `fraction` of them, from
 * the soonest. Its validators are dropped: the feed's ETag names the whole feed, and a 304
 * against this copy would leave the rest of the events out for good. (The browser's own HTTP
 * cache still revalidates the request, so the next visit costs no full download.)
 */
export function shortenedEntry(entry: CacheEntry, fraction: number, now: Date): CacheEntry {
  const today = now.toISOString().slice(0, 10);
  const sources: Record<string, SourceSnapshot> = {};
  for (const [url, snap] of Object.entries(entry.sources)) {
    // A day's margin on the UTC date: every zone's today stays in (see widget/feed-prefix.ts).
    const upcoming = snap.events.filter((e) => (e.end ?? e.start).slice(0, 10) >= dayBefore(today));
    sources[url] = { ...snap, events: upcoming.slice(0, Math.floor(upcoming.length * fraction)), validators: {} };
  }
  return { version: entry.version, sources };
}

const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** Characters beyond which a copy is not even tried whole: twice what a browser's quota holds. */
const NEVER_FITS_CHARS = 5_000_000;
/** Events serialised to estimate an entry's size. */
const SAMPLE_EVENTS = 32;

/** The length of the entry as JSON, from a sample of its events spread over each feed. */
export function estimatedChars(entry: CacheEntry): number {
  let chars = 64;
  for (const [url, snap] of Object.entries(entry.sources)) {
    const n = snap.events.length;
    const step = Math.max(1, Math.floor(n / SAMPLE_EVENTS));
    let sampled = 0;
    let sampledChars = 0;
    for (let i = 0; i < n; i += step) {
      sampledChars += JSON.stringify(snap.events[i]).length + 1;
      sampled++;
    }
    chars += url.length + 128 + (sampled ? (sampledChars / sampled) * n : 0);
  }
  return chars;
}

const isQuotaError = (error: unknown) =>
  error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Enough of an event for the widget to draw it without throwing. The copy was valid when it was
 * written; this catches storage edited or damaged since (another script, a browser bug).
 */
function isDrawable(e: unknown): boolean {
  if (!isObject(e)) return false;
  return (
    typeof e.id === 'string' && typeof e.title === 'string' && typeof e.start === 'string' && /^\d{4}-\d\d-\d\d/.test(e.start) &&
    (e.end === undefined || typeof e.end === 'string') && typeof e.allDay === 'boolean' && Array.isArray(e.topics) &&
    isObject(e.relevance) && isObject(e.source) && typeof e.mode === 'string' && typeof e.status === 'string'
  );
}

function isSnapshot(s: unknown): s is SourceSnapshot {
  return isObject(s) && Array.isArray(s.events) && s.events.every(isDrawable) && isObject(s.validators) && typeof s.fetchedAt === 'string';
}

/** A stored entry of this version whose every snapshot can be drawn; anything else is discarded whole. */
function isEntry(value: unknown): value is CacheEntry {
  if (!isObject(value) || value.version !== CACHE_VERSION || !isObject(value.sources)) return false;
  return Object.values(value.sources).every(isSnapshot);
}

/** A cache over a Storage (pass `undefined` where there is none). */
export function createFeedCache(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined): FeedCache {
  return {
    read(key) {
      if (!storage) return undefined;
      try {
        const raw = storage.getItem(PREFIX + key);
        if (!raw) return undefined;
        const parsed: unknown = JSON.parse(raw);
        if (isEntry(parsed)) return parsed;
        // Corrupt or from an older version: dropped, so the next good fetch replaces it.
        storage.removeItem(PREFIX + key);
        return undefined;
      } catch {
        return undefined;
      }
    },
    write(key, entry, now = new Date()) {
      if (!storage) return false;
      // Far over any browser's quota (some 5 MB a site): not even serialised whole, which alone
      // would hold the page for a long moment.
      const estimate = estimatedChars(entry);
      const forget = () => {
        try {
          storage.removeItem(PREFIX + key);
          return true;
        } catch {
          return false;
        }
      };
      if (estimate <= NEVER_FITS_CHARS) {
        try {
          storage.setItem(PREFIX + key, JSON.stringify(entry));
          return true;
        } catch (error) {
          // Over quota: drop the stale copy rather than keep one that no longer matches the feed.
          if (!forget() || !isQuotaError(error)) return false;
        }
      } else if (!forget()) return false;
      // Too big for the storage (a network's 10,000 events are megabytes): the soonest events are
      // kept, so the next visit and an offline one still show the first pages at once.
      let fraction = Math.min(1, SHORTENED_CHARS / Math.max(1, estimate));
      for (let i = 0; i < SHORTEN_TRIES; i++, fraction /= 2) {
        const shortened = shortenedEntry(entry, fraction, now);
        // No upcoming event left to keep: a copy would only claim the feed is empty.
        if (Object.values(shortened.sources).every((s) => s.events.length === 0)) return false;
        try {
          storage.setItem(PREFIX + key, JSON.stringify(shortened));
          return true;
        } catch (error) {
          if (!isQuotaError(error)) return false;
        }
      }
      return false;
    },
  };
}

/** localStorage when the page may use it, else undefined (reading it can throw in sandboxes). */
export function pageStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}
