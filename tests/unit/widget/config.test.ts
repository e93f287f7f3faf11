import { describe, expect, it } from 'vitest';
import { readConfig, sourcesKey } from '../../../widget/config.ts';

const attrs = (map: Record<string, string>) => (name: string) => map[name] ?? null;

describe('readConfig', () => {
  it('has safe defaults with no attributes', () => {
    expect(readConfig(attrs({}))).toEqual({ sources: [], topics: [], countries: [], modes: [], view: 'list', past: 'toggle', theme: 'auto', timeoutMs: 10_000, showReasons: true });
  });
  it('reads every attribute', () => {
    const c = readConfig(attrs({ src: ' /feed.json  https://b.example.org/x.ics ', lang: 'fr', topics: 'labour, language', country: 'be fr', mode: 'online', view: 'month', past: 'true', max: '20', theme: 'dark', timeout: '3000', accent: '#c03', reasons: 'hidden' }));
    expect(c).toEqual({
      sources: ['/feed.json', 'https://b.example.org/x.ics'],
      lang: 'fr',
      topics: ['labour', 'language'],
      countries: ['BE', 'FR'],
      modes: ['online'],
      view: 'month',
      past: 'first',
      max: 20,
      theme: 'dark',
      timeoutMs: 3000,
      accent: '#c03',
      showReasons: false,
    });
  });
  it.each([
    ['topics', 'labour,nonsense', 'topics', ['labour']],
    ['country', 'Belgium BE', 'countries', ['BE']],
    ['view', 'week', 'view', 'list'],
    ['theme', 'neon', 'theme', 'auto'],
    ['past', 'false', 'past', 'hidden'],
    ['past', '', 'past', 'toggle'],
    ['src', 'javascript:alert(1) /ok.json', 'sources', ['/ok.json']],
  ] as const)('drops a bad %s value (%s)', (attr, value, key, expected) => {
    expect(readConfig(attrs({ [attr]: value }))[key]).toEqual(expected);
  });
  it('ignores a bad max', () => {
    expect(readConfig(attrs({ max: '-3' })).max).toBeUndefined();
    expect(readConfig(attrs({ max: 'ten' })).max).toBeUndefined();
  });
});

describe('sourcesKey', () => {
  it('does not depend on order', () => expect(sourcesKey(['b', 'a'])).toBe(sourcesKey(['a', 'b'])));
});
