import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../../lib/http/client.ts';
import { ParseError } from '../../../lib/model/errors.ts';
import { validateEvent } from '../../../lib/model/validate.ts';
import { fetchSource, parseSource } from '../../../lib/sources/index.ts';
import { MAX_TEC_PAGES } from '../../../lib/sources/tec-pages.ts';
import { startServer, type TestServer } from '../../support/http-server.ts';

const dir = join(import.meta.dirname, '../../fixtures/sources/tec');
const now = new Date('2026-11-22T08:00:00Z');
const API = '/wp-json/tribe/events/v1/events';
/** A fixture page with its site's address replaced by `origin` (WordPress escapes slashes). */
const page = (name: string, origin = 'https://refugee-network.example') =>
  readFileSync(join(dir, name), 'utf8').replaceAll('https:\\/\\/refugee-network.example', origin.replaceAll('/', '\\/'));

describe('The Events Calendar REST answer', () => {
  it('is sniffed and mapped: venue, organiser, cost, categories, zones, all-day days', async () => {
    const parsed = await parseSource(page('page-1.json'), { now, sourceUrl: `https://refugee-network.example${API}`, sourceName: 'Réseau' });
    expect(parsed.format).toBe('tec');
    expect(parsed.events).toHaveLength(2);
    const [workshop, openDays] = parsed.events;
    expect(workshop).toMatchObject({
      title: 'Atelier CV – pour personnes réfugiées',
      start: '2026-12-09T14:00', end: '2026-12-09T16:30', allDay: false, timeZone: 'Europe/Brussels',
      location: { name: 'Maison des Associations', address: 'Rue de la Loi 42, 1040 Bruxelles', city: 'Bruxelles', country: 'BE' },
      organizer: { name: 'Réseau Accueil & Emploi', url: 'https://reseau-accueil.example/' },
      url: 'https://refugee-network.example/event/atelier-cv/',
      registrationUrl: 'https://reseau-accueil.example/inscription',
      mode: 'in-person',
      source: { format: 'tec', name: 'Réseau' },
    });
    expect(workshop?.description).toBe('Préparer son CV et sa lettre de motivation pour le marché du travail belge.\n\n- Interprétation en arabe et en dari\n- Garderie sur place\n\nGratuit');
    expect(workshop?.topics).toContain('labour');
    expect(openDays).toMatchObject({ title: 'Journées portes ouvertes des cours de français', start: '2026-12-14', end: '2026-12-15', allDay: true });
    expect(openDays?.location).toBeUndefined();
    expect(parsed.warnings).toEqual([
      expect.stringContaining('Skipped "Permanence juridique"'),
      expect.stringContaining('only the first was read'),
    ]);
    for (const e of parsed.events) expect(validateEvent(e)).toEqual([]);
  });

  it('gives the same ids on every read, distinct per event', async () => {
    const read = () => parseSource(page('page-1.json'), { now, sourceUrl: `https://refugee-network.example${API}` });
    const [a, b] = [await read(), await read()];
    expect(a.events.map((e) => e.id)).toEqual(b.events.map((e) => e.id));
    expect(new Set(a.events.map((e) => e.id)).size).toBe(2);
  });

  it.each([
    ['not JSON', '{"events": [', ParseError],
    ['no events list', '{"events": {"rest_url": "tribe/events/v1"}}', ParseError],
  ])('refuses %s with a ParseError', async (_label, text, error) => {
    await expect(parseSource(text, { now, format: 'tec' })).rejects.toThrow(error);
  });
});

describe('TEC pages over HTTP', () => {
  let server: TestServer;
  const client = createHttpClient({ retries: 0, timeoutMs: 5_000 });
  beforeAll(async () => {
    server = await startServer();
    // WordPress answers with and without the trailing slash.
    for (const path of [API, `${API}/`]) {
      server.route(path, (req, res) => {
        const n = new URL(req.url ?? '/', 'http://x').searchParams.get('page');
        res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' }).end(page(n === '2' ? 'page-2.json' : 'page-1.json', server.origin));
      });
    }
    // A site whose every page names one more: the reader stops at its cap.
    server.route('/endless', (req, res) => {
      const n = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('page') ?? '1');
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({
        events: [{ id: n, title: `Session ${n}`, all_day: true, start_date: '2026-12-01 00:00:00', end_date: '2026-12-01 23:59:59', timezone: 'Europe/Berlin' }],
        rest_url: `${server.origin}/wp-json/tribe/events/v1/events`,
        next_rest_url: `${server.origin}/endless?page=${n + 1}`,
      }));
    });
    server.route('/broken-next', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(page('page-1.json', server.origin).replace(`events\\/?per_page=3`, 'missing\\/?per_page=3'));
    });
    server.route('/elsewhere', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(page('page-1.json', server.origin).replace(/"next_rest_url":\s*"[^"]*"/, '"next_rest_url":"https:\\/\\/tracker.example\\/page2"'));
    });
  });
  afterAll(() => server.close());

  it('follows next_rest_url and keeps the source address on every event', async () => {
    const result = await fetchSource(client, server.url(API), { now });
    if (result.notModified) throw new Error('unexpected 304');
    expect(result.format).toBe('tec');
    expect(result.events.map((e) => e.title)).toEqual([
      'Atelier CV – pour personnes réfugiées',
      'Journées portes ouvertes des cours de français',
      'Webinaire : droits sociaux des bénéficiaires de protection internationale',
    ]);
    // A site set to an offset ("UTC+2") rather than a city: its UTC times are exact.
    expect(result.events[2]).toMatchObject({ start: '2027-01-12T08:00', end: '2027-01-12T09:30', timeZone: 'UTC', mode: 'online', onlineUrl: 'https://meet.example/droits-sociaux' });
    expect(new Set(result.events.map((e) => e.source.url))).toEqual(new Set([server.url(API)]));
    expect(result.warnings).toEqual([expect.stringContaining('Skipped "Permanence juridique"')]);
  });

  it(`stops after ${MAX_TEC_PAGES} pages with a warning`, async () => {
    const before = server.requests.length;
    const result = await fetchSource(client, `${server.url('/endless')}?page=1`, { now, format: 'tec' });
    if (result.notModified) throw new Error('unexpected 304');
    expect(result.events).toHaveLength(MAX_TEC_PAGES);
    expect(server.requests.length - before).toBe(MAX_TEC_PAGES);
    expect(result.warnings).toEqual([expect.stringContaining(`More than ${MAX_TEC_PAGES} pages`)]);
  });

  it('keeps the pages read when a later one fails', async () => {
    const result = await fetchSource(client, server.url('/broken-next'), { now, format: 'tec' });
    if (result.notModified) throw new Error('unexpected 304');
    expect(result.events).toHaveLength(2);
    expect(result.warnings.at(-1)).toMatch(/Page 2 of events could not be read.*earlier pages were kept/);
  });

  it('does not follow a next page on another site', async () => {
    const before = server.requests.length;
    const result = await fetchSource(client, server.url('/elsewhere'), { now, format: 'tec' });
    if (result.notModified) throw new Error('unexpected 304');
    expect(result.events).toHaveLength(2);
    expect(server.requests.length - before).toBe(1);
  });
});
