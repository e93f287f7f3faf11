/**
 * The page as the extractor sees it: cleaned text, its folded twin (same indices), and
 * helpers to find the line, sentence and paragraph around a position.
 */
import { foldKeepLength } from '../relevance/fold.ts';
import { lowerBound } from './sorted.ts';
import { monthNumber } from './vocabulary.ts';

/**
 * Pages longer than this are read up to this length: enough for any real announcement and
 * a hard bound on time (about 30 ms on a laptop). Documented cap.
 */
export const MAX_TEXT_CHARS = 200_000;

export interface Span {
  start: number;
  end: number;
}

export interface PageText {
  text: string;
  folded: string;
  /** Start index of every line. */
  lineStarts: number[];
}

/** Line ends ("\r\n", "\r", line and paragraph separators), odd spaces and control characters, invisible marks and direction marks. */
const ODD_CHARACTERS = /\r\n?|[\u2028\u2029]|[\u00a0\u2007\u202f\u2009\u200a\t\f\v\u0000-\u0008\u000e-\u001f\u007f]|[\u200b-\u200d\u2060\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const INVISIBLE = /^[\u200b-\u200d\u2060\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069]$/;
const normalChar = (c: string) => (c[0] === '\r' || c === '\u2028' || c === '\u2029' ? '\n' : INVISIBLE.test(c) ? '' : ' ');

/**
 * Normalises line ends, spaces and control characters, and caps the length.
 * @example cleanText('a\r\nb\u00a0 \tc') // 'a\nb c'
 */
export function cleanText(raw: string): string {
  return raw
    .slice(0, MAX_TEXT_CHARS)
    // (One pass for line ends, odd spaces and control characters (a space), and invisible marks (removed): no replacement
    // makes another's character, so this is the five passes it replaces.)
    .replace(ODD_CHARACTERS, normalChar)
    // One space for a run of them: no pattern downstream then meets a long run of blanks,
    // where "\s*" after "\s*" backtracks in time quadratic in the run's length. (Only a run's
    // first space may start a match, or the scan itself restarts at every space of it.)
    .replace(/(?<! )  +/g, ' ')
    .replace(/ \n/g, '\n');
}

/**
 * @example const page = readText('Title\n\nOn 3 May...'); page.lineStarts // [0, 6, 7]
 */
export function readText(raw: string): PageText {
  const text = cleanText(raw);
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return { text, folded: foldKeepLength(text), lineStarts };
}

/**
 * The line holding `pos`, as a span and as its number.
 * @example lineAt(page, 8) // { start: 7, end: 19, index: 2 }
 */
export function lineAt(page: PageText, pos: number): Span & { index: number } {
  const starts = page.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  const start = starts[lo]!;
  const next = starts[lo + 1];
  return { start, end: next === undefined ? page.text.length : next - 1, index: lo };
}

/**
 * The span of line number `index` (0-based), or undefined past the end.
 * @example lineSpan(page, 0) // { start: 0, end: 5 }
 */
export function lineSpan(page: PageText, index: number): Span | undefined {
  const start = page.lineStarts[index];
  if (start === undefined) return undefined;
  const next = page.lineStarts[index + 1];
  return { start, end: next === undefined ? page.text.length : next - 1 };
}

const SENTENCE_LIMIT = 600;
/** An hour closing a span of hours: "alle 19", "bis 21", "a las 20", "à 18", "until 9". */
const HOUR_BEFORE = /(?:^|[^\p{L}])(?:alle|alle ore|fino alle|bis|bis um|um|a las|hasta las|à|jusqu'à|until|till|to|ore)\s\d{1,2}$/iu;

/** "n", "nr", "no", "art", "prot", "pag", "num" closing the text before a full stop. */
const NUMBER_ABBREVIATION = /(?:^|[^\p{L}])(?:n|nr|no|num|art|artt|prot|pag|ca|approx|env)$/iu;
/** A title or saint's name shortened before a name: "St. Jakob", "Dr. Weber", "Prof. Rossi" (the stop ends no sentence). */
const NAME_ABBREVIATION = /(?:^|[^\p{L}])(?:St|Sta|Ste|Dr|Prof|Mr|Mrs|Ms|Hl)$/u;

export function isBoundary(text: string, i: number): boolean {
  // A full stop ends a sentence when a space and a capital (or an opening quote) follow,
  // and it is not part of a number ("3. Mai") or an initial ("J. Smith").
  const c = text[i];
  if (c === '\n') return true;
  if (c !== '.' && c !== '!' && c !== '?') return false;
  const next = text[i + 1];
  if (next !== ' ' && next !== '\n') return false;
  const prev = text[i - 1] ?? '';
  // ("... at 10:00. Kenton ..." and "... in 2026. The ..." end there.)
  // ("... dalle 17 alle 19. Chiude ...", "bis 21. Danach": an hour ends the sentence, unless a month follows: "bis 19. Mai".)
  if (c === '.' && /\d/.test(prev) && !/(?:\d[:h]\d\d|(?<!\d)(?:19|20)\d\d)$/.test(text.slice(Math.max(0, i - 6), i))
    && !(HOUR_BEFORE.test(text.slice(Math.max(0, i - 14), i)) && !monthNumber(foldKeepLength(/^\s*(\p{L}+)/u.exec(text.slice(i + 1, i + 16))?.[1] ?? '').toLowerCase()))) return false;
  if (c === '.' && /\p{Lu}/u.test(prev) && !/\p{L}/u.test(text[i - 2] ?? '')) return false;
  // ("il decreto n. 46 del ...", "Art. 5", "Nr. 12": an abbreviation before a number.)
  if (c === '.' && /\d/.test(text[i + 2] ?? '') && NUMBER_ABBREVIATION.test(text.slice(Math.max(0, i - 5), i))) return false;
  if (c === '.' && /\p{Lu}/u.test(text[i + 2] ?? '') && NAME_ABBREVIATION.test(text.slice(Math.max(0, i - 5), i))) return false;
  const after = text.slice(i + 1, i + 4).trimStart()[0] ?? '';
  return after === '' || /[\p{Lu}\d"“«(]/u.test(after);
}

/**
 * A line that ends on a comma goes on after the break ("On 23 December 2020,\n\nthe partners
 * met online"): the break at `i` does not end the sentence.
 */
export function continuesPastBreak(text: string, i: number): boolean {
  if (text[i] !== '\n') return false;
  // (A bounded look back: a long run of blank space is not scanned again at every break.)
  let j = i - 1;
  const stop = Math.max(0, i - 12);
  while (j >= stop && (text[j] === ' ' || text[j] === '\t' || text[j] === '\n')) j--;
  return text[j] === ',';
}

/**
 * The sentence holding `pos` (bounded by line ends and full stops).
 * @example sentenceAt(page, 10) // { start: 7, end: 40 }
 */
export function sentenceAt(page: PageText, pos: number): Span {
  const { text } = page;
  const ends = sentenceEnds(page);
  // The last end before `pos` (not farther back than the limit), the first from `pos` on (not farther on).
  const minStart = Math.max(0, pos - SENTENCE_LIMIT);
  const before = lowerBound(ends, pos) - 1;
  const start = pos <= minStart ? pos : before >= 0 && ends[before]! >= minStart ? ends[before]! + 1 : minStart;
  const maxEnd = Math.min(text.length, pos + SENTENCE_LIMIT);
  const after = ends[lowerBound(ends, pos)];
  // (A position at or past the text's end is its own end, as the walk it replaces left it.)
  let end = pos >= maxEnd ? pos : after !== undefined && after < maxEnd ? after : maxEnd;
  if (end < text.length && text[end] !== '\n') end++;
  return { start, end };
}

/** Each page's sentence ends, found once: a page asks for the sentence of every date, time and place it holds. */
const endsOf = new WeakMap<PageText, Int32Array>();

/** Where the page's sentences end (isBoundary, not continued past a break), in order. */
function sentenceEnds(page: PageText): Int32Array {
  let ends = endsOf.get(page);
  if (ends) return ends;
  const found: number[] = [];
  // (Only a line end or a full stop, "!" or "?" can end a sentence.)
  const marks = /[\n.!?]/g;
  for (let m = marks.exec(page.text); m; m = marks.exec(page.text)) {
    if (isBoundary(page.text, m.index) && !continuesPastBreak(page.text, m.index)) found.push(m.index);
  }
  endsOf.set(page, (ends = Int32Array.from(found)));
  return ends;
}

/**
 * The paragraph (lines between blank lines) holding `pos`.
 * @example paragraphAt(page, 10) // { start: 7, end: 60 }
 */
export function paragraphAt(page: PageText, pos: number): Span {
  const { text } = page;
  const from = Math.max(0, pos - 3000);
  const breaks = paragraphBreaks(page);
  // The last blank line that ends by `pos` (from `from` on), the first that starts at `pos` and ends within 3000 characters.
  const last = lowerBound(breaks, pos - 1) - 1;
  const before = last >= 0 && breaks[last]! >= from ? breaks[last]! : -1;
  const next = breaks[lowerBound(breaks, pos)];
  const after = next !== undefined && next + 2 <= pos + 3000 ? next : -1;
  return { start: before < 0 ? from : before + 2, end: after < 0 ? Math.min(text.length, pos + 3000) : after };
}

/** Each page's blank lines ("\n\n", every one of a longer run), found once: a page asks for the paragraph of each of its dates. */
const breaksOf = new WeakMap<PageText, Int32Array>();

function paragraphBreaks(page: PageText): Int32Array {
  let breaks = breaksOf.get(page);
  if (breaks) return breaks;
  const found: number[] = [];
  for (let i = page.text.indexOf('\n\n'); i >= 0; i = page.text.indexOf('\n\n', i + 1)) found.push(i);
  breaksOf.set(page, (breaks = Int32Array.from(found)));
  return breaks;
}
