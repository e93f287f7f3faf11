import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../lib/model/errors.ts';
import { validateEvent } from '../../../lib/model/validate.ts';
import { itemDay, parseRss } from '../../../lib/sources/rss.ts';
import { parseXml, innerHtml, innerText } from '../../../lib/sources/xml.ts';

const dir = join(import.meta.dirname, '../../fixtures/sources/rss');
const now = new Date('2026-11-22T08:00:00Z');
const read = (name: string) => parseRss(readFileSync(join(dir, name), 'utf8'), { now, sourceUrl: `https://partner.example.org/${name}`, sourceName: 'Partner news' });

describe('parseRss', () => {
  it('reads an RSS 2.0 feed: text items through extract, JSON-LD items as structured data, other posts not at all', () => {
    const parsed = read('news.rss');
    expect(parsed.format).toBe('rss');
    expect(parsed.title).toBe('Actualités – Réseau Intégration Wallonie');
    expect(parsed.events).toHaveLength(2);
    const [fromText, fromJsonLd] = parsed.events;
    expect(fromText).toMatchObject({
      title: 'Atelier emploi pour personnes réfugiées à Namur',
      url: 'https://integration-wallonie.example.be/2026/11/atelier-emploi-namur/',
      location: { city: 'Namur', country: 'BE' },
    });
    // The item's date (November 2026) gives "9 décembre" its year.
    expect(fromText?.start.slice(0, 10)).toBe('2026-12-09');
    expect(fromText?.confidence).toBeGreaterThan(0);
    expect(fromJsonLd).toMatchObject({
      title: 'Formation : accueil des mineurs étrangers non accompagnés',
      start: '2027-01-14T09:00', end: '2027-01-14T16:00', timeZone: 'Europe/Brussels',
      source: { format: 'rss', url: 'https://integration-wallonie.example.be/2026/11/formation-mena/', name: 'Partner news' },
    });
    expect(fromJsonLd?.confidence).toBeUndefined();
    for (const e of parsed.events) expect(validateEvent(e)).toEqual([]);
  });

  it('reads an Atom feed with escaped HTML and XHTML content', () => {
    const parsed = read('atom.xml');
    expect(parsed.title).toBe('Neuigkeiten – Willkommensnetz Leipzig');
    expect(parsed.events).toHaveLength(1);
    expect(parsed.events[0]).toMatchObject({
      title: 'Infoabend: Ausbildung für junge Geflüchtete',
      start: '2026-12-03T17:00', end: '2026-12-03T19:00',
      url: 'https://willkommensnetz.example.de/news/infoabend-ausbildung',
      location: { city: 'Leipzig' },
    });
  });

  it.each(['<html><body>not a feed</body></html>', '<?xml version="1.0"?><catalog/>', ''])('refuses %j with ParseError', (text) => {
    expect(() => parseRss(text, { now })).toThrow(ParseError);
  });

  it('reads an empty channel', () => {
    expect(parseRss('<rss version="2.0"><channel><title>Empty</title></channel></rss>', { now })).toEqual({ format: 'rss', title: 'Empty', events: [], warnings: [] });
  });
});

describe('itemDay', () => {
  it.each([
    ['Tue, 10 Nov 2026 09:30:00 +0100', '2026-11-10'],
    ['Mon, 2 Nov 2026 15:00:00 GMT', '2026-11-02'],
    ['2026-11-18T10:00:00+01:00', '2026-11-18'],
    ['2026-11-18', '2026-11-18'],
    ['someday', undefined],
  ])('%s -> %s', (text, day) => expect(itemDay(text)).toBe(day));
});

describe('parseXml', () => {
  it('keeps RSS <link> text, CDATA and escaped HTML apart', () => {
    const xml = '<rss><channel><item><link>https://x.org/a</link><description><![CDATA[<p>A & B</p>]]></description><title>Caf&#233; &amp; co</title></item></channel></rss>';
    const root = parseXml(xml);
    const item = root.children[0]?.children[0]?.children[0];
    expect(item?.name).toBe('item');
    expect(innerText(xml, item?.children[0])).toBe('https://x.org/a');
    expect(innerHtml(xml, item?.children[1])).toBe('<p>A & B</p>');
    expect(innerText(xml, item?.children[2])).toBe('Café & co');
  });

  it('survives unclosed and stray tags', () => {
    const xml = '<rss><channel><item><title>Open</item></channel></rss></x>';
    const root = parseXml(xml);
    expect(root.children[0]?.name).toBe('rss');
  });
});

describe('RSS 0.91 with a DOCTYPE and HTML entities', () => {
  it('is sniffed as RSS even when served as HTML, and its entities are decoded', async () => {
    const { parseSource } = await import('../../../lib/sources/index.ts');
    const parsed = await parseSource(readFileSync(join(dir, 'doctype-091.rss'), 'utf8'), {
      now, contentType: 'text/html; charset=utf-8', sourceUrl: 'https://centre-accueil.example.be/rss.php', published: '2026-11-20',
    });
    expect(parsed.format).toBe('rss');
    expect(parsed.title).toBe('Nouvelles du Centre d’accueil');
    expect(parsed.events).toHaveLength(1);
    expect(parsed.events[0]).toMatchObject({
      title: 'Table de conversation en français & café',
      start: '2026-12-16T14:00', end: '2026-12-16T16:00',
      url: 'https://centre-accueil.example.be/agenda/table-conversation?id=12&lang=fr',
      location: { city: 'Bruxelles' },
    });
  });
});
