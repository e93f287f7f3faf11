/**
 * Where the event words of a page are, found in one scan, so that "is there an event word
 * in this sentence / paragraph / line?" costs a binary search instead of a new scan.
 */
import { EVENT_NOUN_STARTS, EVENT_VERB_STARTS, GERMAN_TAIL_END, type StartIndex } from './cues.ts';

/** The length of the event word starting at `at`, or 0. */
function matchAt(index: StartIndex, folded: string, at: number, word: string): number {
  for (const re of [index.two.get(word.slice(0, 2)), index.one.get(word[0]!)]) {
    if (!re) continue;
    re.lastIndex = at;
    const m = re.exec(folded);
    if (m) return m[0].length;
  }
  return 0;
}
import type { Span } from './text.ts';

export interface CueIndex {
  noun(span: Span): boolean;
  verb(span: Span): boolean;
}

// Folded text is lower case: a plain class of the letters we meet is much faster than \p{L}.
const WORD = /[a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u052f\u0590-\u06ff]+/g;
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
  WORD.lastIndex = 0;
  for (let w = WORD.exec(folded); w && nouns.length < MAX_HITS && verbs.length < MAX_HITS; w = WORD.exec(folded)) {
    const at = w.index;
    if (at >= nounUntil) {
      const n = matchAt(EVENT_NOUN_STARTS, folded, at, w[0]);
      if (n) {
        nouns.push(at, at + n);
        nounUntil = at + n;
      } else if (w[0].length >= 6) {
        const tail = GERMAN_TAIL_END.exec(w[0]);
        if (tail) nouns.push(at + tail.index, at + w[0].length);
      }
    }
    if (at >= verbUntil) {
      const v = matchAt(EVENT_VERB_STARTS, folded, at, w[0]);
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

/**
 * @example const cues = indexCues(page.folded); cues.noun({ start: 0, end: 40 })
 */
export function indexCues(folded: string): CueIndex {
  const { nouns, verbs } = positions(folded);
  return { noun: (s) => anyWithin(nouns, s), verb: (s) => anyWithin(verbs, s) };
}
