import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

// Late in the year and late in the day: no year may come from the wall clock.
const now = new Date('2026-12-31T23:40:00Z');
const starts = (text: string) => extractEvents(text, { now, published: '2024-09-03' }).events.map((e) => e.start);

describe('a day number said to be of the month under way', () => {
  it.each([
    ['fr', 'Atelier emploi pour les réfugiés le 12 courant à la mairie.'],
    ['fr', 'Repas partagé avec les familles accueillies le 12 du mois en cours, salle des fêtes.'],
    ['de', 'Sprachcafé für Geflüchtete am 12. dieses Monats im Rathaus.'],
    ['en', 'Job fair for refugees on the 12th of this month in the town hall.'],
    ['it', 'Incontro con le comunità migranti il 12 c.m. presso la sala civica.'],
    ['it', 'Cena dei popoli il 12 del mese corrente presso la parrocchia.'],
    ['es', 'Taller de empleo para migrantes el 12 del corriente en el centro cívico.'],
    ['es', 'Encuentro intercultural el 12 del presente mes en el polideportivo.'],
  ])('%s: %s', (_lang, text) => {
    expect(starts(text)).toEqual(['2024-09-12']);
  });

  it.each([
    ['a rent due on a day of the month, no gathering', 'Le loyer est payé le 5 de ce mois par virement.'],
    ['a running current, no day', 'Le courant passe bien entre les bénévoles et les familles.'],
    ['a number of a law, no day', 'Ley 12 del presente mes de regulación de alquileres.'],
  ])('near miss: %s', (_name, text) => {
    expect(starts(text)).toEqual([]);
  });
});
