import { describe, expect, it } from 'vitest';
import { CACHE_VERSION, createFeedCache, type CacheEntry } from '../../../widget/cache.ts';
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
    expect(cache.write('k', entry(500))).toBe(false);
    expect(cache.read('k')).toBeUndefined();
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
