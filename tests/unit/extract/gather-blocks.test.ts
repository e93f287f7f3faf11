// A page about one day that then tells its gatherings block by block, each block headed by a short line naming what and
// where: one gathering per heading, at its place, with its block's hours. Headings at one place (an event's parts),
// headings without an event word, and pages of several dated days are left as they are.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

const now = new Date('2026-11-30T12:00:00Z');
const read = (text: string) => extractEvents(text, { now, published: '2024-11-20' }).events
  .map((e) => [e.start, e.end ?? null, e.location?.name ?? e.location?.address ?? null])
  .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

describe('a day told block by block', () => {
  it.each([
    ['two blocks at two places (fr)',
      'Les associations ont présenté le programme de la journée du 14 décembre 2024, proposée cette année sur deux sites.\n'
      + 'Un concert et un goûter partagé à la Salle des Fêtes.\n'
      + 'Le chanteur Paul Martin accompagné de son accordéoniste fera le bonheur des petits et des grands avec ses comptines et ses histoires.\n'
      + 'Une bourse aux livres et un café-rencontre à la Maison des Associations.\n'
      + 'De 9h00 à 18h00, il sera possible de venir découvrir des ouvrages et de rencontrer les bénévoles qui accompagnent les familles arrivées dans la ville.',
      [['2024-12-14', null, 'Salle des Fêtes'], ['2024-12-14T09:00', '2024-12-14T18:00', 'Maison des Associations']]],
    ['two blocks at two places (it)',
      'Le associazioni hanno presentato il programma della giornata del 14 dicembre 2024, che si svolgerà in due luoghi della città.\n'
      + 'Un concerto per le famiglie presso il Teatro Comunale.\n'
      + 'Il coro dei ragazzi accolti canterà canzoni dei loro paesi, con un rinfresco offerto dai volontari a tutti i presenti.\n'
      + 'Una mostra fotografica presso la Biblioteca Civica.\n'
      + 'Dalle 10 alle 17 sarà possibile vedere le foto scattate dai ragazzi ospiti dei centri di accoglienza della zona.',
      [['2024-12-14', null, 'Teatro Comunale'], ['2024-12-14T10:00', '2024-12-14T17:00', 'Biblioteca Civica']]],
  ])('%s', (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('near misses', () => {
  it.each([
    ['two blocks at one place: one event\'s parts (fr)',
      'Le programme de la journée du 14 décembre 2024 a été présenté aux familles.\n'
      + 'Un concert à la Maison des Associations.\n'
      + 'Le chanteur Paul Martin fera le bonheur des petits et des grands avec ses comptines et ses histoires douces.\n'
      + 'Un atelier de dessin à la Maison des Associations.\n'
      + 'Les enfants pourront dessiner leur pays et leur ville avec les bénévoles, qui exposeront ensuite les dessins dans le hall.'],
    ['headings that name no gathering (it)',
      'Il programma della giornata del 14 dicembre 2024 è stato presentato alla stampa presso il Teatro Comunale.\n'
      + 'Le famiglie presso il Teatro Comunale.\n'
      + 'Molte famiglie arrivate negli ultimi anni hanno trovato casa nei quartieri del centro, grazie al lavoro dei volontari.\n'
      + 'I volontari presso la Biblioteca Civica.\n'
      + 'I volontari della biblioteca accompagnano ogni settimana i ragazzi nello studio e nella ricerca di lavoro.'],
  ])('%s', (_name, text) => {
    expect(read(text)).toHaveLength(1);
  });
});
