import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

// Session 20 (recall): the ways real pages that list several gatherings write them, in our own
// words, in several languages, each class with a near miss where the rule must not fire.
const now = new Date('2026-11-30T12:00:00Z');
const spans = (text: string, published: string) => extractEvents(text, { now, published }).events.map((e) => [e.start, e.end ?? null]).sort();

describe('an end hour said with "until" on a page of several gatherings', () => {
  it.each([
    ['es', 'Semana intercultural en Getafe\n\nEl lunes 7 de abril, a las 17:00, taller de cocina en el centro cívico.\n\nEl miércoles 9 de abril, a las 18:00, charla sobre asilo en la biblioteca municipal hasta las 20:00 horas.\n'],
    ['es', 'Semana intercultural en Getafe\n\nEl lunes 7 de abril, a las 17:00, taller de cocina en el centro cívico.\n\nEl miércoles 9 de abril, charla sobre asilo en la biblioteca municipal desde las 18 horas hasta las 20 horas.\n'],
    ['it', 'Festa dei popoli a Bergamo\n\nLunedì 7 aprile alle 17 laboratorio di cucina al centro civico.\n\nMercoledì 9 aprile incontro sul diritto d’asilo in biblioteca dalle 18 fino alle 20.\n'],
    ['it', 'Festa dei popoli a Bergamo\n\nLunedì 7 aprile alle 17 laboratorio di cucina al centro civico.\n\nMercoledì 9 aprile incontro sul diritto d’asilo in biblioteca dalle 18 ore fino alle 20.\n'],
    ['fr', 'Semaine de l’accueil à Lyon\n\nLe lundi 7 avril à 17h, atelier cuisine à la MJC.\n\nLe mercredi 9 avril à 18h, débat sur l’asile à la médiathèque, jusqu’à 20h.\n'],
    ['de', 'Interkulturelle Woche in Kassel\n\nAm Montag, 7. April, um 17 Uhr Kochworkshop im Bürgerhaus.\n\nAm Mittwoch, 9. April, Vortrag über Asyl in der Stadtbibliothek von 18 Uhr bis 20 Uhr.\n'],
  ])('%s: %s', (_lang, text) => {
    expect(spans(text, '2025-03-01')).toEqual([['2025-04-07T17:00', null], ['2025-04-09T18:00', '2025-04-09T20:00']]);
  });

  it('near miss: a sign-up open until an hour is no end of the gathering', () => {
    const text = 'Semana intercultural en Getafe\n\nEl lunes 7 de abril, a las 17:00, taller de cocina en el centro cívico.\n\nEl miércoles 9 de abril, a las 18:00, charla sobre asilo en la biblioteca. Inscripciones abiertas hasta las 20:00 horas del martes.\n';
    expect(spans(text, '2025-03-01')).toEqual([['2025-04-07T17:00', null], ['2025-04-09T18:00', null]]);
  });
});
