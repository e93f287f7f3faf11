// A sentence that opens by naming its day again ("The same day, ...", "Le soir même, ...", "Am selben Abend ...", "Lo stesso
// giorno, ...", "Ese mismo día, ...") tells another gathering of that day, with its own hours when it gives them: one of its
// own at another place, or after the day's gathering has ended. At the day's place and inside its hours, or with neither a
// place nor an hour, it stays the day's one gathering. (Sentences written for these tests.)
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';
import { opensWithSameDay } from '../../../lib/extract/gather-same-day.ts';

const now = new Date('2026-11-30T12:00:00Z');
const read = (text: string) => extractEvents(text, { now, published: '2024-05-02' }).events.map((e) => [e.start, e.end ?? null]);

describe('another gathering said on "the same day"', () => {
  it.each([
    ['after the day\'s walk has ended, no place word (en)',
      'Welcome Week in Leeds. On Saturday 18 May 2024 the walk of welcome runs from 10am to 1pm, starting at the Town Hall of Leeds.\n\nOn the same day, 5pm to 8pm, the community garden hosts family games and a concert.',
      [['2024-05-18T10:00', '2024-05-18T13:00'], ['2024-05-18T17:00', '2024-05-18T20:00']]],
    ['a lunch at another place, the day\'s place unknown (en)',
      'Welcome Week. Wednesday, May 22, 2024 has a breakfast with new neighbours, 9am to 11am.\n\nThe same day, noon to 2pm, sees a shared lunch with music at St Anne\'s Parish Centre.',
      [['2024-05-22T09:00', '2024-05-22T11:00'], ['2024-05-22T12:00', '2024-05-22T14:00']]],
    ['the same evening, at another place and hour (fr)',
      'Semaine de l\'accueil. Le samedi 18 mai 2024, un atelier de cuisine du monde a lieu de 10h à 12h à la Maison des Associations.\n\nLe soir même, à 20h, un concert est proposé à la Salle des Fêtes.',
      [['2024-05-18T10:00', '2024-05-18T12:00'], ['2024-05-18T20:00', null]]],
    ['the same evening, after the day has ended (de)',
      'Woche der Begegnung. Am Samstag, 18. Mai 2024 findet von 10 bis 13 Uhr ein Sprachcafé für Geflüchtete im Bürgerhaus Nord statt.\n\nAm selben Abend ab 19 Uhr gibt es ein Konzert mit Musikerinnen aus Syrien.',
      [['2024-05-18T10:00', '2024-05-18T13:00'], ['2024-05-18T19:00', null]]],
    ['the same day, at another place (it)',
      'Settimana dell\'accoglienza. Sabato 18 maggio 2024 dalle 10 alle 12 si terrà un laboratorio di cucina presso la Casa delle Culture.\n\nLo stesso giorno, alle 17, si terrà un torneo di calcio presso il Campo Sportivo Comunale.',
      [['2024-05-18T10:00', '2024-05-18T12:00'], ['2024-05-18T17:00', null]]],
    ['the same day, at another place (es)',
      'Semana de la acogida. El sábado 18 de mayo de 2024, a las 11:00, habrá un taller de cocina en el Centro Cívico Norte.\n\nEse mismo día, a las 19:00, se celebrará un concierto en el Teatro Principal.',
      [['2024-05-18T11:00', null], ['2024-05-18T19:00', null]]],
  ])('%s', (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('near misses: the day stays one gathering', () => {
  it.each([
    ['the same place, inside the day\'s hours (en)',
      'On Saturday 18 May 2024 a conference on refugee housing runs from 9am to 5pm at the Town Hall of Leeds.\n\nThe same day, at 2pm, a workshop will take place at the Town Hall of Leeds.'],
    ['neither a place nor an hour (fr)',
      'Le samedi 18 mai 2024, un atelier d\'écriture a lieu à la Maison des Associations.\n\nLe même jour, un goûter sera offert aux enfants.'],
    ['the same-day words inside the sentence, not opening it (it)',
      'Sabato 18 maggio 2024 alle 10 si terrà un laboratorio di cucina presso la Casa delle Culture.\n\nI partecipanti potranno iscriversi anche lo stesso giorno presso la Biblioteca Civica.'],
  ])('%s', (_name, text) => {
    expect(read(text)).toHaveLength(1);
  });
});

describe('opensWithSameDay', () => {
  it.each([
    ['the same day, noon-3pm, sees a lunch', true],
    ['on the same day is the chance to join', true],
    ['le soir meme, a 20h, un concert', true],
    ['am selben abend um 19 uhr gibt es', true],
    ['lo stesso giorno, alle 17, si terra', true],
    ['ese mismo dia, a las 19:00, se celebrara', true],
    ['les inscriptions sont possibles le meme jour sur place', false],
  ])('%s', (text, expected) => {
    expect(opensWithSameDay(text)).toBe(expected);
  });
});
