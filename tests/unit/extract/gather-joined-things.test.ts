// A plain "and"/"or" that joins a second thing at a place of its own ("un atelier au centre social et un concert à la salle
// Pablo Neruda"): a second gathering that day. Near misses: two things at one place are one gathering's parts, and a joined
// thing with its own date is that date's.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

const now = new Date('2026-11-30T12:00:00Z');
const places = (text: string) => extractEvents(text, { now, published: '2025-05-20' }).events.map((e) => [e.start, e.location?.name ?? null]);

describe('a second thing joined by and/or at its own place', () => {
  it.each([
    ['fr', 'Fête de quartier\n\nLe samedi 14 juin, un atelier de cuisine aura lieu au centre social des Tilleuls et un concert à la salle Pablo Neruda.',
      [['2025-06-14', 'centre social des Tilleuls'], ['2025-06-14', 'salle Pablo Neruda']]],
    ['es', 'Fiesta del barrio\n\nEl sábado 14 de junio habrá un taller de cocina en el Centro Cívico Delicias y un concierto en el Parque Grande.',
      [['2025-06-14', 'Centro Cívico Delicias'], ['2025-06-14', 'Parque Grande']]],
  ])('%s', (_lang, text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('near misses', () => {
  it.each([
    ['two things at one place (fr)', 'Fête de quartier\n\nLe samedi 14 juin, un atelier de cuisine et un goûter auront lieu au centre social des Tilleuls.', 1],
    ['the joined thing has its own date (it)', 'Settimana dell\'accoglienza\n\nSabato 14 giugno un laboratorio di cucina si terrà presso il Centro Sociale Tilleuls e un concerto (domenica 15 giugno presso il Teatro Verdi).', 2],
  ])('%s', (_name, text, count) => {
    const out = places(text);
    expect(out).toHaveLength(count);
    expect(out.filter(([start]) => start === '2025-06-14')).toHaveLength(1);
  });
});
