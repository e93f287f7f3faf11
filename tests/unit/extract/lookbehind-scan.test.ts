import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LookbehindScan, leadingLookbehinds } from '../../../lib/extract/lookbehind-scan.ts';

/** Every match of a global pattern (or a LookbehindScan) from the start, as [index, text, groups...]. */
function all(p: { lastIndex: number; exec(text: string): RegExpExecArray | null }, text: string): string[][] {
  const out: string[][] = [];
  p.lastIndex = 0;
  for (let m = p.exec(text); m; m = p.exec(text)) {
    out.push([String(m.index), ...m.map((g) => g ?? '-')]);
    if (m[0] === '') p.lastIndex = m.index + 1;
  }
  return out;
}

const PATTERNS = [
  /(?<![\p{L}\p{N}])(from|de|dalle|von)\s+(\d{1,2})\s*(?:to|a|alle|bis|-)\s*(\d{1,2})/gu,
  /(?<![\p{N}.,:])([01]?\d|2[0-3])\s?(?:uhr|h)\s([0-5]\d)/gu,
  // Two lookbehinds, one nested, and a class holding brackets.
  /(?<![\p{L}\p{N}.:,])(?<!(?<!(?<![\d/.])\d{1,2})\/)(?:the\s+)?(\d{1,2})\s+(mai|may|maggio|mayo)/gu,
  /(?<=(?:^|[^\p{L}])(?:am|le|el)\s)(\d{1,2})\.(\d{1,2})\./gu,
  /(?<![(\]])(\d+)/g,
];

describe('LookbehindScan', () => {
  it.each([
    ['Workshop from 10 to 12, dalle 9 alle 13; Sprachcafé von 14 bis 16', 0],
    ['rifrom 10 to 12 and from 10 to 12', 0],
    ['10 h 30, 12h45, 3.10 h 30, 19 uhr 15', 1],
    ['the 5 May, 12/5 May, 1/2/5 mai, 27/28 mayo, x5 maggio, .5 may', 2],
    ['am 17.04. und le 3.5. und Xam 4.6.', 3],
    ['(12) ]3 a4 5', 4],
    // Letters outside the basic plane before and inside the text.
    ['𝐀from 10 to 12 𝐀 from 10 to 12', 0],
  ])('%j gives the matches the whole pattern gives', (text, k) => {
    const pattern = PATTERNS[k]!;
    expect(all(new LookbehindScan(pattern), text)).toEqual(all(new RegExp(pattern.source, pattern.flags), text));
  });

  it('gives the same matches as the whole pattern on any text of the right alphabet', () => {
    const alphabet = fc.constantFrom(...'0123456789 ./:,-()]hHmaiyuotfrdlbsvxe\u00e9𝐀'.match(/./gu)!, 'from ', 'dalle ', 'the ', 'am ', 'uhr', 'mai', 'may', 'maggio');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')), fc.integer({ min: 0, max: PATTERNS.length - 1 }), (text, k) => {
      const pattern = PATTERNS[k]!;
      expect(all(new LookbehindScan(pattern), text)).toEqual(all(new RegExp(pattern.source, pattern.flags), text));
    }), { numRuns: 600 });
  });

  it('keeps the caller\'s lastIndex moves (a loop that steps on by one character)', () => {
    const scan = new LookbehindScan(/(?<![\p{L}])(\d)(\d)?/gu);
    scan.lastIndex = 0;
    const first = scan.exec('a1 23 4')!;
    expect(first.index).toBe(3);
    // ("3" after "2": a digit, no letter, before it.)
    scan.lastIndex = first.index + 1;
    expect(scan.exec('a1 23 4')!.index).toBe(4);
  });

  it.each([
    [/(?<![\p{L}])x/u.source, 12],
    [/(?<![\p{L}])(?<![(\]])x/u.source, 22],
    [/x(?<![\p{L}])/u.source, 0],
  ])('leadingLookbehinds(%j) = %i', (source, n) => {
    expect(leadingLookbehinds(source)).toBe(n);
  });

  it('refuses a pattern it cannot split (near miss: no lookbehind first, not global, a capture inside)', () => {
    expect(() => new LookbehindScan(/x(?<![\p{L}])/gu)).toThrow();
    expect(() => new LookbehindScan(/(?<![\p{L}])x/u)).toThrow();
    expect(() => new LookbehindScan(/(?<!(a))x/gu)).toThrow();
  });
});
