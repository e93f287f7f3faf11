import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

// Session 24: a programme told under day headings, three days or more in a row, announced above as a whole: the
// whole's span besides each day's gathering. Our own words, five languages, with near misses.
const now = new Date('2026-11-30T12:00:00Z');
const spans = (text: string, lang: string) => extractEvents(text, { now, lang }).events.map((e) => [e.start, e.end ?? null]);

describe('the span over a programme of headed days', () => {
  it.each([
    ['es', 'Mañana empieza la Semana Intercultural de Burgos con el siguiente programa.\nLUNES 10 DE MARZO DE 2025 (Centro Cívico)\n18:00 h. Inauguración y charla sobre acogida.\nMARTES 11 DE MARZO (Biblioteca)\n19:00 h. Cine fórum sobre migraciones.\nMIÉRCOLES 12 DE MARZO (Plaza Mayor)\n12:00 h. Comida del mundo.'],
    ['en', 'Refugee Week in Leeds: the programme\nMonday 10 March 2025\n6pm: opening talk on welcoming refugees at the library.\nTuesday 11 March 2025\n7pm: film night on migration at the library.\nWednesday 12 March 2025\n12pm: shared lunch at the market hall.'],
    ['fr', "Programme de la Semaine de l'accueil des réfugiés\nLundi 10 mars 2025\n18h : conférence d'ouverture à la médiathèque.\nMardi 11 mars 2025\n19h : ciné-débat sur les migrations à la médiathèque.\nMercredi 12 mars 2025\n12h : repas partagé à la halle."],
    ['de', 'Programm der Interkulturellen Woche\nMontag, 10. März 2025\n18 Uhr: Eröffnung mit einem Vortrag über Geflüchtete in der Bibliothek.\nDienstag, 11. März 2025\n19 Uhr: Filmabend zur Migration in der Bibliothek.\nMittwoch, 12. März 2025\n12 Uhr: Gemeinsames Mittagessen in der Markthalle.'],
    ['it', "Il programma della Settimana dell'accoglienza\nLunedì 10 marzo 2025\nOre 18: incontro di apertura sui rifugiati in biblioteca.\nMartedì 11 marzo 2025\nOre 19: cineforum sulle migrazioni in biblioteca.\nMercoledì 12 marzo 2025\nOre 12: pranzo condiviso al mercato coperto."],
  ])('%s', (lang, text) => {
    expect(spans(text, lang)).toEqual([['2025-03-10', '2025-03-12'], ['2025-03-10T18:00', null], ['2025-03-11T19:00', null], ['2025-03-12T12:00', null]]);
  });

  it('an exhibition listed after the programme over the same days is a thing of its own', () => {
    const got = spans('Mañana empieza la Semana Intercultural de Burgos con el siguiente programa.\nLUNES 10 DE MARZO DE 2025 (Centro Cívico)\n18:00 h. Inauguración y charla sobre acogida.\nMARTES 11 DE MARZO (Biblioteca)\n19:00 h. Cine fórum sobre migraciones.\nMIÉRCOLES 12 DE MARZO (Plaza Mayor)\n12:00 h. Comida del mundo.\nY ADEMÁS\nExposiciones fotográficas\nBiblioteca: “Rostros del viaje” (del 10 al 12 de marzo)', 'es');
    expect(got.filter((e) => e[0] === '2025-03-10' && e[1] === '2025-03-12')).toHaveLength(2);
  });

  it.each([
    // (Two headings are as often two separate dates.)
    ['en', 'Refugee Week in Leeds: the programme\nMonday 10 March 2025\n6pm: opening talk on welcoming refugees at the library.\nTuesday 11 March 2025\n7pm: film night on migration at the library.'],
    // (Days a week apart are no run of days.)
    ['en', 'Refugee Week in Leeds: the programme\nMonday 10 March 2025\n6pm: opening talk on welcoming refugees at the library.\nMonday 17 March 2025\n7pm: film night on migration at the library.\nMonday 24 March 2025\n12pm: shared lunch at the market hall.'],
    // (Nothing above the headings announces a whole.)
    ['en', 'Monday 10 March 2025\n6pm: talk on welcoming refugees at the library.\nTuesday 11 March 2025\n7pm: film night on migration at the library.\nWednesday 12 March 2025\n12pm: shared lunch at the market hall.'],
  ])('near miss (%s): no span', (lang, text) => {
    expect(spans(text, lang).filter((e) => e[1] && e[1].slice(0, 10) !== e[0]!.slice(0, 10))).toEqual([]);
  });
});
