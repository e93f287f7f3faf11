import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background/index.ts';
import { createStrings } from '../../../entrypoints/shared/i18n.ts';
import { showDelivery } from '../../../entrypoints/shared/notifier.ts';
import { seenIdsItem } from '../../../entrypoints/shared/storage.ts';
import en from '../../../public/_locales/en/messages.json';
import { installFakePermissions } from './support/fake-permissions.ts';
import { labourWebinarBE, languageCafeLyon } from '../../fixtures/extension/events.ts';

const now = new Date('2026-11-22T10:00:00Z');
const ctx = { strings: createStrings('en', en), now, zone: 'Europe/Brussels' };

async function settle<T>(check: () => Promise<T>): Promise<T> {
  for (let i = 0; i < 50; i++) {
    const value = await check();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 10));
  }
  return check();
}

beforeEach(() => {
  fakeBrowser.reset();
  installFakePermissions();
  // A fresh worker: listeners are registered again, as after the browser woke it up.
  background.main();
});

describe('background', () => {
  it('a click on a notification opens the event, from storage, and marks it seen', async () => {
    const id = await showDelivery({ kind: 'single', event: labourWebinarBE }, false, ctx);
    await fakeBrowser.notifications.onClicked.trigger(id);
    const tabs = await settle(async () => {
      const opened = (await fakeBrowser.tabs.query({})).filter((t) => t.url === labourWebinarBE.url);
      return opened.length > 0 && opened;
    });
    expect(tabs).toHaveLength(1);
    expect(await settle(async () => (await seenIdsItem.getValue()).includes(labourWebinarBE.id))).toBe(true);
  });

  it('a click on a digest opens the popup page and marks every event in it seen', async () => {
    const id = await showDelivery({ kind: 'digest', events: [labourWebinarBE, languageCafeLyon] }, false, ctx);
    await fakeBrowser.notifications.onClicked.trigger(id);
    const seen = await settle(async () => {
      const ids = await seenIdsItem.getValue();
      return ids.length === 2 && ids;
    });
    expect(seen).toEqual(expect.arrayContaining([labourWebinarBE.id, languageCafeLyon.id]));
    expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).toContain('chrome-extension://test-extension-id/popup.html');
  });

  it('ignores messages that do not come from the extension itself', async () => {
    const [reply] = await fakeBrowser.runtime.onMessage.trigger({ type: 'update-badge' }, { id: 'another-extension' }, () => {});
    expect(reply).toBeUndefined();
    const [ours] = await fakeBrowser.runtime.onMessage.trigger({ type: 'update-badge' }, { id: fakeBrowser.runtime.id }, () => {});
    expect(ours).toEqual({ ok: true, result: 0 });
  });

  it('sets up the hourly refresh alarm on install', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    const alarm = await settle(() => fakeBrowser.alarms.get('refresh'));
    expect(alarm?.periodInMinutes).toBe(60);
  });

  it.each([
    ['install', ['chrome-extension://test-extension-id/welcome.html']],
    ['update', []],
    ['chrome_update', []],
  ] as const)('on %s, opens %j', async (reason, tabs) => {
    await fakeBrowser.runtime.onInstalled.trigger((reason === 'update' ? { reason, previousVersion: '0.0.9' } : { reason }) as never);
    await settle(() => fakeBrowser.alarms.get('refresh'));
    expect((await fakeBrowser.tabs.query({})).map((t) => t.url).filter(Boolean)).toEqual(tabs);
  });
});
