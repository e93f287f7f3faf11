import { describe, expect, it } from 'vitest';
import { locationText } from '../../../lib/calendar/details.ts';

describe('the place on one line says each part once', () => {
  it.each([
    [{ name: 'Maison des associations', address: '12 rue Sainte-Hélène, Lyon', city: 'Lyon', country: 'FR' }, 'Maison des associations, 12 rue Sainte-Hélène, Lyon, FR'],
    [{ name: 'Centro Interculturale', address: 'Via Cavour 5, Torino', city: 'torino', country: 'IT' }, 'Centro Interculturale, Via Cavour 5, Torino, IT'],
    [{ name: 'ICC', city: 'Gent', country: 'BE' }, 'ICC, Gent, BE'],
    [{ name: 'Gent', city: 'gent' }, 'Gent'],
    // Near miss: a city inside a longer street name is not the city said again.
    [{ address: 'Via Roma 3', city: 'Roma', country: 'IT' }, 'Via Roma 3, Roma, IT'],
  ])('%o', (location, expected) => {
    expect(locationText({ mode: 'in-person', location })).toBe(expected);
  });
});
