import { describe, expect, it } from 'vitest';
import { ParseError, ValidationError } from '../../../lib/model/errors.ts';
import { parseJsonFeed } from '../../../lib/sources/json-feed.ts';

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

  it('names the bad path of an invalid event', () => {
    const text = JSON.stringify({ version: 1, title: 'x', updated: '2026-11-22T06:00:00Z', events: [{ ...event, start: '12/05/2026' }] });
    expect(() => parseJsonFeed(text)).toThrow(/events\[0\]\.start/);
  });

  it.each(['', '{', 'not json', '{"version":1,'])('refuses %j with ParseError', (text) => {
    expect(() => parseJsonFeed(text)).toThrow(ParseError);
  });

  it('refuses another version', () => {
    expect(() => parseJsonFeed('{"version":2,"title":"x","updated":"2026-11-22T06:00:00Z","events":[]}')).toThrow(ValidationError);
  });
});
