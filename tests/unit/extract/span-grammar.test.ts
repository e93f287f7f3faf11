import { describe, expect, it } from 'vitest';
import { dashedRun, slashSpans } from '../../../lib/extract/date-day-runs.ts';
import { extractEvents } from '../../../lib/extract/index.ts';

// Session 26: how each language writes the days of one gathering of several days and its last day, from its grammar rather
// than from pages: lists of days in a row ("10/12 marzo", "10-11-12 de marzo", "il 10, 11 e 12 marzo"), spans with a weekday
// on both ends ("entre el jueves 23 y el domingo 26", "dal giovedì 23 alla domenica 26", "vom Donnerstag, 23., bis zum
// Sonntag, 26."), a last day said apart from the first ("desde el 9 ... Estará abierta hasta el 12"), spans across months and
// years ("del 30 de diciembre al 2 de enero de 2025") and participles ("starting on ... and ending on"). All sentences are our
// own. Spans are one event from the first day to the last (tests/devset/README.md, labelling conventions).
const now = new Date('2026-11-30T12:00:00Z');
const spans = (text: string, lang: string) => extractEvents(text, { now, lang }).events.map((e) => [e.start, e.end ?? null]);

describe('lists of days that make one gathering: "10/12", "10-11-12", "10, 11 y 12"', () => {
  it.each([
    ['es', 'Encuentro de asociaciones de personas migrantes los días 10/12 de marzo de 2025 en el centro cívico.', '2025-03-10', '2025-03-12'],
    ['es', 'Encuentro de asociaciones de personas migrantes, 10-11-12 de marzo de 2025, en el centro cívico.', '2025-03-10', '2025-03-12'],
    ['es', 'Encuentro de asociaciones de personas migrantes los días 10, 11 y 12 de marzo de 2025 en el centro cívico.', '2025-03-10', '2025-03-12'],
    ['es', 'Encuentro de asociaciones de personas migrantes el 10 y 11 de marzo de 2025 en el centro cívico.', '2025-03-10', '2025-03-11'],
    ['es', 'Encuentro de asociaciones de personas migrantes los días 10 y 11 de marzo de 2025 en el centro cívico.', '2025-03-10', '2025-03-11'],
    ['it', 'Incontro delle associazioni di migranti il 10/12 marzo 2025 presso la sala civica.', '2025-03-10', '2025-03-12'],
    ['it', 'Incontro delle associazioni di migranti, 10-11-12 marzo 2025, presso la sala civica.', '2025-03-10', '2025-03-12'],
    ['it', 'Incontro delle associazioni di migranti il 10, 11 e 12 marzo 2025 presso la sala civica.', '2025-03-10', '2025-03-12'],
    ['it', 'Incontro delle associazioni di migranti il 10 e 11 marzo 2025 presso la sala civica.', '2025-03-10', '2025-03-11'],
    ['it', 'Incontro delle associazioni di migranti nei giorni 10 e 11 marzo 2025 presso la sala civica.', '2025-03-10', '2025-03-11'],
    ['de', 'Treffen der Migrantenvereine am 10., 11. und 12. März 2025 im Bürgerhaus.', '2025-03-10', '2025-03-12'],
    ['de', 'Treffen der Migrantenvereine am 10. und 11. März 2025 im Bürgerhaus.', '2025-03-10', '2025-03-11'],
    ['de', 'Treffen der Migrantenvereine am 10./11. März 2025 im Bürgerhaus.', '2025-03-10', '2025-03-11'],
    ['fr', 'Rencontre des associations de migrants les 10, 11 et 12 mars 2025 à la maison de quartier.', '2025-03-10', '2025-03-12'],
    ['fr', 'Rencontre des associations de migrants les 10 et 11 mars 2025 à la maison de quartier.', '2025-03-10', '2025-03-11'],
    ['fr', 'Rencontre des associations de migrants, 10-11-12 mars 2025, à la maison de quartier.', '2025-03-10', '2025-03-12'],
    ['en', 'Meeting of migrant associations on 10, 11 and 12 March 2025 at the community centre.', '2025-03-10', '2025-03-12'],
    ['en', 'Meeting of migrant associations on 10 and 11 March 2025 at the community centre.', '2025-03-10', '2025-03-11'],
    ['es', 'Encuentro de asociaciones de personas migrantes, días 10-11-12 de marzo de 2025, en el centro cívico.', '2025-03-10', '2025-03-12'],
    ['es', 'Encuentro de asociaciones de personas migrantes del 10/13 de marzo de 2025 en el centro cívico.', '2025-03-10', '2025-03-13'],
    ['it', 'Incontro delle associazioni di migranti 10/12 marzo 2025 presso la sala civica.', '2025-03-10', '2025-03-12'],
    ['it', 'Incontro delle associazioni di migranti nei giorni 10-11-12 marzo 2025 presso la sala civica.', '2025-03-10', '2025-03-12'],
    ['it', 'Incontro delle associazioni di migranti il 10-11-12-13 marzo 2025 presso la sala civica.', '2025-03-10', '2025-03-13'],
    ['fr', 'Rencontre des associations de migrants les 10/12 mars 2025 à la maison de quartier.', '2025-03-10', '2025-03-12'],
    ['de', 'Treffen der Migrantenvereine am 10./12. März 2025 im Bürgerhaus.', '2025-03-10', '2025-03-12'],
    ['en', 'Meeting of migrant associations, 10-11-12 March 2025, at the community centre.', '2025-03-10', '2025-03-12'],
  ])('%s: %s', (lang, text, start, end) => {
    expect(spans(text, lang)).toEqual([[start, end]]);
  });
});

describe('spans with a weekday on both ends, "entre ... y", "tra ... e", "dal ... alla", "vom ... bis zum"', () => {
  it.each([
    ['es', 'Semana intercultural entre el jueves 23 y el domingo 26 de octubre de 2025 en la plaza mayor.', '2025-10-23', '2025-10-26'],
    ['es', 'Semana intercultural del jueves 23 al domingo 26 de octubre de 2025 en la plaza mayor.', '2025-10-23', '2025-10-26'],
    ['es', 'Semana intercultural desde el jueves 23 hasta el domingo 26 de octubre de 2025 en la plaza mayor.', '2025-10-23', '2025-10-26'],
    ['it', 'Settimana interculturale da giovedì 23 a domenica 26 ottobre 2025 in piazza.', '2025-10-23', '2025-10-26'],
    ['it', 'Settimana interculturale tra giovedì 23 e domenica 26 ottobre 2025 in piazza.', '2025-10-23', '2025-10-26'],
    ['it', 'Settimana interculturale dal giovedì 23 alla domenica 26 ottobre 2025 in piazza.', '2025-10-23', '2025-10-26'],
    ['de', 'Interkulturelle Woche von Donnerstag, 23., bis Sonntag, 26. Oktober 2025 auf dem Marktplatz.', '2025-10-23', '2025-10-26'],
    ['de', 'Interkulturelle Woche von Donnerstag, 23. bis Sonntag, 26. Oktober 2025 auf dem Marktplatz.', '2025-10-23', '2025-10-26'],
    ['de', 'Interkulturelle Woche vom Donnerstag, 23., bis zum Sonntag, 26. Oktober 2025 auf dem Marktplatz.', '2025-10-23', '2025-10-26'],
    ['de', 'Interkulturelle Woche, Donnerstag, 23. bis Sonntag, 26. Oktober 2025, auf dem Marktplatz.', '2025-10-23', '2025-10-26'],
    ['fr', 'Semaine interculturelle du jeudi 23 au dimanche 26 octobre 2025 sur la place.', '2025-10-23', '2025-10-26'],
    ['fr', 'Semaine interculturelle entre le jeudi 23 et le dimanche 26 octobre 2025 sur la place.', '2025-10-23', '2025-10-26'],
    ['es', 'Semana intercultural con personas migrantes entre el jueves 23 y el domingo 26 de octubre de 2025 en la plaza mayor.', '2025-10-23', '2025-10-26'],
    ['es', 'Semana intercultural con personas migrantes, entre el jueves, 23 y el domingo, 26 de octubre de 2025, en la plaza mayor.', '2025-10-23', '2025-10-26'],
    ['it', 'Settimana interculturale con i migranti tra giovedì 23 e domenica 26 ottobre 2025 in piazza.', '2025-10-23', '2025-10-26'],
    ['it', 'Settimana interculturale con i migranti fra giovedì 23 e domenica 26 ottobre 2025 in piazza.', '2025-10-23', '2025-10-26'],
    ['it', 'Settimana interculturale con i migranti dal giovedì 23 alla domenica 26 ottobre 2025 in piazza.', '2025-10-23', '2025-10-26'],
    ['it', 'Settimana interculturale con i migranti da venerdì 24 alla domenica 26 ottobre 2025 in piazza.', '2025-10-24', '2025-10-26'],
    ['de', 'Interkulturelle Woche mit Geflüchteten vom Donnerstag, 23., bis zum Sonntag, 26. Oktober 2025 auf dem Marktplatz.', '2025-10-23', '2025-10-26'],
    ['de', 'Interkulturelle Woche mit Geflüchteten vom 23. bis zum 26. Oktober 2025 auf dem Marktplatz.', '2025-10-23', '2025-10-26'],
    ['de', 'Interkulturelle Woche mit Geflüchteten zwischen Donnerstag, 23. und Sonntag, 26. Oktober 2025 auf dem Marktplatz.', '2025-10-23', '2025-10-26'],
    ['fr', 'Semaine interculturelle avec les exilés entre le jeudi 23 et le dimanche 26 octobre 2025 sur la place.', '2025-10-23', '2025-10-26'],
    ['en', 'Conference on refugee integration between Thursday 23 and Sunday 26 October 2025 at the university.', '2025-10-23', '2025-10-26'],
  ])('%s: %s', (lang, text, start, end) => {
    expect(spans(text, lang)).toEqual([[start, end]]);
  });
});

describe('a late end said after the first day, in its sentence or the next', () => {
  it.each([
    ['es', 'La feria de empleo para personas migrantes abre el 9 de marzo de 2025 en el pabellón y se podrá visitar hasta el 12 de marzo.', '2025-03-09', '2025-03-12'],
    ['es', 'La feria de empleo para personas migrantes abre el 9 de marzo de 2025 en el pabellón. Estará abierta hasta el 12 de marzo.', '2025-03-09', '2025-03-12'],
    ['es', 'La feria de empleo para personas migrantes comienza el lunes 9 de marzo de 2026 y se mantendrá hasta el jueves 12 de marzo.', '2026-03-09', '2026-03-12'],
    ['it', 'La fiera del lavoro per i migranti apre il 9 marzo 2025 al palazzetto e resterà aperta fino al 12 marzo.', '2025-03-09', '2025-03-12'],
    ['it', 'La fiera del lavoro per i migranti apre lunedì 9 marzo 2026 al palazzetto e prosegue fino a giovedì 12 marzo.', '2026-03-09', '2026-03-12'],
    ['de', 'Die Jobmesse für Geflüchtete öffnet am 9. März 2025 in der Stadthalle und läuft bis zum 12. März.', '2025-03-09', '2025-03-12'],
    ['de', 'Die Jobmesse für Geflüchtete öffnet am 9. März 2025 in der Stadthalle. Sie ist bis zum 12. März geöffnet.', '2025-03-09', '2025-03-12'],
    ['de', 'Die Jobmesse für Geflüchtete beginnt am Montag, 9. März 2026, und dauert bis Donnerstag, 12. März.', '2026-03-09', '2026-03-12'],
    ['fr', 'Le salon de l\'emploi pour les réfugiés ouvre le 9 mars 2025 à la halle et se tiendra jusqu\'au 12 mars.', '2025-03-09', '2025-03-12'],
    ['fr', 'Le salon de l\'emploi pour les réfugiés ouvre le 9 mars 2025 à la halle. Il restera ouvert jusqu\'au 12 mars.', '2025-03-09', '2025-03-12'],
    ['en', 'The job fair for refugees opens on 9 March 2025 at the hall and runs until 12 March.', '2025-03-09', '2025-03-12'],
    ['es', 'La feria de empleo para personas migrantes abre sus puertas el 9 de marzo de 2025 en el pabellón. Se podrá visitar hasta el 12 de marzo.', '2025-03-09', '2025-03-12'],
    ['es', 'La feria de empleo para personas migrantes empieza el 9 de marzo de 2025 en el pabellón y estará abierta hasta el 12 de marzo.', '2025-03-09', '2025-03-12'],
    ['es', 'El 9 de marzo de 2025 arranca en el pabellón la feria de empleo para personas migrantes, que seguirá hasta el 12 de marzo.', '2025-03-09', '2025-03-12'],
    ['es', 'La feria de empleo para personas migrantes se celebra en el pabellón desde el 9 de marzo de 2025. Estará abierta hasta el 12 de marzo.', '2025-03-09', '2025-03-12'],
    ['it', 'La fiera del lavoro per i migranti apre il 9 marzo 2025 al palazzetto. Resterà aperta fino al 12 marzo.', '2025-03-09', '2025-03-12'],
    ['it', 'La fiera del lavoro per i migranti si apre il 9 marzo 2025 al palazzetto e si potrà partecipare fino al 12 marzo.', '2025-03-09', '2025-03-12'],
    ['it', 'Il 9 marzo 2025 prende il via al palazzetto la fiera del lavoro per i migranti, che andrà avanti fino al 12 marzo.', '2025-03-09', '2025-03-12'],
    ['it', 'La fiera del lavoro per i migranti si tiene al palazzetto a partire dal 9 marzo 2025. Sarà aperta fino al 12 marzo.', '2025-03-09', '2025-03-12'],
    ['de', 'Die Jobmesse für Geflüchtete beginnt am 9. März 2025 in der Stadthalle. Sie läuft bis zum 12. März.', '2025-03-09', '2025-03-12'],
    ['de', 'Die Jobmesse für Geflüchtete startet am 9. März 2025 in der Stadthalle und ist bis zum 12. März geöffnet.', '2025-03-09', '2025-03-12'],
    ['de', 'Die Jobmesse für Geflüchtete findet ab dem 9. März 2025 in der Stadthalle statt. Sie dauert bis zum 12. März.', '2025-03-09', '2025-03-12'],
    ['fr', 'Le salon de l\'emploi pour les réfugiés ouvre le 9 mars 2025 à la halle. Il se poursuit jusqu\'au 12 mars.', '2025-03-09', '2025-03-12'],
    ['fr', 'Le salon de l\'emploi pour les réfugiés commence le 9 mars 2025 à la halle et se tient jusqu\'au 12 mars.', '2025-03-09', '2025-03-12'],
    ['fr', 'Le salon de l\'emploi pour les réfugiés se tient à la halle à partir du 9 mars 2025. Il restera ouvert jusqu\'au 12 mars.', '2025-03-09', '2025-03-12'],
    ['en', 'The job fair for refugees opens on 9 March 2025 at the hall. It stays open until 12 March.', '2025-03-09', '2025-03-12'],
  ])('%s: %s', (lang, text, start, end) => {
    expect(spans(text, lang)).toEqual([[start, end]]);
  });
});

describe('ends across months and years', () => {
  it.each([
    ['es', 'Jornadas sobre migración del 30 de diciembre al 2 de enero de 2025 en la universidad.', '2024-12-30', '2025-01-02'],
    ['es', 'Jornadas sobre migración del lunes 29 de diciembre al viernes 2 de enero de 2026 en la universidad.', '2025-12-29', '2026-01-02'],
    ['es', 'Jornadas sobre migración del 30/12 al 2/1/2025 en la universidad.', '2024-12-30', '2025-01-02'],
    ['it', 'Giornate sulle migrazioni dal 30 dicembre al 2 gennaio 2025 all\'università.', '2024-12-30', '2025-01-02'],
    ['it', 'Giornate sulle migrazioni dal 30/12 al 2/1/2025 all\'università.', '2024-12-30', '2025-01-02'],
    ['de', 'Tagung zur Migration vom 30. Dezember bis 2. Januar 2025 in der Universität.', '2024-12-30', '2025-01-02'],
    ['de', 'Tagung zur Migration vom 30.12. bis 2.1.2025 in der Universität.', '2024-12-30', '2025-01-02'],
    ['fr', 'Journées sur les migrations du 30 décembre au 2 janvier 2025 à l\'université.', '2024-12-30', '2025-01-02'],
    ['en', 'Conference on refugee integration from 30 December to 2 January 2025 at the university.', '2024-12-30', '2025-01-02'],
    ['es', 'Jornadas sobre migración entre el 30 de diciembre y el 2 de enero de 2025 en la universidad.', '2024-12-30', '2025-01-02'],
    ['it', 'Giornate sulle migrazioni tra il 30 dicembre e il 2 gennaio 2025 all\'università.', '2024-12-30', '2025-01-02'],
    ['es', 'Jornadas sobre migración del 30 de marzo al 2 de abril de 2025 en la universidad.', '2025-03-30', '2025-04-02'],
    ['es', 'Jornadas sobre migración del lunes 30 de marzo al jueves 2 de abril de 2026 en la universidad.', '2026-03-30', '2026-04-02'],
    ['it', 'Giornate sulle migrazioni dal 30 marzo al 2 aprile 2025 all\'università.', '2025-03-30', '2025-04-02'],
    ['it', 'Giornate sulle migrazioni dal 30 dicembre 2024 al 2 gennaio all\'università.', '2024-12-30', '2025-01-02'],
    ['es', 'Jornadas sobre migración del 30 de diciembre de 2024 al 2 de enero en la universidad.', '2024-12-30', '2025-01-02'],
  ])('%s: %s', (lang, text, start, end) => {
    expect(spans(text, lang)).toEqual([[start, end]]);
  });
});

describe('a first and a last day said with participles: "starting on ... and ending on"', () => {
  it.each([
    ['en', 'The meeting of the refugee project lasted two days, starting on Tuesday 3 June 2025 and ending on Wednesday 4 June.', '2025-06-03', '2025-06-04'],
    ['es', 'El encuentro del proyecto sobre personas migrantes duró tres días, comenzando el martes 3 de junio de 2025 y terminando el jueves 5 de junio.', '2025-06-03', '2025-06-05'],
    ['it', 'L\'incontro del progetto sui migranti è durato tre giorni, iniziando martedì 3 giugno 2025 e terminando giovedì 5 giugno.', '2025-06-03', '2025-06-05'],
    ['fr', 'La rencontre du projet sur l\'accueil des exilés a duré trois jours, commençant le mardi 3 juin 2025 et se terminant le jeudi 5 juin.', '2025-06-03', '2025-06-05'],
    ['de', 'Das Treffen des Projekts für Geflüchtete dauerte drei Tage, beginnend am Dienstag, 3. Juni 2025, und endend am Donnerstag, 5. Juni.', '2025-06-03', '2025-06-05'],
  ])('%s: %s', (lang, text, start, end) => {
    expect(spans(text, lang)).toEqual([[start, end]]);
  });
});

describe('a span opened at an hour and closed on a later day, in one sentence', () => {
  it.each([
    ['it', 'La settimana del dialogo con i migranti sarà inaugurata mercoledì 23 ottobre 2025 alle ore 18,30 nel convento e si concluderà lunedì 28 ottobre al palazzo con una cerimonia finale.', '2025-10-23T18:30', '2025-10-28'],
    ['it', 'La settimana del dialogo con i migranti sarà inaugurata il 23 ottobre 2025 alle ore 18,30 nel convento e si concluderà il 28 ottobre al palazzo con una cerimonia finale.', '2025-10-23T18:30', '2025-10-28'],
    ['es', 'La semana del diálogo con personas migrantes se inaugurará el miércoles 22 de octubre de 2025 a las 18:30 en el convento y se clausurará el lunes 27 de octubre.', '2025-10-22T18:30', '2025-10-27'],
    ['fr', 'La semaine du dialogue avec les exilés s\'ouvrira le mercredi 22 octobre 2025 à 18h30 au couvent et se terminera le lundi 27 octobre.', '2025-10-22T18:30', '2025-10-27'],
    ['de', 'Die Woche des Dialogs mit Geflüchteten beginnt am Mittwoch, 22. Oktober 2025, um 18.30 Uhr im Kloster und endet am Montag, 27. Oktober.', '2025-10-22T18:30', '2025-10-27'],
    ['en', 'The week of dialogue with refugees opens on Wednesday 22 October 2025 at 6.30pm at the convent and closes on Monday 27 October.', '2025-10-22T18:30', '2025-10-27'],
  ])('%s: %s', (lang, text, start, end) => {
    expect(spans(text, lang)).toEqual([[start, end]]);
  });
});

describe('a span whose last day is a weekday and a number after a full date, or a weekday on either end', () => {
  it.each([
    ['es', 'Encuentro de jóvenes migrantes del 10 al domingo 12 de marzo de 2025 en el albergue.', '2025-03-10', '2025-03-12'],
    ['es', 'Encuentro de jóvenes migrantes desde el viernes 10 hasta el domingo 12 de marzo de 2023 en el albergue.', '2023-03-10', '2023-03-12'],
    ['es', 'Encuentro de jóvenes migrantes el fin de semana del 10 al 12 de marzo de 2025 en el albergue.', '2025-03-10', '2025-03-12'],
    ['es', 'Encuentro de jóvenes migrantes, de viernes 10 a domingo 12 de marzo de 2023, en el albergue.', '2023-03-10', '2023-03-12'],
    ['es', 'Encuentro de jóvenes migrantes del viernes 10 de marzo de 2023 al domingo 12 en el albergue.', '2023-03-10', '2023-03-12'],
    ['es', 'Encuentro de jóvenes migrantes los días 10 al 12 de marzo de 2025 en el albergue.', '2025-03-10', '2025-03-12'],
    ['es', 'Encuentro de jóvenes migrantes 10 - 12 marzo 2025, albergue juvenil.', '2025-03-10', '2025-03-12'],
    ['es', 'Encuentro de jóvenes migrantes, del 10 al 12 de marzo del 2025, en el albergue.', '2025-03-10', '2025-03-12'],
    ['it', 'Incontro dei giovani migranti dal 10 a domenica 12 marzo 2025 all\'ostello.', '2025-03-10', '2025-03-12'],
    ['it', 'Incontro dei giovani migranti da venerdì 10 marzo a domenica 12 marzo 2023 all\'ostello.', '2023-03-10', '2023-03-12'],
    ['it', 'Incontro dei giovani migranti nel fine settimana dal 10 al 12 marzo 2025 all\'ostello.', '2025-03-10', '2025-03-12'],
    ['it', 'Incontro dei giovani migranti venerdì 10 marzo 2023 e fino a domenica 12 all\'ostello.', '2023-03-10', '2023-03-12'],
    ['it', 'Incontro dei giovani migranti dal 10 al 12 di marzo 2025 all\'ostello.', '2025-03-10', '2025-03-12'],
    ['it', 'Incontro dei giovani migranti da venerdì 10 fino a domenica 12 marzo 2023 all\'ostello.', '2023-03-10', '2023-03-12'],
    ['it', 'Incontro dei giovani migranti 10 e 11 marzo 2025 all\'ostello.', '2025-03-10', '2025-03-11'],
    ['de', 'Treffen junger Geflüchteter von Freitag bis Sonntag, 10. bis 12. März 2025, in der Jugendherberge.', '2025-03-10', '2025-03-12'],
    ['de', 'Treffen junger Geflüchteter vom 10. März bis zum 12. März 2025 in der Jugendherberge.', '2025-03-10', '2025-03-12'],
    ['de', 'Treffen junger Geflüchteter von Freitag, 10. März, bis Sonntag, 12. März 2023, in der Jugendherberge.', '2023-03-10', '2023-03-12'],
    ['de', 'Treffen junger Geflüchteter am 10. und 11. März 2025 in der Jugendherberge.', '2025-03-10', '2025-03-11'],
    ['de', 'Treffen junger Geflüchteter vom Freitag, den 10. bis Sonntag, den 12. März 2023 in der Jugendherberge.', '2023-03-10', '2023-03-12'],
    ['de', 'Treffen junger Geflüchteter 10.-12. März 2025 in der Jugendherberge.', '2025-03-10', '2025-03-12'],
    ['fr', 'Rencontre de jeunes exilés du vendredi 10 mars au dimanche 12 mars 2023 à l\'auberge.', '2023-03-10', '2023-03-12'],
    ['fr', 'Rencontre de jeunes exilés le week-end du 10 au 12 mars 2025 à l\'auberge.', '2025-03-10', '2025-03-12'],
    ['fr', 'Rencontre de jeunes exilés du 10 au dimanche 12 mars 2025 à l\'auberge.', '2025-03-10', '2025-03-12'],
    ['fr', 'Rencontre de jeunes exilés, vendredi 10 et samedi 11 mars 2023, à l\'auberge.', '2023-03-10', '2023-03-11'],
    ['fr', 'Rencontre de jeunes exilés du vendredi 10 mars 2023 au dimanche 12 à l\'auberge.', '2023-03-10', '2023-03-12'],
    ['en', 'Meeting of young refugees from Friday 10 March 2023 to Sunday 12 at the hostel.', '2023-03-10', '2023-03-12'],
  ])('%s: %s', (lang, text, start, end) => {
    expect(spans(text, lang)).toEqual([[start, end]]);
  });
});

describe('a gathering dated once over a programme that counts its days: "Día 1 ... Día 3", "Primo giorno", "1. Tag"', () => {
  it.each([
    ['es', 'Encuentro intercultural de jóvenes migrantes en Zaragoza, 10 de marzo de 2025.\nPrograma\nDía 1: llegada y bienvenida a las 10:00.\nDía 2: talleres a las 9:30.\nDía 3: clausura a las 13:00.', '2025-03-10T10:00', '2025-03-12T13:00'],
    ['es', 'Encuentro intercultural de jóvenes migrantes en Zaragoza, 10 de marzo de 2025.\n\nPrimer día\n10:00 Bienvenida\n17:00 Visita a la ciudad\n\nSegundo día\n9:30 Talleres\n16:00 Mesa redonda\n18:30 Cierre', '2025-03-10T10:00', '2025-03-11T18:30'],
    ['it', 'Incontro interculturale dei giovani migranti a Bologna, 10 marzo 2025.\nProgramma\nGiorno 1 - ore 10 accoglienza\nGiorno 2 - ore 9.30 laboratori, ore 13 chiusura', '2025-03-10T10:00', '2025-03-11T13:00'],
    ['de', 'Interkulturelles Treffen junger Geflüchteter in Kassel am 10. März 2025.\nErster Tag: Begrüßung um 10 Uhr\nZweiter Tag: Workshops von 9 bis 12 Uhr\nDritter Tag: Abschluss von 10 bis 13 Uhr', '2025-03-10T10:00', '2025-03-12T13:00'],
    ['fr', 'Rencontre interculturelle de jeunes exilés à Lyon le 10 mars 2025.\nPremier jour : accueil à 10h\nDeuxième jour : ateliers de 9h à 17h', '2025-03-10T10:00', '2025-03-11T17:00'],
    ['en', 'Intercultural meeting of young refugees in Leeds on 10 March 2025.\nDay 1 - welcome\nDay 2 - workshops\nDay 3 - closing', '2025-03-10', '2025-03-12'],
    ['es', 'Taller de empleo para personas migrantes el 10 de marzo de 2025 a las 10:00 en el centro cívico.\nDía 1: presentación.', '2025-03-10T10:00', null],
    ['es', 'Curso de español para personas migrantes.\nPaso 1: inscripción el 10 de marzo de 2025 a las 10:00 en el centro cívico.\nPaso 2: prueba de nivel.', '2025-03-10T10:00', null],
  ])('%s: %s', (lang, text, start, end) => {
    expect(spans(text, lang)).toEqual([[start, end]]);
  });
});

const spansOn = (text: string, lang: string, published: string) => extractEvents(text, { now, lang, published }).events.map((e) => [e.start, e.end ?? null]);

describe('a span from the posting day: "desde hoy y hasta el 26", "da oggi al 26", "ab heute bis zum 26.", "comienza hoy ... y durará hasta el 26"', () => {
  it.each([
    ['es', '2025-10-24', 'La fiesta intercultural de las personas migrantes se inauguró ayer en el centro cultural y se prolongará hasta el domingo.', '2025-10-23', '2025-10-26'],
    ['de', '2025-10-24', 'Das interkulturelle Fest mit Geflüchteten wurde gestern im Kulturzentrum eröffnet. Das Fest dauert noch bis zum 26. Oktober.', '2025-10-23', '2025-10-26'],
    ['en', '2025-10-24', 'The intercultural festival with refugees opened yesterday at the cultural centre. The festival runs until Sunday 26 October.', '2025-10-23', '2025-10-26'],
    ['es', '2025-10-23', 'La semana intercultural de las personas migrantes comienza hoy en el centro cultural y durará hasta el 26 de octubre.', '2025-10-23', '2025-10-26'],
    ['it', '2025-10-23', 'La settimana interculturale dei migranti si apre oggi al centro culturale e durerà fino al 26 ottobre.', '2025-10-23', '2025-10-26'],
    ['it', '2025-10-23', 'Il centro culturale ospita da oggi al 26 ottobre la settimana interculturale dei migranti.', '2025-10-23', '2025-10-26'],
    ['es', '2025-10-23', 'El centro cultural acoge desde hoy y hasta el 26 de octubre la semana intercultural de las personas migrantes.', '2025-10-23', '2025-10-26'],
    ['fr', '2025-10-23', 'Le centre culturel accueille dès aujourd\'hui et jusqu\'au 26 octobre la semaine interculturelle des exilés.', '2025-10-23', '2025-10-26'],
    ['de', '2025-10-23', 'Das Kulturzentrum zeigt ab heute bis zum 26. Oktober die Interkulturelle Woche mit Geflüchteten.', '2025-10-23', '2025-10-26'],
    ['en', '2025-10-23', 'The cultural centre hosts Refugee Week from today until 26 October.', '2025-10-23', '2025-10-26'],
    ['es', '2025-10-23', 'Las jornadas interculturales de las personas migrantes comienzan hoy en el centro cultural y durarán hasta el 26 de octubre.', '2025-10-23', '2025-10-26'],
  ])('%s (%s): %s', (lang, published, text, start, end) => {
    expect(spansOn(text, lang, published)).toEqual([[start, end]]);
  });
  it.each([
    ['es', '2025-10-23', 'Inscripciones para el taller de empleo de personas migrantes desde hoy hasta el 26 de octubre en la web.'],
    ['it', '2025-10-23', 'Iscrizioni al corso di italiano per migranti da oggi al 26 ottobre presso la segreteria.'],
    ['it', '2025-10-23', 'La mostra sulle migrazioni è visitabile da oggi al 26 ottobre al centro culturale.'],
    ['es', '2025-10-23', 'Desde hoy y hasta el 26 de octubre, abierta la convocatoria de ayudas para asociaciones de personas migrantes.'],
    ['it', '2025-10-23', 'Da oggi al 26 ottobre è aperta la raccolta di vestiti per i migranti.'],
  ])('no span from a sign-up, a display, a call or a collection: %s (%s): %s', (lang, published, text) => {
    expect(spansOn(text, lang, published).filter(([start]) => start === '2025-10-23')).toEqual([]);
  });
  it('no span from today without a posting day', () => {
    expect(spans('El centro cultural acoge desde hoy y hasta el 26 de octubre de 2025 la semana intercultural de las personas migrantes.', 'es').filter(([, end]) => end === '2025-10-26')).toEqual([]);
  });
});

describe('two or three days in a row named with or without their weekdays: one gathering', () => {
  it.each([
    ['es', 'Jornadas de acogida a personas refugiadas los próximos días 10, 11 y 12 de marzo de 2025 en el auditorio.', '2025-03-10', '2025-03-12'],
    ['es', 'Jornadas de acogida a personas refugiadas durante los días 10 y 11 de marzo de 2025 en el auditorio.', '2025-03-10', '2025-03-11'],
    ['es', 'Jornadas de acogida a personas refugiadas el 10 y el 11 de marzo de 2025 en el auditorio.', '2025-03-10', '2025-03-11'],
    ['es', 'Jornadas de acogida a personas refugiadas el sábado 11 y el domingo 12 de marzo de 2023 en el auditorio.', '2023-03-11', '2023-03-12'],
    ['es', 'Jornadas de acogida a personas refugiadas, 10 y 11 de marzo de 2025, auditorio municipal.', '2025-03-10', '2025-03-11'],
    ['es', 'Jornadas de acogida a personas refugiadas: días 10, 11 y 12 de marzo de 2025. Lugar: auditorio.', '2025-03-10', '2025-03-12'],
    ['es', 'Jornadas de acogida a personas refugiadas del 10 al 12 de marzo de 2025. Horario: de 9:00 a 14:00 h.', '2025-03-10T09:00', '2025-03-12T14:00'],
    ['it', 'Giornate di accoglienza dei rifugiati nelle giornate del 10 e 11 marzo 2025 in auditorium.', '2025-03-10', '2025-03-11'],
    ['it', 'Giornate di accoglienza dei rifugiati il 10 e l\'11 marzo 2025 in auditorium.', '2025-03-10', '2025-03-11'],
    ['it', 'Giornate di accoglienza dei rifugiati sabato 11 e domenica 12 marzo 2023 in auditorium.', '2023-03-11', '2023-03-12'],
    ['it', 'Giornate di accoglienza dei rifugiati 10-11 marzo 2025, auditorium comunale.', '2025-03-10', '2025-03-11'],
    ['it', 'Giornate di accoglienza dei rifugiati dal 10 al 12 marzo 2025. Orario: 9.00-14.00.', '2025-03-10T09:00', '2025-03-12T14:00'],
    ['fr', 'Journées d\'accueil des réfugiés samedi 11 et dimanche 12 mars 2023 à la mairie.', '2023-03-11', '2023-03-12'],
    ['fr', 'Journées d\'accueil des réfugiés les samedi 11 et dimanche 12 mars 2023 à la mairie.', '2023-03-11', '2023-03-12'],
    ['de', 'Treffen der Migrantenvereine am Samstag, 11., und Sonntag, 12. März 2023 im Rathaus.', '2023-03-11', '2023-03-12'],
    ['de', 'Treffen der Migrantenvereine am Samstag, 11. und Sonntag, 12. März 2023 im Rathaus.', '2023-03-11', '2023-03-12'],
    ['de', 'Treffen der Migrantenvereine von Freitag, 10., bis Sonntag, 12. März 2023 im Rathaus.', '2023-03-10', '2023-03-12'],
  ])('%s: %s', (lang, text, start, end) => {
    expect(spans(text, lang)).toEqual([[start, end]]);
  });
});

describe('opened yesterday, said as done, and lasting until a later day said in the next sentence', () => {
  it.each([
    ['es', '2025-10-24', 'La fiesta intercultural de las personas migrantes fue inaugurada ayer en el centro cultural. La fiesta se prolongará hasta el próximo día 26.', '2025-10-23', '2025-10-26'],
    ['it', '2025-10-24', 'La festa interculturale dei migranti è stata inaugurata ieri al centro culturale. La festa proseguirà fino a domenica 26.', '2025-10-23', '2025-10-26'],
    ['fr', '2025-10-24', 'La fête interculturelle avec les exilés a été inaugurée hier au centre culturel. La fête se poursuivra jusqu\'au dimanche 26 octobre.', '2025-10-23', '2025-10-26'],
    ['it', '2025-10-24', 'La festa interculturale dei migranti è stata inaugurata giovedì 23 ottobre 2025 al centro culturale e proseguirà fino al prossimo 26 ottobre.', '2025-10-23', '2025-10-26'],
    ['de', '2025-10-24', 'Das interkulturelle Fest mit Geflüchteten wurde gestern im Kulturzentrum eröffnet. Es dauert noch bis zum kommenden Sonntag, 26. Oktober.', '2025-10-23', '2025-10-26'],
  ])('%s (%s): %s', (lang, published, text, start, end) => {
    expect(spansOn(text, lang, published)).toEqual([[start, end]]);
  });
});

describe('near misses: days a week apart joined by a slash stay a list of sessions', () => {
  it.each([
    ['it', 'Corso di italiano per migranti: lezioni il 3/10 marzo 2025 presso la sala civica.', [['2025-03-03', null], ['2025-03-10', null]]],
    ['de', 'Sprachcafé für Geflüchtete am 3./10. März 2025 im Bürgerhaus.', [['2025-03-03', null], ['2025-03-10', null]]],
    ['es', 'Taller de empleo para personas migrantes el viernes 10 de marzo de 2023 a las 18 h y el domingo 12 a las 11 h en el centro.', [['2023-03-10T18:00', null], ['2023-03-12T11:00', null]]],
    ['fr', 'Atelier pour les exilés le vendredi 10 mars 2023 à 18h, puis le dimanche 12 mars à 11h au centre social.', [['2023-03-10T18:00', null], ['2023-03-12T11:00', null]]],
  ])('%s: %s', (lang, text, want) => {
    expect(spans(text, lang)).toEqual(want);
  });
});

describe('date-day-runs: a dashed run of days before a dated day, and when a slash spans', () => {
  it.each([
    ['incontro, 10-11-', 12, [10, 11]],
    ['dias 10 - 11 - ', 12, [10, 11]],
    ['treffen 9-10-11-', 12, [9, 10, 11]],
    ['incontro 10-12-', 13, undefined],
    ['incontro 10-11-', 13, undefined],
    ['ore 18.10-11-', 12, undefined],
    ['incontro 10-', 11, undefined],
  ])('%s before %d', (before, day, want) => {
    expect(dashedRun(before, day)?.days).toEqual(want);
  });
  it.each([
    [10, 12, true],
    [10, 13, true],
    [10, 11, true],
    [3, 10, false],
    [17, 24, false],
    [12, 10, false],
  ])('%d/%d', (a, b, want) => {
    expect(slashSpans(a, b)).toBe(want);
  });
});
