// A venue the page names in full once and by its own word alone in a gathering's sentence (issue 12, session 20).
// Texts are written for these tests; none is copied from a page.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';
import { distinctiveWord } from '../../../lib/extract/venue.ts';

const now = new Date('2026-11-30T12:00:00Z');
const nameOf = (text: string) => extractEvents(text, { now, published: '2026-01-10' }).events.map((e) => e.location?.name);

describe("the word that tells a venue from others of its kind", () => {
  it.each([
    ['St. Augustine’s Centre', 'augustine'],
    ['Museo di Jamtli', 'jamtli'],
    ['Maison des Associations', 'associations'],
    ['Centro Cívico', undefined],
  ])('%s', (name, word) => {
    expect(distinctiveWord(name)).toBe(word);
  });
});

describe('a venue named by its own word alone in a gathering’s sentence', () => {
  it.each([
    ['en', 'Our year with refugees\n\nMany newcomers found friends here at St. Bridget’s Centre this winter.\n\nSt. Bridget’s opened the summer with a welcome party for refugee families on Saturday 6 June 2026.',
      'St Bridget’s Centre'],
    ['fr', 'Une année avec les réfugiés\n\nLes familles accueillies se retrouvent chaque semaine à la Maison Vaucanson pour apprendre le français.\n\nVaucanson a fêté l’été avec une soirée pour les familles réfugiées le samedi 6 juin 2026.',
      'Maison Vaucanson'],
  ])('%s', (_lang, text, name) => {
    expect(nameOf(text)).toEqual([name]);
  });

  it('near miss: a town that also names a venue is the town, not the venue', () => {
    const text = 'Our year with refugees\n\nNewcomers meet every week at the Leeds Central Library.\n\nOn Fridays the choir sings at the Hope Hall.\n\nIn Leeds we held a welcome party for refugee families on Saturday 6 June 2026.\n\nA picnic for refugee families takes place on Sunday 14 June 2026 at Roundhay Park.';
    expect(nameOf(text)).not.toContain('Leeds Central Library');
  });

  it('near miss: two venues sharing the word leave the choice open', () => {
    const text = 'Our year with refugees\n\nNewcomers meet at the Bridget Hall.\n\nChildren read at the Bridget Library.\n\nBridget volunteers held a welcome party for refugee families on Saturday 6 June 2026.\n\nA picnic for refugee families takes place on Sunday 14 June 2026 at Roundhay Park.';
    expect(nameOf(text)[0] ?? '').not.toMatch(/Bridget/);
  });
});
