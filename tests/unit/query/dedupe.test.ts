import { doublingRatio } from '../../support/growth.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InclusionEvent } from '../../../lib/model/event.ts';
import { dedupeEvents, titleKey } from '../../../lib/query/index.ts';
import { ev } from './events.ts';

const partnerB = { format: 'jsonld' as const, url: 'https://partner-b.example/agenda', name: 'Partner B' };
const report = { format: 'rss' as const, url: 'https://network.example/news/feed.xml', name: 'Network news' };

describe('dedupeEvents: which events are the same', () => {
  const cases: Array<{ name: string; events: InclusionEvent[]; groups: string[][] }> = [
    {
      name: 'titles differing in case, accents, punctuation and small words, same day',
      events: [
        ev({ id: 'a1', title: 'Job Fair for Refugees', start: '2026-12-03T10:00', timeZone: 'Europe/Brussels' }),
        ev({ id: 'b1', title: 'job-fair: the refugees!', start: '2026-12-03', source: partnerB }),
        ev({ id: 'c1', title: 'Forum emploi réfugiés', start: '2026-12-03' }),
        ev({ id: 'c2', title: 'FORUM EMPLOI pour les REFUGIES', start: '2026-12-03', source: report }),
      ],
      groups: [['a1', 'b1'], ['c1', 'c2']],
    },
    {
      name: 'same title on different days stays apart',
      events: [
        ev({ id: 'a', title: 'Language café', start: '2026-12-03T18:00' }),
        ev({ id: 'b', title: 'Language café', start: '2026-12-10T18:00', source: partnerB }),
      ],
      groups: [['a'], ['b']],
    },
    {
      name: 'two sessions on one day with different titles stay apart, even with one page url',
      events: [
        ev({ id: 'a', title: 'Morning session: labour law', start: '2026-12-03T09:00', url: 'https://x.example/day' }),
        ev({ id: 'b', title: 'Afternoon session: housing', start: '2026-12-03T14:00', url: 'https://x.example/day' }),
      ],
      groups: [['a'], ['b']],
    },
    {
      name: 'same title at two times of one day: two sessions',
      events: [
        ev({ id: 'a', title: 'Info session', start: '2026-12-03T09:00', timeZone: 'Europe/Brussels' }),
        ev({ id: 'b', title: 'Info session', start: '2026-12-03T14:00', timeZone: 'Europe/Brussels', source: partnerB }),
        ev({ id: 'c', title: 'Info Session', start: '2026-12-03T08:00', timeZone: 'UTC', source: report }),
      ],
      groups: [['a', 'c'], ['b']],
    },
    {
      name: 'same id (UID) from two feeds',
      events: [
        ev({ id: 'uid-42@city.example', title: 'Welcome evening', start: '2026-12-05T18:00' }),
        ev({ id: 'uid-42@city.example', title: 'Welcome evening for newcomers', start: '2026-12-05T18:30', source: partnerB }),
      ],
      groups: [['uid-42@city.example', 'uid-42@city.example']],
    },
    {
      name: 'same url, different wording',
      events: [
        ev({ id: 'a', title: 'Webinar: skills recognition', start: '2026-12-09T14:00', url: 'https://www.ngo.example/events/skills/' }),
        ev({ id: 'b', title: 'Recognising the skills of third-country nationals', start: '2026-12-09T14:00', url: 'http://ngo.example/events/skills', source: partnerB }),
      ],
      groups: [['a', 'b']],
    },
  ];
  it.each(cases)('$name', ({ events, groups }) => {
    const merged = dedupeEvents(events);
    expect(merged.map((e) => e.id)).toEqual(groups.map((g) => g[0]));
    merged.forEach((m, i) => {
      const members = groups[i]!.length;
      expect(m.sources?.length ?? 1).toBeLessThanOrEqual(members);
    });
  });
});

describe('dedupeEvents: inside one calendar, different ids are different events', () => {
  const festival = 'https://festival.example/2026/programme';
  const cases: Array<{ name: string; events: InclusionEvent[]; groups: string[][] }> = [
    {
      name: 'same-day events sharing a url (a festival programme page)',
      events: [
        ev({ id: 'doors@fest', title: 'Loading doors close', start: '2026-12-05T09:00', timeZone: 'Europe/Brussels', url: festival }),
        ev({ id: 'entrance@fest', title: 'Main entrance opened', start: '2026-12-05T09:00', timeZone: 'Europe/Brussels', url: festival }),
        ev({ id: 'day@fest', title: 'Festival day', start: '2026-12-05', url: festival }),
      ],
      groups: [['doors@fest'], ['entrance@fest'], ['day@fest']],
    },
    {
      name: 'titles equal once small words are dropped ("Mr" and "Mr and")',
      events: [ev({ id: 'mr-1', title: 'Mr', start: '2026-12-05T18:00' }), ev({ id: 'mr-2', title: 'Mr and', start: '2026-12-05T18:00' })],
      groups: [['mr-1'], ['mr-2']],
    },
    {
      name: 'a timed and an all-day "Away" on one day',
      events: [ev({ id: 'away-1', title: 'Away', start: '2026-12-07T14:00' }), ev({ id: 'away-2', title: 'Away', start: '2026-12-07' })],
      groups: [['away-1'], ['away-2']],
    },
    {
      name: 'the same UID twice in one source is one event',
      events: [ev({ id: 'uid-1', title: 'Welcome', start: '2026-12-05T18:00' }), ev({ id: 'uid-1', title: 'Welcome (moved)', start: '2026-12-05T19:00' })],
      groups: [['uid-1', 'uid-1']],
    },
    {
      name: 'across sources, a shared url at two different times stays apart',
      events: [
        ev({ id: 'a', title: 'Loading doors close', start: '2026-12-05T09:00', url: festival }),
        ev({ id: 'b', title: 'Main entrance opened', start: '2026-12-05T10:00', url: festival, source: partnerB }),
      ],
      groups: [['a'], ['b']],
    },
    {
      name: 'across sources, a title at one instant written in two zones joins',
      events: [
        ev({ id: 'a', title: 'Away day', start: '2026-12-07T14:00', timeZone: 'Europe/Brussels' }),
        ev({ id: 'b', title: 'Away Day!', start: '2026-12-07T13:00', timeZone: 'UTC', source: partnerB }),
      ],
      groups: [['a', 'b']],
    },
    {
      name: 'a source\'s second event with a title already joined stays apart',
      events: [
        ev({ id: 'a1', title: 'Info session', start: '2026-12-03' }),
        ev({ id: 'b1', title: 'Info session', start: '2026-12-03', source: partnerB }),
        ev({ id: 'b2', title: 'Info session', start: '2026-12-03', source: partnerB }),
      ],
      groups: [['a1', 'b1'], ['b2']],
    },
  ];
  it.each(cases)('$name', ({ events, groups }) => {
    const merged = dedupeEvents(events);
    expect(merged.map((e) => e.id)).toEqual(groups.map((g) => g[0]));
    merged.forEach((m, i) => expect(m.sources?.length ?? 1).toBe(new Set(groups[i]!.map((id) => events.find((e) => e.id === id)!.source.name)).size));
  });

  it('keeps 10,000 identical events of one source apart, in linear time', () => {
    const make = (n: number) => Array.from({ length: n }, (_, i) => ev({ id: `copy-${i}`, title: 'Same', start: '2026-12-01T10:00', url: 'https://x.example/' }));
    const dedupeAt = (n: number) => {
      const events = make(n);
      return () => expect(dedupeEvents(events)).toHaveLength(n);
    };
    expect(doublingRatio(dedupeAt, 5_000)).toBeLessThan(3);
  });
});

describe('dedupeEvents: the merged event', () => {
  const announced = ev({
    id: 'ann',
    title: 'Employers meet refugees',
    start: '2026-12-03',
    description: 'Short.',
    mode: 'unknown',
    location: { city: 'Gent' },
    topics: ['labour'],
    languages: ['nl'],
    relevance: { score: 0.6, relevant: true, reasons: ['mentions refugees'] },
  });
  const detailed = ev({
    id: 'det',
    title: 'Employers meet Refugees!',
    start: '2026-12-03T13:30',
    end: '2026-12-03T17:00',
    timeZone: 'Europe/Brussels',
    description: 'A long description of the afternoon, with employers from the port and the care sector.',
    mode: 'in-person',
    location: { name: 'ICC', address: 'Van Rysselberghedreef 2', city: 'Gent', country: 'BE' },
    registrationUrl: 'https://register.example/emr',
    registrationDeadline: '2026-11-30',
    organizer: { name: 'City of Gent', url: 'https://stad.gent.example' },
    topics: ['labour', 'social-inclusion'],
    languages: ['NL', 'en'],
    relevance: { score: 0.9, relevant: true, reasons: ['mentions refugees', 'mentions employers'] },
    source: partnerB,
  });
  const reported = ev({ id: 'rep', title: 'Employers meet refugees', start: '2026-12-03', source: report, status: 'scheduled', url: 'https://network.example/news/emr' });

  const [merged, ...rest] = dedupeEvents([announced, detailed, reported, announced]);

  it('is one event with the first id and title', () => {
    expect(rest).toEqual([]);
    expect(merged!.id).toBe('ann');
    expect(merged!.title).toBe('Employers meet refugees');
  });
  it('keeps the richest fields', () => {
    expect(merged).toMatchObject({
      start: '2026-12-03T13:30',
      end: '2026-12-03T17:00',
      allDay: false,
      timeZone: 'Europe/Brussels',
      description: detailed.description,
      mode: 'in-person',
      location: detailed.location,
      registrationUrl: 'https://register.example/emr',
      registrationDeadline: '2026-11-30',
      organizer: detailed.organizer,
      url: 'https://network.example/news/emr',
      relevance: detailed.relevance,
    });
    expect(merged!.topics).toEqual(['labour', 'social-inclusion']);
    expect(merged!.languages).toEqual(['nl', 'en']);
  });
  it('lists every source once, the first one first', () => {
    expect(merged!.source).toEqual(announced.source);
    expect(merged!.sources).toEqual([announced.source, partnerB, report]);
  });
  it('does not change its input', () => {
    expect(announced.sources).toBeUndefined();
    expect(announced.allDay).toBe(true);
  });
  it('in-person in one source and online in another is hybrid; a cancellation wins', () => {
    const [m] = dedupeEvents([
      ev({ id: 'x', title: 'Policy dialogue', start: '2026-12-11', mode: 'in-person' }),
      ev({ id: 'y', title: 'Policy Dialogue', start: '2026-12-11', mode: 'online', status: 'cancelled', source: partnerB }),
    ]);
    expect(m!.mode).toBe('hybrid');
    expect(m!.status).toBe('cancelled');
  });
});

describe('dedupeEvents: properties', () => {
  const titles = ['Job fair', 'Language café', 'Info session', 'Welcome evening', 'Policy dialogue'];
  const arbEvent = fc.record({
    n: fc.nat(999),
    title: fc.constantFrom(...titles),
    day: fc.integer({ min: 1, max: 5 }),
    hour: fc.option(fc.integer({ min: 8, max: 18 }), { nil: undefined }),
    src: fc.constantFrom('a', 'b', 'c'),
  }).map(({ n, title, day, hour, src }) =>
    ev({
      id: `${src}-${n}`,
      title,
      start: `2026-12-0${day}${hour === undefined ? '' : `T${String(hour).padStart(2, '0')}:00`}`,
      source: { format: 'ics', url: `https://${src}.example/feed.ics` },
    }),
  );
  it('never joins two events of one source with different ids', () => {
    fc.assert(
      fc.property(fc.array(arbEvent, { maxLength: 60 }), (events) => {
        const unique = events.filter((e, i) => events.findIndex((x) => x.id === e.id) === i);
        for (const m of dedupeEvents(unique)) {
          const urls = (m.sources ?? [m.source]).map((s) => s.url);
          expect(new Set(urls).size).toBe(urls.length);
        }
        expect(dedupeEvents(unique.filter((e) => e.source.url === 'https://a.example/feed.ics'))).toHaveLength(unique.filter((e) => e.source.url === 'https://a.example/feed.ics').length);
      }),
    );
  });
  it('is idempotent, never grows, keeps every start day, and keeps first-seen ids', () => {
    fc.assert(
      fc.property(fc.array(arbEvent, { maxLength: 60 }), (events) => {
        const once = dedupeEvents(events);
        expect(once.length).toBeLessThanOrEqual(events.length);
        expect(dedupeEvents(once).map((e) => e.id)).toEqual(once.map((e) => e.id));
        expect(new Set(once.map((e) => e.start.slice(0, 10)))).toEqual(new Set(events.map((e) => e.start.slice(0, 10))));
        const firstIds = new Set<string>();
        for (const e of events) firstIds.add(e.id);
        for (const e of once) expect(firstIds.has(e.id)).toBe(true);
      }),
    );
  });
});

describe('titleKey', () => {
  it.each([
    ['The Job Fair for Refugees!', 'job fair refugees'],
    ['Forum de l’emploi pour les réfugiés', 'forum emploi refugies'],
    ['Tag der offenen Tür für Geflüchtete', 'tag offenen tur gefluchtete'],
  ])('%s', (title, key) => expect(titleKey(title)).toBe(key));
});
