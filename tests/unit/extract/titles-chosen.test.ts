import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';
import { onlyWhenOrWhere, phraseTitle, strongName } from '../../../lib/extract/title.ts';
import { onlySiteName, shortened, shownTitle, unquoted } from '../../../lib/extract/title-shown.ts';
import { tidy } from '../../../lib/extract/title-tidy.ts';

// Which title an event gets, and how it is shown (issue 12): pages and sentences written for these cases.
const now = new Date('2026-06-15T12:00:00Z');
const titles = (text: string) => extractEvents(text, { now, published: '2025-09-01' }).events.map((e) => e.title);

describe('a one-event page named by the heading over its date, not by a headline that names no gathering', () => {
  it.each([
    ['de: the page opens with its links box', 'Einleitung und weiterführende Links\n\nLesung und Gespräch mit Anna Beispiel\n\nDienstag, 14. Oktober 2025, 19 Uhr, Stadtbibliothek Musterstadt\n\nDie Autorin liest aus ihrem Roman über das Ankommen in einer neuen Stadt.', 'Lesung und Gespräch mit Anna Beispiel'],
    ['fr: the headline is the organisation’s name', 'Maison des Solidarités\n\nRencontre avec les bénévoles de l’accueil de jour\n\nMardi 7 octobre 2025 à 18h, salle du Parc\n\nLes bénévoles racontent leur année auprès des familles arrivées dans la commune.', 'Rencontre avec les bénévoles de l’accueil de jour'],
  ])('%s', (_name, text, expected) => {
    expect(titles(text)).toEqual([expected]);
  });

  it('keeps a headline that names the gathering (en, near miss)', () => {
    const text = 'Community picnic for new neighbours\n\nFood and games in the park\n\nSaturday 11 October 2025, 12:00, Riverside Park\n\nFamilies who arrived this year and their neighbours share lunch.';
    expect(titles(text)).toEqual(['Community picnic for new neighbours']);
  });
});

describe('a one-event page whose headline is only the kind of gathering', () => {
  it.each([
    ['fr', 'Colloque international\n\nTravail social et migrations : accueillir au quotidien\n\nJeudi 16 octobre 2025, de 9h à 17h, Université de Lyon\n\nLe colloque réunit des chercheurs, des travailleurs sociaux et des associations de la région.', 'Colloque international – Travail social et migrations : accueillir au quotidien'],
    ['it', 'Convegno regionale\n\nLavoro e diritti dei rifugiati nelle piccole imprese\n\nVenerdì 17 ottobre 2025, ore 10, Sala consiliare di Lodi\n\nIl convegno mette a confronto imprese, sindacati e associazioni del territorio lodigiano.', 'Convegno regionale – Lavoro e diritti dei rifugiati nelle piccole imprese'],
  ])('says what about with the heading over the date: %s', (_lang, text, expected) => {
    expect(titles(text)).toEqual([expected]);
  });

  it('not with a speaker’s name over the date (en, near miss)', () => {
    const text = 'Annual Conference\n\nMaria Example (Refugee Council)\n\nFriday 17 October 2025, 10:00, City Hall of Leeds\n\nThe conference brings together employers, unions and refugee groups from the whole region.';
    expect(titles(text)).toEqual(['Annual Conference']);
  });
});

describe('a title that says only when or where', () => {
  it.each([
    ['de', 'Donnerstag, 23. März 2017', true],
    ['es', 'Del 19 al 21 de octubre', true],
    ['es', 'A las 9:00 horas', true],
    ['it', 'Sabato 1 ottobre 2022', true],
    ['fr: a named day is part of a name (near miss)', 'Fête nationale du 14 juillet', false],
    ['en: an event word with its day (near miss)', 'Workshop on 12 May', false],
    ['it: a quoted name (near miss)', '“Popoli in festa”', false],
  ])('%s: %s', (_lang, title, expected) => {
    expect(onlyWhenOrWhere(title)).toBe(expected);
  });

  it('takes the name the page gives where it says the day again (es)', () => {
    const text = 'Del 19 al 21 de octubre de 2025\n\nCentro Cívico del Carmen, Valencia\n\nLas asociaciones de mujeres migrantes de la ciudad llevan años trabajando juntas en red. El próximo 19 de octubre comenzará el II Encuentro de Mujeres Migrantes y Refugiadas, que durará tres días.';
    expect(titles(text)).toEqual(['II Encuentro de Mujeres Migrantes y Refugiadas']);
  });

  it.each([
    ['de', 'Donnerstag, 23. März 2017', 'Gesprächsabend über gelebte Integration', 'Gesprächsabend über gelebte Integration'],
    ['es: nothing better on the page (near miss)', 'Del 19 al 21 de octubre', undefined, 'Del 19 al 21 de octubre'],
    ['en: a name is not replaced (near miss)', 'Open day at the language school', 'Something else', 'Open day at the language school'],
  ])('shown: %s', (_name, title, other, expected) => {
    expect(shownTitle(title, () => other)).toBe(expected);
  });
});

describe('a title shown as text for people', () => {
  it.each([
    ['control characters go', 'Job fair\u0007 for\u0000 newcomers', 'Job fair for newcomers'],
    ['a call to register at the end goes (en)', 'Job fair for newcomers – Register now', 'Job fair for newcomers'],
    ['a call to read on at the end goes (it)', 'Festa dei popoli Leggi tutto', 'Festa dei popoli'],
    ['a call to read on at the end goes (fr)', 'Soirée contes du monde | Lire la suite', 'Soirée contes du monde'],
    ['a call alone stays for the page’s other names to replace (near miss)', 'Register now', 'Register now'],
    ['a word of the name that is also a call stays (fr, near miss)', 'Réunion d’inscription', 'Réunion d’inscription'],
  ])('%s', (_name, title, expected) => {
    expect(shownTitle(title, () => undefined)).toBe(expected);
  });

  it.each([
    ['fr', '« La rencontre fait tomber les préjugés »', 'La rencontre fait tomber les préjugés'],
    ['de', '„Tafel der Kulturen“', 'Tafel der Kulturen'],
    ['en', '“Act for Ukraine”', 'Act for Ukraine'],
    ['it: a quoted name inside stays (near miss)', 'Seminario “Raccontare il territorio”', 'Seminario “Raccontare il territorio”'],
    ['it: two quotations side by side stay (near miss)', '“Dobbiamo accogliere?” – “Cosa dice la legge”', '“Dobbiamo accogliere?” – “Cosa dice la legge”'],
  ])('the marks around a whole title go: %s', (_name, title, expected) => {
    expect(unquoted(title)).toBe(expected);
  });

  it.each([
    ['es: at the comma', 'La asociación vecinal del barrio de San José celebra este sábado una jornada de convivencia con las familias refugiadas, con comida y música para todos', 'La asociación vecinal del barrio de San José celebra este sábado una jornada de convivencia con las familias refugiadas'],
    ['en: no break, after a whole word', 'The volunteers of the town library and of the refugee support group will host an open afternoon of games and stories for children and their parents next week', 'The volunteers of the town library and of the refugee support group will host an open afternoon of games and stories for children and their…'],
    ['de: not inside a quotation', 'Lesung „Angekommen, aber noch nicht zu Hause: Geschichten aus drei Jahrzehnten, erzählt von Nachbarinnen und Nachbarn“ mit Musik', 'Lesung „Angekommen, aber noch nicht zu Hause: Geschichten aus drei Jahrzehnten, erzählt von Nachbarinnen und Nachbarn“ mit Musik'],
  ])('a long sentence is cut at a natural break: %s', (_name, title, expected) => {
    const shown = shortened(title, 140);
    expect(shown).toBe(expected);
    expect(shown.length).toBeLessThanOrEqual(141);
  });
});

describe('the phrase around an event word', () => {
  it.each([
    ['it: "nel corso di" is a time, not a course', 'Nel corso del convegno regionale sui diritti dei lavoratori, venerdì 3 marzo, interverranno i sindaci.', 'Convegno regionale sui diritti dei lavoratori'],
    ['fr: a possessive is no part of the name', 'La Caritas organise ses journées portes ouvertes le 5 mai pour les habitants du quartier.', 'Journées portes ouvertes'],
    ['it: a participle of organising ends the name', 'Il 12 maggio si terrà un incontro organizzato per le famiglie dal comune di Pavia.', 'Incontro'],
    ['fr: a participle after a bare event word is no adjective', 'Samedi 6 mai, une soirée placée sous le signe du partage réunira les familles du quartier.', 'Soirée'],
    ['en: a course is a course (near miss)', 'The language course for new arrivals starts on 3 March at the library.', 'Language course for new arrivals'],
  ])('%s', (_name, sentence, expected) => {
    expect(phraseTitle(sentence, 0)).toBe(expected);
  });

  it.each([
    ['es', 'Encuentro de Mujeres Migrantes', true],
    ['de', 'Online-Seminar', true],
    ['it: only the word for an event (near miss)', 'Evento', false],
    ['fr: a sentence cut short (near miss)', 'La journée sera', false],
    ['en: no event word (near miss)', 'Links and downloads', false],
  ])('a strong name: %s: %s', (_lang, name, expected) => {
    expect(strongName(name)).toBe(expected);
  });
});

describe('the site’s or organisation’s name is not the title', () => {
  it.each([
    ['fr: a newspaper on its own site', 'Le Courrier du Lot', 'https://www.lecourrierdulot.fr/2024/03/01/agenda.html', true],
    ['it: a cinema on its own site', 'Cinema Aurora', 'https://www.cinemaaurora.it/programma/', true],
    ['en: a gathering named like its site (near miss)', 'Refugee Week', 'https://refugeeweek.org.uk/events/', false],
    ['de: another name on the site (near miss)', 'Sommerfest im Hof', 'https://www.stadtteilhaus.de/termine/', false],
  ])('%s', (_name, title, url, expected) => {
    expect(onlySiteName(title, url)).toBe(expected);
  });

  it('takes the event’s own phrase instead (fr)', () => {
    expect(shownTitle('Le Courrier du Lot', () => 'Conférence sur l’accueil', 'https://www.lecourrierdulot.fr/2024/03/01/agenda.html')).toBe('Conférence sur l’accueil');
  });
});

describe('a name does not end on a preposition', () => {
  it.each([
    ['it', 'Pranzo alle', 'Pranzo'],
    ['en', 'Picnic with', 'Picnic'],
    ['de', 'Begegnungscafé zum', 'Begegnungscafé'],
    ['fr: a preposition inside stays (near miss)', 'Repas avec les voisins', 'Repas avec les voisins'],
  ])('%s: %s', (_lang, title, expected) => {
    expect(tidy(title)).toBe(expected);
  });
});

describe('a future verb and its pronoun are no part of the name', () => {
  const now = new Date('2026-11-22T12:00:00Z');
  it.each([
    ['es', 'La feria de empleo para refugiados se celebrará el 20 de marzo de 2025 en Madrid.', 'Feria de empleo para refugiados'],
    ['es', 'El taller de cocina intercultural se realizará el 20 de marzo de 2025 en Cádiz.', 'Taller de cocina intercultural'],
    ['it', 'La fiera del lavoro per rifugiati si svolgerà il 20 marzo 2025 a Torino.', 'Fiera del lavoro per rifugiati'],
    ['es: no pronoun, the sentence as title', 'La jornada de acogida reunirá el 20 de marzo de 2025 a familias en León.', 'La jornada de acogida'],
  ])('%s: %s', (_lang, text, title) => {
    expect(extractEvents(text, { now, published: '2025-03-01' }).events.map((e) => e.title)).toEqual([title]);
  });
});
