import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';
import { citiesIn, townAfterPreposition } from '../../../lib/extract/place.ts';
import { venueIn } from '../../../lib/extract/venue.ts';

const NOW = new Date('2026-11-30T12:00:00Z');

describe('a venue that opens its sentence and offers or hosts the programme', () => {
  it.each([
    ['El Centro Cívico Las Palmeras ofrecerá esta semana talleres y charlas para todas las edades.', 'Centro Cívico Las Palmeras'],
    ['La Maison des Associations abrite ce mois-ci une exposition de photos.', 'Maison des Associations'],
    ['Das Bürgerhaus Nord beherbergt am Wochenende ein Fest der Kulturen.', 'Bürgerhaus Nord'],
    // After a dateline's date.
    ['12/03/2025 El Centro Social La Ería acoge una semana de actividades.', 'Centro Social La Ería'],
  ])('%s', (text, name) => {
    expect(venueIn(text)?.name).toBe(name);
  });

  it.each([
    // An organisation that offers something is not a place: its name starts with no kind of place.
    ['La Asociación Vecinal La Serena ofrecerá una charla sobre la Constitución.'],
    // A venue in the middle of a sentence without a place word before it.
    ['Ayer vimos que Centro Cívico Norte ofrecerá más plazas.'],
  ])('not in: %s', (text) => {
    expect(venueIn(text)).toBeUndefined();
  });

  it('gives that venue to the dated items of the page', () => {
    const text = 'El Centro Cívico Las Palmeras ofrecerá esta semana una programación variada.\n\nEl lunes 15 de diciembre de 2025, a las 19.00 horas, charla sobre la Constitución.';
    const events = extractEvents(text, { now: NOW, published: '2025-12-14' }).events;
    expect(events[0]?.location?.name).toBe('Centro Cívico Las Palmeras');
  });
});

describe('eating places are venues', () => {
  it.each([
    ['La cena de cierre será el viernes en el asador Los Olmos, a partir de las 20 horas.', 'asador Los Olmos'],
    ["La festa finale si terrà all'osteria Da Gino alle 20.", 'osteria Da Gino'],
    ['Der Abschluss findet im Gasthaus Krone statt.', 'Gasthaus Krone'],
  ])('%s', (text, name) => {
    expect(venueIn(text)?.name).toBe(name);
  });

  it('not a kind of place in lower case with nothing capitalised after it', () => {
    expect(venueIn('Después iremos a un asador cualquiera del barrio.')).toBeUndefined();
  });
});

describe('a first name described as a person is not a town', () => {
  it.each([
    ['El concierto servirá para ayudar a Javi, un niño de ocho años con una enfermedad rara.'],
    ['Un grazie speciale a Sara, una giovane volontaria del quartiere.'],
    ['The proceeds go to Amira, a young refugee who arrived last year.'],
  ])('%s', (text) => {
    expect(townAfterPreposition(text, text)).toBeUndefined();
  });

  it('still reads a town described as a place', () => {
    const text = 'La festa si terrà a Lesmo, un paese della Brianza.';
    expect(townAfterPreposition(text, text)).toEqual({ city: 'Lesmo' });
  });
});

describe('town names with a lower-case part after a hyphen', () => {
  it.each([
    ['La cena será en el asador de Vila-real, junto a la plaza.', ['Vila-real']],
    ['Cruz Roja de Vila-real organiza la semana.', ['Vila-real']],
  ])('%s', (text, expected) => {
    expect(citiesIn(text, 5).map((c) => c.name)).toEqual(expected);
  });

  it('not a capitalised word with a hyphenated lower-case tail that is no town', () => {
    expect(citiesIn('Vila-nova de la música', 5)).toEqual([]);
  });
});

describe('an English kind of place in lower case after its name', () => {
  it.each([
    ['The celebration will be held at Enfield library on Saturday.', 'Enfield library'],
    ['Join us at Leeds town hall for the meeting.', 'Leeds town hall'],
    ['We met in the Halifax central library.', 'Halifax central library'],
  ])('%s', (text, name) => {
    expect(venueIn(text)?.name).toBe(name);
  });

  it.each([
    // Other languages join a lower-case word to a name: it is part of the name, not its kind.
    ['Ascoltateci in Radio campus stasera.'],
    // No place preposition before the name.
    ['The Refugee Week library display was popular.'],
  ])('not in: %s', (text) => {
    expect(venueIn(text)).toBeUndefined();
  });
});

describe('a gathering in front of or beside a building', () => {
  it.each([
    ['Am Freitag gibt es ein Fest vor dem Jugendzentrum.', 'Jugendzentrum'],
    ['On se retrouve devant la Mairie de Brioude à midi.', 'Mairie de Brioude'],
    ['We meet in front of the Town Hall at noon.', 'Town Hall'],
    ['Ci troviamo davanti al Municipio alle 10.', 'Municipio'],
  ])('%s', (text, name) => {
    expect(venueIn(text)?.name).toBe(name);
  });

  it('not a time before something ("vor dem Konzert")', () => {
    expect(venueIn('Vor dem Konzert gibt es Kaffee und Kuchen.')).toBeUndefined();
  });
});

describe('a kind of place closing a hyphenated name', () => {
  it.each([
    ['Treffpunkt ist an der St. Matthias-Schule.', 'St Matthias-Schule'],
    ['Das Fest ist im Paul-Gerhardt-Haus.', 'Paul-Gerhardt-Haus'],
    ['Ci vediamo alla Casa-Museo Verdi alle 18.', 'Casa-Museo Verdi'],
  ])('%s', (text, name) => {
    expect(venueIn(text)?.name).toBe(name);
  });

  it('not without a place preposition before it', () => {
    expect(venueIn('Die Goethe-Schule hat viele neue Schüler.')).toBeUndefined();
  });
});

describe('schools, grounds and public offices of each language', () => {
  it.each([
    ['La journée aura lieu au lycée Jean Moulin de Brioude.', 'lycée Jean Moulin de Brioude'],
    ['La festa si terrà al liceo Galilei alle 18.', 'liceo Galilei'],
    ['La fiesta será en el recinto ferial de Talavera.', 'recinto ferial de Talavera'],
  ])('%s', (text, name) => {
    expect(venueIn(text)?.name).toBe(name);
  });

  it.each([
    // The labour market, the office where permits are asked for: no venues on these pages.
    ['Il corso aiuta a entrare nel mercato del lavoro di Torino.'],
    ['La integración en el mercado laboral de Castilla es el objetivo.'],
    ['Molti si rivolgono alla prefettura di Asti per il permesso di soggiorno.'],
  ])('not: %s', (text) => {
    expect(venueIn(text)).toBeUndefined();
  });
});
