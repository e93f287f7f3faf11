import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { StorageError } from '../../../lib/model/errors.ts';
import {
  feedCacheItem,
  readSettings,
  savedEventsItem,
  settingsItem,
  writeCaches,
  writeSaved,
} from '../../../entrypoints/shared/storage.ts';
import { DAY_MINUTES, defaultSettings, type FeedCaches } from '../../../entrypoints/shared/types.ts';
import { labourWebinarBE, makeEvent } from '../../fixtures/extension/events.ts';

const fixture = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/extension', name), 'utf8'));

/** Stores data as an older release left it: the value plus its version in the `$` meta key. */
async function storeOld(area: 'sync' | 'local', key: string, value: unknown, version: number) {
  await fakeBrowser.storage[area].set({ [key]: value, [`${key}$`]: { v: version } });
}

beforeEach(() => fakeBrowser.reset());

describe('settings migrations', () => {
  it('v1 -> v3: comma strings become lists, URLs become named sources, nothing dropped', async () => {
    await storeOld('sync', 'settings', fixture('settings-v1.json'), 1);
    await settingsItem.migrate();
    const s = await settingsItem.getValue();
    expect(s.interests).toEqual({ topics: ['labour', 'language', 'housing'], countries: ['BE', 'FR'], cities: [], languages: ['fr', 'en'], modes: [] });
    expect(s.sources).toEqual([
      { url: 'https://calendar.example-network.eu/feed.json', name: 'calendar.example-network.eu', enabled: true },
      { url: 'https://www.city-of-example.be/agenda.ics', name: 'city-of-example.be', enabled: true },
    ]);
    expect(s.notifications.enabled).toBe(true);
    expect(s.notifications.reminderOffsets).toEqual([DAY_MINUTES, 60]);
    expect(s.uiLanguage).toBe('fr');
    expect(await settingsItem.getMeta()).toEqual({ v: 3 });
  });

  it('v2 -> v3: keeps interests, sources (enabled or not), quiet hours and the off switch', async () => {
    const old = fixture('settings-v2.json');
    await storeOld('sync', 'settings', old, 2);
    await settingsItem.migrate();
    const s = await settingsItem.getValue();
    expect(s.interests).toEqual({ ...old.interests, modes: [] });
    expect(s.sources).toEqual(old.sources);
    expect(s.notifications).toMatchObject({ enabled: false, mode: 'instant', quietHours: old.notifications.quietHours });
    expect(s.uiLanguage).toBe('auto'); // nl is not one of the UI languages
  });

  it('v1 stored without a version marker is read as v1', async () => {
    await fakeBrowser.storage.sync.set({ settings: fixture('settings-v1.json') });
    await settingsItem.migrate();
    expect((await settingsItem.getValue()).interests.topics).toEqual(['labour', 'language', 'housing']);
  });

  it('a fresh install reads the defaults', async () => {
    expect(await readSettings()).toEqual(defaultSettings());
  });
});

describe('saved events migrations', () => {
  it('v1 list -> v2 map keyed by id: every saved event kept, duplicates once', async () => {
    const old = fixture('saved-v1.json');
    await storeOld('local', 'savedEvents', old, 1);
    await savedEventsItem.migrate();
    const saved = await savedEventsItem.getValue();
    expect(Object.keys(saved)).toEqual(['ev-0001', 'ev-0002']);
    expect(saved['ev-0001']!.event).toEqual(old[0]);
    expect(saved['ev-0002']!.event).toEqual(old[1]);
    expect(Number.isNaN(Date.parse(saved['ev-0001']!.savedAt))).toBe(false);
  });
});

describe('writes when storage is full', () => {
  const quota = () => new Error('QUOTA_BYTES quota exceeded');

  it('trims caches (past events first) instead of failing, leaving saved events alone', async () => {
    await writeSaved({ [labourWebinarBE.id]: { event: labourWebinarBE, savedAt: '2026-11-20T10:00:00.000Z' } });
    const past = makeEvent({ id: 'ev-past', start: '2025-01-10T10:00', end: '2025-01-10T12:00' });
    const caches: FeedCaches = { 'https://a.example/feed.json': { url: 'https://a.example/feed.json', events: [past, labourWebinarBE], validators: {} } };
    const real = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    let calls = 0;
    const spy = vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if ('feedCache' in items && calls++ === 0) throw quota();
      return real(items);
    });
    await writeCaches(caches, new Date('2026-11-22T12:00:00Z'), 'Europe/Brussels');
    spy.mockRestore();
    expect((await feedCacheItem.getValue())['https://a.example/feed.json']!.events.map((e) => e.id)).toEqual([labourWebinarBE.id]);
    expect(Object.keys(await savedEventsItem.getValue())).toEqual([labourWebinarBE.id]);
  });

  it('a failed write of saved events is a StorageError and the stored ones stay', async () => {
    await writeSaved({ [labourWebinarBE.id]: { event: labourWebinarBE, savedAt: '2026-11-20T10:00:00.000Z' } });
    const spy = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(quota());
    await expect(writeSaved({})).rejects.toBeInstanceOf(StorageError);
    spy.mockRestore();
    expect(Object.keys(await savedEventsItem.getValue())).toEqual([labourWebinarBE.id]);
  });
});
