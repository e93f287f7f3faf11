import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ParseError, StorageError, ValidationError } from '../../../lib/model/errors.ts';
import { importBackup } from '../../../entrypoints/shared/backup-apply.ts';
import { createBackup, parseBackup } from '../../../entrypoints/shared/backup.ts';
import { readSaved, readSettings, writeSaved, writeSettings } from '../../../entrypoints/shared/storage.ts';
import { defaultSettings, type Settings } from '../../../entrypoints/shared/types.ts';
import { labourWebinarBE, languageCafeLyon } from '../../fixtures/extension/events.ts';

const now = new Date('2026-11-22T10:00:00Z');
const mine: Settings = {
  ...defaultSettings(),
  interests: { topics: ['labour'], countries: ['BE'], cities: [], languages: [], modes: [] },
  sources: [{ url: 'https://calendar.example-network.eu/feed.json', name: 'Example network', enabled: true }],
};
const imported: Settings = {
  ...defaultSettings(),
  interests: { topics: ['language'], countries: ['FR'], cities: ['Lyon'], languages: ['fr'], modes: ['in-person'] },
  uiLanguage: 'fr',
};
const good = () => createBackup(imported, { [languageCafeLyon.id]: { event: languageCafeLyon, savedAt: now.toISOString() } }, now);
const savedBefore = { [labourWebinarBE.id]: { event: labourWebinarBE, savedAt: now.toISOString() } };

beforeEach(async () => {
  fakeBrowser.reset();
  await writeSettings(mine);
  await writeSaved(savedBefore);
});

async function expectUnchanged() {
  expect(await readSettings()).toEqual(mine);
  expect(await readSaved()).toEqual(savedBefore);
}

describe('importBackup', () => {
  it('applies a good file: settings replaced, saved events merged', async () => {
    expect(await importBackup(JSON.stringify(good()))).toEqual({ savedCount: 1 });
    expect(await readSettings()).toEqual(imported);
    expect(Object.keys(await readSaved()).sort()).toEqual([languageCafeLyon.id, labourWebinarBE.id].sort());
  });

  const bad: Array<[string, () => string, RegExp]> = [
    ['not JSON', () => '{"format": ', /not valid JSON/],
    ['some other JSON file', () => JSON.stringify({ version: 1, title: 'A feed', events: [] }), /not an Inclusio extension export/],
    ['an unknown topic', () => JSON.stringify({ ...good(), settings: { ...imported, interests: { ...imported.interests, topics: ['sports'] } } }), /settings\.interests\.topics\[0\]/],
    ['a source that is not http(s)', () => JSON.stringify({ ...good(), settings: { ...imported, sources: [{ url: 'javascript:alert(1)', name: 'x', enabled: true }] } }), /settings\.sources\[0\]/],
    ['quiet hours at 25:00', () => JSON.stringify({ ...good(), settings: { ...imported, notifications: { ...imported.notifications, quietHours: { enabled: true, start: '25:00', end: '07:00' } } } }), /quietHours/],
    [
      'a saved event with a broken date (valid settings are not applied either)',
      () => JSON.stringify({ ...good(), savedEvents: { [languageCafeLyon.id]: { event: { ...languageCafeLyon, start: '2026-13-40' }, savedAt: now.toISOString() } } }),
      /\.event\.start/,
    ],
    ['a saved event under another id', () => JSON.stringify({ ...good(), savedEvents: { other: { event: languageCafeLyon, savedAt: now.toISOString() } } }), /must match its key/],
  ];
  it.each(bad)('rejects %s, says why, and changes nothing', async (_name, text, why) => {
    const error = await importBackup(text()).catch((e: unknown) => e);
    expect(error instanceof ParseError || error instanceof ValidationError).toBe(true);
    expect((error as Error).message).toMatch(why);
    await expectUnchanged();
  });

  it('lists every problem, not only the first', () => {
    const text = JSON.stringify({ ...good(), version: 2, settings: { ...imported, uiLanguage: 'xx' } });
    let error: ValidationError | undefined;
    try {
      parseBackup(text);
    } catch (e) {
      error = e as ValidationError;
    }
    expect(error?.problems.map((p) => p.path)).toEqual(['version', 'settings.uiLanguage']);
  });

  it('puts the saved events back when the settings cannot be written', async () => {
    const spy = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    await expect(importBackup(JSON.stringify(good()))).rejects.toBeInstanceOf(StorageError);
    spy.mockRestore();
    await expectUnchanged();
  });

  it('round-trips an export', () => {
    const backup = good();
    expect(parseBackup(JSON.stringify(backup))).toEqual({ settings: backup.settings, savedEvents: backup.savedEvents });
  });
});
