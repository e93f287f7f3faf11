import { describe, expect, it } from 'vitest';
import { ParseError, ValidationError } from '../../../lib/model/errors.ts';
import { parseJsonFeed, readJsonFeed } from '../../../lib/sources/json-feed.ts';

const event = {
  id: 'e1', title: 'Sprachcafé für Geflüchtete', start: '2026-12-02T17:00', end: '2026-12-02T19:00', allDay: false,
  timeZone: 'Europe/Vienna', mode: 'in-person', topics: ['language'], status: 'scheduled',
  relevance: { score: 0.8, relevant: true, reasons: ["mentions 'Geflüchtete'"] }, source: { format: 'ics', name: 'Caritas' },
};

describe('parseJsonFeed', () => {
  it('reads a feed v1 and keeps its events as they are', () => {
    const text = JSON.stringify({ version: 1, title: 'Netzwerk', updated: '2026-11-22T06:00:00Z', icsUrl: 'https://x.org/feed.ics', events: [event] });
    expect(parseJsonFeed(`\uFEFF${text}`)).toEqual({ format: 'json', title: 'Netzwerk', icsUrl: 'https://x.org/feed.ics', events: [event], warnings: [] });
  });

  it('names where the events were read from, keeping their earlier sources', () => {
    const text = JSON.stringify({ version: 1, title: 'N', updated: '2026-11-22T06:00:00Z', events: [event, { ...event, id: 'e2', sources: [{ format: 'ics', name: 'Caritas' }, { format: 'rss', url: 'https://x.org/feed' }] }] });
    const { events } = parseJsonFeed(text, { sourceUrl: 'https://network.example.org/feed.json', sourceName: 'Network' });
    const via = { format: 'json', url: 'https://network.example.org/feed.json', name: 'Network' };
    expect(events[0]).toMatchObject({ source: via, sources: [via, { format: 'ics', name: 'Caritas' }], topics: ['language'] });
    expect(events[1]?.sources).toEqual([via, { format: 'ics', name: 'Caritas' }, { format: 'rss', url: 'https://x.org/feed' }]);
  });

  it('refuses a bare list of events with a clear ValidationError', () => {
    const error = (() => {
      try {
        parseJsonFeed(JSON.stringify([event]));
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toMatch(/list.*"version": 1/);
  });

  it('skips an invalid event with a warning naming its index and field, and keeps the others', () => {
    const text = JSON.stringify({ version: 1, title: 'x', updated: '2026-11-22T06:00:00Z', events: [{ ...event, start: '12/05/2026' }, { ...event, id: 'e2' }] });
    const parsed = parseJsonFeed(text);
    expect(parsed.events.map((e) => e.id)).toEqual(['e2']);
    expect(parsed.warnings).toEqual(["events[0].start: must be 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM' (event skipped)", '1 of 2 events skipped']);
  });

  it.each(['', '{', 'not json', '{"version":1,'])('refuses %j with ParseError', (text) => {
    expect(() => parseJsonFeed(text)).toThrow(ParseError);
  });

  it('refuses another version', () => {
    expect(() => parseJsonFeed('{"version":2,"title":"x","updated":"2026-11-22T06:00:00Z","events":[]}')).toThrow(ValidationError);
  });
});

describe('parseJsonFeed on feeds partners write by hand', () => {
  const minimal = {
    version: 1,
    title: 'Welcome network',
    events: [
      { title: 'Job fair for refugees and employers', start: '2027-03-04T10:00', timeZone: 'Europe/Brussels', location: { city: 'Brussels', country: 'BE' } },
      { title: 'Webinar: recognition of foreign diplomas', start: '2027-03-05T14:00', onlineUrl: 'https://zoom.us/j/123' },
      { title: 'Open day', start: '2027-03-06' },
    ],
  };

  it('gives every left-out field its default: id, allDay, status, source, mode, topics and relevance', () => {
    const { events, warnings } = parseJsonFeed(JSON.stringify(minimal), { sourceUrl: 'https://welcome.example.org/feed.json' });
    expect(warnings).toEqual([]);
    const via = { format: 'json', url: 'https://welcome.example.org/feed.json' };
    expect(events[0]).toMatchObject({ allDay: false, status: 'scheduled', source: via, mode: 'in-person', topics: ['labour'], relevance: { relevant: true } });
    expect(events[0]!.id).toMatch(/^ev-[0-9a-z]{14}$/);
    expect(events[1]).toMatchObject({ mode: 'online', allDay: false });
    expect(events[2]).toMatchObject({ allDay: true, mode: 'unknown', topics: [], relevance: { relevant: false } });
    // The derived id is stable: the same feed read again gives the same ids (saved events stay saved).
    expect(parseJsonFeed(JSON.stringify(minimal), { sourceUrl: 'https://welcome.example.org/feed.json' }).events.map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect(new Set(events.map((e) => e.id)).size).toBe(3);
  });

  it.each<[string, Record<string, unknown>, string, Record<string, unknown>]>([
    ['a javascript: link', { url: 'javascript:alert(1)' }, 'events[0].url: must be an http(s) URL (ignored)', { url: undefined }],
    ['an end that is not a date', { end: '2027-13-45' }, "events[0].end: must be 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM' (ignored)", { end: undefined }],
    ['an end before the start', { end: '2027-03-01T10:00' }, 'events[0].end: is before start (ignored)', { end: undefined }],
    ['a status nobody knows', { status: 'maybe' }, 'events[0].status: must be one of: scheduled, cancelled, postponed, rescheduled (ignored)', { status: 'scheduled' }],
    ['allDay that disagrees with the start', { allDay: true }, 'events[0].allDay: is true but start has a time (ignored)', { allDay: false }],
    ['a country name', { location: { city: 'Lyon', country: 'France' } }, 'events[0].location.country: must be a two-letter ISO country code, e.g. BE (ignored)', { location: { city: 'Lyon' } }],
  ])('drops %s and keeps the event', (_label, patch, warning, expected) => {
    const feed = { version: 1, title: 't', events: [{ ...minimal.events[0], ...patch }] };
    const { events, warnings } = parseJsonFeed(JSON.stringify(feed));
    expect(events).toHaveLength(1);
    expect(warnings).toEqual([warning]);
    for (const [k, v] of Object.entries(expected)) expect((events[0] as unknown as Record<string, unknown>)[k], k).toEqual(v);
  });

  it('shows the ten good events of a feed with two broken ones', () => {
    const good = Array.from({ length: 10 }, (_, i) => ({ title: `Workshop ${i + 1}`, start: `2027-04-${String(i + 1).padStart(2, '0')}T10:00` }));
    const list: unknown[] = [...good];
    list.splice(3, 0, { title: 'Bad date', start: '2026-13-45' });
    list.splice(8, 0, { start: '2027-04-20' });
    const { events, warnings } = parseJsonFeed(JSON.stringify({ version: 1, title: 't', events: list }));
    expect(events.map((e) => e.title)).toEqual(good.map((e) => e.title));
    expect(warnings).toEqual(["events[3].start: must be 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM' (event skipped)", 'events[8].title: is required (event skipped)', '2 of 12 events skipped']);
  });

  it('lists at most 20 problems one by one, then counts the rest', () => {
    const list = Array.from({ length: 100 }, (_, i) => ({ title: `E${i}`, start: '2027-04-01', url: 'ftp://x' }));
    const { events, warnings } = parseJsonFeed(JSON.stringify({ version: 1, title: 't', events: list }));
    expect(events).toHaveLength(100);
    expect(warnings).toHaveLength(21);
    expect(warnings[20]).toBe('… and 80 more problems');
  });

  it('reads in steps when given a pause, with the same result', async () => {
    const list = Array.from({ length: 1000 }, (_, i) => ({ title: `Language café ${i}`, start: `2027-05-${String((i % 28) + 1).padStart(2, '0')}T18:00` }));
    const text = JSON.stringify({ version: 1, title: 't', events: list });
    let pauses = 0;
    const stepped = await readJsonFeed(text, { sourceUrl: 'https://x.org/feed.json' }, () => {
      pauses++;
      return pauses % 2 ? Promise.resolve() : undefined;
    });
    expect(pauses).toBeGreaterThanOrEqual(6);
    expect(stepped).toEqual(parseJsonFeed(text, { sourceUrl: 'https://x.org/feed.json' }));
  });

  it.each([
    ['null events', { version: 1, title: 't', events: [null, 3, 'x', []] }, 4, 'events[0]: must be an object'],
    ['events without anything', { version: 1, title: 't', events: [{}, { id: 'a' }] }, 2, 'events[0].title: is required'],
  ])('fails a feed whose every event is broken (%s): a broken feed, not an empty calendar', (_label, feed, count, first) => {
    const error = (() => {
      try {
        parseJsonFeed(JSON.stringify(feed));
      } catch (e) {
        return e as ValidationError;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect(error!.message).toBe(`events: none of its ${count} events could be read (and ${Math.min(count, 3)} more)`);
    expect(error!.problems[1]).toMatchObject({ path: first.split(':')[0], effect: 'event' });
  });

  it('reads an empty events list as an empty calendar', () => {
    expect(parseJsonFeed(JSON.stringify({ version: 1, title: 't', events: [] })).events).toEqual([]);
  });
});

describe('a first look at a long feed (preview)', () => {
  const list = Array.from({ length: 600 }, (_, i) => ({ title: `Workshop ${i}`, start: `2027-${String(Math.floor(i / 28) % 12 + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}T10:00` }));
  list.sort((a, b) => (a.start < b.start ? -1 : 1));

  it('shows `count` events from the given day before the full read, which then gives them all', async () => {
    const text = JSON.stringify({ version: 1, title: 't', events: list });
    const shown: string[][] = [];
    let fullAt = -1;
    const result = await readJsonFeed(text, { preview: { fromDay: '2027-06-01', count: 5, show: (events) => shown.push(events.map((e) => e.start)) } }, () => {
      if (fullAt < 0 && shown.length > 0) fullAt = shown.length;
      return Promise.resolve();
    });
    expect(shown).toHaveLength(1);
    expect(shown[0]).toEqual(list.filter((e) => e.start >= '2027-06-01').slice(0, 5).map((e) => e.start));
    expect(fullAt).toBe(1);
    expect(result.events).toHaveLength(600);
  });

  it('gives no preview of a feed that is not in start order (the full read decides)', async () => {
    const text = JSON.stringify({ version: 1, title: 't', events: [...list].reverse() });
    let shown = 0;
    const result = await readJsonFeed(text, { preview: { fromDay: '2027-06-01', count: 5, show: () => shown++ } }, () => undefined);
    expect(shown).toBe(0);
    expect(result.events).toHaveLength(600);
  });
});
