/**
 * Days when something stands open, not when people gather (issue 12, precision, session 20):
 * the school holidays a text is set in, an exhibition's showing days, days open to the public with
 * split opening hours. Each page has one real gathering, which must stay; near misses keep theirs.
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';
import { openRun } from '../../../lib/extract/open-runs.ts';

// Late in the year and late in the day: no year may come from the wall clock.
const now = new Date('2026-12-31T23:40:00Z');
const GATHERING: Record<string, string> = {
  it: 'La cena interculturale «Sapori del mondo» si terrà venerdì 15 novembre 2024 alle 19 nel salone della parrocchia di Cremona.',
  es: 'La cena intercultural «Sabores del mundo» tendrá lugar el viernes 15 de noviembre de 2024 a las 19:00 en el salón parroquial de Huesca.',
  fr: 'Le repas interculturel « Saveurs du monde » aura lieu le vendredi 15 novembre 2024 à 19h à la salle paroissiale de Vienne.',
  de: 'Das interkulturelle Abendessen „Geschmack der Welt“ findet am Freitag, 15. November 2024, um 19 Uhr im Pfarrsaal Fulda statt.',
  en: 'The intercultural dinner "Tastes of the world" will take place on Friday 15 November 2024 at 7pm in the parish hall in Derby.',
};
const DINNER = '2024-11-15T19:00';
const starts = (lang: string, sentence: string) =>
  extractEvents(`News\n\n${GATHERING[lang]}\n\n${sentence}`, { now, published: '2024-10-01', lang }).events.map((e) => e.start);

describe('the holidays a text is set in are no gathering', () => {
  it.each([
    ['de', 'Die Hausaufgabenhilfe für geflüchtete Kinder geht auch während der Herbstferien vom 21. bis 31. Oktober 2024 weiter.'],
    ['fr', 'L’aide aux devoirs pour les enfants exilés continue pendant les vacances de la Toussaint du 19 au 31 octobre 2024.'],
    ['it', 'Il doposcuola per i bambini rifugiati resta aperto durante le vacanze autunnali dal 28 al 31 ottobre 2024.'],
    ['en', 'The homework club for refugee children carries on during the half-term break from 28 to 31 October 2024.'],
  ])('%s: %s', (lang, sentence) => {
    expect(starts(lang, sentence)).toEqual([DINNER]);
  });

  it.each([
    // A gathering held in the holidays, on its own day, and a party named after the holidays.
    ['fr', 'Pendant les vacances, un atelier de cuisine pour les enfants exilés aura lieu le mercredi 23 octobre 2024 à 14h au centre social.', ['2024-10-23T14:00']],
    ['de', 'Zum Ferienbeginn feiern wir am Samstag, 19. Oktober 2024, um 15 Uhr ein Herbstferienfest im Hof.', ['2024-10-19T15:00']],
  ])('near miss (%s): %s', (lang, sentence, extra) => {
    expect(starts(lang, sentence)).toEqual([...extra, DINNER].sort());
  });
});

describe('an exhibition’s showing days are no gathering; its opening is one', () => {
  it.each([
    ['fr', 'L’exposition de photos des familles accueillies sera visible les 4, 5 et 6 novembre 2024 à la médiathèque.'],
    ['fr', 'Les 7 et 8 novembre 2024, l’exposition sera au centre social du quartier nord.'],
    ['it', 'La mostra fotografica sulle famiglie accolte sarà visitabile il 4, 5 e 6 novembre 2024 in biblioteca.'],
    ['es', 'La exposición de fotos de las familias acogidas podrá visitarse los días 4, 5 y 6 de noviembre de 2024 en la biblioteca.'],
    ['en', 'The photo exhibition about the families we host will be on view on 4, 5 and 6 November 2024 at the library.'],
    ['de', 'Die Fotoausstellung über die aufgenommenen Familien ist am 4. und 5. November 2024 in der Bücherei zu sehen.'],
  ])('%s: %s', (lang, sentence) => {
    expect(starts(lang, sentence)).toEqual([DINNER]);
  });

  it.each([
    ['fr', 'Le vernissage de l’exposition de photos des familles accueillies aura lieu le lundi 4 novembre 2024 à 18h à la médiathèque.', ['2024-11-04T18:00']],
    ['it', 'L’inaugurazione della mostra fotografica sulle famiglie accolte si terrà lunedì 4 novembre 2024 alle 18 in biblioteca.', ['2024-11-04T18:00']],
    ['en', 'The opening of the photo exhibition about the families we host is on Monday 4 November 2024 at 6pm at the library.', ['2024-11-04T18:00']],
  ])('near miss (%s): %s', (lang, sentence, extra) => {
    expect(starts(lang, sentence)).toEqual([...extra, DINNER].sort());
  });
});

describe('days open to the public with opening hours split by a break', () => {
  it.each([
    ['fr', 'Plusieurs expositions sont installées au château. Elles seront ouvertes au public du 4 au 9 novembre 2024, de 10 heures à 12 heures et de 14 heures à 18 heures.'],
    ['it', 'Lo sportello della memoria sarà aperto al pubblico dal 4 al 9 novembre 2024, dalle 10 alle 12 e dalle 15 alle 18.'],
  ])('%s: %s', (lang, sentence) => {
    expect(starts(lang, sentence)).toEqual([DINNER]);
  });

  it.each([
    // One run of hours: a fair open to the public is a gathering.
    ['en', 'The job fair for newcomers is open to the public on Monday 4 November 2024 from 10am to 4pm at the town hall.', ['2024-11-04T10:00']],
  ])('near miss (%s): %s', (lang, sentence, extra) => {
    expect(starts(lang, sentence)).toEqual([...extra, DINNER].sort());
  });
});

describe('a campaign’s days that many hosts fill, and a course’s first day without an hour', () => {
  it.each([
    ['fr', 'Du 4 au 9 novembre 2024, de nombreux centres d’accueil organisent des portes ouvertes et des repas.'],
    ['en', 'From 4 to 9 November 2024, many local groups across the county hold open days and shared meals.'],
    ['es', 'El curso de castellano para mujeres migrantes, que comenzará el 4 de noviembre de 2024 en la casa de cultura, tiene plazas libres.'],
    ['it', 'Il corso di italiano per donne migranti, che inizierà il 4 novembre 2024 nella sede della Caritas, ha ancora posti liberi.'],
  ])('%s: %s', (lang, sentence) => {
    expect(starts(lang, sentence)).toEqual([DINNER]);
  });

  it.each([
    // One host's own week is a gathering (an umbrella), and a course's first lesson at an hour is one.
    ['fr', 'Du lundi 4 au samedi 9 novembre 2024, le centre social organise sa semaine interculturelle avec des ateliers et des repas.', ['2024-11-04']],
    ['es', 'El curso de castellano para mujeres migrantes comenzará el lunes 4 de noviembre de 2024 a las 10:00 en la casa de cultura.', ['2024-11-04T10:00']],
  ])('near miss (%s): %s', (lang, sentence, extra) => {
    expect(starts(lang, sentence)).toEqual([...extra, DINNER].sort());
  });
});

describe('openRun reads the words before the date and its segment', () => {
  it.each([
    ['wahrend der osterferien vom ', 'vom 2. bis 12. april', 'period'],
    ['durante las vacaciones de verano del ', 'del 1 al 15 de julio', 'period'],
    ['la fiesta de las vacaciones del ', 'del 1 al 15 de julio', undefined],
  ])('%j', (before, own, expected) => {
    expect(openRun(before, own, `${before}${own}`)).toBe(expected);
  });
});
