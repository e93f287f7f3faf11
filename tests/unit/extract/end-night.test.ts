import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';
import { findTimes } from '../../../lib/extract/times.ts';
import { readText } from '../../../lib/extract/text.ts';

// Session 22: ends at or after midnight, hours after an agency dateline, and a close said inside an
// agenda slot's words; in our own words, five languages, with near misses.
const now = new Date('2026-11-30T12:00:00Z');
const spans = (text: string, lang: string) => extractEvents(text, { now, lang }).events.map((e) => [e.start, e.end ?? null]);
const ranges = (text: string) => findTimes(readText(text), []).map((t) => [t.from, t.to ?? null]);

describe('an evening that ends at midnight or after it', () => {
  it.each([
    ['fr', 'Veillée de solidarité avec les exilés le samedi 14 juin 2025, de 21h à minuit, place du Marché.', ['2025-06-14T21:00', '2025-06-15T00:00']],
    ['en', 'Refugee Week party on Saturday 14 June 2025 from 9pm to midnight at the community hall.', ['2025-06-14T21:00', '2025-06-15T00:00']],
    ['de', 'Interkulturelles Sommerfest am Samstag, 14. Juni 2025, von 20 bis 24 Uhr im Bürgerhaus.', ['2025-06-14T20:00', '2025-06-15T00:00']],
    ['it', 'Festa dei popoli sabato 14 giugno 2025 dalle 21 a mezzanotte in piazza Garibaldi.', ['2025-06-14T21:00', '2025-06-15T00:00']],
    ['es', 'Fiesta intercultural el sábado 14 de junio de 2025, de 22:00 a 02:00 horas, en la plaza Mayor.', ['2025-06-14T22:00', '2025-06-15T02:00']],
    ['fr', 'Fête des cultures pour les réfugiés le samedi 14 juin 2025 :\n- 19h-24h, au parc de la Ville : musiques du monde.', ['2025-06-14T19:00', '2025-06-15T00:00']],
  ])('%s: %s', (lang, text, expected) => {
    expect(spans(text, lang)).toEqual([expected]);
  });

  it.each([
    ['24 personas participaron en el taller.', []],
    ['Le salon « 24h pour l’emploi » revient.', []],
    // (A morning that "ends" at an earlier hour is no night: "de 9 a 3" with no unit is not read at all.)
    ['Sportfest von 10 bis 12 Uhr, danach 24 Stunden Lauf.', [[600, 720]]],
  ])('near miss: %s', (text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });

  it('near miss: only an evening runs past midnight; a morning hour then an earlier one are two times', () => {
    expect(ranges('de 10:00 a 02:00')).toEqual([[600, null], [120, null]]);
    expect(ranges('ore 9 am Sonntag')).toEqual([[540, null]]);
  });
});

describe('hours in the body after an agency dateline', () => {
  it.each([
    ['es', 'Feria intercultural el 12 de noviembre en Gijón\n\nGijón, 3 de noviembre de 2022.- La asociación celebrará una feria intercultural en el colegio de la calle Mayor de 11:00h. a 14:00h con asociaciones de migrantes.', '2022-11-03', ['2022-11-12T11:00', '2022-11-12T14:00']],
    ['it', 'Festa dei popoli il 12 novembre a Torino\n\nTorino, 3 novembre 2022 – L’associazione organizza una festa dei popoli nel cortile della scuola di via Roma dalle 15 alle 19 con le comunità migranti.', '2022-11-03', ['2022-11-12T15:00', '2022-11-12T19:00']],
  ])('%s', (lang, text, published, expected) => {
    expect(extractEvents(text, { now, lang, published }).events.map((e) => [e.start, e.end ?? null])).toEqual([expected]);
  });

  it('near miss: a stamp\'s own hour is not the event\'s', () => {
    const text = 'Publié le 3 novembre 2022 - 14h32\n\nFête des cultures pour les réfugiés le samedi 12 novembre 2022 à la salle des fêtes.';
    expect(extractEvents(text, { now, lang: 'fr', published: '2022-11-03' }).events.map((e) => e.start)).toEqual(['2022-11-12']);
  });
});

describe('an agenda whose slot says when something in it closes', () => {
  it.each([
    ['fr', 'Journée des réfugiés le jeudi 20 juin 2024 au gymnase.\n17h : ouverture du village associatif (fermeture du village à 20h30)\n19h : danse\n20h30 : concert\n22h : concert ska\n23h15 : fermeture des portes', ['2024-06-20T17:00', '2024-06-20T23:15']],
    ['en', 'Refugee Day on Thursday 20 June 2024 at the sports hall.\n5pm: the market opens (stalls close at 8.30pm)\n7pm: dance\n8.30pm: concert\n10pm: ska band\n11.15pm: doors close', ['2024-06-20T17:00', '2024-06-20T23:15']],
  ])('%s', (lang, text, expected) => {
    expect(spans(text, lang)).toEqual([expected]);
  });
});
