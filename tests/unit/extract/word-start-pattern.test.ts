import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_NOUN, EVENT_NOUN_STARTS, GERMAN_TAIL_FORMS } from '../../../lib/extract/cues.ts';
import { WordStartPattern } from '../../../lib/extract/word-start-pattern.ts';

/** The same pattern as a plain RegExp: what EVENT_NOUN.test must answer. */
const plain = new RegExp(EVENT_NOUN.source);

/** The top-level alternatives of a pattern source (outside groups and classes). */
function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  return [...out, source.slice(from)];
}

/** The words of a group pattern `(?:a|b|...)(?![letters])`. */
const groupWords = (re: RegExp) => alternatives(/^\(\?:(.*)\)\(\?!\[[^\]]+\]\)$/s.exec(re.source)![1]!);

describe('WordStartPattern: the event nouns tried where a run of letters starts', () => {
  it('groups every word under letters it cannot do without, and loses none', () => {
    const grouped: string[] = [];
    for (const [key, re] of EVENT_NOUN_STARTS.two) {
      for (const w of groupWords(re)) {
        expect(w.slice(0, 2), w).toBe(key);
        expect(w[2] ?? '', w).not.toMatch(/[?*{]/);
        grouped.push(w);
      }
    }
    for (const [key, re] of EVENT_NOUN_STARTS.one) {
      for (const w of groupWords(re)) {
        expect(w[0], w).toBe(key);
        expect(w[1] ?? '', w).not.toMatch(/[?*{]/);
        grouped.push(w);
      }
    }
    expect(grouped.every((w) => /^[a-z]/.test(w))).toBe(true);
    // The pattern is (?:(?<![letters])(?:WORDS)|TAILS)(?![letters]): WORDS are the grouped words.
    const words = alternatives(/^\(\?:\(\?<!\[[^\]]+\]\)\(\?:(.*)\)\|\(\?<=/s.exec(EVENT_NOUN.source)![1]!);
    expect(new Set(grouped)).toEqual(new Set(words));
    expect(GERMAN_TAIL_FORMS.every((t) => /^[a-z]+$/.test(t))).toBe(true);
  });

  const CASES: Array<[string, string, boolean]> = [
    ['an English noun', 'join the workshop on housing', true],
    ['a noun at the very start', 'webinar: housing rights', true],
    ['a French noun', "l'atelier aura lieu a la mairie", true],
    ['a German compound tail', 'das sommerfest im park', true],
    ['a German compound in the genitive', 'des integrationskongresses', true],
    ['a noun inside a longer word (near miss)', 'eventually the mayor agreed', false],
    ['a tail word that is also a word of its own', 'x fest', true],
    ['a tail with only one letter before it (near miss)', 'afest', false],
    ['a noun after a digit', '2workshops', true],
    ['a capital letter before a noun', 'Xworkshop', true],
    ['no event word (near miss)', 'the mayor signed the agreement', false],
  ];
  for (const [name, text, expected] of CASES) {
    it(`${name}: the same answer as the plain pattern`, () => {
      expect(plain.test(text)).toBe(expected);
      expect(EVENT_NOUN.test(text)).toBe(expected);
    });
  }

  it('answers as the plain pattern on texts built of event words, tails, letters and other characters', () => {
    const groupedWords = [...EVENT_NOUN_STARTS.two.values(), ...EVENT_NOUN_STARTS.one.values()].flatMap(groupWords).filter((w) => /^[a-z ]+$/.test(w));
    const piece = fc.oneof(
      fc.constantFrom(...groupedWords, ...GERMAN_TAIL_FORMS),
      fc.constantFrom(' ', '-', "'", '2', 'x', 'ab', 'é', 'ß', 'Ö', 'W', '\n', '.', 'ω', 'ſ', '×', 's', 'en', 'e'),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
      const text = parts.join('');
      expect(EVENT_NOUN.test(text)).toBe(plain.test(text));
    }), { numRuns: 3000 });
  });

  it('keeps its source and flags for patterns built from it', () => {
    expect(EVENT_NOUN).toBeInstanceOf(WordStartPattern);
    expect(new RegExp(EVENT_NOUN.source, 'g').exec('a workshop')?.[0]).toBe('workshop');
  });
});
