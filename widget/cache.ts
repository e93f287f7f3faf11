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
  /** False when the copy could not be stored (quota, no storage). */
  write(key: string, entry: CacheEntry): boolean;
}

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
    write(key, entry) {
      if (!storage) return false;
      try {
        storage.setItem(PREFIX + key, JSON.stringify(entry));
        return true;
      } catch {
        // Over quota: drop the stale copy rather than keep one that no longer matches the feed.
        try {
          storage.removeItem(PREFIX + key);
        } catch {
          /* storage unusable */
        }
        return false;
      }
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
