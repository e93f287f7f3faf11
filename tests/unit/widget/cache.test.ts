import { describe, expect, it } from 'vitest';
import { CACHE_VERSION, createFeedCache, estimatedChars, shortenedEntry, type CacheEntry } from '../../../widget/cache.ts';
import { makeEvents } from '../../e2e/support/widget-fixtures.ts';

/** A Storage with a byte quota, like a browser's (about 5 MB there). */
function memoryStorage(quota = Infinity) {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem(k: string, v: string) {
      const used = [...data].reduce((n, [key, val]) => n + (key === k ? 0 : key.length + val.length), 0);
      if (used + k.length + v.length > quota) throw new DOMException('over quota', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k: string) => void data.delete(k),
  };
}

const entry = (n: number): CacheEntry => ({
  version: CACHE_VERSION,
  sources: { 'https://a.example.org/feed.json': { events: makeEvents(n), validators: { etag: '"v1"' }, fetchedAt: '2026-11-22T08:00:00.000Z' } },
});

describe('feed cache', () => {
  it('round-trips an entry with its validators', () => {
    const cache = createFeedCache(memoryStorage());
    expect(cache.write('k', entry(5))).toBe(true);
    expect(cache.read('k')).toEqual(entry(5));
    expect(cache.read('other')).toBeUndefined();
  });
  it('works without storage (private mode, sandbox)', () => {
    const cache = createFeedCache(undefined);
    expect(cache.write('k', entry(1))).toBe(false);
    expect(cache.read('k')).toBeUndefined();
  });
  it('survives a full storage and drops the outdated copy', () => {
    const storage = memoryStorage(20_000);
    const cache = createFeedCache(storage);
    expect(cache.write('k', entry(2))).toBe(true);
    // Past every event of the feed: nothing upcoming to keep in a shortened copy either.
    expect(cache.write('k', entry(500), new Date('2028-01-01T00:00:00Z'))).toBe(false);
    expect(cache.read('k')).toBeUndefined();
  });
  it('keeps a feed too big for the storage as its soonest upcoming events, without validators', () => {
    // 400 events from 20 November, 4 a day; on 30 November the first 40 (10 days) have ended.
    const big: CacheEntry = { version: CACHE_VERSION, sources: { 'https://a.example.org/feed.json': { events: makeEvents(400, '2026-11-20', 4), validators: { etag: '"v9"' }, fetchedAt: '2026-11-30T08:00:00.000Z' } } };
    const whole = JSON.stringify(big).length;
    const storage = memoryStorage(Math.floor(whole / 3));
    const cache = createFeedCache(storage);
    expect(cache.write('k', big, new Date('2026-11-30T12:00:00Z'))).toBe(true);
    const kept = cache.read('k')!.sources['https://a.example.org/feed.json']!;
    expect(kept.validators).toEqual({});
    expect(kept.fetchedAt).toBe('2026-11-30T08:00:00.000Z');
    expect(kept.events.length).toBeGreaterThan(20);
    expect(kept.events.length).toBeLessThan(360);
    // From the day before (every zone's today), in feed order, none left out in between.
    expect(kept.events[0]!.start.slice(0, 10)).toBe('2026-11-29');
    const first = big.sources['https://a.example.org/feed.json']!.events.findIndex((e) => e.start.startsWith('2026-11-29'));
    expect(kept.events).toEqual(big.sources['https://a.example.org/feed.json']!.events.slice(first, first + kept.events.length));
  });
  it('estimates an entry\'s size from a sample of its events within a few percent', () => {
    for (const n of [1, 10, 500, 3000]) {
      const e = entry(n);
      const real = JSON.stringify(e).length;
      expect(Math.abs(estimatedChars(e) - real) / real).toBeLessThan(0.1);
    }
  });
  it('does not serialise whole a feed far over any quota: it writes the shortened copy straight away', () => {
    const huge: CacheEntry = { version: CACHE_VERSION, sources: { 'https://a.example.org/feed.json': { events: makeEvents(12_000, '2026-11-29', 20), validators: { etag: '"h"' }, fetchedAt: '2026-11-30T08:00:00.000Z' } } };
    const storage = memoryStorage(5_000_000);
    const sizes: number[] = [];
    const spying = { ...storage, setItem(k: string, v: string) { sizes.push(v.length); storage.setItem(k, v); } };
    expect(createFeedCache(spying).write('k', huge, new Date('2026-11-30T09:00:00Z'))).toBe(true);
    expect(sizes).toHaveLength(1);
    expect(sizes[0]).toBeLessThan(2_000_000);
    expect(createFeedCache(storage).read('k')!.sources['https://a.example.org/feed.json']!.events.length).toBeGreaterThan(1000);
  });
  it('stores nothing when not even a shortened copy fits, and says so', () => {
    const storage = memoryStorage(500);
    const cache = createFeedCache(storage);
    expect(cache.write('k', entry(50), new Date('2026-11-22T12:00:00Z'))).toBe(false);
    expect(storage.data.size).toBe(0);
  });
  it('does not shorten on a storage error that is not about space (denied, sandbox)', () => {
    let writes = 0;
    const denied = { getItem: () => null, setItem: () => { writes++; throw new DOMException('denied', 'SecurityError'); }, removeItem: () => undefined };
    expect(createFeedCache(denied).write('k', entry(5), new Date('2026-11-22T12:00:00Z'))).toBe(false);
    expect(writes).toBe(1);
  });
  it.each([0, 0.25, 1])('a shortened entry (fraction %s) keeps each source, its title and calendar, and drops the ETag', (fraction) => {
    const two: CacheEntry = {
      version: CACHE_VERSION,
      sources: {
        'https://a.example.org/feed.json': { events: makeEvents(8, '2026-11-28', 2), validators: { etag: '"a"' }, fetchedAt: '2026-11-30T08:00:00.000Z', title: 'A' },
        'https://b.example.org/cal.ics': { events: makeEvents(4, '2026-12-01', 1), validators: { lastModified: 'Sun, 29 Nov 2026 10:00:00 GMT' }, fetchedAt: '2026-11-30T08:00:00.000Z', icsUrl: 'https://b.example.org/cal.ics' },
      },
    };
    const out = shortenedEntry(two, fraction, new Date('2026-11-30T09:00:00Z'));
    expect(Object.keys(out.sources)).toEqual(Object.keys(two.sources));
    expect(out.sources['https://a.example.org/feed.json']).toMatchObject({ title: 'A', validators: {} });
    expect(out.sources['https://b.example.org/cal.ics']).toMatchObject({ icsUrl: 'https://b.example.org/cal.ics', validators: {} });
    // Feed a: 2 events on 28 Nov (ended), 6 from 29 Nov on.
    expect(out.sources['https://a.example.org/feed.json']!.events).toHaveLength(Math.floor(6 * fraction));
    expect(out.sources['https://b.example.org/cal.ics']!.events).toHaveLength(Math.floor(4 * fraction));
  });
  it('ignores corrupt or old-version entries', () => {
    const storage = memoryStorage();
    const cache = createFeedCache(storage);
    storage.setItem('inclusio:feeds:a', '{not json');
    storage.setItem('inclusio:feeds:b', JSON.stringify({ ...entry(1), version: 0 }));
    expect(cache.read('a')).toBeUndefined();
    expect(cache.read('b')).toBeUndefined();
  });
  it.each<[string, (e: any) => void]>([
    ['events: [null]', (e) => (e.sources['https://a.example.org/feed.json'].events = [null])],
    ['an event without a title', (e) => delete e.sources['https://a.example.org/feed.json'].events[1].title],
    ['an event whose start is a number', (e) => (e.sources['https://a.example.org/feed.json'].events[0].start = 20261201)],
    ['events that are not a list', (e) => (e.sources['https://a.example.org/feed.json'].events = { 0: 'x' })],
    ['a snapshot that is null', (e) => (e.sources['https://a.example.org/feed.json'] = null)],
    ['no validators', (e) => delete e.sources['https://a.example.org/feed.json'].validators],
  ])('discards a damaged copy (%s) instead of drawing a blank widget, and forgets it', (_label, damage) => {
    const storage = memoryStorage();
    const cache = createFeedCache(storage);
    const damaged = structuredClone(entry(3)) as any;
    damage(damaged);
    storage.setItem('inclusio:feeds:k', JSON.stringify(damaged));
    expect(cache.read('k')).toBeUndefined();
    expect(storage.data.has('inclusio:feeds:k')).toBe(false);
  });
  it('survives a storage that throws on every access', () => {
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); }, removeItem: () => { throw new Error('denied'); } };
    const cache = createFeedCache(broken);
    expect(cache.read('k')).toBeUndefined();
    expect(cache.write('k', entry(1))).toBe(false);
  });
});
