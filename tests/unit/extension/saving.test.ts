import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importBackup } from '../../../entrypoints/shared/backup-apply.ts';
import { createBackup } from '../../../entrypoints/shared/backup.ts';
import { setSaved } from '../../../entrypoints/shared/saving.ts';
import { readSaved, readSettings, seenIdsItem, updateSettings, writeSaved } from '../../../entrypoints/shared/storage.ts';
import { defaultSettings } from '../../../entrypoints/shared/types.ts';
import { labourWebinarBE, makeEvent } from '../../fixtures/extension/events.ts';

const now = new Date('2026-11-22T10:00:00Z');
const events = Array.from({ length: 7 }, (_, i) => makeEvent({ id: `quick-${i}`, title: `Workshop for newcomers ${i}` }));

beforeEach(() => fakeBrowser.reset());

describe('saving is one write at a time', () => {
  it('seven saves in one tick keep seven events', async () => {
    await Promise.all(events.map((e) => setSaved(e, true, now)));
    expect(Object.keys(await readSaved()).sort()).toEqual(events.map((e) => e.id).sort());
  });

  it('saves and unsaves interleaved in one tick all land', async () => {
    await writeSaved({ [labourWebinarBE.id]: { event: labourWebinarBE, savedAt: now.toISOString() } });
    await Promise.all([...events.map((e) => setSaved(e, true, now)), setSaved(labourWebinarBE, false, now), setSaved(events[0]!, false, now)]);
    expect(Object.keys(await readSaved()).sort()).toEqual(events.slice(1).map((e) => e.id).sort());
  });

  it('a double click on Save saves once and keeps the first time', async () => {
    await Promise.all([setSaved(events[0]!, true, now), setSaved(events[0]!, true, new Date('2026-11-22T10:00:01Z'))]);
    expect((await readSaved())[events[0]!.id]!.savedAt).toBe(now.toISOString());
  });

  it('two pages changing different settings in one tick keep both changes', async () => {
    await Promise.all([
      updateSettings((s) => ({ ...s, uiLanguage: 'fr' })),
      updateSettings((s) => ({ ...s, interests: { ...s.interests, topics: ['labour'] } })),
      updateSettings((s) => ({ ...s, sources: [...s.sources, { url: 'https://a.example.org/feed', name: 'A', enabled: true }] })),
      updateSettings((s) => ({ ...s, sources: [...s.sources, { url: 'https://b.example.org/feed', name: 'B', enabled: true }] })),
    ]);
    const s = await readSettings();
    expect(s.uiLanguage).toBe('fr');
    expect(s.interests.topics).toEqual(['labour']);
    expect(s.sources.map((x) => x.name).sort()).toEqual(['A', 'B']);
  });

  it('an import during quick saves loses neither, and imported events count as seen', async () => {
    const backup = createBackup(defaultSettings(), { [labourWebinarBE.id]: { event: labourWebinarBE, savedAt: now.toISOString() } }, now);
    await Promise.all([importBackup(JSON.stringify(backup)), ...events.map((e) => setSaved(e, true, now))]);
    expect(Object.keys(await readSaved())).toHaveLength(8);
    expect(await seenIdsItem.getValue()).toContain(labourWebinarBE.id);
  });
});
