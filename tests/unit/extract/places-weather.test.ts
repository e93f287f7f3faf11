// A plan for bad weather is not the venue; marquees, sports complexes and beaches are venues; a list item's own
// town with its country (and region) in brackets before the town of the item above (issue 12, session 20,
// from round-9 examples). Sentences are written for these tests; none is copied from a page.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';
import { countryIn } from '../../../lib/extract/place.ts';
import { venueIn } from '../../../lib/extract/venue.ts';

const now = new Date('2026-11-30T12:00:00Z');

describe('a plan for bad weather is not the venue', () => {
  it.each([
    ["In caso di maltempo l'evento si svolgerà al Centro Pastorale San Paolo."],
    ['En cas de pluie, la fête aura lieu à la Maison des Associations.'],
    ['In case of rain the picnic moves to the Friends Meeting House.'],
    ['En caso de lluvia, la comida será en el Centro Cívico Delicias.'],
  ])('%s', (text) => {
    expect(venueIn(text)).toBeUndefined();
  });

  it('German: the place of "statt" in a rain plan gives way to the venue named elsewhere, and stands when none is', () => {
    expect(venueIn('Das Fest ist im Stadtpark. Bei schlechtem Wetter findet es im Bürgerhaus Süd statt.')?.name).toBe('Stadtpark');
    expect(venueIn('Bei schlechtem Wetter findet das Fest im Bürgerhaus Süd statt.')?.name).toBe('Bürgerhaus Süd');
  });

  it('near miss: the venue named before the rain plan is the venue', () => {
    const text = 'La festa dei popoli per rifugiati e cittadini è sabato 13 giugno 2026 alle 15 al Parco Miralfiore. In caso di maltempo si terrà al Centro Pastorale San Paolo.';
    expect(extractEvents(text, { now, published: '2026-05-01' }).events[0]?.location?.name).toBe('Parco Miralfiore');
  });
});

describe('marquees, sports complexes and beaches', () => {
  it.each([
    ['La festa è alla tensostruttura del Lido di Fano dalle 15.', 'tensostruttura del Lido di Fano'],
    ['Rendez-vous au complexe sportif Léo Lagrange à 17h.', 'complexe sportif Léo Lagrange'],
    ['La cena será en la carpa de la Plaza Mayor.', 'carpa de la Plaza Mayor'],
    ['Das Fest steigt im Festzelt am Rhein.', 'Festzelt am Rhein'],
  ])('%s', (text, name) => {
    const venue = venueIn(text);
    expect(venue?.name ?? venue?.address).toBe(name);
  });

  it('near miss: a complex topic is no complex', () => {
    expect(venueIn('Le sujet est complexe pour les familles.')).toBeUndefined();
  });
});

describe("a list item's own town with its country in brackets", () => {
  it.each([
    ['Silale (Lituania)', { city: 'Silale', country: 'LT' }],
    ['Badesi (Cerdeña, Italia)', { city: 'Badesi', country: 'IT' }],
    ['Ostrava (Tschechien)', { city: 'Ostrava', country: 'CZ' }],
  ])('%s', (text, place) => {
    expect(countryIn(text)).toEqual(place);
  });

  it('each item of a calendar takes its own town, not the one above', () => {
    const text = 'Han sido tres días para preparar el proyecto Erasmus+ de inclusión de alumnado migrante, cuyas movilidades tendrán lugar el próximo curso con el siguiente calendario:\nMurcia 19-23 septiembre 2026\nValdemoro (Madrid, España) 3-7 octubre 2026\nTartu (Estonia) 24-28 octubre 2026';
    const towns = extractEvents(text, { now, published: '2026-05-01' }).events.map((e) => e.location?.city);
    expect(towns).toEqual(['Murcia', 'Valdemoro', 'Tartu']);
  });
});
