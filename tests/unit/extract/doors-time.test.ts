import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

// Session 24: a gathering's hour that a later line says is when the doors open, beside a labelled start and end: the
// labelled ones are its hours. Our own words, five languages, with a near miss.
const now = new Date('2026-11-30T12:00:00Z');
const spans = (text: string, lang: string) => extractEvents(text, { now, lang }).events.map((e) => [e.start, e.end ?? null]);

describe('an hour that is the doors\' one', () => {
  it.each([
    ['de', "Eröffnung der Interkulturellen Woche am 3. November 2008, 18 Uhr im Schauspielhaus.\n\nMit Musik und Reden über Vielfalt und Flucht.\n\nVeranstaltungsbeginn: 19.00 Uhr, Einlass ab 18.00 Uhr, voraussichtl. Ende um 22 Uhr"],
    ['en', "Refugee Week concert on 3 November 2008, 6pm, at the Town Hall.\n\nMusic by refugee artists.\n\nDoors open 6pm, start time: 7pm, ends at 10pm."],
    ['fr', "Concert de la Semaine des réfugiés le 3 novembre 2008, 18h, à la salle des fêtes.\n\nMusiques d'artistes réfugiés.\n\nOuverture des portes à 18h, début : 19h, fin : 22h."],
    ['it', "Concerto per la Settimana del rifugiato il 3 novembre 2008, ore 18, al teatro comunale.\n\nMusica di artisti rifugiati.\n\nApertura porte ore 18, inizio: ore 19, fine: ore 22."],
    ['es', "Concierto de la Semana del Refugiado el 3 de noviembre de 2008, a las 18:00, en el teatro.\n\nMúsica de artistas refugiados.\n\nApertura de puertas a las 18:00, inicio: 19:00, fin: 22:00."],
  ])('%s: %s', (lang, text) => {
    expect(spans(text, lang)).toEqual([['2008-11-03T19:00', '2008-11-03T22:00']]);
  });

  it('near miss: a start that is not the doors hour stays', () => {
    expect(spans("Eröffnung der Interkulturellen Woche am 3. November 2008, 19 Uhr im Schauspielhaus.\n\nEinlass ab 18 Uhr.", 'de')).toEqual([['2008-11-03T19:00', null]]);
  });
});
