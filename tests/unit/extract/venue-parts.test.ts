// The open part of a place and whose it is ("dans la cour de l'école Jean Macé", "in the garden of the Meeting
// House"), "care of" an organisation ("c/o Centro Astalli"), and a place not known yet ("Venue: TBC") (issue 12,
// session 20). Sentences are written for these tests; none is copied from a page.
import { describe, expect, it } from 'vitest';
import { placeFromValue } from '../../../lib/extract/place.ts';
import { venueIn, venueLine } from '../../../lib/extract/venue.ts';

describe('the open part of a place, then whose it is', () => {
  it.each([
    ["La fête aura lieu dans la cour de l'école Jean Macé à 16h.", 'école Jean Macé'],
    ['The picnic takes place in the garden of the Quaker Meeting House.', 'Quaker Meeting House'],
    ['La fiesta será en el patio del colegio Cervantes a las 17:00.', 'colegio Cervantes'],
    ['La festa si terrà nel cortile della scuola Manzoni alle 16.', 'cortile della scuola Manzoni'],
  ])('%s', (text, name) => {
    expect(venueIn(text)?.name).toBe(name);
  });

  it('near miss: a court of law is no courtyard', () => {
    expect(venueIn('Le recours sera examiné par la cour de justice en mars.')).toBeUndefined();
  });
});

describe('care of an organisation', () => {
  it.each([
    ['Il corso inizia alle 18 c/o Centro Astalli, via degli Astalli 14, Roma.', 'Centro Astalli'],
    ['Permanence juridique c/o Maison des Femmes le mardi.', 'Maison des Femmes'],
  ])('%s', (text, name) => {
    expect(venueIn(text)?.name).toBe(name);
  });

  it('near miss: c/o before a lower-case word names nobody', () => {
    expect(venueIn('Letters go c/o the office downstairs.')).toBeUndefined();
  });
});

describe('a place not known yet is no place', () => {
  it.each([['TBC'], ['To be confirmed'], ['à définir'], ['da definire'], ['por determinar'], ['wird noch bekannt gegeben']])('%s', (value) => {
    expect(placeFromValue(value)).toBeUndefined();
  });

  it('near miss: a venue whose name holds such a word is kept', () => {
    expect(placeFromValue('Centre Pendiente Verde, Lyon')?.name).toBe('Centre Pendiente Verde');
  });
});

describe('where someone works or is supported is no venue', () => {
  it.each([
    ["Les réfugiés que l'on accompagne chez France Horizon exposent leurs œuvres."],
    ['Maria, che lavora presso la Caritas Ambrosiana, racconta la sua storia.'],
    ['Anna, bénévole chez Emmaüs Solidarité, anime la soirée.'],
  ])('%s', (text) => {
    expect(venueIn(text)).toBeUndefined();
  });

  it.each([
    // Near misses: a gathering held "chez" or "presso" an organisation is there.
    ['Le repas solidaire aura lieu chez Emmaüs Connect à midi.', 'Emmaüs Connect'],
    ["L'incontro si terrà presso la Caritas Ambrosiana alle 18.", 'Caritas Ambrosiana'],
  ])('%s', (text, name) => {
    expect(venueIn(text)?.name).toBe(name);
  });
});

describe('a person and the office they hold is no venue line', () => {
  it.each([['Barbara Verdi Assessore Scuola'], ['Anne Martin Adjointe Culture'], ['Juan Pérez Concejal Cultura']])('%s', (line) => {
    expect(venueLine(line)).toBeUndefined();
  });

  it('near miss: a school line without an office is a venue line', () => {
    expect(venueLine('Scuola Media Manzoni')?.name).toBe('Scuola Media Manzoni');
  });
});
