import { describe, expect, it } from 'vitest';
import { venueIn } from '../../../lib/extract/venue.ts';

describe('a kind of place in lower case on a street or square', () => {
  it.each([
    ['Ci vediamo sabato alle 18 presso il teatro comunale di via Garibaldi, 12.', { name: 'teatro comunale', address: 'via Garibaldi, 12' }],
    ['El taller será el lunes a las 10:00 en el centro social de la calle Alcalá, 5.', { name: 'centro social', address: 'calle Alcalá, 5' }],
    ['La fête aura lieu au centre social de la rue Dupont, à partir de 14h.', { name: 'centre social', address: 'rue Dupont' }],
  ])('%s', (text, venue) => {
    expect(venueIn(text)).toMatchObject(venue);
  });

  it.each([
    // Near misses: no place word leads to it (a body that speaks), or the street itself is the place.
    ['Il presidente del centro sociale di via Roma ha detto che la sede resterà aperta.'],
    ['Der Vorstand des Zentrums hat entschieden.'],
  ])('not in: %s', (text) => {
    expect(venueIn(text)).toBeUndefined();
  });
});

describe("an organisation's own rooms, named with 'our'", () => {
  it.each([
    ["La cena si è svolta all'interno della nostra sede principale, con tavole imbandite.", 'nostra sede principale'],
    ['Nous vous attendons jeudi à 18h dans nos locaux pour un moment convivial.', 'nos locaux'],
    ['Come along on Thursday from 10am: we meet at our centre for an open morning.', 'our centre'],
    ['La charla será el martes en nuestra sede.', 'nuestra sede'],
  ])('%s', (text, name) => {
    expect(venueIn(text)?.name).toBe(name);
  });

  it.each([
    // Near misses: a community is no room, and rooms without a place word are only talked about.
    ['We are proud of what was done in our community this year.'],
    ['La nostra sede è chiusa per ferie ad agosto.'],
    ['Nos locaux ont été rénovés cet été.'],
  ])('not in: %s', (text) => {
    expect(venueIn(text)).toBeUndefined();
  });
});

describe('the rooms of a place named in lower case', () => {
  it.each([
    ['Il corso di italiano si svolge nei locali della parrocchia di San Giuseppe.', 'locali della parrocchia di San Giuseppe'],
    ['La permanence juridique a lieu dans les locaux du centre social Bonneveine.', 'locaux du centre social Bonneveine'],
    ['Las clases son en los locales de la parroquia de San Blas.', 'locales de la parroquia de San Blas'],
  ])('%s', (text, name) => {
    expect(venueIn(text)?.name).toBe(name);
  });

  it.each([
    // Near misses: rooms only spoken of, with no place word leading to them.
    ['I locali della parrocchia di San Giuseppe sono stati rinnovati.'],
    ['Les locaux du centre social Bonneveine ont fermé.'],
  ])('not in: %s', (text) => {
    expect(venueIn(text)).toBeUndefined();
  });
});
