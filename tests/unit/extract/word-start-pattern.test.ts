import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_NOUN, EVENT_NOUN_STARTS, GERMAN_TAIL_FORMS } from '../../../lib/extract/cues.ts';
import { indexCues } from '../../../lib/extract/cue-index.ts';
import { alternatives, fixedStart, wordGroup, WordStartPattern } from '../../../lib/extract/word-start-pattern.ts';
import { EVENT_VERB_STARTS, GERMAN_TAIL_END } from '../../../lib/extract/cues.ts';
import { wordsOf } from '../../../lib/relevance/words.ts';

/** The same pattern as a plain RegExp: what EVENT_NOUN.test must answer. */
const plain = new RegExp(EVENT_NOUN.source);

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

  it('passes a group over only where none of its words can start: every word has fixed letters past its key', () => {
    for (const index of [EVENT_NOUN_STARTS, EVENT_VERB_STARTS]) {
      for (const [keyLength, groups] of [[2, index.two], [1, index.one]] as const) {
        for (const re of groups.values()) {
          const group = wordGroup(re, keyLength);
          for (const w of groupWords(re)) {
            expect(fixedStart(w).length, w).toBeGreaterThanOrEqual(keyLength + group.width);
            if (group.width) expect(group.codes.size, w).toBeGreaterThan(0);
          }
        }
      }
    }
    expect(fixedStart('workshops?')).toBe('workshop');
    expect(fixedStart('r[eé]union')).toBe('r');
    expect(fixedStart('meet-?ups?')).toBe('meet');
  });
});

/** Every match of a global search from `from` on, as "index:words" (and where the search stands after each). */
function allFrom(re: { lastIndex: number; exec(s: string): RegExpExecArray | null }, text: string, from: number): string[] {
  const out: string[] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(`${m.index}:${m[0]}@${re.lastIndex}`);
  return [...out, `end@${re.lastIndex}`];
}

describe('WordStartPattern.exec and globalScan: the matches of the plain pattern, found where test() looks', () => {
  const plainGlobal = new RegExp(EVENT_NOUN.source, 'g');
  const scan = EVENT_NOUN.globalScan();
  const CASES: Array<[string, string, string | null]> = [
    ['an English noun after other words', 'we hold a workshop and a talk', 'workshop'],
    ['an Italian noun', 'il convegno si terra in sala', 'convegno'],
    ['a Spanish noun', 'la charla sera en la biblioteca', 'charla'],
    ['a French noun', 'une conference aura lieu', 'conference'],
    ['a German compound: its tail', 'zum nachbarschaftsfest am samstag', 'fest'],
    ['a German compound with an ending', 'des stadtteilkongresses', 'kongresses'],
    ['a noun inside a longer word (near miss)', 'eventually nothing', null],
    ['a tail with one letter before it (near miss)', 'xfest', null],
    ['a capital letter is no letter of the pattern', 'Aworkshop', 'workshop'],
  ];
  for (const [name, text, expected] of CASES) {
    it(`${name}`, () => {
      expect(EVENT_NOUN.exec(text)?.[0] ?? null).toBe(expected);
      expect(allFrom(scan, text, 0)).toEqual(allFrom(plainGlobal, text, 0));
    });
  }

  it('gives the same matches, positions and lastIndex on random texts, from any start (inside a word too)', () => {
    const groupedWords = [...EVENT_NOUN_STARTS.two.values(), ...EVENT_NOUN_STARTS.one.values()].flatMap(groupWords).filter((w) => /^[a-z ]+$/.test(w));
    const piece = fc.oneof(
      fc.constantFrom(...groupedWords, ...GERMAN_TAIL_FORMS),
      fc.constantFrom(' ', '-', "'", '2', 'x', 'ab', 'é', 'ß', 'W', '\n', '.', 'ω', '×', 's', 'en', 'e'),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), fc.nat(80), (parts, from) => {
      const text = parts.join('');
      const first = plain.exec(text);
      const ours = EVENT_NOUN.exec(text);
      expect(ours && [ours.index, ours[0]]).toEqual(first && [first.index, first[0]]);
      expect(allFrom(scan, text, from)).toEqual(allFrom(plainGlobal, text, from));
    }), { numRuns: 3000 });
  });
});

/** The cue index as it was before its groups were filtered: every group's pattern tried at every word. */
function plainHits(folded: string, index: typeof EVENT_NOUN_STARTS, tails: boolean): number[] {
  const hits: number[] = [];
  const words = wordsOf(folded);
  let until = 0;
  for (let i = 0; i < words.count; i++) {
    const [at, end] = [words.start[i]!, words.end[i]!];
    if (at < until) continue;
    let n = 0;
    for (const re of [index.two.get(folded.slice(at, at + 2)), index.one.get(folded[at]!)]) {
      if (!re || n) continue;
      re.lastIndex = at;
      n = re.exec(folded)?.[0].length ?? 0;
    }
    if (n) {
      hits.push(at, at + n);
      until = at + n;
    } else if (tails && end - at >= 6) {
      const tail = GERMAN_TAIL_END.exec(folded.slice(at, end));
      if (tail) hits.push(at + tail.index, end);
    }
  }
  return hits;
}

describe('the cue index with filtered groups', () => {
  it('finds the event nouns and verbs of every span as trying every group everywhere does', () => {
    const words = [...EVENT_NOUN_STARTS.two.values(), ...EVENT_NOUN_STARTS.one.values(), ...EVENT_VERB_STARTS.two.values(), ...EVENT_VERB_STARTS.one.values()]
      .flatMap(groupWords).filter((w) => /^[a-z ]+$/.test(w));
    const piece = fc.oneof(fc.constantFrom(...words, ...GERMAN_TAIL_FORMS), fc.constantFrom(' ', '-', "'", '2', 'x', 'ab', 'é', '\n', '.', 'wo', 'ev', 'se'));
    fc.assert(fc.property(fc.array(piece, { maxLength: 14 }), fc.nat(60), fc.nat(60), (parts, a, b) => {
      const text = parts.join(' ');
      const span = { start: Math.min(a, b), end: Math.max(a, b) };
      const cues = indexCues(text);
      const within = (hits: number[]) => { for (let i = 0; i < hits.length; i += 2) if (hits[i]! >= span.start) return hits[i + 1]! <= span.end; return false; };
      expect(cues.noun(span)).toBe(within(plainHits(text, EVENT_NOUN_STARTS, true)));
      expect(cues.verb(span)).toBe(within(plainHits(text, EVENT_VERB_STARTS, false)));
    }), { numRuns: 2000 });
  });
});
