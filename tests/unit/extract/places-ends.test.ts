import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endingWith } from '../../../lib/extract/places-ends.ts';

// Patterns of the shapes the place readers test just before a name: a preposition and its
// article, a time and a dash, a sign-up word some words back, a line start before a dated dash.
const PATTERNS = [
  /(?<![\p{L}\p{N}])(?:[Ii]n|[Aa]t|[Pp]resso|[Ee]n|[Ii]m)(?:(?:\s+|(?<=['’]))(?:the|la|el|der|il|l['’]))*(?:\s+|(?<=['’]))$/u,
  /(?:(?<![\p{L}\d])\d{1,2}(?:[:.h]\d{2}|\s?h)\s*[,–-]|(?<![\p{L}])ore\s?\d{1,2}\s*[,–-])\s*$/iu,
  /(?<![\p{L}])(?:register|anmelden|inscription)(?![\p{L}])[^.!?\n]{0,20}$/u,
  /(?:^|\n)[^\n]{0,10}\d[^\n\d]{0,5}\s[–-]\s*$/u,
  /(?:^|\s)(?:at|in the)\s[^.!?\n]*$/i,
];
const ALPHABET = ['in ', 'at ', 'the ', 'presso ', "l'", 'la ', 'Im ', 'der ', '18:30, ', 'ore 9 - ', '3 – ', 'register ', 'anmelden', '.', '\n', 'x', 'é', ' ', 'In', 'at', '7h -'];

describe('endingWith', () => {
  it.each([
    ['held in the ', 0, true],
    ['within the ', 0, false],
    ['presso l’', 0, true],
    ['dalle 18:30, ', 1, true],
    ['please register for the ', 2, true],
    ['register. Then ', 2, false],
  ])('%j', (text, index, expected) => {
    expect(endingWith(PATTERNS[index]!).test(text)).toBe(expected);
  });

  it('answers as the pattern does on any text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 30 }), fc.nat(PATTERNS.length - 1), (parts, index) => {
        const text = parts.join('');
        expect(endingWith(PATTERNS[index]!).test(text)).toBe(PATTERNS[index]!.test(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses a pattern whose `$` ends one branch only, or none', () => {
    expect(() => endingWith(/a|b$/u)).toThrow();
    expect(() => endingWith(/ab/u)).toThrow();
    expect(() => endingWith(/(?:a|b)$/u)).not.toThrow();
  });
});
