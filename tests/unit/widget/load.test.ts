import { describe, expect, it } from 'vitest';
import { HttpStatusError, TimeoutError } from '../../../lib/model/errors.ts';
import { CACHE_VERSION, type CacheEntry } from '../../../widget/cache.ts';
import { fromCache, refreshFeeds, type FetchFeed } from '../../../widget/load.ts';
import { makeEvents } from '../../e2e/support/widget-fixtures.ts';

const A = 'https://a.example.org/feed.json';
const B = 'https://b.example.org/partners.ics';
const now = new Date('2026-11-22T09:00:00Z');
const eventsA = makeEvents(4, '2026-12-01');
const eventsB = makeEvents(2, '2026-12-10').map((e) => ({ ...e, id: `b-${e.id}`, title: `${e.title} (B)` }));

const previous: CacheEntry = {
  version: CACHE_VERSION,
  sources: {
    [A]: { events: eventsA, validators: { etag: '"a1"' }, fetchedAt: '2026-11-20T08:00:00.000Z' },
    [B]: { events: eventsB, validators: { lastModified: 'Fri, 20 Nov 2026 08:00:00 GMT' }, fetchedAt: '2026-11-21T08:00:00.000Z' },
  },
};

describe('refreshFeeds', () => {
  it('merges fresh feeds in start order and offers the ICS for subscription', async () => {
    const fetchFeed: FetchFeed = async (url) =>
      url === A ? { notModified: false, validators: { etag: '"a2"' }, events: eventsA, format: 'json' } : { notModified: false, validators: {}, events: eventsB, format: 'ics' };
    const r = await refreshFeeds([A, B], undefined, fetchFeed, now);
    expect(r.failures).toEqual([]);
    expect(r.events.map((e) => e.id)).toEqual([...eventsA, ...eventsB].map((e) => e.id));
    expect(r.icsUrls).toEqual([B]);
    expect(r.entry.sources[A]?.validators).toEqual({ etag: '"a2"' });
    expect(r.updated).toBe(now.toISOString());
  });

  it('sends the cached validators and keeps the cached events on 304', async () => {
    const seen: unknown[] = [];
    const fetchFeed: FetchFeed = async (url, validators) => {
      seen.push([url, validators]);
      return { notModified: true, validators: {} };
    };
    const r = await refreshFeeds([A], previous, fetchFeed, now);
    expect(seen).toEqual([[A, { etag: '"a1"' }]]);
    expect(r.events).toEqual(eventsA);
    expect(r.failures).toEqual([]);
    expect(r.entry.sources[A]?.fetchedAt).toBe(now.toISOString());
  });

  it('falls back to the saved copy of a failing feed and says so', async () => {
    const fetchFeed: FetchFeed = async (url) => {
      if (url === B) throw new HttpStatusError(url, 500);
      return { notModified: false, validators: {}, events: eventsA, format: 'json' };
    };
    const r = await refreshFeeds([A, B], previous, fetchFeed, now);
    expect(r.failures).toEqual([{ url: B, message: `${B} answered HTTP 500`, cached: true }]);
    expect(r.events).toHaveLength(6);
    expect(r.updated).toBe('2026-11-21T08:00:00.000Z');
    expect(r.entry.sources[B]).toEqual(previous.sources[B]);
  });

  it('reports a feed broken from the start, without events', async () => {
    const fetchFeed: FetchFeed = async (url) => {
      throw new TimeoutError(url, 5000);
    };
    const r = await refreshFeeds([A], undefined, fetchFeed, now);
    expect(r.events).toEqual([]);
    expect(r.failures[0]).toMatchObject({ url: A, cached: false });
    expect(r.failures[0]?.message).toContain('No answer');
  });

  it('treats a 304 without a saved copy as a failure', async () => {
    const r = await refreshFeeds([A], undefined, async () => ({ notModified: true, validators: {} }), now);
    expect(r.failures).toHaveLength(1);
  });
});

describe('fromCache', () => {
  it('gives the saved events of the requested feeds only', async () => {
    const r = await fromCache([A], previous);
    expect(r?.events).toEqual(eventsA);
    expect(r?.updated).toBe('2026-11-20T08:00:00.000Z');
    expect(await fromCache(['https://c.example.org/x.json'], previous)).toBeUndefined();
    expect(await fromCache([A], undefined)).toBeUndefined();
  });
});

describe('icsUrlsOf', () => {
  it('resolves a calendar address relative to its feed', async () => {
    const { icsUrlsOf } = await import('../../../widget/load.ts');
    const entry: CacheEntry = { version: CACHE_VERSION, sources: { [A]: { events: [], validators: {}, fetchedAt: '', icsUrl: 'feed.ics' }, [B]: { events: [], validators: {}, fetchedAt: '' } } };
    expect(icsUrlsOf([A, B], entry)).toEqual(['https://a.example.org/feed.ics', B]);
  });
});
