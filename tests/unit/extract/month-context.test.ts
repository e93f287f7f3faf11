import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

// Late in the year and late in the day: no year may come from the wall clock.
const now = new Date('2026-12-31T23:40:00Z');
const starts = (text: string) => extractEvents(text, { now }).events.map((e) => e.start);

// Programmes name the month once and then each day by its weekday and number.
describe('days named by weekday and number under a month', () => {
  it.each([
    ['es', 'Programa de actividades\n\nOctubre 2024\n\nSábado 12: jornada intercultural en el centro cívico.\nDomingo 13: taller de cocina del mundo.', ['2024-10-12', '2024-10-13']],
    ['it', 'Programma di ottobre 2024\n\nSabato 12 ore 17: incontro interculturale al centro civico.\nDomenica 13 ore 12: pranzo dei popoli.', ['2024-10-12T17:00', '2024-10-13T12:00']],
    ['de', 'Veranstaltungen im Oktober 2024\n\nSamstag, 12.: Interkulturelles Fest im Bürgerhaus\nSonntag, 13.: Kochworkshop für alle', ['2024-10-12', '2024-10-13']],
    ['fr', 'Programme d’octobre 2024\n\nSamedi 12 : fête interculturelle au centre social.\nDimanche 13 : atelier cuisine.', ['2024-10-12', '2024-10-13']],
    ['en', 'Events in October 2024\n\nSaturday 12: intercultural festival at the community centre.\nSunday 13: cooking workshop.', ['2024-10-12', '2024-10-13']],
    ['the year elsewhere on the month\'s line (es)', 'La Semana Intercultural de 2024 se celebra en octubre. El martes 15 habrá un taller de cocina a las 18:00 y el jueves 17 una charla a las 19:00.', ['2024-10-15T18:00', '2024-10-17T19:00']],
  ])('%s', (_name, text, expected) => {
    expect(starts(text)).toEqual(expected);
  });

  it.each([
    ['a weekday that does not fall on that day of the month', 'Programma di ottobre 2024\n\nSabato 13 ore 17: incontro interculturale al centro civico.'],
    ['opening hours', 'Exposition à la médiathèque, octobre 2024\n\nJeudi 13 h 30 18 h\nVendredi 13 h 30 18 h'],
    ['a weekday and a clock time', 'Programma di ottobre 2024\n\nIncontro interculturale: sabato 12.30 al centro civico.'],
    ['a month with no year anywhere near it', 'Programa de octubre\n\nSábado 12: jornada intercultural en el centro cívico.'],
    ['an English "may" that is a verb', 'Newcomers may join in 2024.\n\nSaturday 12: intercultural festival at the community centre.'],
  ])('gives nothing for %s', (_name, text) => {
    expect(starts(text)).toEqual([]);
  });
});
