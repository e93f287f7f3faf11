import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

// Session 24: a gathering dated in one sentence whose hour opens a later one after a connective ("En effet, à 18h30 ..."):
// the first slot of the day is its start, not a later slot that opens its sentence bare. Our own words.
const now = new Date('2026-11-30T12:00:00Z');
const starts = (text: string, lang: string) => extractEvents(text, { now, lang }).events.map((e) => e.start);

describe('an hour after a connective opening a later sentence', () => {
  it.each([
    ['fr', 'Soirée solidaire avec les migrants le samedi 9 mars 2019 à la salle des fêtes. En effet, à 18h30 sera servi un repas partagé. À 20h un film sera projeté.'],
    ['de', 'Solidaritätsabend mit Geflüchteten am Samstag, 9. März 2019 im Bürgerhaus. Zunächst um 18.30 Uhr gibt es ein gemeinsames Essen. Um 20 Uhr wird ein Film gezeigt.'],
    ['it', 'Serata solidale con i migranti sabato 9 marzo 2019 nella sala civica. Innanzitutto alle 18.30 ci sarà una cena condivisa. Alle 20 la proiezione di un film.'],
    ['es', 'Velada solidaria con las personas migrantes el sábado 9 de marzo de 2019 en el centro cívico. Primero, a las 18:30 habrá una cena compartida. A las 20:00 se proyectará una película.'],
  ])('%s: %s', (lang, text) => {
    expect(starts(text, lang)).toEqual(['2019-03-09T18:30']);
  });
});
