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

describe('a span of bare hours past midnight, and hours said in the evening (session 24)', () => {
  it.each([
    ['de', 'Das Fest der Kulturen am 14. März 2025 im Park: von 20 bis 2 Uhr wird getanzt.', ['2025-03-14T20:00', '2025-03-15T02:00']],
    ['fr', 'Soirée des cultures le 14 mars 2025 au centre social, de 22 à 3 h.', ['2025-03-14T22:00', '2025-03-15T03:00']],
    ['it', 'Festa dei popoli il 14 marzo 2025 al centro sociale, dalle 21 alle 2.', ['2025-03-14T21:00', '2025-03-15T02:00']],
    ['es', 'Fiesta intercultural el 14 de marzo de 2025 en la plaza, de 22 a 3 horas.', ['2025-03-14T22:00', '2025-03-15T03:00']],
    ['en', 'Intercultural party on 14 March 2025 at the hall, 21-2 h.', ['2025-03-14T21:00', '2025-03-15T02:00']],
    ['de', 'Theaterabend mit geflüchteten Menschen am 21. Mai 2016, 17.00 – 1.00 Uhr, im Stadttheater.', ['2016-05-21T17:00', '2016-05-22T01:00']],
    ['es', 'Taller de costura para mujeres migrantes el 14 de marzo de 2025 de 5 a 7 de la tarde en el centro cívico.', ['2025-03-14T17:00', '2025-03-14T19:00']],
    ['it', 'Laboratorio di cucito per donne migranti il 14 marzo 2025 dalle 5 alle 7 del pomeriggio al centro sociale.', ['2025-03-14T17:00', '2025-03-14T19:00']],
    ['fr', 'Atelier couture pour femmes exilées le 14 mars 2025 de 5 à 7 du soir au centre social.', ['2025-03-14T17:00', '2025-03-14T19:00']],
    ['en', 'Sewing club for refugee women on 14 March 2025 from 5 to 7 in the evening at the community centre.', ['2025-03-14T17:00', '2025-03-14T19:00']],
    ['de', 'Nähcafé für geflüchtete Frauen am 14. März 2025 von 5 bis 7 Uhr abends im Stadtteilzentrum.', ['2025-03-14T17:00', '2025-03-14T19:00']],
  ])('%s: %s', (lang, text, expected) => {
    expect(spans(text, lang)).toEqual([expected]);
  });

  it.each([
    // (A morning's "from 9 to 3" is no night: the start is before the afternoon.)
    ['Sportfest von 9 bis 3 Uhr.', [[180, null]]],
    ['Sprachkurs 10.30 – 1.00 Uhr.', [[60, null]]],
  ])('near miss: %s', (text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});

describe('an hour after a slash in a listing (session 24)', () => {
  it('"20. MAI /20.00 UHR:" is the day\'s hour; a slash after a digit is a date\'s', () => {
    expect(spans('Programm der Flüchtlingstage 2016\n\n20. MAI /20.00 UHR: Podiumsgespräch über Flucht und Sprache\nOrt: Volkshaus\n\n21. MAI / 17.00 – 1.00 UHR: Theaterabend mit geflüchteten Menschen\nOrt: Stadttheater', 'de'))
      .toEqual([['2016-05-20T20:00', null], ['2016-05-21T17:00', '2016-05-22T01:00']]);
    expect(ranges('Seite 3/20.00 Euro')).toEqual([]);
  });
});
