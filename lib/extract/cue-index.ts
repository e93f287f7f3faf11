/**
 * Where the event words of a page are, found in one scan, so that "is there an event word
 * in this sentence / paragraph / line?" costs a binary search instead of a new scan.
 */
import { EVENT_NOUN, EVENT_VERB } from './cues.ts';
import type { Span } from './text.ts';

export interface CueIndex {
  noun(span: Span): boolean;
  verb(span: Span): boolean;
}

function positions(re: RegExp, folded: string): Int32Array {
  const global = new RegExp(re.source, `${re.flags.replace('g', '')}g`);
  const out: number[] = [];
  for (let m = global.exec(folded); m && out.length < 20_000; m = global.exec(folded)) {
    out.push(m.index, m.index + m[0].length);
    if (m[0].length === 0) global.lastIndex++;
  }
  return Int32Array.from(out);
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
  const nouns = positions(EVENT_NOUN, folded);
  const verbs = positions(EVENT_VERB, folded);
  return { noun: (s) => anyWithin(nouns, s), verb: (s) => anyWithin(verbs, s) };
}
