// Nouns of gatherings added in session 26 (own sentences): an evening of a kind a host holds, in English, as "soirée",
// "serata", "velada" and "-abend" already were; runs and walks people join, in each language.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

const now = new Date('2026-12-31T23:40:00Z');
const starts = (text: string) => extractEvents(text, { now }).events.map((e) => e.start);

describe('an evening a host holds', () => {
  it.each([
    ['Welcome evening for newcomers on Thursday, 13 October 2016 at 18:00.', ['2016-10-13T18:00']],
    ['Information evening for refugee parents on 5 March 2024 at 19:00.', ['2024-03-05T19:00']],
    ['Quiz evening for volunteers and asylum seekers: Friday, 8 March 2024, 8pm.', ['2024-03-08T20:00']],
    ['An evening of music from Syria and Afghanistan on 12 April 2024 at 19:30.', ['2024-04-12T19:30']],
    ['Community evenings for new arrivals start on 3 May 2024 at 18:30.', ['2024-05-03T18:30']],
  ])('%s', (text, expected) => {
    expect(starts(text)).toEqual(expected);
  });

  it.each([
    ['The advice office is closed on Thursday evening, 13 October 2016.'],
    ['Our opening hours change from 5 March 2024: evenings are by appointment only.'],
  ])('near miss: %s', (text) => {
    expect(starts(text)).toEqual([]);
  });
});

describe('a run or a walk people join', () => {
  it.each([
    ['en', 'Charity run for the refugee centre on Sunday, 3 September 2023 at 10:00 in Victoria Park.', ['2023-09-03T10:00']],
    ['fr', 'Jogging solidaire le dimanche 3 septembre 2023 à Walhain, départs à 10h rue des Combattants.', ['2023-09-03T10:00']],
    ['it', 'Corsa podistica non competitiva domenica 3 settembre 2023, partenza alle 10 da piazza Garibaldi.', ['2023-09-03T10:00']],
    ['es', 'Carrera solidaria por las personas refugiadas el domingo 3 de septiembre de 2023 a las 10:00 en el parque.', ['2023-09-03T10:00']],
    ['de', 'Wanderung mit Geflüchteten am Sonntag, 3. September 2023, um 10 Uhr ab dem Bahnhof.', ['2023-09-03T10:00']],
  ])('%s', (_lang, text, expected) => {
    expect(starts(text)).toEqual(expected);
  });

  it.each([
    ['a career', 'La carrera profesional de las personas migrantes: informe publicado el 3 de septiembre de 2023.'],
    ['a class', 'Le cours de français reprend en septembre 2023.'],
  ])('near miss: %s', (_name, text) => {
    expect(starts(text)).toEqual([]);
  });

  it('reads distances as lengths, not as hours', () => {
    expect(starts('Jogging solidaire le dimanche 3 septembre 2023 : deux distances de 5 et 10,5 km, départs à 10h.')).toEqual(['2023-09-03T10:00']);
  });
});

describe('a week a host names by its theme', () => {
  it.each([
    ['Intercultural week with refugees from Thursday 23 to Sunday 26 October 2025 on the square.', ['2025-10-23']],
    ['The welcome week for new students from abroad runs from 23 to 26 October 2025.', ['2025-10-23']],
    ['Week against racism: 16 to 22 March 2025, talks and films in the library.', ['2025-03-16']],
  ])('%s', (text, expected) => {
    expect(starts(text)).toEqual(expected);
  });

  it('near miss: a week of the calendar is no gathering', () => {
    expect(starts('The office is closed in the week from 23 to 26 October 2025.')).toEqual([]);
  });
});
