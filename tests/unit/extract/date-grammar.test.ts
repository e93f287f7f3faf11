import { describe, expect, it } from 'vitest';
import { pageDayOf } from '../../../lib/extract/date-page-weekday.ts';
import { findDates } from '../../../lib/extract/dates.ts';
import { extractEvents } from '../../../lib/extract/index.ts';
import { readText } from '../../../lib/extract/text.ts';

// How each language writes an event's day, in short announcements written for this test (none is copied from a page).
// Posted on Monday 2 February 2026 unless a row says otherwise; the wall clock is late in the year, so no year comes from it.
const now = new Date('2026-12-01T12:00:00Z');
const POSTED = '2026-02-02';
/** The events' days: "YYYY-MM-DD", or "first..last" for a span of days. */
const days = (text: string, lang: string, published: string | null = POSTED) =>
  extractEvents(text, { now, lang, ...(published ? { published } : {}) }).events.map((e) => {
    const [a, b] = [e.start.slice(0, 10), e.end?.slice(0, 10)];
    return b && b !== a ? `${a}..${b}` : a;
  });

type Row = [lang: string, text: string, want: string[], published?: string | null];

const SAT = ['2026-03-28'];

const WEEKDAY_DAY_MONTH: Row[] = [
  ['de', 'Sprachcafé für Geflüchtete am Sa., 28. März, um 18 Uhr im Rathaus.', SAT],
  ['de', 'Nachbarschaftsfest am Samstag, den 28. März, ab 15 Uhr im Hof.', SAT],
  ['de', 'Sa 28.3. Begegnungsfest im Bürgerhaus, 15 Uhr', SAT],
  ['de', 'Begegnungsfest am 28. März (Samstag) im Bürgerhaus', SAT],
  ['es', 'Taller de empleo para migrantes el sáb. 28 de marzo a las 18:00 en el centro cívico.', SAT],
  ['es', 'Taller de empleo el sábado 28 de marzo a las 18:00 en el centro cívico.', SAT],
  ['es', 'Taller de empleo el sab 28/3 a las 18:00 en el centro cívico.', SAT],
  ['es', 'Taller de empleo el sábado, 28 de marzo de 2026, a las 18:00 en el centro cívico.', SAT],
  ['fr', 'Atelier emploi pour les réfugiés sam. 28 mars à 18h à la mairie.', SAT],
  ['fr', 'Atelier emploi le samedi 28 mars à 18h à la mairie.', SAT],
  ['fr', 'Atelier emploi sam 28/03 à 18h à la mairie.', SAT],
  ['fr', 'Atelier emploi le samedi 28 mars 2026 à 18h à la mairie.', SAT],
  ['it', 'Cena dei popoli sab 28/3 alle 20 presso la parrocchia.', SAT],
  ['it', 'Cena dei popoli sabato 28 marzo alle 20 presso la parrocchia.', SAT],
  ['it', 'Cena dei popoli sab. 28 mar. alle 20 presso la parrocchia.', SAT],
  ['it', 'Cena dei popoli sabato, 28 marzo 2026 alle 20 presso la parrocchia.', SAT],
  ['en', 'Job fair for refugees on Saturday 28th March at 6pm in the town hall.', SAT],
  ['en', 'Job fair for refugees on Sat 28 Mar at 6pm in the town hall.', SAT],
  ['en', 'Job fair for refugees on Saturday, March 28th at 6pm in the town hall.', SAT],
  ['en', 'Job fair for refugees on March 28th at 6pm in the town hall.', SAT],
  ['en', 'Job fair for refugees on Sat, Mar. 28 at 6pm in the town hall.', SAT],
  ['en', 'Job fair for refugees on Saturday the 28th of March in the town hall.', SAT],
];

const NUMERIC: Row[] = [
  ['de', 'Infoabend am 28.03.26 um 19 Uhr im Gemeindehaus', SAT],
  ['de', 'Infoabend am 28.3. um 19 Uhr im Gemeindehaus', SAT],
  ['de', 'Infoabend am 28-3-2026 um 19 Uhr im Gemeindehaus', SAT],
  ['de', 'Sprachcafé am Samstag, 28.03.2026, um 15 Uhr im Pfarrheim.', SAT],
  ['es', 'Taller de empleo el 28 de marzo de 2026 en el centro cívico.', SAT],
  ['es', 'Taller de empleo el 28 de marzo del 2026 en el centro cívico.', SAT],
  ['es', 'Taller de empleo el 28-3-2026 en el centro cívico.', SAT],
  ['es', 'Taller de empleo el 28/3 en el centro cívico.', SAT],
  ['es', 'Taller de empleo el 28/03/26 en el centro cívico.', SAT],
  ['fr', 'Atelier emploi le 28/03/2026 à 18h à la mairie.', SAT],
  ['it', 'Cena dei popoli il 28.03.2026 alle 20 presso la parrocchia.', SAT],
  ['it', 'Cena dei popoli il 28/03/26 alle 20 presso la parrocchia.', SAT],
  ['en', 'Job fair for refugees on 28/03/2026 at 6pm in the town hall.', SAT],
  ['en', 'Job fair for refugees on 2026-03-28 in the town hall.', SAT],
  ['en', 'Job fair for refugees on 3/28/2026 in the town hall.', SAT],
  // Day and month with no year and no closing dot, after an article for a day.
  ['de', 'Das Sprachcafé findet am 28.03 um 18 Uhr im Pfarrheim statt.', SAT],
  ['fr', 'Atelier emploi le 28.03 à 18h à la mairie.', SAT],
  ['it', 'Cena dei popoli il 28.03 alle 20 in parrocchia.', SAT],
  ['es', 'Taller de empleo el 28.03 a las 18:00 en el centro cívico.', SAT],
  // A span of days before a month and a two-digit year.
  ['de', 'Seminar für Ehrenamtliche 28.-29.03.26 im Bildungshaus.', ['2026-03-28..2026-03-29']],
  ['en', 'The partners meeting was held in the town hall on 28-29.03.26.', ['2026-03-28..2026-03-29']],
  ['it', 'Il seminario si terrà il 28-29/03/26 presso la parrocchia.', ['2026-03-28..2026-03-29']],
];

const FIRST: Row[] = [
  ['fr', 'Atelier emploi le 1er avril à 18h à la mairie.', ['2026-04-01']],
  ['fr', 'Atelier emploi le premier avril à 18h à la mairie.', ['2026-04-01']],
  ['fr', 'Atelier emploi le mercredi 1er avril à la mairie.', ['2026-04-01']],
  ['it', 'Cena dei popoli il 1° aprile alle 20 presso la parrocchia.', ['2026-04-01']],
  ['it', 'Cena dei popoli il primo aprile alle 20 presso la parrocchia.', ['2026-04-01']],
  ['es', 'Taller de empleo el primero de abril en el centro cívico.', ['2026-04-01']],
  ['es', 'Taller de empleo el 1º de abril en el centro cívico.', ['2026-04-01']],
  ['es', 'Taller de empleo el día 1ro de abril en el centro cívico.', ['2026-04-01']],
  ['es', 'Taller de empleo el miércoles 1ero de abril en el centro cívico.', ['2026-04-01']],
  ['en', 'Job fair for refugees on the 1st of April at 6pm in the town hall.', ['2026-04-01']],
  ['en', 'Job fair for refugees on the first of April at 6pm in the town hall.', ['2026-04-01']],
  ['de', 'Sprachcafé am 1. April im Pfarrheim', ['2026-04-01']],
  ['de', 'Das Sprachcafé findet am ersten April im Pfarrheim statt.', ['2026-04-01']],
  ['de', 'Das Seminar beginnt am ersten März um 10 Uhr im Bildungshaus.', ['2026-03-01']],
];

const ABBREVIATED_MONTHS: Row[] = [
  ['de', 'Sprachcafé am 12. Jän. im Pfarrheim', ['2026-01-12'], '2025-12-02'],
  ['de', 'Sprachcafé am 12. Jänner im Pfarrheim', ['2026-01-12'], '2025-12-02'],
  ['de', 'Sprachcafé am 12. Febr. im Pfarrheim', ['2026-02-12'], '2026-01-02'],
  ['de', 'Sprachcafé am 12. Feber im Pfarrheim.', ['2026-02-12'], '2026-01-02'],
  ['de', 'Sprachcafé am 28. Mrz. im Pfarrheim.', SAT],
  ['de', 'Sprachcafé am 28. Mär. im Pfarrheim.', SAT],
  ['de', 'Sprachcafé am 12. Okt. im Pfarrheim.', ['2026-10-12'], '2026-09-02'],
  ['de', 'Sprachcafé am 12. Sept im Pfarrheim', ['2026-09-12'], '2026-08-02'],
  ['es', 'Taller de empleo el 12 de ene. en el centro cívico.', ['2026-01-12'], '2025-12-02'],
  ['es', 'Taller de empleo el 12 ene. en el centro cívico.', ['2026-01-12'], '2025-12-02'],
  ['es', 'Taller de empleo el 28 de mzo. en el centro cívico.', SAT],
  ['es', 'Taller de empleo el 12 de sept. en el centro cívico.', ['2026-09-12'], '2026-08-02'],
  ['es', 'Taller de empleo el 12 de set. en el centro cívico.', ['2026-09-12'], '2026-08-02'],
  ['fr', 'Atelier emploi le 12 févr. à 18h à la mairie.', ['2026-02-12'], '2026-01-02'],
  ['fr', 'Atelier emploi le 12 janv à 18h à la mairie.', ['2026-01-12'], '2025-12-02'],
  ['fr', 'Atelier emploi le 12 juil. à 18h à la mairie.', ['2026-07-12'], '2026-06-02'],
  ['fr', 'Atelier emploi le 12 déc à 18h à la mairie.', ['2026-12-12'], '2026-11-02'],
  ['it', 'Cena dei popoli il 12 sett. alle 20 presso la parrocchia.', ['2026-09-12'], '2026-08-02'],
  ['it', 'Cena dei popoli il 12 gen alle 20 presso la parrocchia.', ['2026-01-12'], '2025-12-02'],
  ['it', 'Cena dei popoli il 12 genn. alle 20 presso la parrocchia.', ['2026-01-12'], '2025-12-02'],
  ['it', 'Cena dei popoli il 12 febbr. alle 20 presso la parrocchia.', ['2026-02-12'], '2026-01-02'],
  ['it', 'Cena dei popoli il 12 magg. alle 20 presso la parrocchia.', ['2026-05-12'], '2026-04-02'],
  ['en', 'Job fair for refugees on Sept. 12 at 6pm in the town hall.', ['2026-09-12'], '2026-08-02'],
  ['en', 'Job fair for refugees on 12 Sept at 6pm in the town hall.', ['2026-09-12'], '2026-08-02'],
  ['en', 'Job fair for refugees on Oct 12 in the town hall.', ['2026-10-12'], '2026-09-02'],
];

const LISTS = ['2026-03-03', '2026-03-10', '2026-03-17'];
const DAY_LISTS: Row[] = [
  ['es', 'El taller de empleo se celebrará el 3, 10 y 17 de marzo en el centro cívico.', LISTS],
  ['it', 'Il corso di italiano si terrà il 3, 10 e 17 marzo presso la parrocchia.', LISTS],
  ['de', 'Das Sprachcafé findet am 3., 10. und 17. März im Pfarrheim statt.', LISTS],
  ['fr', "L'atelier emploi aura lieu les 3, 10 et 17 mars à la mairie.", LISTS],
  ['en', 'Conversation workshops on 3, 10 and 17 March in the library.', LISTS],
  ['en', 'Conversation workshops on March 3, 10 and 17 in the library.', LISTS],
  ['en', 'Conversation workshops on March 3, 10, and 17, 2026 in the library.', LISTS],
  ['en', 'Conversation workshops on March 3, 10 and the 17th in the library.', LISTS],
];

// A list of gatherings whose later days carry the month of the first.
const LISTED: Row[] = [
  ['it', 'La presentazione si terrà il 9 marzo a Ghilarza, il 10 a Norbello e il 12 a Sedilo.', ['2026-03-09', '2026-03-10', '2026-03-12']],
  ['es', 'La charla se celebrará el 9 de marzo en Getafe, el 10 en Leganés y el 12 en Parla.', ['2026-03-09', '2026-03-10', '2026-03-12']],
  ['fr', "L'atelier aura lieu le 9 mars à Rennes, le 10 à Vannes et le 12 à Brest.", ['2026-03-09', '2026-03-10', '2026-03-12']],
  ['de', 'Der Workshop findet am 9. März in Kiel, am 10. in Lübeck und am 12. in Husum statt.', ['2026-03-09', '2026-03-10', '2026-03-12']],
  ['en', 'The workshop will be held on 9 March in Leeds, on the 10th in York and on the 12th in Hull.', ['2026-03-09', '2026-03-10', '2026-03-12']],
  // (Then "the day after" the last listed day.)
  ['it', 'La presentazione si terrà il 9 marzo a Ghilarza, il 10 a Norbello e il giorno dopo a Sedilo.', ['2026-03-09', '2026-03-10', '2026-03-11']],
  // (No amount, and no full date of another month.)
  ['es', 'La charla se celebrará el 9 de marzo, el 10% de las plazas para migrantes.', ['2026-03-09']],
  ['it', 'La presentazione si terrà il 9 marzo alle 18, e il 20 aprile la festa.', ['2026-03-09', '2026-04-20']],
];

const SPANS: Row[] = [
  ['es', 'Jornadas de acogida del 28 de febrero al 2 de marzo en el centro cívico.', ['2026-02-28..2026-03-02']],
  ['it', "Giornate dell'accoglienza dal 28 febbraio al 2 marzo presso la parrocchia.", ['2026-02-28..2026-03-02']],
  ['de', 'Seminar für Ehrenamtliche vom 28. Februar bis 2. März im Bildungshaus', ['2026-02-28..2026-03-02']],
  ['de', 'Seminar für Ehrenamtliche vom 28.2. bis 2.3. im Bildungshaus', ['2026-02-28..2026-03-02']],
  ['fr', 'Rencontres interculturelles du 28 février au 2 mars à la mairie.', ['2026-02-28..2026-03-02']],
  ['en', 'Welcome days from 28 February to 2 March in the library.', ['2026-02-28..2026-03-02']],
  ['en', 'Refugee film festival March 28 – April 2, 2026 in the library.', ['2026-03-28..2026-04-02']],
  // Weekdays at both ends.
  ['es', 'Encuentro intercultural del viernes 27 al domingo 29 de marzo en el albergue.', ['2026-03-27..2026-03-29']],
  ['fr', 'Rencontres interculturelles du vendredi 27 au dimanche 29 mars à la mairie.', ['2026-03-27..2026-03-29']],
  ['it', 'Festa dei popoli da venerdì 27 a domenica 29 marzo in parrocchia.', ['2026-03-27..2026-03-29']],
  ['en', 'Welcome weekend from Friday 27 to Sunday 29 March in the library.', ['2026-03-27..2026-03-29']],
  // (A comma closing the first day before the word of range.)
  ['de', 'Das Seminar findet von Freitag, 27., bis Sonntag, 29. März, im Bildungshaus statt.', ['2026-03-27..2026-03-29']],
  ['es', 'El encuentro se celebrará del viernes 27, al domingo 29 de marzo en el albergue.', ['2026-03-27..2026-03-29']],
  // (Two weekdays as a span over the span of days.)
  ['de', 'Das Seminar findet von Freitag bis Sonntag, 27. bis 29. März, im Bildungshaus statt.', ['2026-03-27..2026-03-29']],
  ['en', 'The welcome weekend runs Friday to Sunday, 27-29 March, in the library.', ['2026-03-27..2026-03-29']],
];

const HEADINGS: Row[] = [
  ['es', 'Jornadas de acogida\nFecha: 28/03/2026\nLugar: centro cívico', SAT],
  ['es', 'Jornadas de acogida\nFecha: sábado 28 de marzo\nLugar: centro cívico', SAT],
  ['de', 'Begegnungsfest\nWann: Sa, 28.03.\nWo: Bürgerhaus', SAT],
  ['de', 'Begegnungsfest\nDatum: 28.03.2026\nOrt: Bürgerhaus', SAT],
  ['fr', 'Fête des voisins\nQuand : samedi 28 mars\nOù : place de la mairie', SAT],
  ['fr', 'Fête des voisins\nDate : 28/03/2026\nLieu : place de la mairie', SAT],
  ['it', 'Festa dei popoli\nData: sabato 28 marzo\nLuogo: parrocchia', SAT],
  ['it', 'Festa dei popoli\nQuando: 28/03/2026\nDove: parrocchia', SAT],
  ['en', 'Welcome days\nWhen: Saturday 28 March\nWhere: the library', SAT],
];

const NEXT_SAT = ['2026-02-07'];
const RELATIVE: Row[] = [
  ['es', 'Os esperamos en el taller de empleo el próximo sábado a las 11:00 en el centro cívico.', NEXT_SAT],
  ['es', 'Os esperamos en el taller de empleo este sábado a las 11:00 en el centro cívico.', NEXT_SAT],
  ['es', 'Taller de empleo el sábado que viene a las 11:00 en el centro cívico.', NEXT_SAT],
  ['it', 'Vi aspettiamo sabato prossimo alle 15 in parrocchia per la festa dei popoli.', NEXT_SAT],
  ['it', 'Vi aspettiamo questo sabato alle 15 in parrocchia per la festa dei popoli.', NEXT_SAT],
  ['de', 'Wir laden zum Sprachcafé am kommenden Samstag um 15 Uhr ins Bürgerhaus ein.', NEXT_SAT],
  ['de', 'Das Sprachcafé findet am nächsten Samstag um 15 Uhr im Bürgerhaus statt.', NEXT_SAT],
  ['de', 'Das Sprachcafé findet am morgigen Samstag um 15 Uhr im Pfarrheim statt.', NEXT_SAT, '2026-02-06'],
  ['fr', "Rendez-vous samedi prochain à 15h à la mairie pour l'atelier emploi.", NEXT_SAT],
  ['fr', "Rendez-vous ce samedi à 15h à la mairie pour l'atelier emploi.", NEXT_SAT],
  ['fr', 'Atelier emploi demain samedi à 18h à la mairie.', NEXT_SAT, '2026-02-06'],
  ['en', 'Join us this coming Saturday at 3pm in the library for the welcome picnic.', NEXT_SAT],
  ['en', 'Job fair for refugees tomorrow, Saturday, at 3pm in the town hall.', NEXT_SAT, '2026-02-06'],
  // A week after the coming one.
  ['fr', "Rendez-vous samedi en huit à 15h à la mairie pour l'atelier emploi.", ['2026-02-14']],
  ['en', 'Job fair for refugees on Saturday week at 3pm in the town hall.', ['2026-02-14']],
  ['en', 'Job fair for refugees a week on Saturday at 3pm in the town hall.', ['2026-02-14']],
  ['de', 'Das Sprachcafé findet Samstag in einer Woche um 15 Uhr im Pfarrheim statt.', ['2026-02-14']],
  ['it', 'Cena dei popoli sabato a otto alle 20 in parrocchia.', ['2026-02-14']],
  // A day number said to be the next such day (posted on 2 March).
  ['it', 'Cena dei popoli il 28 p.v. alle 20 in parrocchia.', SAT, '2026-03-02'],
  ['fr', 'Atelier emploi le 28 prochain à la mairie.', SAT, '2026-03-02'],
  ['es', 'Taller de empleo el 28 próximo en el centro cívico.', SAT, '2026-03-02'],
  ['it', 'Cena dei popoli il 2 p.v. alle 20 in parrocchia.', ['2026-04-02'], '2026-03-12'],
  // From the coming Friday to that week's Sunday.
  ['es', 'Encuentro intercultural del próximo viernes al domingo en el albergue.', ['2026-02-06..2026-02-08']],
  ['es', 'Encuentro intercultural desde este viernes hasta el domingo en el albergue.', ['2026-02-06..2026-02-08']],
  ['it', 'Festa dei popoli da venerdì prossimo a domenica in parrocchia.', ['2026-02-06..2026-02-08']],
  ['fr', 'Rencontres interculturelles de vendredi prochain à dimanche à la mairie.', ['2026-02-06..2026-02-08']],
  ['de', 'Das Begegnungsfest findet vom kommenden Freitag bis Sonntag im Bürgerhaus statt.', ['2026-02-06..2026-02-08']],
  ['en', 'The welcome festival runs from this Friday to Sunday in the library.', ['2026-02-06..2026-02-08']],
  // "del viernes al domingo" of this weekend.
  ['es', 'Encuentro intercultural este fin de semana, del viernes al domingo, en el albergue.', ['2026-02-07..2026-02-08']],
];

// A weekday with a bare number on a page that dates that day in full is that day, however far from the posting day.
const PAGE_DAY: Row[] = [
  ['fr', "Semaine de l'accueil du lundi 2 février au lundi 9 février à la médiathèque.\nDès lundi 2, à 18h30, une conférence sur l'exil ouvrira la semaine.", ['2026-02-02..2026-02-09', '2026-02-02'], '2026-06-10'],
  ['es', 'Jornadas de acogida del viernes 24 de abril al domingo 26 de abril.\nEl viernes 24, a las 18:00, habrá una charla en el centro cívico.', ['2026-04-24..2026-04-26', '2026-04-24'], '2026-06-10'],
  ['it', 'Festa dei popoli da venerdì 24 aprile a domenica 26 aprile.\nVenerdì 24 alle 18 si terrà un incontro in parrocchia.', ['2026-04-24..2026-04-26', '2026-04-24'], '2026-06-10'],
  ['en', 'Refugee week runs from Friday 24 April to Sunday 26 April.\nOn Friday 24th at 6pm there will be a talk in the library.', ['2026-04-24..2026-04-26', '2026-04-24'], '2026-06-10'],
];

// No posting date and no year: the weekday beside the day says which year (the last one it fits before the wall clock).
const YEAR_FROM_WEEKDAY: Row[] = [
  ['de', 'Sprachcafé am Samstag, 28. März im Rathaus', ['2026-03-28'], null],
  ['de', 'Sprachcafé am Freitag, 28. März im Rathaus', ['2025-03-28'], null],
  ['de', 'Sprachcafé am Donnerstag, 28. März im Rathaus', ['2024-03-28'], null],
  ['es', 'Taller de empleo el viernes 28 de marzo en el centro cívico.', ['2025-03-28'], null],
  ['fr', 'Atelier emploi le jeudi 28 mars à la mairie.', ['2024-03-28'], null],
  ['it', 'Cena dei popoli sabato 28 marzo presso la parrocchia.', ['2026-03-28'], null],
  ['en', 'Job fair for refugees on Friday 28 March in the town hall.', ['2025-03-28'], null],
];

// Deadlines, periods and posting days are no gatherings.
const NOT_EVENTS: Row[] = [
  ['es', 'Inscripciones hasta el 28 de marzo en el centro cívico.', []],
  ['de', 'Anmeldung bis zum 28. März im Rathaus.', []],
  ['en', 'Applications close on March 28th.', []],
  ['it', 'Le iscrizioni al corso chiudono il 28 marzo.', []],
  ['fr', "Publié le 2 février 2026. L'atelier emploi aura lieu le samedi 28 mars à la mairie.", SAT],
  ['en', 'Clock times are no days: the library opens 10.05-11.05 for the class on 28 March.', SAT],
  ['fr', 'Les 28 prochains jours, atelier emploi à la mairie.', [], '2026-03-02'],
  // Opening days, no gathering's days.
  ['es', 'El centro cívico abre de lunes a viernes de 9 a 14 h para el taller de empleo.', []],
  ['en', 'Join us this Saturday for week-long celebrations of refugee week in the library.', NEXT_SAT],
];

describe('how the five languages write an event day', () => {
  const all: Array<[string, Row[]]> = [
    ['weekday, day and month in every order', WEEKDAY_DAY_MONTH],
    ['numeric days', NUMERIC],
    ['the first of the month', FIRST],
    ['abbreviated months', ABBREVIATED_MONTHS],
    ['lists of days', DAY_LISTS],
    ['later days of a list, in the month of the first', LISTED],
    ['spans of days', SPANS],
    ['dates in headings', HEADINGS],
    ['weekdays counted from the posting day', RELATIVE],
    ['a weekday and a bare number the page dates in full', PAGE_DAY],
    ['the year from the weekday', YEAR_FROM_WEEKDAY],
    ['no gathering', NOT_EVENTS],
  ];
  for (const [name, rows] of all) {
    describe(name, () => {
      it.each(rows)('%s: %s', (lang, text, want, published) => {
        expect(days(text, lang, published === undefined ? POSTED : published)).toEqual(want);
      });
    });
  }
});

describe('the scanner reads list and span forms as such', () => {
  const read = (text: string) => findDates(readText(text), ['en', 'fr', 'de', 'it', 'es']).map((m) => `${m.days.map((d) => `${d.y ?? ''}-${d.m}-${d.d}`).join(m.range ? '..' : ',')}${m.weekday !== undefined ? `w${m.weekday}` : ''}`);
  it.each([
    ['March 3, 4 and 5', ['-3-3..-3-4..-3-5']],
    ['Oct 12, 14 & 19', ['-10-12,-10-14,-10-19']],
    ['March 3, 2026 and May 5', ['2026-3-3', '-5-5']],
    ['on May 3, 10am and noon', ['-5-3']],
    ['Sabato e domenica, 9 e 10 marzo', ['-3-9..-3-10w6']],
    ['von Freitag bis Sonntag, 27. bis 29. März', ['-3-27..-3-29w5']],
    ['Sevilla, a 5 de marzo de 2026', ['2026-3-5']],
    // (A day and month with no closing dot only after an article for a day, and never before an hour's or a measure's word.)
    ['ab 12.03 Uhr', []],
    ['am 12.05 Uhr', []],
    ['le 12.30', []],
    ['am 12.5 km', []],
    ['il 3.5 per cento', []],
    ['von 10.05-11.05 Uhr', []],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('the day a page dates in full for a weekday and a number', () => {
  const mention = (days: Array<{ y?: number; m: number; d: number }>, weekday?: number) => ({ start: 0, end: 1, days, range: days.length > 1, explicitYear: false, numeric: false, ...(weekday !== undefined ? { weekday } : {}) });
  it.each([
    ['the first day of a span, by its weekday', [mention([{ m: 2, d: 2 }, { m: 2, d: 9 }], 2)], 2, 2, { m: 2, d: 2 }],
    ['the last day of a span, counted from the first', [mention([{ m: 2, d: 2 }, { m: 2, d: 9 }], 2)], 2, 9, { m: 2, d: 9 }],
    ['a day with its year', [mention([{ y: 2026, m: 4, d: 24 }])], 5, 24, { y: 2026, m: 4, d: 24 }],
    ['another weekday', [mention([{ y: 2026, m: 4, d: 24 }])], 6, 24, undefined],
    ['no weekday known', [mention([{ m: 4, d: 24 }])], 5, 24, undefined],
    ['two months that disagree', [mention([{ y: 2026, m: 4, d: 24 }]), mention([{ y: 2026, m: 7, d: 24 }])], 5, 24, undefined],
  ])('%s', (_name, dated, weekday, d, want) => {
    expect(pageDayOf(dated, weekday, d)).toEqual(want);
  });
});
