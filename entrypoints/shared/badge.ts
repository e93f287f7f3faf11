/**
 * The toolbar badge: how many upcoming relevant events the user has not seen yet. Recomputed
 * from storage each time, so any page (popup, background) can refresh it.
 */
import { browser } from 'wxt/browser';
import { dedupeEvents } from '../../lib/query/index.ts';
import { upcomingEvents } from './diff.ts';
import { scoreEvent } from './interests.ts';
import { cachedEvents } from './refresh.ts';
import { feedCacheItem, readSettings, seenIdsItem, updateItem } from './storage.ts';
import type { InclusionEvent } from '../../lib/model/event.ts';
import type { FeedCaches, Settings } from './types.ts';

/** Upcoming events that fit the user's interests, soonest first is left to the caller. */
export function relevantUpcoming(caches: FeedCaches, settings: Settings, now: Date, zone: string): InclusionEvent[] {
  const events = upcomingEvents(dedupeEvents(cachedEvents(caches, settings.sources)), now, zone);
  return events.filter((e) => scoreEvent(e, settings.interests).relevant);
}

export function badgeText(unseen: number): string {
  if (unseen <= 0) return '';
  return unseen > 99 ? '99+' : String(unseen);
}

export async function updateBadge(now: Date, zone: string): Promise<number> {
  const [caches, settings, seen] = await Promise.all([feedCacheItem.getValue(), readSettings(), seenIdsItem.getValue()]);
  const seenSet = new Set(seen);
  const unseen = relevantUpcoming(caches, settings, now, zone).filter((e) => !seenSet.has(e.id)).length;
  const action = browser.action;
  if (action?.setBadgeText) {
    await action.setBadgeText({ text: badgeText(unseen) });
    await action.setBadgeBackgroundColor?.({ color: '#1d5fbf' });
  }
  return unseen;
}

/** Marks events as seen (keeps the list bounded: most recent first). */
export async function markSeen(ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await updateItem(seenIdsItem, 'seenIds', (previous) => [...new Set([...ids, ...previous])].slice(0, 5000));
}
