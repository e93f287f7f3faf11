import { describe, expect, it } from 'vitest';
import type { EventFilter } from '../../../lib/query/index.ts';
import { filterEvents } from '../../../lib/query/index.ts';
import { ev } from './events.ts';

const events = [
  ev({ id: 'jobfair', title: 'Job fair for refugees', start: '2026-12-03T10:00', end: '2026-12-03T16:00', timeZone: 'Europe/Brussels',
    mode: 'in-person', location: { name: 'Tour & Taxis', city: 'Bruxelles', country: 'BE' }, topics: ['labour'], languages: ['fr-BE', 'nl'] }),
  ev({ id: 'webinar', title: 'Webinar: skills recognition', start: '2026-12-04T14:00', timeZone: 'Europe/Berlin',
    mode: 'online', topics: ['education-skills', 'labour'], languages: ['en'] }),
  ev({ id: 'conf', title: 'Integration conference', start: '2026-12-09', end: '2026-12-11', mode: 'hybrid',
    location: { city: 'Zürich', country: 'ch' }, topics: ['policy-funding'] }),
  ev({ id: 'cafe', title: 'Café des langues', start: '2026-12-15T18:00', mode: 'in-person',
    location: { city: 'Liège', country: 'BE' }, topics: ['language'], languages: ['fr'], status: 'cancelled' }),
  ev({ id: 'marathon', title: 'City marathon', start: '2026-12-20', mode: 'unknown', location: { city: 'Gent', country: 'BE' },
    topics: ['other'], relevance: { score: 0.05, relevant: false, reasons: [] } }),
  ev({ id: 'late', title: 'Night helpline training', start: '2026-12-21T20:00', end: '2026-12-22T00:00', mode: 'online', topics: ['health'] }),
];

const cases: Array<[string, EventFilter, string[]]> = [
  ['no criteria', {}, ['jobfair', 'webinar', 'conf', 'cafe', 'marathon', 'late']],
  ['any of the topics', { topics: ['labour', 'language'] }, ['jobfair', 'webinar', 'cafe']],
  ['countries in any case', { countries: ['be'] }, ['jobfair', 'cafe', 'marathon']],
  ['country code stored in lower case', { countries: ['CH'] }, ['conf']],
  ['cities without accents', { cities: ['bruxelles', 'LIEGE', 'zurich'] }, ['jobfair', 'conf', 'cafe']],
  ['online includes hybrid', { modes: ['online'] }, ['webinar', 'conf', 'late']],
  ['in-person includes hybrid', { modes: ['in-person'] }, ['jobfair', 'conf', 'cafe']],
  ['hybrid only', { modes: ['hybrid'] }, ['conf']],
  ['languages by primary subtag; events without languages pass', { languages: ['fr'] }, ['jobfair', 'conf', 'cafe', 'marathon', 'late']],
  ['language filter with a region', { languages: ['en-GB'] }, ['webinar', 'conf', 'marathon', 'late']],
  ['from a day inside a multi-day event', { from: '2026-12-10' }, ['conf', 'cafe', 'marathon', 'late']],
  ['to a day', { to: '2026-12-09' }, ['jobfair', 'webinar', 'conf']],
  ['one day inside a multi-day event', { from: '2026-12-11', to: '2026-12-11' }, ['conf']],
  ['an end at midnight does not spill into the next day', { from: '2026-12-22' }, []],
  ['text: all words, accents ignored', { text: 'REFUGIES job' }, []],
  ['text: all words', { text: 'refugee job' }, ['jobfair']],
  ['text: place', { text: 'taxis' }, ['jobfair']],
  ['relevant only', { relevantOnly: true }, ['jobfair', 'webinar', 'conf', 'cafe', 'late']],
  ['without cancelled', { includeCancelled: false }, ['jobfair', 'webinar', 'conf', 'marathon', 'late']],
  ['criteria combine', { countries: ['BE'], modes: ['in-person'], includeCancelled: false, from: '2026-12-01', to: '2026-12-31', relevantOnly: true }, ['jobfair']],
  ['empty lists are no criteria', { topics: [], countries: [], modes: [], text: '  ' }, ['jobfair', 'webinar', 'conf', 'cafe', 'marathon', 'late']],
];

describe('filterEvents', () => {
  it.each(cases)('%s', (_name, filter, ids) => {
    expect(filterEvents(events, filter).map((e) => e.id)).toEqual(ids);
  });
  it('returns a new array', () => {
    expect(filterEvents(events, {})).not.toBe(events);
  });
});
