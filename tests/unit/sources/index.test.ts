import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../../lib/http/client.ts';
import type { SourceFormat } from '../../../lib/model/event.ts';
import { HttpStatusError, ParseError, ValidationError } from '../../../lib/model/errors.ts';
import { fetchSource, parseSource, type HtmlParser } from '../../../lib/sources/index.ts';
import { startServer, type TestServer } from '../../support/http-server.ts';

const fixtures = join(import.meta.dirname, '../../fixtures/sources');
const text = (path: string) => readFileSync(join(fixtures, path), 'utf8');
const now = new Date('2026-11-22T08:00:00Z');
const parseHtml: HtmlParser = (html) => parseHTML(html).document as unknown as Document;

const feed = JSON.stringify({
  version: 1, title: 'Réseau', updated: '2026-11-21T06:00:00Z', icsUrl: 'https://network.example.org/feed.ics',
  events: [{ id: 'a', title: 'Atelier', start: '2026-12-01', allDay: true, mode: 'in-person', topics: ['labour'], status: 'scheduled',
    relevance: { score: 0.7, relevant: true, reasons: ['x'] }, source: { format: 'ics' } }],
});

describe('parseSource', () => {
  it.each<[string, () => string, SourceFormat, number, { parseHtml?: boolean; contentType?: string }]>([
    ['Google ICS', () => text('ics/google.ics'), 'ics', 19, {}],
    ['Outlook ICS sent as text/html', () => text('ics/outlook.ics'), 'ics', 5, { contentType: 'text/html' }],
    ['feed v1', () => feed, 'json', 1, {}],
    ['JSON-LD page without a DOM', () => text('jsonld/mixed.html'), 'jsonld', 2, {}],
    ['JSON-LD page with a DOM', () => text('jsonld/array.html'), 'jsonld', 2, { parseHtml: true }],
    ['microdata page', () => text('html/microdata.html'), 'html', 1, { parseHtml: true }],
    ['RSS', () => text('rss/news.rss'), 'rss', 2, {}],
    ['Atom', () => text('rss/atom.xml'), 'rss', 1, {}],
    ['RSS with a DOCTYPE, served as HTML', () => text('rss/news.rss').replace('<rss', '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"\n  "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss'), 'rss', 2, { contentType: 'text/html; charset=UTF-8' }],
    ['The Events Calendar REST page', () => text('tec/page-1.json'), 'tec', 2, {}],
    ['plain text', () => 'Sprachcafé für Geflüchtete am 3. Dezember 2026 von 17.00 bis 19.00 Uhr im Rathaus Leipzig.', 'text', 1, {}],
  ])('sniffs and reads %s', async (_label, source, format, count, options) => {
    const parsed = await parseSource(source(), {
      now, sourceUrl: 'https://partner.example.org/source', ...(options.parseHtml ? { parseHtml } : {}),
      ...(options.contentType ? { contentType: options.contentType } : {}),
    });
    expect(parsed.format).toBe(format);
    expect(parsed.events).toHaveLength(count);
  });

  it('keeps the topics and relevance of feed v1 events', async () => {
    const parsed = await parseSource(feed, { now });
    expect(parsed).toMatchObject({ title: 'Réseau', icsUrl: 'https://network.example.org/feed.ics' });
    expect(parsed.events[0]).toMatchObject({ topics: ['labour'], relevance: { score: 0.7 } });
  });

  it('reads the JSON-LD blocks of a page when told the format', async () => {
    const parsed = await parseSource(text('jsonld/virtual.html'), { now, format: 'jsonld' });
    expect(parsed).toMatchObject({ format: 'jsonld', events: [{ mode: 'online' }] });
  });

  it('follows the format it is given over the sniffer', async () => {
    await expect(parseSource(text('ics/apple.ics'), { now, format: 'json' })).rejects.toBeInstanceOf(ParseError);
  });

  it('refuses a bare list of events as feed v1 with ValidationError', async () => {
    await expect(parseSource('[{"id":"a"}]', { now })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('fetchSource against a real server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());
  const client = () => createHttpClient({ timeoutMs: 2_000, backoffMs: 5 });

  it.each([
    ['en', '<html lang="en"><body><main><h1>Language café</h1><p>The language café for newcomers will take place on February 6th at the community hall, 18:00.</p></main></body></html>'],
    ['fr', '<html lang="fr"><body><main><h1>Café des langues</h1><p>Le café des langues pour les personnes réfugiées aura lieu le 6 février à 18h à la salle des fêtes.</p></main></body></html>'],
  ])('%s: a page fetched now dates a day without a year by today; the same page saved dates nothing', async (_lang, html) => {
    server.serve('/cafe.html', html, 'text/html; charset=utf-8', { etag: '"c1"' });
    const late = new Date('2026-11-30T12:00:00Z');
    const fetched = await fetchSource(client(), server.url('/cafe.html'), { now: late, parseHtml });
    expect(fetched.notModified ? [] : fetched.events.map((e) => e.start.slice(0, 10))).toEqual(['2027-02-06']);
    const saved = await parseSource(html, { now: late, parseHtml, format: 'html' });
    expect(saved.events).toEqual([]);
  });

  it('fetches, sniffs a mislabelled calendar and returns validators and the final URL', async () => {
    server.serve('/partner.ics', text('ics/meetup.ics'), 'text/plain', { etag: '"m1"' });
    server.route('/old.ics', (_req, res) => void res.writeHead(301, { location: '/partner.ics' }).end());
    const result = await fetchSource(client(), server.url('/old.ics'), { now });
    expect(result.notModified).toBe(false);
    if (result.notModified) return;
    expect(result).toMatchObject({ format: 'ics', url: server.url('/partner.ics'), validators: { etag: '"m1"' } });
    expect(result.events).toHaveLength(2);
    // Ids rest on the URL the caller knows the source by, not on where it redirected.
    expect(result.events[0]?.source.url).toBe(server.url('/old.ics'));
  });

  it('costs a 304 and no parse when unchanged', async () => {
    let bodies = 0;
    server.route('/cached.ics', (req, res) => {
      if (req.headers['if-none-match'] === '"v7"') res.writeHead(304, { etag: '"v7"' }).end();
      else {
        bodies++;
        res.writeHead(200, { 'content-type': 'text/calendar', etag: '"v7"' }).end('not a calendar at all');
      }
    });
    const result = await fetchSource(client(), server.url('/cached.ics'), { now, validators: { etag: '"v7"' } });
    expect(result).toEqual({ notModified: true, validators: { etag: '"v7"' } });
    expect(bodies).toBe(0);
    // Had it been parsed, this body would have failed.
    await expect(fetchSource(client(), server.url('/cached.ics'), { now })).rejects.toBeInstanceOf(ParseError);
  });

  it('passes HTTP errors on as typed errors', async () => {
    server.route('/gone.ics', (_req, res) => void res.writeHead(410).end());
    await expect(fetchSource(client(), server.url('/gone.ics'), { now })).rejects.toBeInstanceOf(HttpStatusError);
  });

  it('asks for the formats it reads', async () => {
    server.serve('/accept.json', feed, 'application/json');
    await fetchSource(client(), server.url('/accept.json'), { now });
    const accept = String(server.requests.filter((r) => r.path === '/accept.json').at(-1)?.headers.accept);
    expect(accept).toContain('text/calendar');
    expect(accept).toContain('application/json');
  });
});

describe('a web page where a calendar was expected', () => {
  const login = '<!doctype html><html><head><title>Sign in</title></head><body><form><input name="user"><input type="password" name="pw"><button>Sign in</button></form></body></html>';
  it.each<[string, { sourceUrl?: string; format?: SourceFormat }, boolean]>([
    ['a login page served at feed.json', { sourceUrl: 'https://partner.example.org/events/feed.json' }, true],
    ['a login page served at agenda.ics?key=1', { sourceUrl: 'https://partner.example.org/agenda.ics?key=1' }, true],
    ['a login page read as format json', { sourceUrl: 'https://partner.example.org/export', format: 'json' }, true],
    ['a login page read as format ics', { sourceUrl: 'https://partner.example.org/export', format: 'ics' }, true],
    ['a page with no events at an address that names no format', { sourceUrl: 'https://partner.example.org/agenda' }, false],
    ['a page with no events read as format html', { sourceUrl: 'https://partner.example.org/feed.json', format: 'html' }, false],
  ])('%s: error %s', async (_label, ctx, fails) => {
    const read = parseSource(login, { now, parseHtml, ...ctx });
    if (fails) await expect(read).rejects.toThrow(/returned a web page, not a calendar feed/);
    else expect((await read).events).toEqual([]);
  });
});

describe('the paused (browser) path', () => {
  const block = (i: number) => `<script type="application/ld+json">{"@type":"Event","name":"Job fair ${i}","startDate":"2026-12-${String((i % 28) + 1).padStart(2, '0')}T10:00"}</script>`;
  const page = (n: number) => `<!doctype html><title>Agenda</title>${Array.from({ length: n }, (_, i) => block(i)).join('')}`;
  it('pauses while reading a page, and reads what the unpaused path reads', async () => {
    let pauses = 0;
    const pause = () => void pauses++;
    const text = page(3_000);
    const paused = await parseSource(text, { now, parseHtml, pause });
    const plain = await parseSource(text, { now, parseHtml });
    expect(pauses).toBeGreaterThan(2);
    expect(paused.events.map((e) => e.id)).toEqual(plain.events.map((e) => e.id));
  });
  it('reads a page over 1 MB for its JSON-LD without building a DOM, and says so', async () => {
    let pauses = 0;
    const built: string[] = [];
    const text = page(10_000);
    expect(text.length).toBeGreaterThan(1_000_000);
    const read = await parseSource(text, { now, parseHtml: (html) => (built.push(html), parseHtml(html)), pause: () => void pauses++ });
    expect(built).toEqual([]);
    expect(read.events.length).toBe(5_000);
    expect(read.warnings[0]).toMatch(/larger than 1 MB: read for its JSON-LD, microdata and text only/);
    expect(pauses).toBeGreaterThan(50);
  });

  const item = (i: number) =>
    `<li itemscope itemtype="https://schema.org/Event"><h3 itemprop="name">Job fair ${i}</h3><time itemprop="startDate" datetime="2026-12-${String((i % 28) + 1).padStart(2, '0')}T10:00">${(i % 28) + 1} Dec</time>` +
    `<span itemprop="location" itemscope itemtype="https://schema.org/Place"><span itemprop="name">Town hall</span></span></li>`;
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `<p class="news">News item ${i}: the library opens later on Mondays.</p>`).join('');
  it.each([
    ['after 1 MB of other content', () => `<!doctype html><html lang="en"><head><title>Agenda</title></head><body>${filler(16_000)}<ul>${Array.from({ length: 40 }, (_, i) => item(i)).join('')}</ul></body></html>`],
    ['before 1 MB of other content', () => `<!doctype html><html lang="en"><head><title>Agenda</title></head><body><ul>${Array.from({ length: 40 }, (_, i) => item(i)).join('')}</ul>${filler(16_000)}</body></html>`],
  ])('reads the microdata events of a page over 1 MB %s from a DOM of their part only', async (_name, html) => {
    const text = html();
    expect(text.length).toBeGreaterThan(1_000_000);
    const built: string[] = [];
    const paused = await parseSource(text, { now, parseHtml: (h) => (built.push(h), parseHtml(h)), pause: () => undefined });
    const plain = await parseSource(text, { now, parseHtml });
    expect(plain.events).toHaveLength(40);
    expect(paused.events.map((e) => [e.id, e.title, e.start, e.location?.name])).toEqual(plain.events.map((e) => [e.id, e.title, e.start, e.location?.name]));
    expect(built).toHaveLength(1);
    expect(built[0]?.length).toBeLessThan(60_000);
  });

  it('reads the first 500 KB of microdata items of a page too large for a DOM, and says so', async () => {
    const text = `<!doctype html><html lang="en"><body><ul>${Array.from({ length: 3_000 }, (_, i) => item(i) + filler(1)).join('')}</ul></body></html>`;
    expect(text.length).toBeGreaterThan(1_000_000);
    const paused = await parseSource(text, { now, parseHtml, pause: () => undefined });
    expect(paused.events.length).toBeGreaterThan(500);
    expect(paused.events.length).toBeLessThan(3_000);
    expect(paused.warnings.join('\n')).toMatch(/microdata events go on past 500 KB/);
  });
});
