/**
 * Finds taxonomy terms in folded text. The text is cut into words once (words.ts); each
 * word is looked up by its first three letters, and only the few terms that can start
 * there are compared, or checked with their own small pattern. Linear in the text,
 * whatever the number of terms.
 */
import { escapeRegExp } from './fold.ts';
import { prefixKey, wordsOf } from './words.ts';
import type { Term } from './taxonomy.ts';

export interface TermHit {
  entry: Term;
  /** Index in the text (folded and original share indices). */
  index: number;
  length: number;
  /** A word for the group that names whom an activity is for ("workshop for migrant women"): audience.ts. */
  audience?: boolean;
  /** The activity named for the group, where `audience` is set (for the reasons: "workshop"). */
  activity?: { index: number; length: number };
  /** A word for the group joined to an inclusion word ("Mujeres migrantes y empleo", "il lavoro dei rifugiati"): classify.ts. */
  paired?: boolean;
}

export interface TermMatcher {
  find(folded: string): TermHit[];
}

function termSource(term: string): string {
  // '*' stands for any word ending, wherever it appears in a multi-word term.
  return term
    .split(/([ \-'*])/)
    .map((part) =>
      part === ' ' ? '[\\s\\-\u2010\u2011]+'
      : part === '-' ? '[\\s\\-\u2010\u2011]?'
      : part === "'" ? "['\u2019\u02bc ]?"
      : part === '*' ? '[\\p{L}\\p{N}]*'
      : escapeRegExp(part))
    .join('');
}

interface Compiled {
  entry: Term;
  source: string;
  /**
   * 'word' when the term is one plain word and 'stem' when it is one word ending in '*':
   * then a word of the text matches it by comparison alone, with no pattern to run.
   */
  shape: 'word' | 'stem' | 'phrase';
  /** What the text's word must be ('exact') or begin with ('prefix') for the term to be tried. */
  first: string;
  firstIs: 'exact' | 'prefix';
  /**
   * For a phrase: what must follow its first word before its pattern is worth running (the
   * joint ' ', '-' or "'" and the letters up to the next joint): most tries of a phrase fail there.
   */
  then?: { joint: string; letters: string };
  sticky?: RegExp;
}

/** The characters a joint of a term stands for in the text (termSource): spaces and hyphens; apostrophes and a space. */
const isSpaceOrHyphen = (c: number) => c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
const isApostrophe = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2bc || c === 0x20;

/** Whether the text at `at` can go on as `then` says (a necessary condition of the phrase's pattern). */
function canContinue(folded: string, at: number, then: { joint: string; letters: string }): boolean {
  if (then.joint === ' ') {
    // One or more spaces or hyphens, then the letters.
    if (!isSpaceOrHyphen(folded.charCodeAt(at))) return false;
    let i = at + 1;
    while (i < folded.length && isSpaceOrHyphen(folded.charCodeAt(i))) i++;
    return folded.startsWith(then.letters, i);
  }
  // At most one joint character, then the letters.
  if (folded.startsWith(then.letters, at)) return true;
  const c = folded.charCodeAt(at);
  return (then.joint === '-' ? isSpaceOrHyphen(c) : isApostrophe(c)) && folded.startsWith(then.letters, at + 1);
}

const MAX_HITS = 5000;

/**
 * @example compileTerms([{ term: 'refugee*', weight: 1 }]).find('two refugees') // [{ entry, index: 4, length: 8 }]
 */
export function compileTerms(terms: readonly Term[]): TermMatcher {
  const exact = new Map<number, Compiled[]>();
  const byPrefix = new Map<number, Compiled[]>();
  for (const entry of terms) {
    const shape = /^[^ \-'*]+$/.test(entry.term) ? 'word' : /^[^ \-'*]+\*$/.test(entry.term) ? 'stem' : 'phrase';
    const firstWord = /^[^ \-'*]*\*?/.exec(entry.term)![0];
    const prefixed = firstWord.endsWith('*') || (firstWord.length < entry.term.length && /^[^ \-']*\*/.test(entry.term));
    const first = firstWord.replace(/\*$/, '');
    if (!first) continue;
    const compiled: Compiled = { entry, source: termSource(entry.term), shape, first, firstIs: prefixed ? 'prefix' : 'exact' };
    const next = /^[^ \-'*]+([ \-'])([^ \-'*]+)/.exec(entry.term);
    if (shape === 'phrase' && next) compiled.then = { joint: next[1]!, letters: next[2]! };
    const map = prefixed ? byPrefix : exact;
    const key = prefixKey(first);
    map.set(key, [...(map.get(key) ?? []), compiled]);
  }
  // One list per three-letter key: the exact words first, then the stems (ties go to the first).
  const byKey = new Map<number, Compiled[]>(exact);
  for (const [key, list] of byPrefix) byKey.set(key, [...(byKey.get(key) ?? []), ...list]);
  return {
    find(folded: string): TermHit[] {
      const hits: TermHit[] = [];
      const words = wordsOf(folded);
      let coveredUntil = 0;
      for (let i = 0; i < words.count && hits.length < MAX_HITS; i++) {
        const at = words.start[i]!;
        if (at < coveredUntil) continue;
        const candidates = byKey.get(words.key[i]!);
        if (!candidates) continue;
        const wordLength = words.end[i]! - at;
        let best: Compiled | undefined;
        let bestLength = 0;
        for (const c of candidates) {
          const fits = c.firstIs === 'exact' ? wordLength === c.first.length : wordLength >= c.first.length;
          if (!fits || !folded.startsWith(c.first, at)) continue;
          let length = wordLength;
          if (c.shape === 'phrase') {
            if (c.then && !canContinue(folded, at + c.first.length, c.then)) continue;
            // Patterns are built on first use: most terms never meet a page.
            const re = (c.sticky ??= new RegExp(`(?:${c.source})(?![\\p{L}\\p{N}])`, 'uy'));
            re.lastIndex = at;
            length = re.exec(folded)?.[0].length ?? 0;
          }
          // At equal length the term with the longer fixed start is the more specific one ('integrationskurs*' over 'integration*').
          if (length > bestLength || (length === bestLength && length > 0 && c.first.length > best!.first.length)) [best, bestLength] = [c, length];
        }
        if (best) {
          hits.push({ entry: best.entry, index: at, length: bestLength });
          coveredUntil = at + bestLength;
        }
      }
      return hits;
    },
  };
}
