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

/**
 * A group of words (one pattern of a StartIndex) and the letters right after its key that its words can have there:
 * each word opens with fixed letters ("worksho" in "workshops?"), so a text whose next letters no word of the group
 * has is passed over without running the pattern.
 */
export interface WordGroup {
  re: RegExp;
  /** How many letters the key takes (two or one). */
  keyLength: number;
  /** How many letters after the key are compared (0: none, the group has a word with no fixed letter there). */
  width: number;
  /** The codes of those letters in the group's words (see codeAfter). */
  codes: Set<number>;
}

/** The top-level alternatives of a pattern source (outside groups and classes). */
export function alternatives(source: string): string[] {
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

/** The letters every match of a word pattern opens with: its source up to the first special character (less a letter made optional). */
export function fixedStart(word: string): string {
  let i = 0;
  while (i < word.length && !'\\^$.*+?()[]{}|'.includes(word[i]!)) i++;
  return '?*{'.includes(word[i] ?? '-') ? word.slice(0, Math.max(0, i - 1)) : word.slice(0, i);
}

/** The code of the one or two characters of `s` from `at` (letters of folded text: below 1024 each), or -1 for others. */
function codeAfter(s: string, at: number, width: number): number {
  const a = s.charCodeAt(at);
  if (!(a < 1024)) return -1;
  if (width === 1) return a;
  const b = s.charCodeAt(at + 1);
  return b < 1024 ? (a << 10) | b : -1;
}

/** The group of a StartIndex pattern `(?:word|word|...)(?![letters])` keyed by its first `keyLength` letters. */
export function wordGroup(re: RegExp, keyLength: number): WordGroup {
  const body = /^\(\?:([\s\S]*)\)\(\?!\[[^\]]*\]\)$/.exec(re.source)?.[1];
  const starts = body === undefined ? [''] : alternatives(body).map(fixedStart);
  const width = Math.max(0, Math.min(2, ...starts.map((w) => w.length - keyLength)));
  const codes = new Set(starts.map((w) => codeAfter(w, keyLength, width)));
  // (A word whose letters there are no folded letters gives no test: every text is tried.)
  return codes.has(-1) ? { re, keyLength, width: 0, codes } : { re, keyLength, width, codes };
}

/**
 * Whether the group's pattern matches at `at` (its key letters already found there).
 * @example groupMatchAt(wordGroup(/(?:workshops?)(?![a-z])/y, 2), 'a workshop', 2) // 8
 */
export function groupMatchAt(group: WordGroup, s: string, at: number): number {
  if (group.width && !group.codes.has(codeAfter(s, at + group.keyLength, group.width))) return 0;
  // (A sticky pattern's lastIndex is where its match ends: test() says as much as exec() without building a result.)
  group.re.lastIndex = at;
  return group.re.test(s) ? group.re.lastIndex - at : 0;
}

interface CodeParts {
  two: Map<number, WordGroup>;
  one: Map<number, WordGroup>;
  tailEnd?: RegExp;
  tailEnds: Set<number>;
  /** The shortest run that can end with a tail: two letters and the shortest form. */
  tailMin: number;
  /** Every form of a tail, and the longest one's length: where a tail can start in a run (exec). */
  tailSet: Set<string>;
  tailLongest: number;
}

function byCodes(parts: WordStartParts): CodeParts {
  const forms = parts.tailForms ?? [];
  return {
    two: new Map([...parts.starts.two].map(([k, re]) => [k.charCodeAt(0) * 65536 + k.charCodeAt(1), wordGroup(re, 2)])),
    one: new Map([...parts.starts.one].map(([k, re]) => [k.charCodeAt(0), wordGroup(re, 1)])),
    ...(parts.tailEnd ? { tailEnd: parts.tailEnd } : {}),
    tailEnds: new Set(forms.map((t) => t.charCodeAt(t.length - 2) * 65536 + t.charCodeAt(t.length - 1))),
    tailMin: 2 + Math.min(...forms.map((t) => t.length)),
    tailSet: new Set(forms),
    tailLongest: Math.max(0, ...forms.map((t) => t.length)),
  };
}

/**
 * @example new WordStartPattern(EVENT_NOUN_SOURCE, () => ({ starts: EVENT_NOUN_STARTS })).test('the workshop') // true
 */
export class WordStartPattern extends RegExp {
  // (Given as a function: the word index is built after the pattern in cues.ts.)
  readonly #partsOf: () => WordStartParts;
  #parts: CodeParts | undefined;

  /** The whole pattern, sticky: it confirms a match where the word index found one, and gives its words. */
  #at: RegExp | undefined;

  constructor(source: string, parts: () => WordStartParts) {
    super(source);
    this.#partsOf = parts;
  }

  /** The first match, as RegExp.prototype.exec gives it (the pattern is neither global nor sticky), found as test() finds one. */
  override exec(text: string): RegExpExecArray | null {
    return this.#firstFrom(String(text), 0);
  }

  /**
   * The same pattern as a global one (exec from lastIndex, lastIndex after the match, 0 after the last), searched as test() searches.
   * @example const nouns = EVENT_NOUN.globalScan(); nouns.exec('a talk and a workshop'); nouns.exec('a talk and a workshop')?.[0] // 'workshop'
   */
  globalScan(): WordStartScan {
    return new WordStartScan((s, from) => this.#firstFrom(s, from));
  }

  #firstFrom(s: string, from: number): RegExpExecArray | null {
    return firstMatch((this.#parts ??= byCodes(this.#partsOf())), (this.#at ??= new RegExp(this.source, 'y')), s, from);
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

/** A global search of a WordStartPattern: the part of a global RegExp that the extractor's loops use. */
export class WordStartScan {
  lastIndex = 0;
  readonly #first: (s: string, from: number) => RegExpExecArray | null;

  constructor(first: (s: string, from: number) => RegExpExecArray | null) {
    this.#first = first;
  }

  exec(text: string): RegExpExecArray | null {
    const m = this.#first(String(text), this.lastIndex);
    // (The pattern's matches are never empty: the next search starts after this one.)
    this.lastIndex = m ? m.index + m[0].length : 0;
    return m;
  }
}

/**
 * The first match of the pattern from `from` on: the whole pattern (`at`, sticky) is run only where test() would find a
 * match, a word where a run of letters starts and a tail where it ends, in the order of the text. A place passed over is
 * one where the pattern cannot match (see test), so the first place it matches is the plain pattern's match.
 */
function firstMatch(p: CodeParts, at: RegExp, s: string, from: number): RegExpExecArray | null {
  const n = s.length;
  let i = from;
  // (A search from inside a run of letters: no word starts in it from there, a tail may still end it.)
  if (i > 0 && i < n && isLetter(s.charCodeAt(i - 1)) && isLetter(s.charCodeAt(i))) {
    let start = i - 1;
    while (start > 0 && isLetter(s.charCodeAt(start - 1))) start--;
    while (i < n && isLetter(s.charCodeAt(i))) i++;
    const m = tailIn(p, at, s, start, i, from);
    if (m) return m;
  }
  while (i < n) {
    const c = s.charCodeAt(i);
    if (!isLetter(c)) {
      i++;
      continue;
    }
    const start = i;
    if (c >= 97 && c <= 122 && startsWithWord(p, s, start, c)) {
      const m = matchAt(at, s, start);
      if (m) return m;
    }
    for (i++; i < n && isLetter(s.charCodeAt(i)); i++);
    const m = tailIn(p, at, s, start, i, start);
    if (m) return m;
  }
  return null;
}

/** The first tail that ends the run of letters [start, end), from `from` on (two letters at least before it). */
function tailIn(p: CodeParts, at: RegExp, s: string, start: number, end: number, from: number): RegExpExecArray | null {
  if (!p.tailEnd || end - start < p.tailMin || !p.tailEnds.has(s.charCodeAt(end - 2) * 65536 + s.charCodeAt(end - 1))) return null;
  // (A tail is all letters and no letter may follow it: it runs to the run's end, so it is one of the forms.)
  for (let k = Math.max(from, start + 2, end - p.tailLongest); k < end; k++) {
    if (!p.tailSet.has(s.slice(k, end))) continue;
    const m = matchAt(at, s, k);
    if (m) return m;
  }
  return null;
}

function matchAt(at: RegExp, s: string, k: number): RegExpExecArray | null {
  at.lastIndex = k;
  return at.exec(s);
}

function startsWithWord(p: CodeParts, s: string, at: number, first: number): boolean {
  const two = p.two.get(first * 65536 + s.charCodeAt(at + 1));
  if (two && groupMatchAt(two, s, at)) return true;
  const one = p.one.get(first);
  return !!one && groupMatchAt(one, s, at) > 0;
}
