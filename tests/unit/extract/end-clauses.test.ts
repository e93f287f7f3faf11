import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';
import { durationMinutes, lastsMinutes } from '../../../lib/extract/duration.ts';

// Session 22: a close named as the subject of a later clause with words before its hour, a labelled
// length said to be expected, "ore 17-19" and "per le 13.00"; in our own words, with near misses.
const now = new Date('2026-11-30T12:00:00Z');
const spans = (text: string, lang: string) => extractEvents(text, { now, lang }).events.map((e) => [e.start, e.end ?? null]);

describe('a close named in a later clause, words before its hour', () => {
  it.each([
    ['it', 'Convegno sull’accoglienza dei migranti il 10 marzo 2026 alle ore 9.30 presso la sala consiliare. Il termine è previsto per le 13.00.'],
    ['it', 'Convegno sull’accoglienza dei migranti il 10 marzo 2026 alle ore 9.30 presso la sala consiliare. La conclusione dei lavori è prevista verso le 13.00.'],
    ['es', 'Jornada sobre refugio el 10 de marzo de 2026 a las 9:30 en el auditorio. El cierre tendrá lugar a las 13:00.'],
    ['fr', 'Colloque sur l’asile le 10 mars 2026 à 9h30 à la mairie. La clôture des travaux aura lieu vers 13h.'],
    ['de', 'Fachtag Migration am 10. März 2026 um 9.30 Uhr im Rathaus. Das Ende der Tagung ist für 13 Uhr geplant.'],
  ])('%s: %s', (lang, text) => {
    expect(spans(text, lang)).toEqual([['2026-03-10T09:30', '2026-03-10T13:00']]);
  });

  it.each([
    ['it', 'Convegno sull’accoglienza dei migranti il 10 marzo 2026 alle ore 9.30 presso la sala consiliare. La chiusura delle iscrizioni è prevista per le 13.00.'],
    ['es', 'Jornada sobre refugio el 10 de marzo de 2026 a las 9:30 en el auditorio. El cierre de la oficina será a las 13:00.'],
    ['en', 'Conference on asylum on 10 March 2026 at 9.30am at the town hall. At the end of the month, at 1pm, a second meeting.'],
  ])('near miss %s: another thing\'s close: %s', (lang, text) => {
    expect(spans(text, lang)).toEqual([['2026-03-10T09:30', null]]);
  });
});

describe('lengths and bare spans of hours', () => {
  it.each([
    ['durata prevista: due ore', 120],
    ['duracion estimada: 90 minutos', 90],
    ['duree approximative : 2 heures', 120],
  ])('%s', (text, minutes) => {
    expect(durationMinutes(text)).toBe(minutes);
    expect(lastsMinutes(`la mostra chiude alle 18. ${text}`)).toBe(minutes);
  });

  it('near miss: a count of hours with no length word', () => {
    expect(lastsMinutes('il corso prevede due ore di lezione a settimana')).toBeUndefined();
  });

  it.each([
    ['it', 'Incontro con le donne migranti il 10 marzo 2026 ore 17-19 in sede.', ['2026-03-10T17:00', '2026-03-10T19:00']],
    ['it', 'Incontro sui migranti il 10 marzo 2026 alle 18 presso la sala consiliare. Durata prevista: due ore.', ['2026-03-10T18:00', '2026-03-10T20:00']],
  ])('%s: %s', (lang, text, expected) => {
    expect(spans(text, lang)).toEqual([expected]);
  });
});
