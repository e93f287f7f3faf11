import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

const now = new Date('2026-12-31T23:40:00Z');
const read = (text: string, options: Parameters<typeof extractEvents>[1] = {}) =>
  extractEvents(text, { now, ...options }).events.map((e) => [e.start, e.end ?? null]);

describe('umbrellas, series and the days they hold', () => {
  it.each([
    [
      'an umbrella week with a dated gathering of its own gives both',
      'Semana de la diversidad\n\nLa ciudad celebra entre el 12 y el 16 de mayo la iniciativa Barrios Abiertos para las personas migrantes.\n\nEl martes 13 de mayo habrá una charla sobre vivienda en el Centro Cívico Norte desde las 18.00 a las 20.00 horas.',
      { published: '2025-05-02' },
      [['2025-05-12', '2025-05-16'], ['2025-05-13T18:00', '2025-05-13T20:00']],
    ],
    [
      'a day of a conference named again without its own gathering stays one event',
      'Conference on refugee inclusion, 3-5 June 2025, Vienna.\n\nOn 4 June the participants will visit local projects.',
      {},
      [['2025-06-03', '2025-06-05']],
    ],
  ])('%s', (_name, text, options, expected) => {
    expect(read(text, options)).toEqual(expected);
  });
});

describe('dates that are not an event of their own', () => {
  it.each([
    [
      'the date of a named international day',
      'La asociación celebra este sábado una fiesta en la Plaza Mayor para conmemorar el 18 de diciembre, Día Internacional del Migrante.',
      { published: '2025-12-10' },
      [['2025-12-13', null]],
    ],
    [
      'a bare weekday that the page already dated',
      'Se ne parlerà venerdì 14 novembre alle 9.30 in un convegno sul lavoro dei rifugiati.\n\nIl convegno di venerdì presenterà i risultati del progetto.',
      { published: '2025-11-10' },
      [['2025-11-14T09:30', null]],
    ],
  ])('%s', (_name, text, options, expected) => {
    expect(read(text, options)).toEqual(expected);
  });
});

describe('a month and year on the first lines', () => {
  it('dates a page whose posting day is not given', () => {
    expect(read('date 2018-11\nEl taller de empleo para personas refugiadas será el 20 de noviembre a las 10.00 horas.')).toEqual([['2018-11-20T10:00', null]]);
    expect(read('Dezember 2017\nDas Sprachcafé für Geflüchtete trifft sich am 14. Dezember um 17 Uhr.')).toEqual([['2017-12-14T17:00', null]]);
  });
});
