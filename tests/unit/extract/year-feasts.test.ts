import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';
import { easter } from '../../../lib/extract/year-feasts.ts';

// Late in the year and late in the day: no year may come from the wall clock.
const now = new Date('2026-12-31T23:40:00Z');
const starts = (text: string) => extractEvents(text, { now }).events.map((e) => e.start);

describe('easter', () => {
  it.each([
    [2000, { m: 4, d: 23 }],
    [2008, { m: 3, d: 23 }],
    [2019, { m: 4, d: 21 }],
    [2024, { m: 3, d: 31 }],
    [2025, { m: 4, d: 20 }],
    [2038, { m: 4, d: 25 }],
  ])('%i', (y, expected) => {
    expect(easter(y)).toEqual(expected);
  });
});

describe('a feast that moves with Easter, named beside a day of a page that writes no year', () => {
  it.each([
    ['de', 'Interkulturelles Picknick mit Geflüchteten am Pfingstmontag, 20. Mai, im Stadtpark.', '2024-05-20'],
    ['fr', 'Repas partagé avec les réfugiés le lundi de Pâques 1er avril à la salle des fêtes.', '2024-04-01'],
    ['es', 'Procesión intercultural el Domingo de Ramos, 24 de marzo, con las comunidades migrantes.', '2024-03-24'],
    ['it', 'Festa dei popoli il lunedì di Pasquetta, 1 aprile, nel parco con le comunità migranti.', '2024-04-01'],
    ['en', 'Intercultural picnic with refugee families on Easter Monday, 22 April, in the park.', '2019-04-22'],
  ])('%s', (_lang, text, expected) => {
    expect(starts(text)).toEqual([expected]);
  });

  it.each([
    ['de', 'Sprachcafé für Geflüchtete am 3. Mai im Rathaus, nicht am Ostermontag.', '2027-05-03'],
    ['fr', 'Après le lundi de Pâques, atelier emploi pour les réfugiés le 3 mai à la mairie.', '2027-05-03'],
  ])('near miss, %s: a day that is never that feast keeps the year its posting day gives', (_lang, text, expected) => {
    expect(extractEvents(text, { now, published: '2026-12-01' }).events.map((e) => e.start)).toEqual([expected]);
  });

  it.each([
    ['de', 'Sprachcafé für Geflüchtete am 3. Mai im Rathaus, nicht am Ostermontag.'],
    ['fr', 'Après le lundi de Pâques, atelier emploi pour les réfugiés le 3 mai à la mairie.'],
  ])('near miss, %s: a day that is never that feast, on a page with no year, has none (no event)', (_lang, text) => {
    expect(starts(text)).toEqual([]);
  });
});
