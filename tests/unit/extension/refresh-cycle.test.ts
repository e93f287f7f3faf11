import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHttpClient } from '../../../lib/http/client.ts';
import { createFeed } from '../../../lib/model/feed.ts';
import { fetchSource } from '../../../lib/sources/index.ts';
import type { InclusionEvent } from '../../../lib/model/event.ts';
import { DELIVER_ALARM, deliverQueued, runRefresh } from '../../../entrypoints/background/refresh-cycle.ts';
import { feedCacheItem, knownIdsItem, pendingItem, writeSaved, writeSettings } from '../../../entrypoints/shared/storage.ts';
import { defaultSettings, type Settings } from '../../../entrypoints/shared/types.ts';
import { startServer, type TestServer } from '../../support/http-server.ts';
import { cityMarathon, labourWebinarBE, languageCafeLyon, makeEvent } from '../../fixtures/extension/events.ts';

const zone = 'Europe/Brussels';
const now = new Date('2026-11-22T10:00:00Z');
let server: TestServer;
let feedEvents: InclusionEvent[];
let failing = false;
const client = createHttpClient({ retries: 0, timeoutMs: 5000 });
const deps = (at = now) => ({ client, read: fetchSource, now: at, zone });

function settingsWith(over: Partial<Settings> = {}): Settings {
  const base = defaultSettings();
  return {
    ...base,
    interests: { ...base.interests, topics: ['labour'], countries: ['BE'] },
    sources: [{ url: server.url('/feed.json'), name: 'Test network', enabled: true }],
    ...over,
  };
}

beforeAll(async () => {
  server = await startServer();
  server.route('/feed.json', (req, res) => {
    if (failing) return void res.writeHead(503).end('down');
    const body = JSON.stringify(createFeed('Test network', feedEvents, now));
    const etag = `"${body.length}-${feedEvents.map((e) => e.id).join(',')}"`;
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
    res.writeHead(200, { 'content-type': 'application/json', etag }).end(body);
  });
});
afterAll(() => server.close());
beforeEach(async () => {
  fakeBrowser.reset();
  failing = false;
  feedEvents = [labourWebinarBE, cityMarathon];
  server.requests.length = 0;
  await writeSettings(settingsWith());
});

const notifications = () => Object.values(fakeBrowser.notifications.getAllCreateOptions());

describe('runRefresh', () => {
  it('takes the first read as a baseline: events are cached, nothing is announced, the badge counts them', async () => {
    const result = await runRefresh(deps());
    expect(result.outcome.firstReads).toEqual([server.url('/feed.json')]);
    expect(result.fresh).toEqual([]);
    expect(notifications()).toEqual([]);
    expect((await feedCacheItem.getValue())[server.url('/feed.json')]!.events).toHaveLength(2);
    expect(await knownIdsItem.getValue()).toEqual(expect.arrayContaining([labourWebinarBE.id, cityMarathon.id]));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('an unchanged feed costs a 304 and announces nothing', async () => {
    await runRefresh(deps());
    const result = await runRefresh(deps());
    expect(result.outcome.notModified).toEqual([server.url('/feed.json')]);
    expect(server.requests.at(-1)?.headers['if-none-match']).toBeTruthy();
    expect(notifications()).toEqual([]);
  });

  it('a new relevant event gives one notification; an irrelevant one gives none', async () => {
    await runRefresh(deps());
    const jobFair = makeEvent({ id: 'ev-job-fair', title: 'Job fair for refugees', mode: 'in-person', location: { city: 'Gent', country: 'BE' }, topics: ['labour'] });
    feedEvents = [...feedEvents, jobFair, languageCafeLyon];
    const result = await runRefresh(deps());
    expect(result.fresh).toEqual([jobFair.id]);
    const shown = notifications();
    expect(shown).toHaveLength(1);
    expect(shown[0]!.message).toContain('Job fair for refugees');
    expect(result.notification).toMatch(/^new\|ev-job-fair\|/);
  });

  it('several new relevant events give one digest', async () => {
    await runRefresh(deps());
    feedEvents = [...feedEvents, makeEvent({ id: 'a', title: 'Employer breakfast on hiring refugees', location: { country: 'BE' } }), makeEvent({ id: 'b', title: 'Mentoring programme for newcomer jobseekers', location: { country: 'BE' } })];
    await runRefresh(deps());
    expect(notifications().map((n) => n.title)).toEqual(['2 new events for you']);
  });

  it('during quiet hours, queues the event and sets the deliver alarm; the alarm shows it', async () => {
    await writeSettings(settingsWith({ notifications: { ...defaultSettings().notifications, quietHours: { enabled: true, start: '22:00', end: '07:00' } } }));
    await runRefresh(deps());
    feedEvents = [...feedEvents, makeEvent({ id: 'late', title: 'Info session on work permits for asylum seekers', location: { country: 'BE' } })];
    const night = new Date('2026-11-22T22:30:00Z');
    await runRefresh(deps(night));
    expect(notifications()).toEqual([]);
    expect(await pendingItem.getValue()).toEqual(['late']);
    expect((await fakeBrowser.alarms.get(DELIVER_ALARM))?.scheduledTime).toBe(Date.parse('2026-11-23T06:00:00Z'));
    await deliverQueued(new Date('2026-11-23T06:00:00Z'), zone);
    expect(notifications()).toHaveLength(1);
    expect(await pendingItem.getValue()).toEqual([]);
  });

  it('a failing server keeps the cached events and notes the error', async () => {
    await runRefresh(deps());
    failing = true;
    const result = await runRefresh(deps());
    expect(result.outcome.failures).toHaveLength(1);
    const cache = (await feedCacheItem.getValue())[server.url('/feed.json')]!;
    expect(cache.events.map((e) => e.id)).toEqual([labourWebinarBE.id, cityMarathon.id]);
    expect(cache.error).toMatch(/503/);
  });

  it('a failing server leaves saved events alone', async () => {
    await writeSaved({ [labourWebinarBE.id]: { event: labourWebinarBE, savedAt: now.toISOString() } });
    failing = true;
    await runRefresh(deps());
    const stored = await fakeBrowser.storage.local.get('savedEvents');
    expect(Object.keys(stored.savedEvents as object)).toEqual([labourWebinarBE.id]);
  });
});

describe('sources without access', () => {
  it('are never fetched: no request leaves, the cache says it waits for access, nothing claims a saved copy', async () => {
    const result = await runRefresh({ ...deps(), hasAccess: async () => false });
    expect(server.requests).toEqual([]);
    expect(result.outcome.needAccess).toEqual([server.url('/feed.json')]);
    const cache = (await feedCacheItem.getValue())[server.url('/feed.json')]!;
    expect(cache).toMatchObject({ needsAccess: true, events: [] });
    expect(cache.error).toBeUndefined();
  });

  it('are read as soon as access is granted, and the waiting mark goes', async () => {
    let granted = false;
    await runRefresh({ ...deps(), hasAccess: async () => granted });
    granted = true;
    await runRefresh({ ...deps(), hasAccess: async () => granted });
    expect(server.requests).toHaveLength(1);
    const cache = (await feedCacheItem.getValue())[server.url('/feed.json')]!;
    expect(cache.needsAccess).toBeUndefined();
    expect(cache.events).toHaveLength(2);
  });
});
