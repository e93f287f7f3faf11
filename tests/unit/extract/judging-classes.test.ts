import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

// Session 21 (precision): classes of dated mentions judged as gatherings or not, each in several languages (our own words),
// with near misses where the other answer must hold.
const now = new Date('2026-11-30T12:00:00Z');
const days = (text: string, lang: string, published: string) => extractEvents(text, { now, lang, published }).events.map((e) => e.start.slice(0, 10));

describe('taking part in a gathering, and a host writing as "we"', () => {
  it.each([
    ['fr', 'Notre centre participera du 10 au 12 mars au Carrefour de l’orientation de Lille, avec les jeunes migrants qu’il suit.', '2026-02-20', '2026-03-10'],
    ['it', 'Il nostro sportello parteciperà venerdì 13 marzo a Orientagiovani, a Bari, con i ragazzi migranti che segue.', '2026-02-20', '2026-03-13'],
    ['es', 'Nuestra asociación tomará parte el viernes 13 de marzo en Orientajoven, en Sevilla, con los jóvenes migrantes que acompaña.', '2026-02-20', '2026-03-13'],
    ['en', 'Our advice centre will take part on Friday 13 March in Careers Square in Leeds, with the young migrants it supports.', '2026-02-20', '2026-03-13'],
    ['de', 'Unser Beratungsteam beteiligt sich am Freitag, 13. März, an der Berufsorientierung in Köln, mit den jungen Zugewanderten, die es begleitet.', '2026-02-20', '2026-03-13'],
    ['fr', 'Dans le cadre du projet, nous recevrons 30 jeunes venus de quatre pays du 9 au 13 mars.', '2026-02-20', '2026-03-09'],
    ['it', 'Con il progetto riceveremo 30 studenti di quattro paesi dal 9 al 13 marzo nella nostra scuola.', '2026-02-20', '2026-03-09'],
    ['es', 'Con el proyecto recibiremos a 30 jóvenes de cuatro países del 9 al 13 de marzo en el instituto.', '2026-02-20', '2026-03-09'],
  ])('%s: %s', (lang, text, published, day) => {
    expect(days(text, lang, published)).toEqual([day]);
  });

  it.each([
    ['fr', 'Nous recevrons les résultats de l’évaluation du 9 au 13 mars, puis nous les publierons.', '2026-02-20'],
    ['it', 'Riceveremo il contributo regionale dal 9 al 13 marzo sul conto del progetto.', '2026-02-20'],
    ['es', 'Recibiremos la subvención del 9 al 13 de marzo en la cuenta de la asociación.', '2026-02-20'],
  ])('%s: near miss, something received, no group: %s', (lang, text, published) => {
    expect(days(text, lang, published)).toEqual([]);
  });
});

describe('a timetable of stays: one name and its days per line', () => {
  it.each([
    ['es', 'Las movilidades del proyecto tendrán lugar con este calendario:\nSevilla 14-18 septiembre 2026\nTurku (Finlandia) 5-9 octubre 2026\nBraga (Portugal) 18-22 enero 2027\n', '2026-06-01'],
    ['en', 'The partner meetings of the project will take place as follows:\nSevilla 14-18 September 2026\nTurku (Finland) 5-9 October 2026\nBraga (Portugal) 18-22 January 2027\n', '2026-06-01'],
    ['it', 'Gli incontri del progetto si terranno secondo questo calendario:\nSiviglia 14-18 settembre 2026\nTurku (Finlandia) 5-9 ottobre 2026\nBraga (Portogallo) 18-22 gennaio 2027\n', '2026-06-01'],
  ])('%s: every line is a gathering', (lang, text, published) => {
    expect(days(text, lang, published)).toEqual(['2026-09-14', '2026-10-05', '2027-01-18']);
  });

  it.each([
    ['en', 'Opening hours of the advice office\nMonday 14 September 2026\nTuesday 15 September 2026\nWednesday 16 September 2026\n', '2026-06-01'],
    ['de', 'Öffnungszeiten der Beratungsstelle\nMontag 14. September 2026\nDienstag 15. September 2026\nMittwoch 16. September 2026\n', '2026-06-01'],
  ])('%s: near miss, lines of bare days name no gathering', (lang, text, published) => {
    expect(days(text, lang, published)).toEqual([]);
  });
});

// One real gathering per page, which must stay, and a notice's day that must not become one.
const GATHERING: Record<string, string> = {
  en: 'Our welcome evening for new volunteers takes place on Tuesday 8 September 2026 at 6pm in the community hall.',
  fr: 'Notre soirée d’accueil des nouveaux bénévoles aura lieu le mardi 8 septembre 2026 à 18h à la salle des fêtes.',
  de: 'Unser Begrüßungsabend für neue Ehrenamtliche findet am Dienstag, 8. September 2026, um 18 Uhr im Bürgerhaus statt.',
  it: 'La nostra serata di benvenuto per i nuovi volontari si terrà martedì 8 settembre 2026 alle 18 nella sala civica.',
  es: 'Nuestra tarde de bienvenida para el nuevo voluntariado tendrá lugar el martes 8 de septiembre de 2026 a las 18:00 en el centro cívico.',
};
const withGathering = (lang: string, sentence: string) =>
  extractEvents(`${GATHERING[lang]}\n\n${sentence}`, { now, lang, published: '2026-06-01' }).events.map((e) => e.start.slice(0, 10));

describe('a job’s first day and a call’s open days are no gatherings', () => {
  it.each([
    ['en', 'We are hiring a youth worker for the project. Start date of employment: 1 October 2026.'],
    ['en', 'The position starts on 1 October 2026 and is funded for two years.'],
    ['fr', 'Nous recrutons un animateur ou une animatrice. Prise de poste le 1er octobre 2026, contrat de deux ans.'],
    ['fr', 'Poste à pourvoir au 1er octobre 2026 dans notre centre d’hébergement.'],
    ['de', 'Wir suchen eine Sozialarbeiterin oder einen Sozialarbeiter. Eintrittsdatum: 1. Oktober 2026.'],
    ['de', 'Stellenantritt am 1. Oktober 2026, befristet auf zwei Jahre.'],
    ['it', 'Cerchiamo un mediatore culturale. Presa di servizio il 1° ottobre 2026, contratto di due anni.'],
    ['es', 'Buscamos una persona mediadora intercultural. Fecha de incorporación: 1 de octubre de 2026.'],
    ['en', 'The call for proposals is open from 1 October 2026 to 30 November 2026 for local groups.'],
    ['it', 'Il bando per le associazioni sarà aperto dal 1° ottobre 2026 al 30 novembre 2026.'],
    ['fr', 'L’appel à projets pour les associations est ouvert du 1er octobre 2026 au 30 novembre 2026.'],
    ['es', 'La convocatoria de ayudas para entidades estará abierta del 1 de octubre de 2026 al 30 de noviembre de 2026.'],
    ['de', 'Die Ausschreibung für Vereine läuft vom 1. Oktober 2026 bis 30. November 2026.'],
  ])('%s: %s', (lang, sentence) => {
    expect(withGathering(lang, sentence)).toEqual(['2026-09-08']);
  });

  it.each([
    ['en', 'A job fair for refugees will take place on 1 October 2026 at 10am at the town hall.'],
    ['fr', 'Un job dating pour les personnes réfugiées aura lieu le 1er octobre 2026 à 10h à la mairie.'],
    ['de', 'Aufruf zur Kundgebung: Die Mahnwache startet am 1. Oktober 2026 um 18 Uhr vor dem Rathaus.'],
  ])('%s: near miss, a gathering about jobs or calls stays: %s', (lang, sentence) => {
    expect(withGathering(lang, sentence)).toEqual(['2026-09-08', '2026-10-01']);
  });
});
