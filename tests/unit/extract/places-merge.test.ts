// Two mentions of one gathering: the one that names the venue over the one that gave only a town; a town's
// prefix after a venue ("in Bad Cannstatt"); a phone number alone ends a place (issue 12, session 20).
// Texts are written for these tests; none is copied from a page.
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../lib/extract/draft.ts';
import { extractEvents } from '../../../lib/extract/index.ts';
import { mergeDrafts } from '../../../lib/extract/merge.ts';
import { placeFromValue } from '../../../lib/extract/place.ts';
import { venueIn } from '../../../lib/extract/venue.ts';

const now = new Date('2026-11-30T12:00:00Z');
const locationOf = (text: string) => extractEvents(text, { now, published: '2026-09-01' }).events.map((e) => e.location);

const draft = (pos: number, location: Draft['location']): Draft => ({
  pos, startDay: { y: 2026, m: 9, d: 26 }, title: 'Lauf', ownTitle: false, status: 'scheduled', links: {}, text: '', span: { start: pos, end: pos + 10 },
  score: 1, labelled: false, explicitYear: true, multi: false, ownNoun: true, itemsNoun: false, ...(location ? { location } : {}),
});

describe('two mentions of one day: the one that names the venue wins over one that gave only a town', () => {
  it.each([
    ['a venue with its own town', { city: 'Stuttgart', country: 'DE' }, { name: 'Neckarpark', city: 'Bad Cannstatt' }, { name: 'Neckarpark', city: 'Bad Cannstatt' }],
    ['a venue without a town keeps the first town', { city: 'Torino', country: 'IT' }, { name: 'Parco del Valentino' }, { name: 'Parco del Valentino', city: 'Torino', country: 'IT' }],
    ['an address', { city: 'Lyon', country: 'FR' }, { address: '12 rue Carnot' }, { address: '12 rue Carnot', city: 'Lyon', country: 'FR' }],
  ])('%s', (_what, first, second, expected) => {
    expect(mergeDrafts([draft(0, first), draft(100, second)])[0]?.location).toEqual(expected);
  });

  it.each([
    // Near misses: a country named as the place is no venue; a first mention with a venue keeps it.
    ['a country', { city: 'Torino', country: 'IT' }, { name: 'Italia', country: 'IT' }, { city: 'Torino', country: 'IT' }],
    ['a venue first', { name: 'Rathaus', city: 'Ulm' }, { name: 'Marktplatz', city: 'Ulm' }, { name: 'Rathaus', city: 'Ulm' }],
  ])('near miss: %s', (_what, first, second, expected) => {
    expect(mergeDrafts([draft(0, first), draft(100, second)])[0]?.location).toEqual(expected);
  });
});

describe("a town's prefix after a venue", () => {
  it.each([
    ['Der Start ist um 8.30 Uhr im Neckarpark in Bad Cannstatt.', 'Bad Cannstatt'],
    ['La festa è nel Parco Verde a San Donato.', 'San Donato'],
    ['La fiesta será en el Parque Central en La Orotava.', 'La Orotava'],
  ])('%s', (text, city) => {
    expect(venueIn(text)?.city).toBe(city);
  });

  it('near miss: a weekday after the town is not part of it', () => {
    expect(venueIn('Rendez-vous au Parc Borély à Marseille Samedi.')?.city).toBe('Marseille');
  });
});

describe('a phone number alone ends a place', () => {
  it.each([
    ['Cour carrée, 61000 Alençon +33 2 33 82 46 00', 'Cour carrée'],
    ['Casa del Quartiere, via Roma 3, 10121 Torino +39 011 123 4567', 'Casa del Quartiere'],
  ])('%s', (value, name) => {
    const place = placeFromValue(value);
    expect(place?.name).toBe(name);
    expect(JSON.stringify(place)).not.toMatch(/\+\d/);
  });

  it('near miss: a house number is no phone', () => {
    expect(placeFromValue('Centre Social, 12 rue de la Paix, 75002 Paris')?.address).toBe('12 rue de la Paix, 75002 Paris');
  });
});
