import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InclusionEvent } from '../../../lib/model/event.ts';
import { ParseError } from '../../../lib/model/errors.ts';
import { validateEvent } from '../../../lib/model/validate.ts';
import { eventsFromJsonLd, jsonLdBlocks, readJsonLdText } from '../../../lib/sources/jsonld.ts';

const dir = join(import.meta.dirname, '../../fixtures/sources/jsonld');

function read(name: string, sourceUrl = `https://example.org/${name}`) {
  const html = readFileSync(join(dir, name), 'utf8');
  const warnings: string[] = [];
  const events = jsonLdBlocks(html).flatMap((block) =>
    eventsFromJsonLd(readJsonLdText(block), { format: 'jsonld', sourceUrl, warnings }),
  );
  return { events, warnings };
}

const cases: Array<{ file: string; count: number; checks: Array<[number, Partial<InclusionEvent>]>; warnings?: RegExp }> = [
  {
    file: 'single-event.html',
    count: 1,
    checks: [[0, {
      title: 'Atelier CV et lettre de motivation pour personnes réfugiées',
      start: '2026-12-03T14:00', end: '2026-12-03T16:30', allDay: false, timeZone: 'Europe/Brussels',
      location: { name: 'Maison des Solidarités', address: 'Rue Haute 112, 1000 Bruxelles', city: 'Bruxelles', country: 'BE' },
      mode: 'in-person', status: 'scheduled',
      registrationUrl: 'https://example.org/inscription/atelier-cv', registrationDeadline: '2026-12-01T23:59',
      organizer: { name: 'Maison des Solidarités asbl', url: 'https://solidarites.example.org/' },
      languages: ['fr', 'ar', 'prs'], url: 'https://solidarites.example.org/agenda/atelier-cv',
    }]],
  },
  {
    file: 'graph.html',
    count: 1,
    // UTC times move to the clock of the place's country.
    checks: [[0, {
      title: 'Infoabend: Anerkennung ausländischer Berufsabschlüsse',
      start: '2026-12-09T18:00', end: '2026-12-09T20:00', timeZone: 'Europe/Berlin',
      location: { name: 'Bürgerzentrum Ehrenfeld', address: 'Venloer Straße 429, 50825 Köln', city: 'Köln', country: 'DE' },
      organizer: { name: 'Integrationsnetz Köln e.V.' }, languages: ['de'], mode: 'in-person',
    }]],
  },
  {
    file: 'array.html',
    count: 2,
    checks: [
      [0, { title: 'Job day per titolari di protezione internazionale', start: '2027-01-20T09:30', end: '2027-01-20T13:00',
        location: { name: 'Camera di Commercio', address: 'Via Meravigli 9/b, 20123 Milano, Italia', city: 'Milano', country: 'IT' } }],
      [1, { title: 'Mostra fotografica: Nuove radici', start: '2027-02-01', end: '2027-02-14', allDay: true,
        location: { name: 'Biblioteca civica', city: 'Torino' } }],
    ],
    warnings: /Evento senza data/,
  },
  {
    file: 'virtual.html',
    count: 1,
    checks: [[0, {
      mode: 'online', onlineUrl: 'https://zoom.us/j/84512345678', start: '2026-12-15T18:00',
      registrationUrl: 'https://acoge.example.es/inscripcion', registrationDeadline: '2026-12-14',
      organizer: { name: 'Red Acoge Madrid' }, languages: ['es-ES'],
    }]],
  },
  {
    file: 'cancelled.html',
    count: 1,
    checks: [[0, { status: 'cancelled', timeZone: 'Europe/Dublin', start: '2026-11-28T10:00', location: { name: 'Community Hall', address: '12 Mill Lane, D08 Dublin', city: 'Dublin', country: 'IE' } }]],
  },
  {
    file: 'mixed.html',
    count: 2,
    checks: [
      [0, { mode: 'hybrid', onlineUrl: 'https://integration-forum.example.eu/live', timeZone: 'Europe/Brussels', location: { name: 'Residence Palace', address: 'Rue de la Loi 155, 1040 Brussels', city: 'Brussels', country: 'BE' } }],
      [1, { mode: 'online', status: 'scheduled', title: 'Forum day 2: moved online' }],
    ],
  },
];

describe('eventsFromJsonLd over fixtures', () => {
  it.each(cases)('$file', ({ file, count, checks, warnings: expectedWarning }) => {
    const { events, warnings } = read(file);
    expect(events).toHaveLength(count);
    for (const [index, expected] of checks) expect(events[index]).toMatchObject(expected);
    for (const [i, event] of events.entries()) {
      expect(validateEvent(event, `events[${i}]`)).toEqual([]);
      expect(event.source).toEqual({ format: 'jsonld', url: `https://example.org/${file}` });
      expect(Array.isArray(event.topics)).toBe(true);
    }
    if (expectedWarning) expect(warnings.join('\n')).toMatch(expectedWarning);
    else expect(warnings).toEqual([]);
  });

  it('turns HTML in name and description into text', () => {
    const { events } = read('single-event.html');
    expect(events[0]?.description).toBe(
      'Un atelier pratique pour préparer son CV et sa lettre de motivation pour le marché du travail belge.\n\nTraduction en arabe et en dari.',
    );
  });

  it('gives the same id to the same event read twice, and different ids to different events', () => {
    const a = read('mixed.html').events.map((e) => e.id);
    const b = read('mixed.html').events.map((e) => e.id);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(a.length);
  });

  it('classifies relevance from the event text', () => {
    const [event] = read('mixed.html').events;
    expect(event?.relevance.relevant).toBe(true);
    expect(event?.topics).toContain('labour');
  });

  it.each([
    ['a string type with prefix', { '@type': 'schema:EducationEvent', name: 'x', startDate: '2026-12-01' }, 1],
    ['a full IRI type', { '@type': 'http://schema.org/SocialEvent', name: 'x', startDate: '2026-12-01' }, 1],
    ['a type list', { '@type': ['Thing', 'Hackathon'], name: 'x', startDate: '2026-12-01' }, 1],
    ['events in an ItemList', { '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', item: { '@type': 'Event', name: 'x', startDate: '2026-12-01' } }] }, 1],
    ['a page with mainEntity', { '@type': 'WebPage', mainEntity: { '@type': 'CourseInstance', name: 'German A1', startDate: '2026-12-01' } }, 1],
    ['not an event', { '@type': 'Organization', name: 'x' }, 0],
    ['a number', 42, 0],
    ['null', null, 0],
  ])('reads %s', (_label, data, count) => {
    expect(eventsFromJsonLd(data, { format: 'jsonld', warnings: [] })).toHaveLength(count);
  });

  it('keeps the wall time as written when the offset does not match the place', () => {
    const [event] = eventsFromJsonLd(
      { '@type': 'Event', name: 'x', startDate: '2026-12-01T10:00:00-05:00', location: { '@type': 'Place', address: { addressCountry: 'FR' } } },
      { format: 'jsonld', warnings: [] },
    );
    expect(event).toMatchObject({ start: '2026-12-01T10:00' });
    expect(event?.timeZone).toBeUndefined();
  });

  it.each([
    ['Online', 'online', undefined],
    ['https://zoom.us/j/123', 'online', 'https://zoom.us/j/123'],
    ['Stadtbibliothek, Graz, Österreich', 'in-person', undefined],
  ])('reads a place written as %j', (place, mode, onlineUrl) => {
    const [event] = eventsFromJsonLd({ '@type': 'Event', name: 'x', startDate: '2026-12-01', location: place }, { format: 'jsonld', warnings: [] });
    expect(event?.mode).toBe(mode);
    expect(event?.onlineUrl).toBe(onlineUrl);
  });

  it('keeps UTC times in UTC when no place tells the zone', () => {
    const [event] = eventsFromJsonLd({ '@type': 'Event', name: 'x', startDate: '2026-12-01T10:00:00Z' }, { format: 'jsonld', warnings: [] });
    expect(event).toMatchObject({ start: '2026-12-01T10:00', timeZone: 'UTC' });
  });

  it('drops links that are not http(s)', () => {
    const [event] = eventsFromJsonLd(
      { '@type': 'Event', name: 'x', startDate: '2026-12-01', url: 'javascript:alert(1)', offers: { url: 'data:text/html,x' } },
      { format: 'jsonld', warnings: [] },
    );
    expect(event?.url).toBeUndefined();
    expect(event?.registrationUrl).toBeUndefined();
  });

  it('rejects a JSON-LD block that is not JSON with ParseError', () => {
    expect(() => readJsonLdText('{ "@type": "Event", ')).toThrow(ParseError);
  });
});
