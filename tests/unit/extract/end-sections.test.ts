import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';
import { firstSectionEnd } from '../../../lib/extract/end-sections.ts';
import { findTimes } from '../../../lib/extract/times.ts';
import { readText } from '../../../lib/extract/text.ts';

// Session 20: a day's programme in sections, each a place with its own hours: the first
// section ends when its own hours end. In our own words, with near misses.
const now = new Date('2026-11-30T12:00:00Z');
const first = (text: string, lang: string) => {
  const e = extractEvents(text, { now, lang }).events[0];
  return e ? [e.start, e.end ?? null] : null;
};

describe('sections of a day at different places', () => {
  it.each([
    ['fr', 'Fête de l’accueil à Nantes le samedi 14 juin 2025.\n\nProgramme\n\nAu Jardin des Plantes, de 10h à 12h30:\n• Pique-nique et jeux\n\nA la Maison de quartier Doulon, de 14h à 17h:\n• Ateliers et contes\n', ['2025-06-14T10:00', '2025-06-14T12:30']],
    ['de', 'Fest der Vielfalt in Kassel am Samstag, 14. Juni 2025.\n\nProgramm\n\nIm Rathaus Kassel, 10–12 Uhr:\n• Empfang und Reden\n\nIm Jugendzentrum Süd, 14–17 Uhr:\n• Spiele und Musik\n', ['2025-06-14T10:00', '2025-06-14T12:00']],
  ])('%s', (lang, text, expected) => {
    expect(first(text, lang)).toEqual(expected);
  });

  it.each([
    ['fr', 'Colloque sur l’asile à Nantes le samedi 14 juin 2025.\n\nProgramme\n\nDans la matinée, de 10h à 12h30:\n• Conférences\n\nDans l’après-midi, de 14h à 17h:\n• Ateliers\n'],
    ['en', 'Conference on asylum in Leeds on Saturday 14 June 2025.\n\nProgramme\n\nMorning session 10:00-12:30:\n• Talks\n\nAfternoon session 14:00-17:00:\n• Workshops\n'],
    ['de', 'Fachtag in Kassel am Samstag, 14. Juni 2025.\n\nIm Rathaus Kassel, 10–12 Uhr:\n• Vorträge\n\nIm Rathaus Kassel, 14–17 Uhr:\n• Workshops\n'],
  ])('%s: near miss: a morning and an afternoon, or one place twice, are no sections', (lang, text) => {
    const page = readText(text);
    expect(firstSectionEnd(page, findTimes(page, []))).toBeUndefined();
  });
});
