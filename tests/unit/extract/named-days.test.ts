import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';
import { namedDayNear } from '../../../lib/extract/named-days.ts';
import { foldKeepLength } from '../../../lib/relevance/fold.ts';

// Session 19: "today" in a sentence that names a day marked on a fixed date is that date. Our own words.
const now = new Date('2026-11-30T12:00:00Z');

describe('today, on a named day', () => {
  it.each([
    ['es', 'La asociación celebra hoy un encuentro con motivo del Día Mundial del Refugiado, a las 19:00 en el centro cívico.', '2023-06-19', '2023-06-20T19:00'],
    ['it', 'L’associazione organizza oggi una cena in occasione della Giornata mondiale del rifugiato, alle 19 al centro sociale.', '2023-06-21', '2023-06-20T19:00'],
    ['en', 'Today, on International Migrants Day, the network hosts a community dinner at 19:00 in the town hall.', '2023-12-17', '2023-12-18T19:00'],
    ['fr', 'L’association organise aujourd’hui un repas à l’occasion de la Journée mondiale des réfugiés, à 19h au centre social.', '2023-06-20', '2023-06-20T19:00'],
  ])('%s: %s', (lang, text, published, start) => {
    expect(extractEvents(text, { now, lang, published }).events.map((e) => e.start)).toEqual([start]);
  });

  it('near miss: a named day further away leaves today alone', () => {
    const text = 'La asociación celebra hoy un encuentro para preparar el Día Mundial del Refugiado, a las 19:00 en el centro cívico.';
    expect(extractEvents(text, { now, lang: 'es', published: '2023-06-10' }).events.map((e) => e.start)).toEqual(['2023-06-10T19:00']);
  });

  it.each([
    ['europe day', { y: 2024, m: 5, d: 8 }, { y: 2024, m: 5, d: 9 }],
    ['dia internacional de la mujer', { y: 2024, m: 3, d: 8 }, { y: 2024, m: 3, d: 8 }],
    ['une journee de fete', { y: 2024, m: 3, d: 8 }, undefined],
  ])('%s', (words, near, expected) => {
    expect(namedDayNear(foldKeepLength(words), near)).toEqual(expected);
  });
});
