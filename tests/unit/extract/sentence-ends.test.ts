import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { continuesPastBreak, isBoundary, readText, sentenceAt, type PageText, type Span } from '../../../lib/extract/text.ts';

/** The sentence as it was read before the page's sentence ends were indexed: a walk from the position each way. */
function walked(page: PageText, pos: number): Span {
  const { text } = page;
  const ends = (i: number) => isBoundary(text, i) && !continuesPastBreak(text, i);
  let start = pos;
  const minStart = Math.max(0, pos - 600);
  while (start > minStart && !ends(start - 1)) start--;
  let end = pos;
  const maxEnd = Math.min(text.length, pos + 600);
  while (end < maxEnd && !ends(end)) end++;
  if (end < text.length && text[end] !== '\n') end++;
  return { start, end };
}

describe('sentenceAt from the page\'s sentence ends', () => {
  const CASES: Array<[string, string, number, Span]> = [
    ['a full stop and a capital (en)', 'First one. Second one here.', 14, { start: 10, end: 27 }],
    ['an hour before a month (de near miss)', 'Am 3. Mai bis 19. Mai offen. Danach zu.', 20, { start: 0, end: 28 }],
    ['a line that ends on a comma goes on (fr)', 'Le 23 mars,\n\nles partenaires se sont réunis.\nFin', 15, { start: 0, end: 44 }],
  ];
  for (const [name, text, pos, span] of CASES) {
    it(name, () => expect(sentenceAt(readText(text), pos)).toEqual(span));
  }

  it('gives every position the sentence the walk gives, in any order of asking', () => {
    const piece = fc.constantFrom('Ab', 'cd', ' ', '. ', '.', '\n', '\n\n', ',', ', ', '3', '19', 'bis ', 'Mai', '! ', '? ', 'J. ', 'n. 4', '"Q', 'alle 19. ', 'x'.repeat(150));
    fc.assert(fc.property(fc.array(piece, { maxLength: 200 }), fc.array(fc.integer({ min: -3, max: 1400 }), { minLength: 1, maxLength: 8 }), (parts, positions) => {
      const page = readText(parts.join(''));
      for (const pos of positions) expect(sentenceAt(page, pos)).toEqual(walked(page, pos));
    }), { numRuns: 1500 });
  });
});
