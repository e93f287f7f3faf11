import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { standsAlone } from '../../../lib/extract/place.ts';

/** What standsAlone replaces: a pattern made for each word. */
const byPattern = (text: string, word: string) => new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text);

describe('standsAlone: a word with no letter right before or after it', () => {
  const CASES: Array<[string, string, string, boolean]> = [
    ['a word between spaces (en)', 'the project in Lyon', 'project', true],
    ['a word inside a longer one (near miss)', 'the projects in Lyon', 'project', false],
    ['a word after an apostrophe (fr)', "l'atelier de Lyon", 'atelier', true],
    ['a word after an accented letter (near miss, de)', 'Fußball', 'ball', false],
    ['a word before a letter outside the BMP (near miss)', 'ball𝒜', 'ball', false],
    ['a second occurrence that stands alone', 'balls and ball', 'ball', true],
    ['an occurrence overlapping another', 'aaa a', 'aa', false],
  ];
  for (const [name, text, word, expected] of CASES) {
    it(`${name}: as the pattern says`, () => {
      expect(byPattern(text, word)).toBe(expected);
      expect(standsAlone(text, word)).toBe(expected);
    });
  }

  it('answers as the pattern on texts of letters, marks, digits, spaces and letters outside the BMP', () => {
    const piece = fc.constantFrom('ab', 'a', 'b', ' ', '-', "'", '1', 'é', 'ß', '𝒜', '\ud835', '\u0301', 'Ab', '.', '(');
    fc.assert(fc.property(fc.array(piece, { maxLength: 14 }), fc.array(fc.constantFrom('a', 'b', 'ab', 'é', '𝒜'), { minLength: 1, maxLength: 3 }), (parts, wordParts) => {
      const text = parts.join('');
      const word = wordParts.join('');
      expect(standsAlone(text, word)).toBe(byPattern(text, word));
    }), { numRuns: 3000 });
  });
});
