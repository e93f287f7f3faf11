import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

const now = new Date('2026-12-31T23:40:00Z');
const run = (text: string, published?: string) => extractEvents(text, { now, ...(published ? { published } : {}) }).events;

describe('a dotted time that opens an agenda line is a programme slot', () => {
  it.each([
    ['en', 'Colloquium on refugees at universities, 14 May 2025, Academy Palace, Brussels\n9.30: Arrival\n10.00: Welcome address\n12.15 – 13.30: Lunch\n16.00 – 17.00: Reception', '2025-05-14T09:30'],
    ['it', 'Convegno sull\'accoglienza dei rifugiati, 14 maggio 2025, Sala Verdi, Bergamo\n9.30 Registrazione dei partecipanti\n10.00 Saluti\n12.30 – 13.00 Conclusioni', '2025-05-14T09:30'],
  ])('%s', (_lang, text, start) => {
    expect(run(text)[0]?.start).toBe(start);
  });

  it('leaves an amount at the start of a line alone', () => {
    const text = 'Integration forum for newcomers on 14 May 2025 at 18:00 in the Town Hall.\n5.00 EUR entry, free for refugees.';
    expect(run(text)[0]?.start).toBe('2025-05-14T18:00');
  });
});

describe('an author byline near the top carries the posting stamp, not the event time', () => {
  it.each([
    ['de', 'Integrationstage in Köln\n\nVon Netzwerk Integration - Donnerstag, 16.04.2026 - 08:42 Uhr\n\nDie Integrationstage für Geflüchtete finden am 20. April 2026 im Rathaus statt, Beginn 10:30 Uhr.'],
    ['en', 'Integration days in Leeds\n\nBy Migrant Network - Thursday, 16.04.2026 - 08:42\n\nThe integration days for refugees take place on 20 April 2026 at the Town Hall, starting at 10:30.'],
  ])('%s', (_lang, text) => {
    expect(run(text, '2026-04-16').map((e) => e.start)).toEqual(['2026-04-20T10:30']);
  });
});

describe('two relative days joined by "and" are one two-day gathering', () => {
  it.each([
    ['de', 'Die heute und morgen stattfindende Fachtagung für Integration von Geflüchteten in Nürnberg beginnt um 10:00 Uhr.'],
    ['en', 'The conference on refugee integration taking place today and tomorrow in Leeds opens at 10:00.'],
  ])('%s', (_lang, text) => {
    const events = run(text, '2026-04-16');
    expect(events.map((e) => [e.start, e.end?.slice(0, 10)])).toEqual([['2026-04-16T10:00', '2026-04-17']]);
  });
});

describe('a host celebrating a named day holds a gathering on it; the named day alone is not one', () => {
  const url = 'https://example.org/2025/06/news';
  it.each([
    ['es', 'La parroquia de San Juan, en la calle Mayor, celebró en la tarde de este viernes 20 de junio el Día Mundial del Refugiado con familias refugiadas.', ['2025-06-20']],
    ['it', 'La cooperativa ha festeggiato venerdì 20 giugno la Giornata mondiale del rifugiato nella sala civica con le famiglie accolte.', ['2025-06-20']],
    ['es', 'Recordamos que el 20 de junio, Día Mundial del Refugiado, es una fecha para pensar en quienes huyen.', []],
  ])('%s', (_lang, text, starts) => {
    expect(extractEvents(text, { now, url }).events.map((e) => e.start)).toEqual(starts);
  });
});

describe('a line ending on a comma continues after the blank lines', () => {
  it.each([
    ['en', 'Our new partnership starts now. On 23 March 2025,\n\n\nthe partners met online for the first transnational project meeting on refugee inclusion.', [['2025-03-23', 'online']]],
    ['fr', 'Le projet démarre. Le 23 mars 2025,\n\nles partenaires se sont réunis en ligne pour la première réunion du projet sur l\'accueil des réfugiés.', [['2025-03-23', 'online']]],
  ])('%s', (_lang, text, expected) => {
    expect(extractEvents(text, { now }).events.map((e) => [e.start, e.mode])).toEqual(expected);
  });
});

describe('a German venue named after a lower-case adjective', () => {
  it.each([
    ['Vortrag über Flucht und Asyl am 28. Januar 2026 um 20 Uhr ins evangelische Gemeindehaus, mit Spenden für die Flüchtlingsarbeit.', 'Gemeindehaus'],
    ['Jobbörse für Geflüchtete am 20. März 2026 um 10 Uhr im städtischen Kulturzentrum, Marktplatz 3.', 'Kulturzentrum'],
  ])('%s', (text, name) => {
    const e = extractEvents(text, { now }).events[0]!;
    expect([e.mode, typeof e.location === 'object' ? e.location?.name : e.location]).toEqual(['in-person', name]);
  });
});

describe('an agenda that opens at the event\'s start time ends it at its last slot', () => {
  it.each([
    ['en', 'Colloquium on refugees at universities\n14 May 2026, Academy Palace, Brussels\n9.30: Arrival\n10.00: Welcome address\n12.15 – 13.30: Lunch\n15.00 – 16.00: Round tables\n16.15 – 17.00: Reception', ['2026-05-14T09:30', '2026-05-14T17:00']],
    ['fr', 'Journée d\'étude sur l\'accueil des réfugiés\n14 mai 2026, Maison des associations, Lyon\n9h30 : Accueil\n10h : Ouverture\n14h : Ateliers\n16h30 – 17h30 : Clôture', ['2026-05-14T09:30', '2026-05-14T17:30']],
  ])('%s', (_lang, text, expected) => {
    const e = extractEvents(text, { now }).events[0]!;
    expect([e.start, e.end]).toEqual(expected);
  });
});
