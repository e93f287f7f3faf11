// Another gathering of a dated day said with no date and no hour of its own: a clause joined by "ainsi que",
// "as well as", "sowie", "así como" that names another thing at another place, or a later sentence that says it
// is the same day ("le soir même", "am selben Abend") or opens with a part of the day and holds a gathering at
// another place. One place's parts, a meal inside the day, an afternoon's further items and a clause that only
// adds a room stay the day's one gathering.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

const now = new Date('2026-11-30T12:00:00Z');
const read = (text: string) => extractEvents(text, { now, published: '2024-05-02' }).events.map((e) => [e.start, e.location?.name ?? e.location?.address ?? null]);

describe('another gathering of the day at another place', () => {
  it.each([
    ['an additive clause with its own thing and place (fr)',
      'Semaine de l\'accueil. Le samedi 18 mai 2024, un atelier d\'écriture est proposé à la Maison des Associations, ainsi que des jeux pour les enfants au Centre Social Arc-en-Ciel.',
      [['2024-05-18', 'Maison des Associations'], ['2024-05-18', 'Centre Social Arc-en-Ciel']]],
    ['an additive clause with its own thing and place (de)',
      'Woche der Begegnung. Am Samstag, 18. Mai 2024 gibt es ein Erzählcafé im Bürgerhaus Nord sowie ein Fußballturnier in der Sporthalle Süd.',
      [['2024-05-18', 'Bürgerhaus Nord'], ['2024-05-18', 'Sporthalle Süd']]],
    ['the same evening, at another place (fr)',
      'Un atelier de cuisine du monde aura lieu le samedi 18 mai 2024 à la Maison des Associations.\n\nLe repas sera partagé le soir même à la Salle des Fêtes, lors d\'un apéro ouvert à tous.',
      [['2024-05-18', 'Maison des Associations'], ['2024-05-18', 'Salle des Fêtes']]],
    ['in the evening, a gathering held elsewhere (de)',
      'Am Samstag, 18. Mai 2024 findet ein Sprachcafé für Geflüchtete im Bürgerhaus Nord statt.\n\nAm Abend findet ein Konzert mit Musikerinnen aus Syrien in der Stadthalle Süd statt.',
      [['2024-05-18', 'Bürgerhaus Nord'], ['2024-05-18', 'Stadthalle Süd']]],
    ['a sequence word and a gathering named with no verb (it)',
      'Sabato 18 maggio 2024 si terrà un laboratorio di cucina presso la Casa delle Culture.\n\nA seguire, concerto dei cori multietnici presso il Teatro Comunale.',
      [['2024-05-18', 'Casa delle Culture'], ['2024-05-18', 'Teatro Comunale']]],
  ])('%s', (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('near misses: the day stays one gathering', () => {
  it.each([
    ['a clause that only adds a place (fr)',
      'Le samedi 18 mai 2024, un atelier d\'écriture est proposé à la Maison des Associations, ainsi qu\'au Centre Social Arc-en-Ciel.'],
    ['a lunch joined to the day (en)',
      'On Saturday 18 May 2024 a conference on refugee housing will take place at the Town Hall of Leeds, as well as lunch at the Corn Exchange.'],
    ['an afternoon\'s further items (it)',
      'Sabato 18 maggio 2024 alle 12, nell\'Aula Magna, si terrà la messa per i migranti. Nel pomeriggio sono previste le testimonianze dei giovani ospiti, oltre a esibizioni musicali dei gruppi legati alla Scuola Civica di Musica.'],
    ['"following the meeting held at ..." is a past cause, not what comes next (it)',
      'Sabato 18 maggio 2024 si terrà un pranzo condiviso presso la Casa delle Culture.\n\nIn seguito alla riunione tenutasi presso la Sala Consiliare, si è deciso di organizzare questo evento.'],
    ['a later part of the day at the same place (es)',
      'El sábado 18 de mayo de 2024 habrá un taller de cocina en el Centro Cívico Norte.\n\nPor la tarde se celebrará un concierto en el Centro Cívico Norte.'],
  ])('%s', (_name, text) => {
    expect(read(text)).toHaveLength(1);
  });
});

describe('the next stage of a day told as its own', () => {
  it.each([
    ['a report of a day in two stages (fr)',
      'Le mercredi 19 juin 2024, la journée s\'est ouverte par une conférence sur l\'emploi des réfugiés au Centre Culturel Jean Vilar.\n\nDeuxième étape de la journée, une table ronde organisée dans les locaux de la Maison des Associations, avec des jeunes exilés.',
      [['2024-06-19', 'Centre Culturel Jean Vilar'], ['2024-06-19', 'Maison des Associations']]],
    ['a visit to two places on one day (it)',
      'Sabato 22 giugno 2024 la delegazione ha partecipato al convegno sull\'accoglienza presso la Casa delle Culture di Asti.\n\nSeconda tappa, un incontro con i mediatori culturali presso la Biblioteca Civica di Alba.',
      [['2024-06-22', 'Casa delle Culture di Asti'], ['2024-06-22', 'Biblioteca Civica di Alba']]],
  ])('%s', (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['a meal as the next stop (en)',
      'On Saturday 22 June 2024 the delegation attended a conference on refugee welcome at the Town Hall of Leeds.\n\nNext stop was lunch at the Corn Exchange.'],
    ['the next stage at the same place (de)',
      'Am Samstag, 22. Juni 2024 fand ein Workshop für Geflüchtete im Bürgerhaus Nord statt.\n\nZweite Station war eine Gesprächsrunde im Bürgerhaus Nord.'],
  ])('near miss: %s', (_name, text) => {
    expect(read(text)).toHaveLength(1);
  });
});
