// Capitalised words after a place word that name a theme, a portfolio or a project, not a place (own sentences).
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';
import { isAbstractNoun } from '../../../lib/extract/abstract-nouns.ts';

const now = new Date('2026-12-31T23:40:00Z');
const locations = (text: string) => extractEvents(text, { now }).events.map((e) => e.location ?? null);

describe('a theme is no place', () => {
  it.each([
    ['en, a project named "in Nature"', 'Kick-off meeting of the Erasmus+ project Learning in Nature on 12 January 2022.'],
    ['en, two words of no town', 'Workshop of the Academy for Refugee Integration in Polish Cities on 11 October 2023.'],
    ['fr, a ministry\'s portfolio', 'Rencontre au cabinet de la secrétaire d’État à l’Asile et à la Migration, le 4 septembre 2015.'],
    ['es, a deputy mayor\'s portfolio', 'Acto con la teniente de alcalde de Bienestar Social el 23 de octubre de 2008 a las 18:00.'],
    ['it, a theme after "in"', 'Seminario sulle buone pratiche in Formazione e Integrazione il 5 marzo 2024 alle 10.'],
    ['de, a theme after "in"', 'Fachtag zur Arbeit in Ausbildung und Beschäftigung am 5. März 2024 um 10 Uhr.'],
  ])('%s', (_name, text) => {
    expect(locations(text)).toEqual([null]);
  });

  it.each([
    ['a town the lists do not know', 'Fête interculturelle le 18 juin 2022 à Haguenau.', 'Haguenau'],
    ['a venue by its own name', 'Concert solidaire le 4 septembre 2015 à la Friche.', 'Friche'],
    ['a mayor\'s town', 'Acto con el alcalde de Teror el 23 de octubre de 2008 a las 18:00 en la plaza.', 'Teror'],
  ])('near miss: %s stays', (_name, text, place) => {
    expect(JSON.stringify(locations(text))).toContain(place);
  });

  it.each([['migration', true], ['nature', true], ['bildung', true], ['gesellschaft', true], ['integrazione', true], ['haguenau', false], ['lyon', false], ['tubingen', false]])('isAbstractNoun(%s) is %s', (word, abstract) => {
    expect(isAbstractNoun(word)).toBe(abstract);
  });
});
