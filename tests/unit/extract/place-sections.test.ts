import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

const now = new Date('2026-12-31T23:40:00Z');
const read = (text: string, published: string) =>
  extractEvents(text, { now, published }).events.map((e) => [e.start, e.end, e.location?.name ?? e.location?.address ?? null]);

// A day's programme told place by place, in our own words: each part with its place and its hours is a gathering.
describe('a day told place by place (written for these cases)', () => {
  it.each([
    ['fr', '2024-06-01', 'Journée des réfugiés le samedi 15 juin 2024 à Lyon.\n\nAu marché de la Croix-Rousse, de 9h à 12h30 :\n • 10h : accueil et stands des associations\n\nA la Maison des jeunes, de 14h à 16h :\n • 14h : atelier de contes\n\nA la salle Molière, rue de la Paix 4, de 18h à 21h :\n • 18h : concert et repas partagé',
      [['2024-06-15T09:00', '2024-06-15T12:30', 'marché de la Croix-Rousse'], ['2024-06-15T14:00', '2024-06-15T16:00', 'Maison des jeunes'], ['2024-06-15T18:00', '2024-06-15T21:00', 'salle Molière']]],
    ['de', '2024-09-01', 'Tag der offenen Begegnung am Samstag, 21. September 2024, in Kassel.\n\nIm Bürgerhaus Wesertor, von 10 bis 13 Uhr:\n • Frühstück mit Familien aus der Ukraine\n\nIm Stadtteilgarten Nord, von 15 bis 18 Uhr:\n • Pflanzaktion und Musik',
      [['2024-09-21T10:00', '2024-09-21T13:00', 'Bürgerhaus Wesertor'], ['2024-09-21T15:00', '2024-09-21T18:00', 'Stadtteilgarten Nord']]],
    ['it', '2024-06-01', 'Giornata del rifugiato, sabato 22 giugno 2024 a Padova.\n\nPresso la Sala Rossa, dalle 10 alle 12:\n • incontro con le scuole\n\nNella Piazza dei Signori, dalle 17 alle 20:\n • musica e cene dal mondo',
      [['2024-06-22T10:00', '2024-06-22T12:00', 'Sala Rossa'], ['2024-06-22T17:00', '2024-06-22T20:00', 'Piazza dei Signori']]],
  ])('(%s) one gathering per place', (_lang, published, text, expected) => {
    expect(read(text, published)).toEqual(expected);
  });

  it.each([
    ['one place\'s agenda (fr)', '2024-06-01', 'Colloque sur l’accueil le samedi 15 juin 2024, salle Molière à Lyon.\n\n9h-10h30 : accueil et ouverture :\n • mot du maire\n\n10h30-12h30 : table ronde :\n • les villes accueillantes'],
    ['two parts in one place (en)', '2024-06-01', 'Refugee Week day on Saturday 15 June 2024 in Leeds.\n\nAt the Central Library, from 10:00 to 12:00:\n • story time\n\nAt the Central Library, from 14:00 to 16:00:\n • film screening'],
    ['parts out of order (es)', '2024-06-01', 'Jornada intercultural el sábado 15 de junio de 2024 en Soria.\n\nEn el Centro Cívico, de 17 a 19 h:\n • talleres\n\nEn la Plaza Mayor, de 11 a 13 h:\n • música'],
  ])('keeps %s as one gathering (near miss)', (_name, published, text) => {
    expect(read(text, published)).toHaveLength(1);
  });
});
