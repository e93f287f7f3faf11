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

function isEntry(value: unknown): value is CacheEntry {
  if (!value || typeof value !== 'object') return false;
  const v = value as Partial<CacheEntry>;
  return v.version === CACHE_VERSION && !!v.sources && typeof v.sources === 'object';
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
        return isEntry(parsed) ? parsed : undefined;
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
