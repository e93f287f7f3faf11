import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findSiteFeeds, followName } from '../../../entrypoints/shared/site-feeds.ts';
import { assertPublicDirectory, nonPublicReason } from '../../../scripts/public-directory.mjs';
import { languageNames, parseDirectory } from '../../../entrypoints/shared/directory.ts';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const page = 'https://www.welcome-gent.be/agenda/';

describe('findSiteFeeds', () => {
  it.each([
    ['an RSS link', '<link rel="alternate" type="application/rss+xml" title="News" href="/feed/">', [{ kind: 'rss', url: 'https://www.welcome-gent.be/feed/', title: 'News' }]],
    ['an Atom link', '<link rel="alternate" type="application/atom+xml" href="https://www.welcome-gent.be/atom.xml">', [{ kind: 'atom', url: 'https://www.welcome-gent.be/atom.xml' }]],
    ['a calendar link', '<link rel="alternate" type="text/calendar" href="cal.ics">', [{ kind: 'ics', url: 'https://www.welcome-gent.be/agenda/cal.ics' }]],
    ['a webcal link', '<a href="webcal://www.welcome-gent.be/events.ics">Subscribe</a>', [{ kind: 'ics', url: 'https://www.welcome-gent.be/events.ics', title: 'Subscribe' }]],
    ['calendar exports', '<a href="/events/list/?ical=1">Export events</a><a href="/export.ics?lang=fr">Agenda</a><a href="/physics">no</a>', [
      { kind: 'ics', url: 'https://www.welcome-gent.be/events/list/?ical=1', title: 'Export events' },
      { kind: 'ics', url: 'https://www.welcome-gent.be/export.ics?lang=fr', title: 'Agenda' },
    ]],
    ['The Events Calendar', '<link rel="https://api.w.org/" href="https://www.welcome-gent.be/wp-json/"><div class="tribe-events-view"></div>', [{ kind: 'tec', url: 'https://www.welcome-gent.be/wp-json/tribe/events/v1/events' }]],
    ['a direct TEC link', '<link rel="alternate" href="https://www.welcome-gent.be/wp-json/tribe/events/v1/events/123">', [{ kind: 'tec', url: 'https://www.welcome-gent.be/wp-json/tribe/events/v1/events' }]],
    ['WordPress without TEC', '<link rel="https://api.w.org/" href="https://www.welcome-gent.be/wp-json/">', []],
    ['an Inclusio widget with two feeds', '<inclusio-events src="https://net.eu/feed.json  /local.ics"></inclusio-events>', [{ kind: 'widget', url: 'https://net.eu/feed.json' }, { kind: 'widget', url: 'https://www.welcome-gent.be/local.ics' }]],
    ['JSON-LD events', '<title>Agenda</title><script type="application/ld+json">{"@type":"EducationEvent","name":"x"}</script>', [{ kind: 'jsonld', url: page, title: 'Agenda' }]],
    ['JSON-LD that is no event', '<script type="application/ld+json">{"@type":"Organization"}</script>', []],
    ['unsafe and repeated links', '<a href="javascript:alert(1).ics">x</a><a href="/a.ics">A</a><a href="/a.ics#top">A again</a>', [{ kind: 'ics', url: 'https://www.welcome-gent.be/a.ics', title: 'A' }]],
  ])('%s', (_label, html, feeds) => {
    expect(findSiteFeeds(doc(`<html><head>${html}</head><body></body></html>`), page).feeds).toEqual(feeds);
  });

  it('names the site from og:site_name, else its host', () => {
    expect(findSiteFeeds(doc('<meta property="og:site_name" content="Welcome Gent">'), page).siteName).toBe('Welcome Gent');
    expect(findSiteFeeds(doc('<p>no name</p>'), page).siteName).toBe('welcome-gent.be');
  });

  it('caps what a hostile page can offer', () => {
    const many = Array.from({ length: 500 }, (_, i) => `<a href="/c${i}.ics">c</a>`).join('');
    expect(findSiteFeeds(doc(many), page).feeds).toHaveLength(12);
  });

  it('a followed source is named after the site, with the feed title when there are several', () => {
    const site = { siteName: 'Welcome Gent', feeds: [{ kind: 'rss' as const, url: 'https://a/feed', title: 'News' }, { kind: 'ics' as const, url: 'https://a/c.ics' }] };
    expect(followName(site, site.feeds[0]!, 'News feed')).toBe('Welcome Gent: News');
    expect(followName(site, site.feeds[1]!, 'Calendar file')).toBe('Welcome Gent: Calendar file');
    expect(followName({ ...site, feeds: [site.feeds[0]!] }, site.feeds[0]!, 'News feed')).toBe('Welcome Gent');
  });
});

describe('the directory of suggested sources', () => {
  const read = (...p: string[]) => JSON.parse(readFileSync(join(import.meta.dirname, '../../../public', ...p), 'utf8'));

  it('the store directory lists only public https sites, each with where it was seen', () => {
    const directory = read('directory.json');
    expect(() => assertPublicDirectory(directory)).not.toThrow();
    expect(parseDirectory(directory).length).toBeGreaterThanOrEqual(12);
    expect(new Set(directory.sources.map((s: { url: string }) => new URL(s.url).hostname)).size).toBe(directory.sources.length);
  });

  it('the store directory describes every source in every interface language, and says which languages each publishes in', () => {
    const directory = read('directory.json');
    for (const source of directory.sources) {
      expect(Object.keys(source.description).sort(), source.name).toEqual(['ar', 'de', 'en', 'es', 'fr', 'it', 'uk']);
      expect(source.languages.length, source.name).toBeGreaterThan(0);
    }
  });

  it.each([
    ['en', 'The European Council on Refugees and Exiles'],
    ['fr', 'Le Conseil européen sur les réfugiés'],
    ['ar', 'المجلس الأوروبي للاجئين'],
    ['uk', 'Європейська рада у справах біженців'],
  ])('a reader in %s reads the descriptions in her language', (language, start) => {
    const ecre = parseDirectory(read('directory.json'), language).find((d) => d.url === 'https://ecre.org/feed/');
    expect(ecre?.description).toMatch(new RegExp(`^${start}`));
  });

  it('lists first the sources that publish in the reader\'s language, in the directory\'s order otherwise', () => {
    const data = { sources: [
      { name: 'A', url: 'https://a.example/feed', languages: ['en'] },
      { name: 'B', url: 'https://b.example/feed', languages: ['it'] },
      { name: 'C', url: 'https://c.example/feed', languages: ['en', 'it'] },
      { name: 'D', url: 'https://d.example/feed' },
    ] };
    expect(parseDirectory(data, 'it').map((d) => d.name)).toEqual(['B', 'C', 'A', 'D']);
    expect(parseDirectory(data, 'ar').map((d) => d.name)).toEqual(['A', 'B', 'C', 'D']);
  });

  it.each([
    ['one text for every language', 'Same text', 'de', 'Same text'],
    ['the reader\'s language', { en: 'English', de: 'Deutsch' }, 'de', 'Deutsch'],
    ['English when hers is missing', { it: 'Italiano', en: 'English' }, 'uk', 'English'],
    ['the first given when neither is there', { it: 'Italiano' }, 'uk', 'Italiano'],
    ['none when it is not text', { en: 42 }, 'en', undefined],
  ])('a description: %s', (_name, description, language, expected) => {
    expect(parseDirectory({ sources: [{ name: 'S', url: 'https://s.example/', description }] }, language)[0]?.description).toBe(expected);
  });

  it('keeps only two-letter language codes, and names them in the reader\'s language', () => {
    const [entry] = parseDirectory({ sources: [{ name: 'S', url: 'https://s.example/', languages: ['fr', 'de', '<b>x</b>', 7] }] }, 'it');
    expect(entry?.languages).toEqual(['fr', 'de']);
    expect(languageNames(entry!.languages, 'it')).toBe('francese e tedesco');
    expect(languageNames(['en'], 'uk')).toBe('англійська');
  });

  it('the demo directory would be refused by a store build', () => {
    expect(() => assertPublicDirectory(read('demo', 'directory.json'))).toThrow(/loopback/);
  });

  it.each([
    ['http://127.0.0.1:8080/feed.json', 'loopback or private address'],
    ['http://ecre.org/feed/', 'not https'],
    ['https://127.0.0.1/feed.json', 'loopback or private address'],
    ['https://localhost/x', 'loopback or private address'],
    ['https://192.168.1.10/x', 'loopback or private address'],
    ['https://10.0.0.1/x', 'loopback or private address'],
    ['https://[::1]/x', 'loopback or private address'],
    ['https://network.example.org/feed.json', 'example or reserved name'],
    ['https://example.com/', 'example or reserved name'],
    ['https://ecre.org/feed/', undefined],
  ])('%s -> %s', (url, reason) => expect(nonPublicReason(url)).toBe(reason));
});
