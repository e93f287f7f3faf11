import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

// 2026-11-16 is a Monday.
const monday = '2026-11-16';

const read: Array<[string, string, string, string[]]> = [
  ['en next weekday with time', monday, 'Join our information session for refugees next Thursday at 18:00 in Ghent.', ['2026-11-19T18:00']],
  ['en this weekday with range', monday, 'The workshop on housing for refugees is this Friday from 2 to 4 pm.', ['2026-11-20T14:00']],
  ['en tomorrow', monday, 'Tomorrow at 10:00 the job fair for newcomers opens at the Expo Centre.', ['2026-11-17T10:00']],
  ['en weekday with a day number', monday, 'Our language café for refugees meets on Wednesday 25th at 10am.', ['2026-11-25T10:00']],
  ['en past report points back', '2026-11-20', 'On Thursday, the workshop on the integration of refugees took place in Vienna.', ['2026-11-19']],
  ['fr jeudi prochain', monday, 'Rendez-vous jeudi prochain à 14h pour l’atelier emploi des personnes réfugiées.', ['2026-11-19T14:00']],
  ['fr ce samedi', monday, 'La permanence juridique pour les demandeurs d’asile aura lieu ce samedi de 10h à 12h.', ['2026-11-21T10:00']],
  ['de nächsten Dienstag (not tomorrow)', monday, 'Das Treffen für Geflüchtete findet nächsten Dienstag um 10 Uhr im Rathaus statt.', ['2026-11-24T10:00']],
  ['de kommenden Mittwoch', monday, 'Das Sprachcafé für Geflüchtete öffnet am kommenden Mittwoch um 17 Uhr.', ['2026-11-18T17:00']],
  ['it il prossimo martedì', monday, 'Il corso di italiano per rifugiati inizia il prossimo martedì alle 17.', ['2026-11-24T17:00']],
  ['it domani', monday, 'Domani si terrà una sessione online di orientamento per richiedenti asilo, dalle 18 alle 19.', ['2026-11-17T18:00']],
  ['es el próximo jueves', monday, 'La charla sobre empleo para personas refugiadas será el próximo jueves a las 18:00.', ['2026-11-19T18:00']],
  ['es este viernes', monday, 'Este viernes celebraremos un encuentro virtual para personas migrantes, de 17:00 a 18:30.', ['2026-11-20T17:00']],
];

const notEvents: Array<[string, string, string]> = [
  ['a posting stamp', 'Council news\n\nUpdated yesterday at 16:40\n\nThe council adopted its integration strategy for migrants.'],
  ['yesterday without an event word', 'Yesterday the council adopted its strategy for the integration of migrants and refugees.'],
  ['the day news was given, beside the event date', 'Yesterday, the organisers confirmed that the training for volunteers working with refugees goes ahead on 27 November at 6 pm.'],
  ['next week is not a day', 'The workshop for refugees will take place next week; the date follows.'],
  ['a deadline', 'Register by this Friday for the workshop on refugees and the labour market.'],
  ['the morning, not tomorrow', 'Das Seminar für Geflüchtete beginnt am Morgen.'],
  ['a weekly habit (de)', 'Unsere Sozialberatung für Geflüchtete findet jeden Dienstag von 9 bis 12 Uhr statt.'],
  ['opening days (it)', 'Lo sportello per richiedenti asilo è aperto dal lunedì al venerdì, dalle 9.30 alle 12.30.'],
  ['a habit with the article (it)', 'Il sabato visita guidata per i partecipanti al corso per rifugiati.'],
  ['every weekday (en)', 'The drop-in session for refugees runs every Wednesday from 2 to 4 pm.'],
  ['opening days (fr)', 'La permanence pour les personnes exilées est ouverte du lundi au jeudi de 9h à 12h.'],
].map(([name, text]) => [name!, monday, text!] as [string, string, string]);

describe('relative and weekday dates (chrono-node)', () => {
  it.each(read)('%s', (_name, published, text, starts) => {
    const out = extractEvents(text, { published });
    expect(out.events.map((e) => e.start)).toEqual(starts);
  });

  it.each(notEvents)('not an event: %s', (_name, published, text) => {
    const starts = extractEvents(text, { published }).events.map((e) => e.start.slice(0, 10));
    // Only the absolute date of the third case is an event.
    expect(starts.filter((s) => s !== '2026-11-27')).toEqual([]);
  });

  it('leaves dates the scanner reads to the scanner', () => {
    const out = extractEvents('The webinar for refugees takes place on Thursday 19 November 2026 at 10:00.', { published: monday });
    expect(out.events.map((e) => e.start)).toEqual(['2026-11-19T10:00']);
  });

  it('needs a reference day for relative dates', () => {
    expect(extractEvents('Join the workshop for refugees next Thursday at 18:00.').events).toEqual([]);
  });
});

describe('"el pasado jueves", "lo scorso giovedì", "last Thursday": the one before the posting day', () => {
  it.each([
    ['es', 'El pasado jueves se celebró en el Centro Cívico Delicias una jornada sobre la inclusión de personas refugiadas.'],
    ['it', 'Lo scorso giovedì si è tenuto in biblioteca l\'incontro sull\'integrazione dei migranti.'],
    ['en', 'Last Thursday the refugee support group held its integration workshop at the library.'],
    ['de', 'Am vergangenen Donnerstag trafen sich Ehrenamtliche der Flüchtlingshilfe zum Austausch über Integration.'],
  ])('%s', (_lang, text) => {
    // Posted on a Friday: the Thursday before, not the one after.
    expect(extractEvents(text, { published: '2019-11-22', now: new Date('2026-12-31T23:40:00Z') }).events.map((e) => e.start)).toEqual(['2019-11-21']);
  });
});

describe('a weekday said to be the last one names its day, whatever other date its sentence gives', () => {
  it('"samedi dernier ... tandis qu\'une fête est prévue le 18 mars prochain"', () => {
    const text = 'Ainsi était organisée samedi dernier à la salle des fêtes une soirée d\'accueil des réfugiés, tandis qu\'une fête interculturelle est prévue le 18 mars prochain.';
    expect(extractEvents(text, { published: '2017-02-02', now: new Date('2026-12-31T23:40:00Z') }).events.map((e) => e.start)).toEqual(['2017-01-28', '2017-03-18']);
  });
});

describe('French "le vendredi" with no day after it is a habit', () => {
  it('"Le vendredi, le café est réservé aux femmes" dates nothing; "le vendredi 12 mars" does', () => {
    const opts = { published: '2021-03-01', now: new Date('2026-12-31T23:40:00Z') };
    expect(extractEvents('Le café solidaire des réfugiés est ouvert le mardi et le jeudi. Le vendredi, le café est réservé aux femmes.', opts).events).toEqual([]);
    expect(extractEvents('Atelier pour les réfugiés le vendredi 12 mars à 18h au café solidaire.', opts).events.map((e) => e.start)).toEqual(['2021-03-12T18:00']);
  });
});

describe('a day word in a sentence that presents an event to the press or reports a vote', () => {
  it.each([
    ['es', 'El encuentro sobre personas migrantes se celebrará el lunes 15 de diciembre de 2025 a las 20:30 en el auditorio.\n\nEl delegado presentó hoy el encuentro, dirigido a las entidades que trabajan con personas migrantes.', ['2025-12-15T20:30']],
    ['es', 'Pamplona celebró ayer el Día de la Diversidad Cultural con un acto abierto en la plaza con las asociaciones de personas migrantes.\n\nSe leyó la declaración aprobada el pasado martes en la Comisión de Asuntos Ciudadanos.', ['2022-05-20']],
  ])('%s', (_lang, text, expected) => {
    expect(extractEvents(text, { published: '2022-05-21', now: new Date('2026-12-31T23:40:00Z') }).events.map((e) => e.start)).toEqual(expected);
  });
});

describe('a weekday of a weekly slot', () => {
  it('"der Mittwoch als fester wöchentlicher Termin" dates nothing', () => {
    const text = 'Am 10. März 2016 fand das erste Begegnungscafé für Geflüchtete statt. Mittlerweile hat sich der Mittwoch als fester wöchentlicher Termin für das Café entwickelt.';
    expect(extractEvents(text, { now: new Date('2026-12-31T23:40:00Z') }).events.map((e) => e.start)).toEqual(['2016-03-10']);
  });
});

describe('a day of the month alone before a quoted name (session 19)', () => {
  const now = new Date('2026-11-30T12:00:00Z');
  it.each([
    ['it', 'Due proiezioni per il mese del rifugiato al cinema comunale, sempre alle 20.30. Il 21 “Strade lontane”, mentre il 28 “Il porto”.', '2018-06-05', ['2018-06-21', '2018-06-28']],
    ['es', 'Dos proyecciones en el cine municipal por el mes del refugiado: el 21 “Caminos lejanos” y el 28 “El puerto”.', '2018-06-05', ['2018-06-21', '2018-06-28']],
  ])('%s', (lang, text, published, expected) => {
    expect(extractEvents(text, { now, lang, published }).events.map((e) => e.start.slice(0, 10))).toEqual(expected);
  });

  it('near miss: no event word in the sentence', () => {
    expect(extractEvents('Il 21 “La Gazzetta” ha scritto dei rifugiati arrivati in città.', { now, lang: 'it', published: '2018-06-25' }).events).toEqual([]);
  });
});
