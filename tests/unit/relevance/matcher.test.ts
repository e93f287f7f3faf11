import { describe, expect, it } from 'vitest';
import { compileTerms } from '../../../lib/relevance/matcher.ts';

// The phrase check before a phrase's pattern (matcher.ts canContinue) must turn away only what
// the pattern itself would: every joint form a phrase accepts still matches.
const matcher = compileTerms([
  { term: "l'exil", weight: 1 },
  { term: 'in fuga dalla guerra', weight: 1 },
  { term: 'e-learning', weight: 1 },
  { term: 'social inclusion', weight: 1 },
  { term: 'social', weight: 1 },
] as never);

const found = (text: string) => matcher.find(text).map((h) => text.slice(h.index, h.index + h.length));

describe('compileTerms phrases', () => {
  it.each([
    ["sur l'exil et", ["l'exil"]],
    ['sur l\u2019exil et', ['l\u2019exil']],
    ['sur l exil et', ['l exil']],
    ['sur lexil et', []],
    ['famiglie in fuga dalla guerra in', ['in fuga dalla guerra']],
    ['famiglie in  fuga\u00a0dalla-guerra', ['in  fuga\u00a0dalla-guerra']],
    ['famiglie in fuga da casa', []],
    ['corsi e learning', ['e learning']],
    ['corsi e\u2011learning', ['e\u2011learning']],
    ['for social inclusion now', ['social inclusion']],
    ['social\tinclusion', ['social\tinclusion']],
    // Near miss: the first word alone, then another word: the single-word term, not the phrase.
    ['social cohesion', ['social']],
    ['social inclusive', ['social']],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

// Words outside Latin get a hashed key (words.ts prefixKey) that other words may share: the
// letters decide, the key only narrows the terms tried.
describe('compileTerms beyond Latin letters', () => {
  const cyrillic = compileTerms([{ term: 'біженц*', weight: 1 }, { term: 'μετανάστες', weight: 1 }] as never);
  it.each([
    ['допомога для біженців у місті', ['біженців']],
    ['οι μετανάστες της πόλης', ['μετανάστες']],
    // Near misses: the same first letters, another word.
    ['біжать до міста', []],
    ['μεταναστευτικός νόμος', []],
  ])('%j', (text, expected) => {
    expect(cyrillic.find(text).map((h) => text.slice(h.index, h.index + h.length))).toEqual(expected);
  });
});
