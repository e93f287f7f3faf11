import { describe, expect, it } from 'vitest';
import { durationMinutes } from '../../../lib/extract/duration.ts';
import { extractEvents } from '../../../lib/extract/index.ts';
import { foldKeepLength } from '../../../lib/relevance/fold.ts';

const now = new Date('2026-12-31T23:40:00Z');
const span = (text: string) => extractEvents(text, { now }).events.map((e) => [e.start, e.end ?? null]);

describe('start and end written as "from ... to ..."', () => {
  it.each([
    ['en', 'Workshop for refugees on 5 May 2025 from 9:30 to 13:00.'],
    ['en', 'Workshop for refugees on 5 May 2025 from 9.30am until 1pm.'],
    ['fr', 'Atelier pour réfugiés le 5 mai 2025 de 9h30 à 13h.'],
    ['fr', 'Atelier pour réfugiés le 5 mai 2025 de 9h30 jusqu’à 13h.'],
    ['de', 'Workshop für Geflüchtete am 5. Mai 2025 von 9:30 bis 13:00 Uhr.'],
    ['it', 'Laboratorio per rifugiati il 5 maggio 2025 dalle 9.30 alle 13.'],
    ['it', 'Laboratorio per rifugiati il 5 maggio 2025 dalle ore 9:30 fino alle 13:00.'],
    ['es', 'Taller para refugiados el 5 de mayo de 2025 desde las 9:30 hasta las 13:00 horas.'],
    ['es', 'Taller para refugiados el 5 de mayo de 2025 de 9:30 a 13:00 h.'],
  ])('%s: %s', (_lang, text) => {
    expect(span(text)).toEqual([['2025-05-05T09:30', '2025-05-05T13:00']]);
  });
});

describe('an end from a length', () => {
  it.each([
    ['en', 'Webinar on refugee employment on 5 May 2025 at 10:00 CET, 90 minutes.', '2025-05-05T11:30'],
    ['en', 'A 90-minute webinar on refugee employment on 5 May 2025 at 10:00.', '2025-05-05T11:30'],
    ['de', 'Online-Seminar für Geflüchtete am 5. Mai 2025 um 10 Uhr, Dauer: zwei Stunden.', '2025-05-05T12:00'],
    ['fr', 'Webinaire sur l’emploi des réfugiés le 5 mai 2025 à 10h, durée : 1h30.', '2025-05-05T11:30'],
    ['it', 'Webinar sull’inclusione dei rifugiati il 5 maggio 2025 alle 10, durata di due ore.', '2025-05-05T12:00'],
    ['es', 'Seminario web sobre empleo de refugiados el 5 de mayo de 2025 a las 10:00, duración: hora y media.', '2025-05-05T11:30'],
  ])('%s: %s', (_lang, text, end) => {
    expect(span(text)).toEqual([['2025-05-05T10:00', end]]);
  });

  it.each([
    ['2 hours of German a week for newcomers', undefined],
    ['de 9h à 13h', undefined],
    ['the course lasts 3 hours', 180],
    ['un atelier de deux heures', 120],
    ['(45 min)', 45],
  ])('%s', (text, minutes) => {
    expect(durationMinutes(foldKeepLength(text))).toBe(minutes);
  });
});

describe('a programme\'s last slot and a day in two spans', () => {
  it.each([
    ['fr', 'Forum sur l’accueil des exilés le 9 décembre 2023 de 9h à 13h puis de 14h30 à 18h.', ['2023-12-09T09:00', '2023-12-09T18:00']],
    ['en', 'Workshop for refugee mentors on 9 December 2023 from 9:00 to 12:30, then from 13:30 to 17:00.', ['2023-12-09T09:00', '2023-12-09T17:00']],
    ['it', 'Convegno sull’integrazione dei migranti\n\nRoma, 9 marzo 2016\n\nPROGRAMMA\nOre 17,00 Accoglienza\nOre 17,30 Relazioni\nOre 19,15 Conclusioni\nOre 19,30 Fine dei lavori', ['2016-03-09T17:00', '2016-03-09T19:30']],
  ])('%s', (_lang, text, expected) => {
    expect(span(text)).toEqual([expected]);
  });
});

describe('a film\'s running time in its credits is not the screening\'s length', () => {
  // Session 23: "Country, year, NN min" after a film's title; in our own words, with near misses (a date's year before a length).
  it.each([
    ['fr', 'Projection-débat le vendredi 7 mars 2025 à 20h30 au cinéma Le Club : « Les voisins d’en face », de Anne Martin, France, 2019, 84 min.'],
    ['it', 'Proiezione e dibattito venerdì 7 marzo 2025 alle 20.30 al cinema Odeon: “I vicini”, di Anna Rossi (Italia, 2019, 84 minuti).'],
    ['en', 'Film screening and debate on Friday 7 March 2025 at 8.30pm at the Arts Centre: "The Neighbours" by Anne Martin (UK, 2019, 84 min).'],
  ])('%s', (_lang, text) => {
    expect(span(text)).toEqual([['2025-03-07T20:30', null]]);
  });

  it.each([
    ['online seminar for newcomers, may 5, 2025, 90 minutes', 90],
    ['workshop am 5. mai 2025, 90 minuten', 90],
    ['(2019, 84 min)', undefined],
  ])('near miss or credit: %s', (text, minutes) => {
    expect(durationMinutes(foldKeepLength(text))).toBe(minutes);
  });
});

describe('a bare "h" after a length\'s own label (session 24)', () => {
  it.each([
    ['Atelier couture pour femmes exilées (durée : 2h).', 120],
    ['Nähcafé für geflüchtete Frauen (Dauer: 2 h).', 120],
    ['Laboratorio di cucito per donne migranti (durata: 3h).', 180],
    ['Taller de costura para mujeres migrantes (duración: 2 h).', 120],
    ['Sewing club for refugee women (duration: 1.5h).', 90],
    // (Near misses: a span of hours and a bare hour with no length's label are no length.)
    ['Atelier couture de 9h à 13h.', undefined],
    ['Atelier couture à 2h du centre.', undefined],
  ])('%s', (text, minutes) => {
    expect(durationMinutes(foldKeepLength(text))).toBe(minutes);
  });

  it('gives the gathering its end', () => {
    expect(span('Atelier couture pour femmes exilées le 14 mars 2025 à 17h au centre social (durée : 2h).')).toEqual([['2025-03-14T17:00', '2025-03-14T19:00']]);
  });
});
