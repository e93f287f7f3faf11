/**
 * Days an administrative notice names that nobody gathers on (issue 12, precision, session 20):
 * a list or a result still to be published, a deadline said to be set for a day, a project's start
 * date under its label. Each page has one real gathering, which must stay; near misses keep theirs.
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';
import { noticeDay } from '../../../lib/extract/notice-days.ts';

// Late in the year and late in the day: no year may come from the wall clock.
const now = new Date('2026-12-31T23:40:00Z');
const GATHERING: Record<string, string> = {
  it: 'Il seminario «Casa e lavoro per chi arriva» si terrà martedì 17 settembre 2024 alle 18 nella sala civica di Lecco.',
  es: 'El taller «Vivienda y empleo para recién llegados» tendrá lugar el martes 17 de septiembre de 2024 a las 18:00 en el centro cívico de Gijón.',
  fr: 'L’atelier « Logement et emploi pour les nouveaux arrivants » aura lieu le mardi 17 septembre 2024 à 18h à la maison de quartier de Rennes.',
  de: 'Der Workshop „Wohnen und Arbeit für Neuangekommene“ findet am Dienstag, 17. September 2024, um 18 Uhr im Bürgerhaus Kiel statt.',
  en: 'The workshop "Housing and work for newcomers" will take place on Tuesday 17 September 2024 at 6pm in the community centre in York.',
};
const starts = (lang: string, sentence: string) =>
  extractEvents(`News\n\n${GATHERING[lang]}\n\n${sentence}`, { now, published: '2024-06-03', lang }).events.map((e) => e.start);

describe('a list or a result still to be published is no gathering', () => {
  it.each([
    ['it', 'L’elenco delle persone ammesse al corso di lingua sarà pubblicato il 9 luglio 2024 sul sito del Comune.'],
    ['it', 'Le graduatorie per i tirocini dei rifugiati saranno pubblicate il 9 luglio 2024 nell’albo online.'],
    ['it', 'Gli esiti della selezione verranno comunicati il 9 luglio 2024 a ciascun candidato.'],
    ['es', 'El listado de plazas del curso de castellano se publicará el 9 de julio de 2024 en el tablón de anuncios.'],
    ['es', 'Las resoluciones de las ayudas al alquiler serán publicadas el 9 de julio de 2024 en la sede electrónica.'],
    ['fr', 'La liste des familles retenues pour les ateliers sera publiée le 9 juillet 2024 sur le site de la ville.'],
    ['de', 'Die Liste der Plätze im Sprachkurs wird am 9. Juli 2024 auf der Seite der Stadt veröffentlicht.'],
    ['en', 'The names of the mentors chosen for the scheme will be published on 9 July 2024 on our website.'],
  ])('%s: %s', (lang, sentence) => {
    expect(starts(lang, sentence)).toEqual([GATHERING_START[lang]]);
  });

  it.each([
    // Published earlier, shown on the day: the screening is a gathering.
    ['en', 'The film about their journey, which will be published online later, will be screened on 9 July 2024 at 7pm at the library.', ['2024-07-09T19:00']],
    ['it', 'I vincitori del concorso saranno premiati il 9 luglio 2024 alle 19 durante la festa in piazza.', ['2024-07-09T19:00']],
    // German: "wird am ... eröffnet" opens a place people come to; no verb of publishing follows.
    ['de', 'Das neue Begegnungscafé für Geflüchtete wird am 9. Juli 2024 um 15 Uhr mit einem Fest eröffnet.', ['2024-07-09T15:00']],
  ])('near miss (%s): %s', (lang, sentence, extra) => {
    expect(starts(lang, sentence)).toEqual([...extra, GATHERING_START[lang]].sort());
  });
});

describe('a deadline set for a day is no gathering', () => {
  it.each([
    ['it', 'Il termine per l’invio delle domande di tirocinio è fissato al 9 luglio 2024 alle ore 12.'],
    ['it', 'La scadenza per le proposte delle associazioni è stata fissata per il 9 luglio 2024.'],
    ['es', 'El plazo para entregar la documentación del programa está fijado para el 9 de julio de 2024.'],
    ['fr', 'La date limite de dépôt des candidatures des bénévoles est fixée au 9 juillet 2024 à midi.'],
    ['de', 'Die Abgabefrist für die Anträge der Vereine ist auf den 9. Juli 2024 festgesetzt.'],
    ['en', 'The deadline for grant proposals from local groups has been set for 9 July 2024.'],
  ])('%s: %s', (lang, sentence) => {
    expect(starts(lang, sentence)).toEqual([GATHERING_START[lang]]);
  });

  it.each([
    // "Al termine" is "at the end": the dinner set for the day after the talk is a gathering.
    ['it', 'Al termine del ciclo di incontri, la cena sociale con le famiglie rifugiate è fissata per il 9 luglio 2024 alle 20.', ['2024-07-09T20:00']],
    ['en', 'After the registration closes, the welcome dinner for new volunteers is set for 9 July 2024 at 7pm.', ['2024-07-09T19:00']],
  ])('near miss (%s): %s', (lang, sentence, extra) => {
    expect(starts(lang, sentence)).toEqual([...extra, GATHERING_START[lang]].sort());
  });
});

describe('a project’s start date under its label is a period’s start', () => {
  it.each([
    ['it', 'La data di inizio delle attività del progetto di accoglienza è il 9 luglio 2024, con una durata di 18 mesi.'],
    ['es', 'La fecha de inicio del proyecto de acogida es el 9 de julio de 2024 y durará dos años.'],
    ['de', 'Projektbeginn: 9. Juli 2024. Das Projekt begleitet zwei Jahre lang geflüchtete Familien.'],
    ['en', 'The start date of the mentoring project is 9 July 2024; it runs for eighteen months.'],
  ])('%s: %s', (lang, sentence) => {
    expect(starts(lang, sentence)).toEqual([GATHERING_START[lang]]);
  });

  it.each([
    // A course's first lesson is not a project's start: the rule names projects and programmes only.
    ['it', 'la data di inizio del corso di italiano per donne migranti e il '],
    ['en', 'the start date of the sewing class for refugee women is '],
  ])('near miss (%s): %j', (_lang, before) => {
    expect(noticeDay(before, ' at 10')).toBeUndefined();
  });
});

describe('noticeDay reads the words around the day', () => {
  it.each([
    ['la graduatoria sara pubblicata il ', ' sul sito', 'publication'],
    ['les resultats seront communiques le ', ' par courriel', 'publication'],
    ['die ergebnisse werden am ', ' online gestellt', 'publication'],
    ['die ergebnisse werden am ', ' im rathaus gefeiert', undefined],
    ['il termine ultimo e fissato al ', '.', 'deadline'],
    ['projektbeginn: ', '.', 'period'],
    ['il concerto sara il ', ' alle 21', undefined],
  ])('%j … %j', (before, after, expected) => {
    expect(noticeDay(before, after)).toBe(expected);
  });
});

const GATHERING_START: Record<string, string> = { it: '2024-09-17T18:00', es: '2024-09-17T18:00', fr: '2024-09-17T18:00', de: '2024-09-17T18:00', en: '2024-09-17T18:00' };
