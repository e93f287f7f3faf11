import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../lib/extract/text.ts';

/** The passes cleanText's first one replaces, one after another, then its own last ones. */
function passByPass(raw: string): string {
  return raw
    .slice(0, 200_000)
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f\u2009\u200a\t\f\v]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, ' ')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(/(?<! )  +/g, ' ')
    .replace(/ \n/g, '\n');
}

describe('cleanText: one pass for line ends, odd spaces, control characters and invisible marks', () => {
  const CASES: Array<[string, string, string]> = [
    ['Windows line ends and a no-break space (en)', 'Workshop\r\n5\u00a0May', 'Workshop\n5 May'],
    ['a soft hyphen stays, a zero-width space goes (de)', 'Fach\u00adtag\u200b am 3.\u2028Mai', 'Fach\u00adtag am 3.\nMai'],
    ['a mark between a carriage return and a line end (near miss)', 'a\r\u200b\nb', 'a\n\nb'],
  ];
  for (const [name, raw, clean] of CASES) {
    it(name, () => {
      expect(passByPass(raw)).toBe(clean);
      expect(cleanText(raw)).toBe(clean);
    });
  }

  it('gives what the passes one after another give', () => {
    const piece = fc.constantFrom('a', 'B', ' ', '  ', '\r', '\n', '\r\n', '\t', '\f', '\v', '\u00a0', '\u2007', '\u202f', '\u2009', '\u200a', '\u200b', '\u200c',
      '\u200d', '\u2060', '\ufeff', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069', '\u0000', '\u0008', '\u000e', '\u001f', '\u007f', '\u2028', '\u2029', '\u00ad', 'é');
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
      const raw = parts.join('');
      expect(cleanText(raw)).toBe(passByPass(raw));
    }), { numRuns: 4000 });
  });
});
