/**
 * An event's title as a person sees it: plain text without control characters, without a call
 * to act or read on left at its end ("… Register now", "… Leggi tutto"), without the quotation
 * marks around a whole title, short (a long sentence cut at a natural break, never inside a
 * word), and never only a day, an hour or a place when the page names the gathering elsewhere.
 */
import { foldKeepLength } from '../relevance/fold.ts';
import { EVENT_NOUN } from './cues.ts';
import { namesSite, siteLabel } from './title-headline.ts';
import { onlyWhenOrWhere } from './title-judge.ts';

/** Past this length a title is a sentence: it is cut at its last natural break. */
const LONG_TITLE = 140;
/** A natural break is looked for this far in at least: what comes before it must say something. */
const MIN_KEPT = 60;

/** C0 and C1 control characters, and the invisible marks of direction and width that pages carry. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/gu;

/** A call to act or to read on, left at a title's end by a copy of the page (folded). */
const TRAILING_CALL = /[\s|:–—-]+(?:register(?: now| here| today)|sign up(?: now)?|book now|read more|more info(?:rmation)?|learn more|jetzt anmelden|hier anmelden|mehr lesen|weiterlesen|mehr erfahren|inscrivez[- ]vous|lire la suite|en savoir plus|iscriviti(?: ora| subito)?|leggi (?:tutto|di piu)|continua a leggere|scopri di piu|inscribete(?: aqui| ya)?|leer mas|seguir leyendo|mas informacion|\+ ?info)\W*$/u;

/** The quotation marks that may open and close a whole title, pairwise. */
const QUOTE_PAIRS: ReadonlyArray<[string, string]> = [['“', '”'], ['„', '“'], ['«', '»'], ['"', '"'], ['‘', '’'], ["'", "'"], ['»', '«']];

/**
 * The title as shown. `nameOfDay` gives the name the page uses where it says the event's day
 * again, asked for only when the title says nothing but when or where.
 * @example shownTitle('“Festa dei Popoli” Leggi tutto', () => undefined) // 'Festa dei Popoli'
 */
export function shownTitle(title: string, nameOfDay: () => string | undefined, url?: string): string {
  let t = plain(title);
  if (onlyWhenOrWhere(t) || onlySiteName(t, url)) t = plain(nameOfDay() ?? t);
  return shortened(t, LONG_TITLE);
}

/**
 * A title that is only the name of the site the page is on ("La Dépêche du Midi" on ladepeche.fr,
 * "Café des images" on cafedesimages.fr): the site's, not the event's, unless it names a gathering
 * ("Refugee Week" on refugeeweek.org.uk).
 * @example onlySiteName('La Dépêche du Midi', 'https://www.ladepeche.fr/2017/02/04/x.html') // true
 */
export function onlySiteName(title: string, url: string | undefined): boolean {
  const site = siteLabel(url);
  if (!site || title.split(/\s+/u).length > 6) return false;
  const folded = foldKeepLength(title);
  return namesSite(folded, site) && !EVENT_NOUN.test(folded);
}

/** Without control characters, a call to act at the end, or quotation marks around the whole. */
function plain(title: string): string {
  let t = title.replace(CONTROL, ' ').replace(/\s+/gu, ' ').trim();
  const call = TRAILING_CALL.exec(foldKeepLength(t));
  // (Only when a name stays: "Register now" alone is left for the page's other names to replace.)
  if (call && call.index >= 4) t = t.slice(0, call.index).trim();
  return unquoted(t);
}

/**
 * A title that is one quotation loses its marks ("“Act for Ukraine”"); a title that quotes a name
 * inside keeps them ("Seminario “Raccontare il territorio”").
 * @example unquoted('« La rencontre fait tomber les préjugés »') // 'La rencontre fait tomber les préjugés'
 */
export function unquoted(title: string): string {
  for (const [open, close] of QUOTE_PAIRS) {
    if (title.length < 3 || !title.startsWith(open) || !title.endsWith(close)) continue;
    const inner = title.slice(open.length, -close.length);
    // ("“Dobbiamo accogliere?” – “Cosa dice la legge”": two quotations side by side keep theirs.)
    if (inner.includes(open) || inner.includes(close) || !/\p{L}{3}/u.test(inner)) return title;
    return inner.trim();
  }
  return title;
}

/**
 * A title longer than `max` cut at its last natural break before `max` (a comma, a colon, a dash
 * between words, an opening bracket, a sentence's end) at least MIN_KEPT characters in and not
 * inside a quotation, else after its last whole word, with "…".
 * @example shortened('Jornada sobre el empleo de las personas refugiadas en la comarca, con la participación de diez empresas y de las asociaciones que las acompañan cada día', 140) // 'Jornada sobre el empleo de las personas refugiadas en la comarca'
 */
export function shortened(title: string, max: number): string {
  if (title.length <= max) return title;
  let at = -1;
  for (const m of title.slice(0, max + 1).matchAll(/\s*(?:[,;:]\s|\s[–—-]\s|\s\(|[.!?]\s)/gu)) {
    if (m.index >= MIN_KEPT && !insideQuote(title.slice(0, m.index))) at = m.index;
  }
  if (at > 0) return title.slice(0, at).replace(/[\s,;:–—-]+$/u, '');
  return `${title.slice(0, max).replace(/\s+\S*$/u, '').replace(/[\s,;:–—-]+$/u, '')}…`;
}

/** True when a quotation opened in `text` is not closed yet. */
// (“ opens an English quotation before a word and closes a German one after it: „Das Fremde“.)
function insideQuote(text: string): boolean {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  const opened = count(/[«„]|“(?=\p{L})|‘(?=\p{L})/gu) + (count(/"/gu) % 2);
  const closed = count(/[»”]|(?<=\p{L}[.!?]?)“|’(?!\p{L})/gu);
  return opened > closed;
}
