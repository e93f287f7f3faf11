import { describe, expect, it } from 'vitest';
import type { EventLocation } from '../../../lib/model/event.ts';
import { countryCode } from '../../../lib/geo/countries.ts';
import { splitLocation } from '../../../lib/sources/location.ts';
import { inferMode } from '../../../lib/sources/mode.ts';

describe('splitLocation', () => {
  it.each<[string, EventLocation | undefined]>([
    ['Maison des Associations, Rue de la Loi 42, 1040 Bruxelles, Belgique',
      { name: 'Maison des Associations', address: 'Rue de la Loi 42, 1040 Bruxelles', city: 'Bruxelles', country: 'BE' }],
    ['Caritas Wien, Albrechtskreuzgasse 19-21, 1100 Wien, Austria',
      { name: 'Caritas Wien', address: 'Albrechtskreuzgasse 19-21, 1100 Wien', city: 'Wien', country: 'AT' }],
    ['Via Nazionale 12, 00184 Roma RM, Italia', { address: 'Via Nazionale 12, 00184 Roma RM', city: 'Roma', country: 'IT' }],
    ['Centro Cívico, Madrid, ES', { name: 'Centro Cívico', city: 'Madrid', country: 'ES' }],
    ['Rathaus, Köln', { name: 'Rathaus', city: 'Köln' }],
    ['Stadtbibliothek', { name: 'Stadtbibliothek' }],
    ['Brussels, BE', { city: 'Brussels', country: 'BE' }],
    ['Community Centre\n12 High Street\nLondon SW1A 1AA\nUnited Kingdom', { name: 'Community Centre', address: '12 High Street, London SW1A 1AA', city: 'London', country: 'GB' }],
    ['Biblioteca de Alcântara, Rua José Dias Coelho 27, Lisbon, Portugal', { name: 'Biblioteca de Alcântara', address: 'Rua José Dias Coelho 27', city: 'Lisbon', country: 'PT' }],
    ['Centrum Wielokulturowe, ul. Jagiellońska 54, Warsaw, PL', { name: 'Centrum Wielokulturowe', address: 'ul. Jagiellońska 54', city: 'Warsaw', country: 'PL' }],
    ['Centro Comunitario Lavapiés (Calle de Embajadores 35, Madrid, España)', { name: 'Centro Comunitario Lavapiés', address: 'Calle de Embajadores 35', city: 'Madrid', country: 'ES' }],
    ['Maison, Rue X 1, 1000 Bruxelles, Bruxelles, BE', { name: 'Maison', address: 'Rue X 1, 1000 Bruxelles', city: 'Bruxelles', country: 'BE' }],
    ['Interkulturelles Zentrum, Karl-Marx-Straße 83, Berlin, 12043, Deutschland', { name: 'Interkulturelles Zentrum', address: 'Karl-Marx-Straße 83, 12043 Berlin', city: 'Berlin', country: 'DE' }],
    ['', undefined],
    ['https://zoom.us/j/1', undefined],
  ])('%j', (text, expected) => {
    expect(splitLocation(text)).toEqual(expected);
  });
});

describe('countryCode', () => {
  it.each([
    ['Belgique', 'BE'], ['België', 'BE'], ['Deutschland', 'DE'], ['Allemagne', 'DE'], ['Germania', 'DE'], ['Alemania', 'DE'],
    ['Österreich', 'AT'], ['Pays-Bas', 'NL'], ['España', 'ES'], ['Espagne', 'ES'], ['Schweiz', 'CH'], ['Svizzera', 'CH'],
    ['Royaume-Uni', 'GB'], ['UK', 'GB'], ['fr', 'FR'], ['IT', 'IT'], ['Grèce', 'GR'], ['Polska', 'PL'], ['Suède', 'SE'],
    ['Narnia', undefined], ['', undefined], ['ZZ', undefined],
  ])('%s -> %s', (name, code) => {
    expect(countryCode(name)).toBe(code);
  });
});

describe('inferMode', () => {
  it.each([
    ['an online place', { locationText: 'Online' }, 'online'],
    ['a Zoom link as place', { locationText: 'https://us02web.zoom.us/j/8123' }, 'online'],
    ['a Teams meeting', { locationText: 'Microsoft Teams-Besprechung' }, 'online'],
    ['a webinar title', { title: 'Webinaire : droit d’asile' }, 'online'],
    ['a place', { locationText: 'Rathaus, Köln', location: { name: 'Rathaus', city: 'Köln' } }, 'in-person'],
    ['a place and a meeting link', { location: { city: 'Gent' }, description: 'Join: https://teams.microsoft.com/l/meetup-join/abc' }, 'hybrid'],
    ['a place and an online URL', { location: { city: 'Gent' }, onlineUrl: 'https://meet.google.com/abc-defg-hij' }, 'hybrid'],
    ['hybrid in the title', { title: 'Hybride Fachtagung Integration' }, 'hybrid'],
    ['nothing', { title: 'Meeting' }, 'unknown'],
  ] as const)('%s', (_label, clues, mode) => {
    expect(inferMode(clues)).toBe(mode);
  });
});
