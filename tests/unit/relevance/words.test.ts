import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKeepLength } from '../../../lib/relevance/fold.ts';
import { prefixKey, wordsOf } from '../../../lib/relevance/words.ts';

const listed = (folded: string) => {
  const w = wordsOf(folded);
  return Array.from({ length: w.count }, (_, i) => folded.slice(w.start[i], w.end[i]));
};

// Expected words are folded (accents and hamza seats dropped, as the matchers see them).
describe('wordsOf', () => {
  it.each([
    ['Réfugiés et migrants, 2022 !', ['refugies', 'et', 'migrants', '2022']],
    ["L'atelier d’accueil", ['l', 'atelier', 'd', 'accueil']],
    ['Straße 12–14 × 3', ['straße', '12', '14', '3']],
    ['Біженці та мігранти', ['біженці', 'та', 'мігранти']],
    ['لاجئين في بروكسل', ['لاجيين', 'في', 'بروكسل']],
    ['', []],
    ['... — !!', []],
  ])('%s', (text, expected) => {
    expect(listed(foldKeepLength(text))).toEqual(expected);
  });

  it('gives each word the prefix number of its first three letters', () => {
    const folded = 'refugees re r';
    const w = wordsOf(folded);
    expect([...w.key.subarray(0, w.count)]).toEqual([prefixKey('ref'), prefixKey('re'), prefixKey('r')]);
    expect(prefixKey('refugees')).toBe(prefixKey('refuge'));
    expect(prefixKey('re')).not.toBe(prefixKey('ref'));
  });

  it('keeps the words of a page it saw a few texts ago, and never mixes texts up', () => {
    const page = foldKeepLength('Workshop for refugees in Ghent. '.repeat(20));
    const first = wordsOf(page);
    wordsOf('title one');
    wordsOf('title two');
    expect(wordsOf(page)).toBe(first);
    expect(listed('title two')).toEqual(['title', 'two']);
  });

  it('finds the same words as a plain pattern over any folded text', () => {
    const pattern = /[a-z0-9\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff\u2c00-\uffef]+/g;
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const folded = foldKeepLength(text);
        expect(listed(folded)).toEqual(folded.match(pattern) ?? []);
      }),
      { numRuns: 300 },
    );
  });
});
