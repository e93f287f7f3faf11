/**
 * Accent- and case-insensitive search. Every event gets one folded "haystack" string once,
 * so a keystroke costs a few substring scans, not a re-normalisation of 10,000 events.
 */
import type { InclusionEvent } from '../model/event.ts';
import { foldText } from './fold.ts';

// Part of the search API (queries and haystacks are folded the same way).
export { foldText };

// Indexing folds megabytes of text, so it walks the characters once: ASCII letters and digits
// are copied in runs, anything else is folded once per distinct code point and remembered.
const WORD_CHAR_RE = /[\p{L}\p{N}]/u;
const MARK_RE = /\p{M}/u;
const charCache = new Map<number, string>();

/** A code point folded: its letters, '' for a combining mark, ' ' for a separator. */
function foldCodePoint(cp: number): string {
  let folded = charCache.get(cp);
  if (folded === undefined) {
    const ch = String.fromCodePoint(cp);
    folded = WORD_CHAR_RE.test(ch) ? foldText(ch) : MARK_RE.test(ch) ? '' : ' ';
    charCache.set(cp, folded);
  }
  return folded;
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * Folded words of a text separated by single spaces, with a leading and trailing space so that
 * `' ' + word` finds a word start.
 * @example searchableText('Job-Fair: Réfugiés') // ' job fair refugies '
 */
export function searchableText(s: string): string {
  let out = '';
  let space = false;
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    let piece: string;
    if (c < 128) {
      if (!isAsciiWordChar(c)) {
        space = true;
        i++;
        continue;
      }
      let j = i + 1;
      while (j < n && isAsciiWordChar(s.charCodeAt(j))) j++;
      piece = s.slice(i, j);
      i = j;
    } else {
      const cp = s.codePointAt(i) ?? c;
      i += cp > 0xffff ? 2 : 1;
      piece = foldCodePoint(cp);
      if (piece === ' ') {
        space = true;
        continue;
      }
      if (!piece) continue;
    }
    if (space && out) out += ' ';
    space = false;
    out += piece;
  }
  return ` ${out.toLowerCase()} `;
}

/**
 * The folded words of a query, without duplicates.
 * @example queryWords('  Kyiv, KYÏV  ') // ['kyiv']
 */
export function queryWords(query: string): string[] {
  const words = searchableText(query).trim();
  return words ? [...new Set(words.split(' '))] : [];
}

/**
 * The text an event is searched in: title, description, place, organiser and topics.
 * @example eventHaystack(event).includes(' migrant')
 */
export function eventHaystack(e: InclusionEvent): string {
  const loc = e.location;
  return searchableText(
    [e.title, e.description, loc?.name, loc?.address, loc?.city, loc?.country, e.organizer?.name, ...e.topics]
      .filter(Boolean)
      .join(' \n '),
  );
}

const haystackCache = new WeakMap<InclusionEvent, string>();

/**
 * eventHaystack, remembered per event object (events are treated as immutable), so repeated
 * filtering of the same list does not fold the same texts again.
 * @example cachedHaystack(event) === cachedHaystack(event) // computed once
 */
export function cachedHaystack(e: InclusionEvent): string {
  let h = haystackCache.get(e);
  if (h === undefined) {
    h = eventHaystack(e);
    haystackCache.set(e, h);
  }
  return h;
}

/**
 * True when every query word occurs in the haystack. Words of one or two letters must start a
 * word (so 'a' does not match everything); longer ones may start anywhere, which also finds
 * parts of compounds ('migration' in 'Arbeitsmigration').
 * @example matchesWords(' job fair brussels ', ['fair', 'bru']) // true
 */
export function matchesWords(haystack: string, words: readonly string[]): boolean {
  for (const w of words) {
    if (!haystack.includes(w.length < 3 ? ` ${w}` : w)) return false;
  }
  return true;
}

/** True when every haystack matching word `w` also matches word `p`. */
function implies(w: string, p: string): boolean {
  return p.length >= 3 ? w.includes(p) : w.length < 3 && w.startsWith(p);
}

/**
 * A search function over `events`: every word of the query must match (AND), accents and
 * case ignored, word prefixes enough. An empty query returns all events, in their order.
 * A query that extends the previous one searches only the previous results, which keeps
 * typing cheap.
 * @example const search = createSearchIndex(events); search('réfugiés bruxelles')
 */
export function createSearchIndex(events: InclusionEvent[]): (query: string) => InclusionEvent[] {
  const haystacks = events.map(cachedHaystack);
  const all = events.map((_, i) => i);
  let lastWords: string[] = [];
  let lastHits: number[] = all;

  return (query: string) => {
    const words = queryWords(query);
    if (words.length === 0) return events.slice();
    // When each previous word is implied by a new one, the new hits are a subset of the last.
    const narrows = lastWords.length > 0 && lastWords.every((p) => words.some((w) => implies(w, p)));
    const pool = narrows ? lastHits : all;
    const hits: number[] = [];
    for (const i of pool) {
      if (matchesWords(haystacks[i]!, words)) hits.push(i);
    }
    lastWords = words;
    lastHits = hits;
    return hits.map((i) => events[i]!);
  };
}
