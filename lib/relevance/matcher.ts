/**
 * Finds taxonomy terms in folded text. The text is cut into words once; each word is
 * looked up by its exact form or its first three letters, and only the few terms that
 * can start there are checked with their own small pattern. Linear in the text, whatever
 * the number of terms.
 */
import { escapeRegExp } from './fold.ts';
import type { Term } from './taxonomy.ts';

export interface TermHit {
  entry: Term;
  /** Index in the text (folded and original share indices). */
  index: number;
  length: number;
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
  sticky?: RegExp;
}

// Folded text is mostly ASCII; a plain class is faster than \p{L} and still skips punctuation.
const WORD = /[a-z0-9\u00aa\u00b5\u00ba\u00c0-\u1fff\u2c00-\uffef]+/g;
const MAX_HITS = 5000;

/**
 * @example compileTerms([{ term: 'refugee*', weight: 1 }]).find('two refugees') // [{ entry, index: 4, length: 8 }]
 */
export function compileTerms(terms: readonly Term[]): TermMatcher {
  const exact = new Map<string, Compiled[]>();
  const byPrefix = new Map<string, Array<Compiled & { prefix: string }>>();
  for (const entry of terms) {
    const shape = /^[^ \-'*]+$/.test(entry.term) ? 'word' : /^[^ \-'*]+\*$/.test(entry.term) ? 'stem' : 'phrase';
    const compiled: Compiled = { entry, source: termSource(entry.term), shape };
    const firstWord = /^[^ \-'*]*\*?/.exec(entry.term)![0];
    if (firstWord.endsWith('*') || firstWord.length < entry.term.length && /^[^ \-']*\*/.test(entry.term)) {
      const prefix = firstWord.replace(/\*$/, '');
      const key = prefix.slice(0, 3);
      byPrefix.set(key, [...(byPrefix.get(key) ?? []), { ...compiled, prefix }]);
    } else {
      exact.set(firstWord, [...(exact.get(firstWord) ?? []), compiled]);
    }
  }
  return {
    find(folded: string): TermHit[] {
      const hits: TermHit[] = [];
      let coveredUntil = 0;
      WORD.lastIndex = 0;
      for (let w = WORD.exec(folded); w && hits.length < MAX_HITS; w = WORD.exec(folded)) {
        if (w.index < coveredUntil) continue;
        const word = w[0];
        const sameWord = exact.get(word);
        const samePrefix = byPrefix.get(word.slice(0, 3));
        if (!sameWord && !samePrefix) continue;
        let best: Compiled | undefined;
        let bestLength = 0;
        const consider = (c: Compiled) => {
          let length = 0;
          if (c.shape === 'word') length = word === c.entry.term ? word.length : 0;
          else if (c.shape === 'stem') length = word.length; // its prefix was checked by the caller
          else {
            // Patterns are built on first use: most terms never meet a page.
            const re = (c.sticky ??= new RegExp(`(?:${c.source})(?![\\p{L}\\p{N}])`, 'uy'));
            re.lastIndex = w!.index;
            length = re.exec(folded)?.[0].length ?? 0;
          }
          if (length > bestLength) [best, bestLength] = [c, length];
        };
        if (sameWord) for (const c of sameWord) consider(c);
        if (samePrefix) for (const c of samePrefix) if (word.startsWith(c.prefix)) consider(c);
        if (best) {
          hits.push({ entry: best.entry, index: w.index, length: bestLength });
          coveredUntil = w.index + bestLength;
        }
      }
      return hits;
    },
  };
}
