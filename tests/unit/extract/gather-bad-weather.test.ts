// A place given for bad weather ("In caso di maltempo ... presso la Palestra", "en cas de pluie ... à la salle", "en caso de
// lluvia ... en el Centro Cívico") is where the same gathering moves, not another gathering of the day; the same sentence
// without the weather words names a second gathering.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

const now = new Date('2026-11-30T12:00:00Z');
const count = (text: string) => extractEvents(text, { now, published: '2025-05-20' }).events.length;

describe('a place for bad weather is the same gathering', () => {
  it.each([
    ['it', 'Festa dei popoli\n\nSabato 14 giugno alle ore 16 la festa si terrà presso il Parco della Pace. In caso di maltempo, alle ore 18, la festa si terrà presso la Palestra Comunale Don Bosco.'],
    ['fr', 'Fête des voisins\n\nLe samedi 14 juin à 16h, la fête aura lieu au parc de la Tête d\'Or. Le soir même, en cas de pluie, le concert aura lieu à la salle Pablo Neruda.'],
    ['es', 'Día del barrio\n\nEl sábado 14 de junio a las 16:00 la fiesta se celebrará en el Parque Grande. A continuación, en caso de lluvia, el concierto se celebrará en el Centro Cívico Delicias.'],
  ])('%s', (_lang, text) => {
    expect(count(text)).toBe(1);
  });

  it('without the weather words, the second place is a second gathering (fr)', () => {
    expect(count('Fête des voisins\n\nLe samedi 14 juin à 16h, la fête aura lieu au parc de la Tête d\'Or. Le soir même, le concert aura lieu à la salle Pablo Neruda.')).toBe(2);
  });
});
