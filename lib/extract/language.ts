/**
 * Language of a page among en, fr, de, it, es, from short function words: cheap, and good
 * enough on a paragraph. Mixed pages report the dominant language and the others found.
 */
import { foldKeepLength } from '../relevance/fold.ts';
import { prefixKey, wordsOf } from '../relevance/words.ts';

export type PageLanguage = 'en' | 'fr' | 'de' | 'it' | 'es';
export const LANGUAGES: readonly PageLanguage[] = ['en', 'fr', 'de', 'it', 'es'];

// Words frequent in one language and rare in the others (folded); a word two languages share
// ("del", "al": Italian and Spanish) counts half for each.
const STOPWORDS: Record<PageLanguage, string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'for', 'with', 'on', 'will', 'this', 'that', 'are', 'be', 'from', 'by', 'at', 'we', 'our', 'which', 'have', 'has', 'was', 'were', 'their'],
  fr: ['le', 'les', 'des', 'et', 'du', 'une', 'est', 'pour', 'dans', 'sur', 'avec', 'aux', 'sont', 'qui', 'nous', 'ce', 'cette', 'par', 'au', 'ou', 'leur', 'ont', 'sera', 'pas'],
  de: ['der', 'die', 'das', 'und', 'ist', 'mit', 'fur', 'von', 'den', 'dem', 'zu', 'ein', 'eine', 'auf', 'im', 'sich', 'nicht', 'wird', 'werden', 'auch', 'bei', 'zum', 'zur', 'sind'],
  it: ['il', 'gli', 'di', 'che', 'per', 'con', 'della', 'delle', 'dei', 'degli', 'sono', 'nel', 'nella', 'alla', 'alle', 'si', 'ed', 'anche', 'questo', 'questa', 'sara', 'essere', 'tra', 'una', 'del', 'al'],
  es: ['el', 'los', 'las', 'y', 'que', 'por', 'para', 'con', 'del', 'es', 'se', 'su', 'sus', 'como', 'mas', 'una', 'este', 'esta', 'sera', 'entre', 'lo', 'al', 'hasta', 'desde'],
};

const WORD_LANGS = new Map<string, PageLanguage[]>();
for (const lang of LANGUAGES) {
  for (const w of STOPWORDS[lang]) WORD_LANGS.set(w, [...(WORD_LANGS.get(w) ?? []), lang]);
}
/** Prefix numbers of the function words: most words of a page are turned away by one lookup. */
const STOPWORD_KEYS = new Set([...WORD_LANGS.keys()].map((w) => prefixKey(w)));
const LONGEST = Math.max(...[...WORD_LANGS.keys()].map((w) => w.length));

/** Only this much of a page is looked at: the language does not change further down. */
const SAMPLE_CHARS = 20_000;

/**
 * Counts of function words per language, highest first.
 * @example languageScores('the event of the year')[0] // ['en', 3]
 */
export function languageScores(text: string, alreadyFolded = false): Array<[PageLanguage, number]> {
  const counts: Record<PageLanguage, number> = { en: 0, fr: 0, de: 0, it: 0, es: 0 };
  const sample = text.slice(0, SAMPLE_CHARS);
  const folded = alreadyFolded ? sample : foldKeepLength(sample);
  const words = wordsOf(folded);
  for (let i = 0; i < words.count; i++) {
    const [start, end] = [words.start[i]!, words.end[i]!];
    if (end - start > LONGEST || !STOPWORD_KEYS.has(words.key[i]!)) continue;
    const langs = WORD_LANGS.get(folded.slice(start, end));
    if (langs) for (const l of langs) counts[l] += 1 / langs.length;
  }
  return LANGUAGES.map((l) => [l, counts[l]] as [PageLanguage, number]).sort((a, b) => b[1] - a[1]);
}

/**
 * The dominant language of a text ('en' when nothing is recognisable).
 * @example detectLanguage('Le séminaire aura lieu à Paris pour les réfugiés') // 'fr'
 */
export function detectLanguage(text: string, alreadyFolded = false): PageLanguage {
  const [first] = languageScores(text, alreadyFolded);
  return first && first[1] > 0 ? first[0] : 'en';
}

/**
 * Every language with a real share of the text (at least 15% of the leader's count), for
 * mixed pages: the date reader accepts the month abbreviations of each.
 * @example detectLanguages('Das Seminar findet statt. The seminar takes place.') // ['de', 'en']
 */
export function detectLanguages(text: string, alreadyFolded = false): PageLanguage[] {
  // (A page is asked twice, for its dates and for its places: the last answer is kept.)
  if (text === last.text && alreadyFolded === last.folded) return [...last.languages];
  const languages = readLanguages(text, alreadyFolded);
  Object.assign(last, { text, folded: alreadyFolded, languages: [...languages] });
  return languages;
}

const last: { text?: string; folded: boolean; languages: PageLanguage[] } = { folded: false, languages: [] };

function readLanguages(text: string, alreadyFolded: boolean): PageLanguage[] {
  const scores = languageScores(text, alreadyFolded);
  const top = scores[0]?.[1] ?? 0;
  if (top === 0) return ['en'];
  return scores.filter(([, n]) => n >= Math.max(2, top * 0.15)).map(([l]) => l);
}

/**
 * A requested language tag reduced to one we read ('fr-BE' -> 'fr'), or undefined.
 * @example toPageLanguage('de-AT') // 'de'
 */
export function toPageLanguage(tag: string | undefined): PageLanguage | undefined {
  const base = (tag ?? '').toLowerCase().slice(0, 2);
  return (LANGUAGES as readonly string[]).includes(base) ? (base as PageLanguage) : undefined;
}
