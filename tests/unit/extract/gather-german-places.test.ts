// German places told by their kind of place ("in der Gartenanlage des Seniorenheims", "an der Grillhütte"): a later hour
// of the day at such a place is another gathering. Near misses: a job or school place is no venue, and the day's own
// place said again keeps one gathering.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

const now = new Date('2026-11-30T12:00:00Z');
const starts = (text: string) => extractEvents(text, { now, published: '2025-05-20' }).events.map((e) => e.start);

describe('a later hour at a German kind of place', () => {
  it.each([
    ['a garden of a home', 'Sommerfest der Kulturen\n\nAm Samstag, 14. Juni, um 10 Uhr beginnt das Kinderprogramm an der Grundschule Nord. Um 15 Uhr beginnt das Programm für Familien in der Gartenanlage des Seniorenheims St. Anna.',
      ['2025-06-14T10:00', '2025-06-14T15:00']],
    ['a hut in the woods', 'Begegnungstag\n\nAm Sonntag, 15. Juni, um 11 Uhr startet die Wanderung im Stadtteilzentrum Süd. Um 17 Uhr findet das Grillfest an der Grillhütte am Waldsee statt.',
      ['2025-06-15T11:00', '2025-06-15T17:00']],
  ])('%s', (_name, text, expected) => {
    expect(starts(text)).toEqual(expected);
  });
});

describe('near misses', () => {
  it.each([
    ['a job place is no venue', 'Sommerfest der Kulturen\n\nAm Samstag, 14. Juni, um 10 Uhr beginnt das Sommerfest im Rathaus Mitte. Um 15 Uhr beginnt ein Vortrag über den Einstieg am Arbeitsplatz Deutschland.'],
    ['the day\'s own place again', 'Sommerfest der Kulturen\n\nAm Samstag, 14. Juni, um 10 Uhr beginnt das Fest in der Gartenanlage des Seniorenheims St. Anna. Um 15 Uhr beginnt das Programm für Familien in der Gartenanlage des Seniorenheims St. Anna.'],
  ])('%s', (_name, text) => {
    expect(starts(text)).toHaveLength(1);
  });
});
