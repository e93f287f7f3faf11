import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

// Session 21: the dated gatherings inside an announced span, and runs of sessions, in our own words, with near misses.
const now = new Date('2026-12-31T23:40:00Z');
const read = (text: string, options: Parameters<typeof extractEvents>[1] = {}) =>
  extractEvents(text, { now, ...options }).events.map((e) => [e.start, e.end ?? null]);

describe('a span alone on its line takes its kind from the name above it; a day-by-day programme is its gatherings', () => {
  it.each([
    ['es', 'Radio del barrio\n\ndel 9 al 16 de marzo\n\nLas asociaciones celebran la Semana Intercultural del barrio\n\nLunes 9\n\n  • Cine-fórum sobre el exilio, a las 19.00 horas en la Biblioteca Municipal.\n\nMiércoles 11\n\n  • Charla sobre vivienda, a las 18.30 horas en el Centro Cívico.\n\nLunes 16\n\n  • Torneo intercultural de baloncesto',
      { published: '2015-03-02' }, [['2015-03-09', '2015-03-16'], ['2015-03-09T19:00', null], ['2015-03-11T18:30', null], ['2015-03-16', null]]],
    ['en', 'Town news\n\n9-16 March\n\nLocal groups hold a Welcome Week for refugees\n\nMonday 9\n\n  • Film night on exile, at 7 pm in the Central Library.\n\nWednesday 11\n\n  • Housing talk, at 6.30 pm in the Civic Centre.\n\nMonday 16\n\n  • Five-a-side football tournament',
      { published: '2015-03-02' }, [['2015-03-09', '2015-03-16'], ['2015-03-09T19:00', null], ['2015-03-11T18:30', null], ['2015-03-16', null]]],
  ])('%s', (_lang, text, options, expected) => {
    expect(read(text, options)).toEqual(expected);
  });

  it('near miss: a two-day meeting headed day by day is one meeting', () => {
    const text = 'Fachtagung Integration am Arbeitsplatz, 9. bis 10. März 2015 in Kassel\n\nMontag, 9. März\n\n  • Vorträge und Workshops\n\nDienstag, 10. März\n\n  • Podiumsgespräch';
    expect(read(text)).toEqual([['2015-03-09', '2015-03-10']]);
  });
});

describe('a list of days whose hour follows its last day', () => {
  it.each([
    ['de', 'Interkulturelle Woche vom 15. September bis 2. Oktober 2015.\n\nGeführte Meditation mit Geflüchteten (Donnerstag, 17./ 24. September und 1. Oktober um 20.00 Uhr) im Gemeindehaus.',
      [['2015-09-15', '2015-10-02'], ['2015-09-17T20:00', null], ['2015-09-24T20:00', null], ['2015-10-01T20:00', null]]],
    ['fr', 'Ateliers cuisine avec les réfugiés les 3 et 10 mai et le 7 juin 2015 à 18h à la maison de quartier.',
      [['2015-05-03T18:00', null], ['2015-05-10T18:00', null], ['2015-06-07T18:00', null]]],
  ])('%s', (_lang, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('near miss: an hour in the next sentence is another gathering\'s', () => {
    expect(read('Workshop für Geflüchtete am 5. Mai 2015. Am 2. Juni 2015 um 18 Uhr folgt ein Konzert im Park.')).toEqual([['2015-05-05', null], ['2015-06-02T18:00', null]]);
  });

  it('near miss: two days in a row joined by a slash stay one span', () => {
    expect(read('Workshop for refugee teachers on 27/28 November 2015 in Leeds.')).toEqual([['2015-11-27', '2015-11-28']]);
  });
});

describe('a span of days counted as so many evenings is one gathering each evening', () => {
  it.each([
    ['fr', '« Solidaires avec les migrants » est organisé sur deux soirées. Les 8 et 9 mars 2019 auront lieu des projections-débats à la salle polyvalente.',
      [['2019-03-08', null], ['2019-03-09', null]]],
    ['it', 'La rassegna sull’accoglienza si svolge in tre serate: dal 5 al 7 marzo 2019 proiezioni e dibattiti al cinema Astra.',
      [['2019-03-05', null], ['2019-03-06', null], ['2019-03-07', null]]],
  ])('%s', (_lang, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['es', 'Las jornadas sobre migraciones se celebran en dos días, el 8 y 9 de marzo de 2019, en la Universidad.'],
    ['en', 'The conference on refugee housing runs on 8 and 9 March 2019 in Leeds, with three evenings of films during the year.'],
  ])('near miss (%s): days, or evenings counted otherwise, keep one span', (_lang, text) => {
    expect(read(text)).toEqual([['2019-03-08', '2019-03-09']]);
  });
});

describe('a week opened with a gathering: the week, and its opening', () => {
  it.each([
    ['de', 'Mit einer Ausstellung und einem Gottesdienst ist am Sonntag, 27. September 2015, in Weimar die Interkulturelle Woche eröffnet worden. Bis zum 4. Oktober werden Vorträge und Filme geboten.'],
    ['es', 'La Semana del Refugio arrancó el lunes 27 de septiembre de 2015 con la apertura en la Casa de Cultura. Hasta el 4 de octubre habrá charlas y cine.'],
  ])('%s', (_lang, text) => {
    expect(read(text)).toEqual([['2015-09-27', '2015-10-04'], ['2015-09-27', null]]);
  });

  it('near miss: a week that only opens is the week alone', () => {
    expect(read('La Semana del Refugio arrancó el lunes 27 de septiembre de 2015 en Vila-real. Hasta el 4 de octubre habrá charlas y cine.')).toEqual([['2015-09-27', '2015-10-04']]);
  });
});

describe('a day named by its number alone inside an announced span', () => {
  it.each([
    ['fr', 'Du 13 au 20 juin 2019, la Semaine des réfugiés propose de nombreux rendez-vous.\n\nDes conférences (à la Maison des associations le 17) et une soirée de cuisine du monde (le 18, au restaurant du port) sont au programme.',
      [['2019-06-13', '2019-06-20'], ['2019-06-17', null], ['2019-06-18', null]]],
    ['es', 'La Semana Intercultural se celebra del 5 al 12 de mayo de 2019 en el barrio.\n\nEl jueves 9 habrá una charla sobre asilo en el Centro Cívico y el 11 un concierto en la plaza.',
      [['2019-05-05', '2019-05-12'], ['2019-05-09', null], ['2019-05-11', null]]],
  ])('%s', (_lang, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['fr', 'Du 13 au 20 juin 2019, la Semaine des réfugiés propose de nombreux rendez-vous.\n\nLe 17 % des habitants de la ville sont nés à l’étranger, comme le 19e siècle en a connu.'],
    ['es', 'La Semana Intercultural se celebra del 5 al 12 de mayo de 2019 en el barrio.\n\nLa exposición se podrá visitar entre el 6 y el 10 en la biblioteca.'],
    ['de', 'Die Interkulturelle Woche läuft vom 5. bis 12. Mai 2019.\n\nAm 20. Jahrestag der Gründung blickt der Verein zurück.'],
  ])('near miss (%s): an amount, a span of its own or a number outside the span is no day', (_lang, text) => {
    expect(read(text)).toEqual([[text.includes('juin') ? '2019-06-13' : '2019-05-05', text.includes('juin') ? '2019-06-20' : '2019-05-12']]);
  });
});

describe('a day inside an umbrella said to be when something takes place', () => {
  it.each([
    ['de', 'Die Interkulturellen Wochen finden vom 12. September bis 3. Oktober 2021 im Landkreis statt.\n\nBesonders hingewiesen sei auf den Sponsorenlauf am 17. September 2021, der auf dem Sportplatz stattfinden wird.',
      [['2021-09-12', '2021-10-03'], ['2021-09-17', null]]],
    ['fr', 'La Semaine des réfugiés est prévue du 13 au 20 juin 2024 à Strasbourg.\n\nDans un style plus créatif, une initiation au chant se tiendra dans l’après-midi du mercredi 19 juin 2024.',
      [['2024-06-13', '2024-06-20'], ['2024-06-19', null]]],
  ])('%s', (_lang, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['fr', 'Du 13 au 20 juin 2024, la Semaine des réfugiés aura lieu à Strasbourg.\n\nLa Semaine des réfugiés aura lieu jusqu’au jeudi 20 juin 2024 dans toute la ville.'],
    ['en', 'Refugee Week runs from 13 to 20 June 2024 in Leeds.\n\nThe bakery on Market Street will close on 17 June 2024 for repairs.'],
  ])('near miss (%s): the week said again, or a day where nothing takes place', (_lang, text) => {
    expect(read(text)).toEqual([['2024-06-13', '2024-06-20']]);
  });
});
