import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

// Session 24: an hour said once with "always" ("sempre alle 20.30", "immer um", "toujours à", "siempre a las") for the
// gatherings told after it in its paragraph. Our own words, five languages, with near misses.
const now = new Date('2026-11-30T12:00:00Z');
const spans = (text: string, lang: string) => extractEvents(text, { now, lang }).events.map((e) => [e.start, e.end ?? null]);

describe('an hour said once with "always"', () => {
  it.each([
    ['it', "Due serate di cinema sull'immigrazione in due giovedì successivi, sempre alle 20.30 al cinema Lux. Il 21 giugno 2018 il primo film con il regista in sala, mentre il 28 giugno un film muto con musica dal vivo."],
    ['en', "Two film nights on migration on consecutive Thursdays, always at 8.30pm at the Lux cinema. On 21 June 2018 the first film with its director, and on 28 June a silent film with live music."],
    ['de', "Zwei Filmabende zur Migration an zwei Donnerstagen, immer um 20.30 Uhr im Kino Lux. Am 21. Juni 2018 der erste Film mit dem Regisseur, am 28. Juni ein Stummfilm mit Livemusik."],
    ['fr', "Deux soirées de cinéma sur les migrations, deux jeudis de suite, toujours à 20h30 au cinéma Lux. Le 21 juin 2018 un premier film avec son réalisateur, le 28 juin un film muet avec musique live."],
    ['es', "Dos sesiones de cine sobre migraciones en dos jueves seguidos, siempre a las 20:30 en el cine Lux. El 21 de junio de 2018 la primera película con su director, y el 28 de junio una película muda con música en directo."],
  ])('%s: %s', (lang, text) => {
    expect(spans(text, lang)).toEqual([['2018-06-21T20:30', null], ['2018-06-28T20:30', null]]);
  });

  it('near miss: a day told in another paragraph, or before the hour, keeps its own', () => {
    expect(spans('Il 14 giugno 2018 una cena con i rifugiati in parrocchia.\n\nDue serate di cinema sull\'immigrazione, sempre alle 20.30 al cinema Lux. Il 21 giugno 2018 il primo film, il 28 giugno il secondo.\n\nIl 30 giugno 2018 la festa dei popoli in piazza.', 'it'))
      .toEqual([['2018-06-14', null], ['2018-06-21T20:30', null], ['2018-06-28T20:30', null], ['2018-06-30', null]]);
  });
});
