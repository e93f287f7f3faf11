// A plain "and" with a part of the day ("y, por la tarde, ...", "and in the evening ...", "et le soir ...", "und am Abend ...",
// "e in serata ...") that opens another thing of the day at another place: a gathering of its own. At the day's own place it
// stays the day's programme. (Sentences written for these tests.)
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

const now = new Date('2026-11-30T12:00:00Z');
const read = (text: string) => extractEvents(text, { now, published: '2024-05-02' }).events.map((e) => [e.start, e.location?.name ?? e.location?.address ?? null]);

describe('"and" with a part of the day opens another gathering at another place', () => {
  it.each([
    ['y, por la tarde (es)',
      'Domingo 19 de mayo de 2024: a las 11:00 habrá una misa en la Iglesia de San Pedro y, por la tarde, un concierto en el Teatro Principal.',
      [['2024-05-19T11:00', 'Iglesia de San Pedro'], ['2024-05-19', 'Teatro Principal']]],
    ['and in the evening (en)',
      'On Sunday 19 May 2024 a breakfast for new neighbours will be held at the Town Hall of Leeds at 10am, and in the evening a concert at the Old Mill.',
      [['2024-05-19T10:00', 'Town Hall of Leeds'], ['2024-05-19', 'Old Mill']]],
    ['et le soir (fr)',
      'Le dimanche 19 mai 2024, un atelier d\'écriture a lieu à la Maison des Associations à 10h, et le soir un bal à la Salle des Fêtes.',
      [['2024-05-19T10:00', 'Maison des Associations'], ['2024-05-19', 'Salle des Fêtes']]],
    ['und am Abend (de)',
      'Am Sonntag, 19. Mai 2024 gibt es um 10 Uhr ein Erzählcafé im Bürgerhaus Nord und am Abend ein Konzert in der Stadthalle.',
      [['2024-05-19T10:00', 'Bürgerhaus Nord'], ['2024-05-19', 'Stadthalle']]],
    ['e in serata (it)',
      'Domenica 19 maggio 2024 alle 10 si terrà un laboratorio presso la Casa delle Culture e in serata una cena presso la Casa del Popolo.',
      [['2024-05-19T10:00', 'Casa delle Culture'], ['2024-05-19', 'Casa del Popolo']]],
  ])('%s', (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('at the day\'s own place it stays one gathering (fr)', () => {
    expect(read('Le dimanche 19 mai 2024, un atelier d\'écriture a lieu à la Maison des Associations à 10h, et le soir un repas à la Maison des Associations.')).toHaveLength(1);
  });
});
