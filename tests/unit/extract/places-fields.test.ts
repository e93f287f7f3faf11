import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

const NOW = new Date('2026-11-30T12:00:00Z');
const locationOf = (dateLine: string, field: string) =>
  extractEvents(`Invitation\n\n${dateLine}\n${field}\n\nFree entry.`, { now: NOW, published: '2026-03-01' }).events[0]?.location;

describe('a place field that says what it is the place of', () => {
  it.each([
    ['Fecha: jueves 12 de marzo de 2026, 18:00', 'Lugar de celebración: Centro Cívico Las Delicias, Zaragoza', { name: 'Centro Cívico Las Delicias', city: 'Zaragoza' }],
    ['Data: giovedì 12 marzo 2026, ore 18', "Luogo dell'incontro: Sala Rossa, Bergamo", { name: 'Sala Rossa', city: 'Bergamo' }],
    ['Date : jeudi 12 mars 2026 à 18h', "Lieu de l'atelier : Maison pour tous, Rennes", { name: 'Maison pour tous', city: 'Rennes' }],
    ['Datum: Donnerstag, 12. März 2026, 18 Uhr', 'Ort der Veranstaltung: Kulturhaus Süd, Kassel', { name: 'Kulturhaus Süd', city: 'Kassel' }],
    ['Date: Thursday 12 March 2026, 6pm', 'Workshop venue: Friends Meeting House, Leeds', { name: 'Friends Meeting House', city: 'Leeds' }],
  ])('%s / %s', (dateLine, field, place) => {
    expect(locationOf(dateLine, field)).toMatchObject(place);
  });

  it.each([
    // Near misses: the place of something that is no gathering is not the event's place.
    ['Date: Thursday 12 March 2026, 6pm', 'Place of birth: Leeds'],
    ['Datum: Donnerstag, 12. März 2026, 18 Uhr', 'Ort der Geburt: Kassel'],
  ])('%s / %s', (dateLine, field) => {
    expect(locationOf(dateLine, field)?.name).toBeUndefined();
  });
});
