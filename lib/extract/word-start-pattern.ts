/**
 * A long list of words as one pattern, `(?<![letter])(?:word|word|...)(?![letter])` (and, for the
 * event nouns, German compound tails at a run's end), whose test() gives the pattern's own answer
 * at a fraction of its cost: it tries the words only where a run of letters starts, and only the
 * few whose first letters are there. The pattern itself tries its lookbehind and then hundreds of
 * words at every character of the text; the event nouns are asked of every mention's clause and
 * every title candidate.
 *
 * Same answer for any text: a word of the list opens with a lower-case letter, so it can only
 * match where a run of letters starts (its lookbehind refuses every other letter), and the words
 * are grouped by their fixed first letters (cues.ts indexByStart), so a group passed over could
 * not have matched. A compound tail is letters up to a non-letter after two letters: it can only
 * end a run, and is tried on the run's end (tests/unit/extract/word-start-pattern.test.ts checks
 * the grouping and compares both on random texts).
 */
import type { StartIndex } from './cues.ts';

/** The letters of the folded-text patterns (cues.ts LETTER): a-z and Latin-1 to Latin Extended-B. */
const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);

export interface WordStartParts {
  starts: StartIndex;
  /** German compound tails anchored at the end of a run of letters, with the two letters before them (cues.ts GERMAN_TAIL_END). */
  tailEnd?: RegExp;
  /** Every form a tail takes: its last two letters and the shortest form say which runs can end with one. */
  tailForms?: readonly string[];
}

interface CodeParts {
  two: Map<number, RegExp>;
  one: Map<number, RegExp>;
  tailEnd?: RegExp;
  tailEnds: Set<number>;
  /** The shortest run that can end with a tail: two letters and the shortest form. */
  tailMin: number;
}

function byCodes(parts: WordStartParts): CodeParts {
  const forms = parts.tailForms ?? [];
  return {
    two: new Map([...parts.starts.two].map(([k, re]) => [k.charCodeAt(0) * 65536 + k.charCodeAt(1), re])),
    one: new Map([...parts.starts.one].map(([k, re]) => [k.charCodeAt(0), re])),
    ...(parts.tailEnd ? { tailEnd: parts.tailEnd } : {}),
    tailEnds: new Set(forms.map((t) => t.charCodeAt(t.length - 2) * 65536 + t.charCodeAt(t.length - 1))),
    tailMin: 2 + Math.min(...forms.map((t) => t.length)),
  };
}

/**
 * @example new WordStartPattern(EVENT_NOUN_SOURCE, () => ({ starts: EVENT_NOUN_STARTS })).test('the workshop') // true
 */
export class WordStartPattern extends RegExp {
  // (Given as a function: the word index is built after the pattern in cues.ts.)
  readonly #partsOf: () => WordStartParts;
  #parts: CodeParts | undefined;

  constructor(source: string, parts: () => WordStartParts) {
    super(source);
    this.#partsOf = parts;
  }

  override test(text: string): boolean {
    const p = (this.#parts ??= byCodes(this.#partsOf()));
    const s = String(text);
    const n = s.length;
    let i = 0;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (!isLetter(c)) {
        i++;
        continue;
      }
      const start = i;
      if (c >= 97 && c <= 122 && startsWithWord(p, s, start, c)) return true;
      for (i++; i < n && isLetter(s.charCodeAt(i)); i++);
      if (p.tailEnd && i - start >= p.tailMin && p.tailEnds.has(s.charCodeAt(i - 2) * 65536 + s.charCodeAt(i - 1)) && p.tailEnd.test(s.slice(start, i))) return true;
    }
    return false;
  }
}

function startsWithWord(p: CodeParts, s: string, at: number, first: number): boolean {
  const two = p.two.get(first * 65536 + s.charCodeAt(at + 1));
  if (two) {
    two.lastIndex = at;
    if (two.test(s)) return true;
  }
  const one = p.one.get(first);
  if (!one) return false;
  one.lastIndex = at;
  return one.test(s);
}
