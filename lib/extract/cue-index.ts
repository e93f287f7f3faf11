/**
 * Where the event words of a page are, found in one scan, so that "is there an event word
 * in this sentence / paragraph / line?" costs a binary search instead of a new scan.
 */
import { wordsOf } from '../relevance/words.ts';
import { EVENT_NOUN_STARTS, EVENT_VERB_STARTS, GERMAN_TAIL_END, GERMAN_TAIL_FORMS, type StartIndex } from './cues.ts';
import type { Span } from './text.ts';
import { groupMatchAt, wordGroup, type WordGroup } from './word-start-pattern.ts';

/**
 * A StartIndex keyed by char codes, to match the numbers words.ts gives each word; each group with the letters its words
 * can have next. Keys of two letters a-z are also kept in flat tables, read by index for each word of a page.
 */
interface CodeIndex {
  two: Map<number, WordGroup>;
  one: Map<number, WordGroup>;
  twoAz: Array<WordGroup | undefined>;
  oneAz: Array<WordGroup | undefined>;
}

const A = 97;
const isAz = (c: number) => c >= A && c <= 122;

function byCodes(index: StartIndex): CodeIndex {
  const two = new Map([...index.two].map(([k, re]) => [k.charCodeAt(0) * 65536 + k.charCodeAt(1), wordGroup(re, 2)]));
  const one = new Map([...index.one].map(([k, re]) => [k.charCodeAt(0), wordGroup(re, 1)]));
  const twoAz = Array.from({ length: 26 * 26 }, (_, i) => two.get((A + Math.floor(i / 26)) * 65536 + A + (i % 26)));
  const oneAz = Array.from({ length: 26 }, (_, i) => one.get(A + i));
  return { two, one, twoAz, oneAz };
}

const NOUN_STARTS = byCodes(EVENT_NOUN_STARTS);
const VERB_STARTS = byCodes(EVENT_VERB_STARTS);
/** The last two letters of every German compound tail: most long words end otherwise. */
const TAIL_ENDS = new Set(GERMAN_TAIL_FORMS.map((t) => t.charCodeAt(t.length - 2) * 65536 + t.charCodeAt(t.length - 1)));

/** The length of the event word from `at` to `end`, or 0. */
function matchAt(index: CodeIndex, folded: string, at: number, end: number): number {
  const first = folded.charCodeAt(at);
  const second = end - at > 1 ? folded.charCodeAt(at + 1) : 0;
  const az = isAz(first);
  const two = az && isAz(second) ? index.twoAz[(first - A) * 26 + second - A] : index.two.get(first * 65536 + second);
  const one = az ? index.oneAz[first - A] : index.one.get(first);
  return (two ? groupMatchAt(two, folded, at) : 0) || (one ? groupMatchAt(one, folded, at) : 0);
}

export interface CueIndex {
  noun(span: Span): boolean;
  verb(span: Span): boolean;
}

const MAX_HITS = 20_000;

/**
 * Event nouns and verbs, tried only where a word starts (one sticky attempt per word rather
 * than one per character), and German compounds tried on each word's end.
 */
function positions(folded: string): { nouns: Int32Array; verbs: Int32Array } {
  const nouns: number[] = [];
  const verbs: number[] = [];
  let nounUntil = 0;
  let verbUntil = 0;
  const words = wordsOf(folded);
  for (let i = 0; i < words.count && nouns.length < MAX_HITS && verbs.length < MAX_HITS; i++) {
    const at = words.start[i]!;
    const end = words.end[i]!;
    if (at >= nounUntil) {
      const n = matchAt(NOUN_STARTS, folded, at, end);
      if (n) {
        nouns.push(at, at + n);
        nounUntil = at + n;
      } else {
        if (end - at >= 6 && TAIL_ENDS.has(folded.charCodeAt(end - 2) * 65536 + folded.charCodeAt(end - 1))) {
          const word = folded.slice(at, end);
          const tail = GERMAN_TAIL_END.exec(word);
          if (tail) nouns.push(at + tail.index, end);
        }
      }
    }
    if (at >= verbUntil) {
      const v = matchAt(VERB_STARTS, folded, at, end);
      if (v) {
        verbs.push(at, at + v);
        verbUntil = at + v;
      }
    }
  }
  return { nouns: Int32Array.from(nouns), verbs: Int32Array.from(verbs) };
}

function anyWithin(hits: Int32Array, span: Span): boolean {
  let lo = 0;
  let hi = hits.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid * 2]! < span.start) lo = mid + 1;
    else hi = mid;
  }
  return lo * 2 < hits.length && hits[lo * 2 + 1]! <= span.end;
}

/** Each page's index, made once: extraction asks it from several files. */
const byPage = new WeakMap<object, CueIndex>();

/**
 * The cue index of a page (its folded text), made on the first ask and kept with the page.
 * @example cuesOf(page).noun(ctx.own)
 */
export function cuesOf(page: { folded: string }): CueIndex {
  let cues = byPage.get(page);
  if (!cues) byPage.set(page, (cues = indexCues(page.folded)));
  return cues;
}

/**
 * @example const cues = indexCues(page.folded); cues.noun({ start: 0, end: 40 })
 */
export function indexCues(folded: string): CueIndex {
  const { nouns, verbs } = positions(folded);
  return { noun: (s) => anyWithin(nouns, s), verb: (s) => anyWithin(verbs, s) };
}
