import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';
import { closesAfter } from '../../../lib/extract/end-closing.ts';

// Session 20: ends written as a programme's closing slot, as a planned or approximate close,
// and hour spans joined by words; in our own words, in five languages, with near misses.
const now = new Date('2026-11-30T12:00:00Z');
const spans = (text: string, lang: string) => extractEvents(text, { now, lang }).events.map((e) => [e.start, e.end ?? null]);

describe('closing words after a slot\'s hour', () => {
  it.each([
    [': fermeture des portes', true],
    [' abschluss und verabschiedung', true],
    [' uhr ende der veranstaltung', true],
    [' – chiusura dei lavori', true],
    [' saluti finali', true],
    [': finalizacion de las jornadas', true],
    [' clausura', true],
    [' close of the conference', true],
    [' finanzierung von projekten', false],
    [' final round of the quiz', false],
    [' abendessen', false],
    [' endlich frei: lesung', false],
  ])('%s -> %s', (after, expected) => {
    expect(closesAfter(after)).toBe(expected);
  });
});

describe('a programme\'s closing slot ends the day', () => {
  it.each([
    ['fr', 'Fête des réfugiés\nLe samedi 8 mars 2025 à la salle des fêtes de Lyon\nProgramme\n16h : ouverture\n18h : concert\n20h30 : bal\n- 23h : fermeture des portes', ['2025-03-08T16:00', '2025-03-08T23:00']],
    ['de', 'Fest der Begegnung mit Geflüchteten\nSamstag, 8. März 2025, Bürgerhaus Kassel\nProgramm\n14:00 Begrüßung\n15:00 Workshops\n16:30 Musik\n18:00 Abschluss', ['2025-03-08T14:00', '2025-03-08T18:00']],
    ['de', 'Fachtag Migration in Kassel\nDonnerstag, 9. Oktober 2025\n9:30 Uhr Ankommen\n10:00 Uhr Begrüßung\n12:30 Uhr Mittagspause\n16:00 Uhr Schluss', ['2025-10-09T09:30', '2025-10-09T16:00']],
    ['es', 'Jornada de convivencia con familias migrantes\nSábado 8 de marzo de 2025 en Burgos\nPROGRAMA\n10,00: Recepción de los participantes\n12,00: Taller de cocina\n14,00: Comida compartida\n17,00: Clausura', ['2025-03-08T10:00', '2025-03-08T17:00']],
    ['es', 'Jornada de acogida en Sevilla\nJueves 9 de octubre de 2025\n10:00 Bienvenida\n12:00 Talleres\n14:00 Despedida', ['2025-10-09T10:00', '2025-10-09T14:00']],
    ['it', 'Giornata dell\'accoglienza\nGiovedì 9 ottobre 2025, Milano\n10:00 Benvenuto\n12:00 Laboratori\n14:00 Saluti finali', ['2025-10-09T10:00', '2025-10-09T14:00']],
  ])('%s', (lang, text, expected) => {
    expect(spans(text, lang)).toEqual([expected]);
  });

  it.each([
    ['de', 'Fest der Begegnung mit Geflüchteten\nSamstag, 8. März 2025, Bürgerhaus Kassel\nProgramm\n14:00 Begrüßung\n15:00 Workshops\n18:00 Abendessen'],
    ['en', 'Refugee welcome day\nSaturday 8 March 2025, Town Hall, Leeds\nProgramme\n14:00 Welcome\n15:00 Workshops\n18:00 Final quiz'],
  ])('%s: near miss: a last item that only starts gives no end', (lang, text) => {
    expect(spans(text, lang)).toEqual([['2025-03-08T14:00', null]]);
  });
});

describe('a close said as planned or approximate', () => {
  it.each([
    ['it', 'Incontro per i migranti sabato 8 marzo 2025 alle 15 in biblioteca, termine previsto alle 18.'],
    ['it', 'Incontro per i migranti sabato 8 marzo 2025 alle 15 in biblioteca; si chiuderà verso le 18.'],
    ['fr', 'Rencontre avec les migrants le samedi 8 mars 2025 à 15h à la médiathèque, fin prévue aux alentours de 18h.'],
    ['de', 'Treffen mit Geflüchteten am Samstag, 8. März 2025, um 15 Uhr in der Bibliothek, Ende voraussichtlich gegen 18 Uhr.'],
    ['es', 'Encuentro con personas migrantes el sábado 8 de marzo de 2025 a las 15:00 en la biblioteca; finalizará alrededor de las 18:00.'],
    ['en', 'Meeting with refugees on Saturday 8 March 2025 at 3pm at the library; it ends at about 6pm.'],
  ])('%s: %s', (lang, text) => {
    expect(spans(text, lang)).toEqual([['2025-03-08T15:00', '2025-03-08T18:00']]);
  });

  it('near miss: a sign-up\'s planned close is no end', () => {
    expect(spans('Incontro per i migranti sabato 8 marzo 2025 alle 15 in biblioteca. Iscrizioni: termine previsto alle 12 del giorno prima.', 'it')[0]).toEqual(['2025-03-08T15:00', null]);
  });
});

describe('hour spans joined by words', () => {
  // Two gatherings on the page, so the span must be read as one, not guessed from the page's only times.
  it.each([
    ['it', 'Incontro con i migranti sabato 8 marzo 2025 dalle ore 9 fino alle ore 13 in biblioteca. Sabato 15 marzo 2025 alle ore 10 festa in piazza.'],
    ['it', 'Incontro con i migranti sabato 8 marzo 2025 alle ore 9, fino alle 13, in biblioteca. Sabato 15 marzo 2025 alle ore 10 festa in piazza.'],
    ['de', 'Treffen mit Geflüchteten am Samstag, 8. März 2025, 9 bis 13 Uhr, in der Bibliothek. Am 15. März 2025 um 10 Uhr Fest auf dem Markt.'],
    ['de', 'Treffen mit Geflüchteten am Samstag, 8. März 2025, um 9 Uhr, bis 13 Uhr in der Bibliothek. Am 15. März 2025 um 10 Uhr Fest auf dem Markt.'],
    ['fr', 'Rencontre avec les migrants le samedi 8 mars 2025, 9 à 13 h, à la médiathèque. Le 15 mars 2025 à 10h, fête sur la place.'],
    ['en', 'Meeting with refugees on Saturday 8 March 2025 at 9am, until 1pm, at the library. On 15 March 2025 at 10am, a party in the square.'],
  ])('%s: %s', (lang, text) => {
    expect(spans(text, lang)[0]).toEqual(['2025-03-08T09:00', '2025-03-08T13:00']);
  });

  it.each([
    ['de', 'Sprachkurs für Kinder von 6 bis 12 Jahren am Samstag, 8. März 2025, um 9 Uhr in der Bibliothek.'],
    ['it', 'Incontro con i migranti sabato 8 marzo 2025 alle ore 9 in biblioteca, fino a esaurimento dei posti.'],
  ])('%s: near miss: ages and stock are no end: %s', (lang, text) => {
    expect(spans(text, lang)).toEqual([['2025-03-08T09:00', null]]);
  });
});

describe('the part of the day stays in its sentence', () => {
  it.each([
    ['de', 'Das Begegnungsfest findet am Samstag, 8. März 2025, auf dem Marktplatz statt. Es beginnt um 11 Uhr.\n\nAm Nachmittag gibt es Musik. Das Fest endet gegen 18 Uhr.', ['2025-03-08T11:00', '2025-03-08T18:00']],
    ['en', 'The welcome fair takes place on Saturday 8 March 2025 in the market square. It starts at 11am.\n\nIn the afternoon there will be music. The fair will end around 6pm.', ['2025-03-08T11:00', '2025-03-08T18:00']],
    ['es', 'Encuentro con personas migrantes el sábado 8 de marzo de 2025 a las 7 h. de la tarde en la biblioteca.', ['2025-03-08T19:00', null]],
  ])('%s', (lang, text, expected) => {
    expect(spans(text, lang)).toEqual([expected]);
  });
});

describe('a length said as approximate', () => {
  it.each([
    ['de', 'Treffen mit Geflüchteten am Samstag, 8. März 2025, um 9 Uhr in der Bibliothek. Die Veranstaltung dauert etwa zwei Stunden.'],
    ['es', 'Encuentro con personas migrantes el sábado 8 de marzo de 2025 a las 9:00 en la biblioteca, con una duración de aproximadamente dos horas.'],
  ])('%s', (lang, text) => {
    expect(spans(text, lang)).toEqual([['2025-03-08T09:00', '2025-03-08T11:00']]);
  });
});
