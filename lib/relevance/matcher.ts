/**
 * Compiles a term list into one regular expression over folded text, so a page is scanned
 * once per list however many terms it holds.
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

/**
 * @example compileTerms([{ term: 'refugee*', weight: 1 }]).find('two refugees') // [{ entry, index: 4, length: 8 }]
 */
export function compileTerms(terms: readonly Term[]): TermMatcher {
  const sorted = [...terms].sort((a, b) => b.term.length - a.term.length);
  const sources = sorted.map((entry) => termSource(entry.term));
  const all = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const each = sources.map((s) => new RegExp(`^(?:${s})$`, 'u'));
  const exact = new Map<string, Term>();
  sorted.forEach((entry) => {
    if (!/[*\s\-']/.test(entry.term)) exact.set(entry.term, entry);
  });
  const identify = (match: string): Term | undefined => {
    const direct = exact.get(match);
    if (direct) return direct;
    for (let i = 0; i < each.length; i++) if (each[i]!.test(match)) return sorted[i];
    return undefined;
  };
  return {
    find(folded: string): TermHit[] {
      const hits: TermHit[] = [];
      all.lastIndex = 0;
      for (let m = all.exec(folded); m; m = all.exec(folded)) {
        const entry = identify(m[0]);
        if (entry) hits.push({ entry, index: m.index, length: m[0].length });
        if (hits.length > 5000) break;
      }
      return hits;
    },
  };
}
