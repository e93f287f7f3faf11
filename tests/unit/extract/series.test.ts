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
    [
      'a run of sessions counted as many as its days is one event per day',
      'Five online sessions on job search for newcomers, 4-8 May 2026, 18:00-19:30 CET.',
      {},
      [['2026-05-04T18:00', '2026-05-04T19:30'], ['2026-05-05T18:00', '2026-05-05T19:30'], ['2026-05-06T18:00', '2026-05-06T19:30'],
        ['2026-05-07T18:00', '2026-05-07T19:30'], ['2026-05-08T18:00', '2026-05-08T19:30']],
    ],
    [
      'daily sessions (de)',
      'Sprachkurse für Geflüchtete: täglich vom 2. bis 4. März 2026, jeweils 9:00-12:00 Uhr.',
      {},
      [['2026-03-02T09:00', '2026-03-02T12:00'], ['2026-03-03T09:00', '2026-03-03T12:00'], ['2026-03-04T09:00', '2026-03-04T12:00']],
    ],
    [
      'a series whose sessions are dated one by one is those sessions',
      'Information seminars for employers of refugees will be held in three towns from 9 to 12 March 2026.\n\nThe first meeting is at Ashford Town Hall on 9 March at 10:00. Kenton Community Centre is hosting the next seminar on 11 March.',
      {},
      [['2026-03-09T10:00', null], ['2026-03-11', null]],
    ],
    [
      'a workshop of two days stays one event',
      'Two-day workshop on the recognition of qualifications, 4-5 May 2026, Lyon.',
      {},
      [['2026-05-04', '2026-05-05']],
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

describe('a time given once for every event of the page', () => {
  it.each([
    ['it', 'Tre serate sull’accoglienza dei richiedenti asilo: giovedì 5 marzo a Lecco, venerdì 13 marzo a Monza e giovedì 19 marzo 2026 a Como. L’inizio di ciascun incontro è alle ore 21.',
      ['2026-03-05T21:00', '2026-03-13T21:00', '2026-03-19T21:00']],
    ['en', 'Job club meetings for refugees on 3 March and 10 March 2026 in Leeds. Each session runs from 18:00 to 19:30.', ['2026-03-03T18:00', '2026-03-10T18:00']],
  ])('%s', (_lang, text, expected) => {
    expect(extractEvents(text, { now }).events.map((e) => e.start)).toEqual(expected);
  });
});

describe('today as in "of our time"', () => {
  it('is not a date', () => {
    const text = 'Incontro sulle migrazioni di oggi: giovedì 5 marzo 2026 alle ore 18 a Lecco.';
    expect(extractEvents(text, { now }).events.map((e) => e.start)).toEqual(['2026-03-05T18:00']);
  });
});

describe('a term of weekly sessions up to four weeks is its first session', () => {
  const now = new Date('2026-12-31T23:40:00Z');
  it.each([
    ['es', 'Curso de español para migrantes del 5 al 26 de marzo de 2019, todos los martes de 18 a 20 h.', ['2019-03-05T18:00', '2019-03-05T20:00']],
    ['en', 'English conversation class for refugees from 5 to 26 March 2019, every Tuesday from 6pm to 8pm.', ['2019-03-05T18:00', '2019-03-05T20:00']],
    ['de', 'Deutschkurs für Geflüchtete vom 5. bis 26. März 2019, jeden Dienstag von 18 bis 20 Uhr.', ['2019-03-05T18:00', '2019-03-05T20:00']],
    ['fr', 'Atelier de français pour les exilés du 5 au 26 mars 2019, tous les mardis de 18h à 20h.', ['2019-03-05T18:00', '2019-03-05T20:00']],
    ['it', 'Laboratorio di italiano per migranti dal 5 al 26 marzo 2019, ogni martedì dalle 18 alle 20.', ['2019-03-05T18:00', '2019-03-05T20:00']],
  ])('%s', (_lang, text, expected) => {
    expect(extractEvents(text, { now }).events.map((e) => [e.start, e.end])).toEqual([expected]);
  });
});

describe('a term of more than four weeks is a course period, not a gathering', () => {
  const now = new Date('2026-12-31T23:40:00Z');
  it.each([
    ['es', 'El taller de costura para mujeres migrantes se impartirá desde el 2 de marzo hasta el 9 de abril de 2019 durante los lunes y miércoles de 17 a 19 horas.'],
    ['en', 'The sewing workshop for migrant women runs from 2 March to 9 April 2019 on Mondays and Wednesdays, 5pm to 7pm.'],
    ['fr', 'L’atelier couture pour les femmes exilées a lieu du 2 mars au 9 avril 2019, les lundis et mercredis de 17h à 19h.'],
    ['it', 'Il corso di cucito per donne migranti si svolgerà dal 2 marzo al 9 aprile 2019, il lunedì e il mercoledì dalle 17 alle 19.'],
    ['de', 'Der Nähkurs für geflüchtete Frauen läuft vom 2. März bis 9. April 2019, montags und mittwochs von 17 bis 19 Uhr.'],
  ])('%s', (_lang, text) => {
    expect(extractEvents(text, { now }).events).toEqual([]);
  });
  it('keeps a gathering dated inside the term (near miss)', () => {
    const text = 'Il corso di cucito per donne migranti si svolgerà dal 2 marzo al 9 aprile 2019, il lunedì e il mercoledì dalle 17 alle 19. La festa di chiusura sarà martedì 9 aprile 2019 alle 18 presso la Casa delle Culture.';
    expect(extractEvents(text, { now }).events.map((e) => e.start)).toEqual(['2019-04-09T18:00']);
  });
});

describe('films shown on weekdays of an announced week, at one time for all', () => {
  it('reads each film\'s day and the shared time', () => {
    const text = 'La Semana Intercultural será del 30 de marzo al 3 de abril con actividades para personas migrantes.\n\nLa primera película, que se proyectará el martes, será “Tierra de paso”. La película “Dos orillas” seguirá el miércoles. Todas las proyecciones serán a las 20:00 horas en el Cine Central.';
    const starts = extractEvents(text, { published: '2015-03-01', now: new Date('2026-12-31T23:40:00Z') }).events.map((e) => e.start);
    expect(starts).toEqual(expect.arrayContaining(['2015-03-31T20:00', '2015-04-01T20:00']));
  });
});

describe('a span of days on its own line under the name of a week', () => {
  it('is the week, beside its dated sessions', () => {
    const text = 'Radio local\nX\n\ndel 15 al 22 de diciembre\nColectivos de personas migrantes celebran la Semana de las Personas Migrantes\n\nLunes 15\n\n  • Cine-fórum sobre la migración, a las 19.00 horas en la Biblioteca Municipal.';
    const starts = extractEvents(text, { published: '2014-12-13', now: new Date('2026-12-31T23:40:00Z') }).events.map((e) => [e.start, e.end]);
    expect(starts).toEqual(expect.arrayContaining([['2014-12-15', '2014-12-22'], ['2014-12-15T19:00', undefined]]));
  });
});
