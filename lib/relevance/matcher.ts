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
    const compiled: Compiled = { entry, source: termSource(entry.term) };
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
        for (const list of [sameWord, samePrefix]) {
          if (!list) continue;
          for (const c of list) {
            if (list === samePrefix && !word.startsWith((c as Compiled & { prefix: string }).prefix)) continue;
            // Patterns are built on first use: most terms never meet a page.
            const re = (c.sticky ??= new RegExp(`(?:${c.source})(?![\\p{L}\\p{N}])`, 'uy'));
            re.lastIndex = w.index;
            const m = re.exec(folded);
            if (m && m[0].length > bestLength) [best, bestLength] = [c, m[0].length];
          }
        }
        if (best) {
          hits.push({ entry: best.entry, index: w.index, length: bestLength });
          coveredUntil = w.index + bestLength;
        }
      }
      return hits;
    },
  };
}
