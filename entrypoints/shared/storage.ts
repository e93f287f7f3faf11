/**
 * Typed storage items. Settings sync across the user's browsers; saved events and caches stay
 * local. Every item has a version and migrations from the first release, so an upgrade reads
 * old data instead of dropping it.
 */
import { storage } from '#imports';
import { StorageError } from '../../lib/model/errors.ts';
import { savedEventsV1toV2, settingsV1toV2, settingsV2toV3 } from './migrations.ts';
import { trimCaches } from './cache-trim.ts';
import { exclusive } from './exclusive.ts';
import { defaultSettings, type FeedCaches, type NotificationTarget, type SavedEvents, type Settings } from './types.ts';
import { now } from './clock.ts';

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: defaultSettings(),
  version: 3,
  migrations: { 2: settingsV1toV2, 3: settingsV2toV3 },
});

export const savedEventsItem = storage.defineItem<SavedEvents>('local:savedEvents', {
  fallback: {},
  version: 2,
  migrations: { 2: (old) => savedEventsV1toV2(old, now()) },
});

export const feedCacheItem = storage.defineItem<FeedCaches>('local:feedCache', { fallback: {}, version: 1, migrations: {} });

/** Ids of every event already seen by a refresh: new events are the ones not in here. */
export const knownIdsItem = storage.defineItem<string[]>('local:knownIds', { fallback: [], version: 1, migrations: {} });

/** Ids the user has looked at (the badge counts relevant events not in here). */
export const seenIdsItem = storage.defineItem<string[]>('local:seenIds', { fallback: [], version: 1, migrations: {} });

/** Relevant new events waiting for the end of quiet hours or for the daily digest. */
export const pendingItem = storage.defineItem<string[]>('local:pendingNotifications', { fallback: [], version: 1, migrations: {} });

/** Reminder alarm name -> when it was shown: a reminder the browser missed is caught up once, never twice. */
export const remindersShownItem = storage.defineItem<Record<string, number>>('local:remindersShown', { fallback: {}, version: 1, migrations: {} });

/** Notification id -> what a click opens. */
export const notificationTargetsItem = storage.defineItem<Record<string, NotificationTarget>>('local:notificationTargets', {
  fallback: {},
  version: 1,
  migrations: {},
});

/** Settings with defaults for anything missing (a partial write, an older page). */
export function withDefaults(stored: Partial<Settings> | null | undefined): Settings {
  const defaults = defaultSettings();
  return {
    ...defaults,
    ...stored,
    interests: { ...defaults.interests, ...stored?.interests },
    notifications: { ...defaults.notifications, ...stored?.notifications },
    sources: Array.isArray(stored?.sources) ? stored.sources : [],
  };
}

/** A fresh copy of the settings, with defaults for anything missing. */
export async function readSettings(): Promise<Settings> {
  return withDefaults(await settingsItem.getValue());
}

export async function readSaved(): Promise<SavedEvents> {
  return { ...(await savedEventsItem.getValue()) };
}

export function isQuotaError(error: unknown): boolean {
  return /quota/i.test(error instanceof Error ? error.message : String(error));
}

async function guarded(what: string, write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (cause) {
    throw new StorageError(isQuotaError(cause) ? `Not enough storage space to save ${what}` : `Could not save ${what}`, { cause });
  }
}

export const writeSettings = (settings: Settings) => guarded('the settings', () => settingsItem.setValue(settings));

export const writeSaved = (saved: SavedEvents) => guarded('saved events', () => savedEventsItem.setValue(saved));

/**
 * Changes the settings from their latest stored value, one change at a time across every page
 * (two pages saving different parts never undo each other).
 * @example await updateSettings((s) => ({ ...s, uiLanguage: 'fr' }));
 */
export function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  return exclusive('settings', async () => {
    const next = change(await readSettings());
    await writeSettings(next);
    return next;
  });
}

/**
 * Changes the saved events from their latest stored value, one change at a time: any number of
 * quick saves and unsaves, from any page, are all kept.
 */
export function updateSaved(change: (current: SavedEvents) => SavedEvents): Promise<SavedEvents> {
  return exclusive('savedEvents', async () => {
    const next = change(await readSaved());
    await writeSaved(next);
    return next;
  });
}

/** The same for a list or record item the background and pages share (seen ids, targets...). */
export function updateItem<T>(item: { getValue(): Promise<T>; setValue(value: T): Promise<void> }, name: string, change: (current: T) => T): Promise<T> {
  return exclusive(name, async () => {
    const next = change(await item.getValue());
    await item.setValue(next);
    return next;
  });
}

/**
 * Writes feed caches; when storage is full, writes a trimmed copy instead (caches can be
 * fetched again, saved events are never touched here).
 */
export function writeCaches(caches: FeedCaches, now: Date, zone: string): Promise<void> {
  return exclusive('feedCache', () => writeCachesNow(caches, now, zone));
}

async function writeCachesNow(caches: FeedCaches, now: Date, zone: string): Promise<void> {
  try {
    await feedCacheItem.setValue(caches);
    return;
  } catch (cause) {
    if (!isQuotaError(cause)) throw new StorageError('Could not save the feed cache', { cause });
  }
  for (const options of [
    { keepPastDays: 30, maxPerSource: 500 },
    { keepPastDays: 0, maxPerSource: 100 },
  ]) {
    try {
      await feedCacheItem.setValue(trimCaches(caches, now, zone, options));
      return;
    } catch (cause) {
      if (!isQuotaError(cause)) throw new StorageError('Could not save the feed cache', { cause });
    }
  }
  await guarded('the feed cache', () => feedCacheItem.setValue({}));
}
