/**
 * Relative and weekday dates read with chrono-node in the page's language: "next Thursday
 * at 18:00", "this Friday", "jeudi prochain à 14h", "nächsten Dienstag um 10 Uhr",
 * "il prossimo martedì", "el próximo jueves", "tomorrow", "Thursday 26th".
 *
 * Why two readers: the hand-written scanner (dates.ts) reads absolute European dates,
 * ranges and lists in all five languages at once, strictly day first and in linear time;
 * chrono-node reads everything that needs a reference day and a grammar per language
 * (relative words, weekdays, "next"/"prochain"/"nächsten"), which the scanner does not try.
 * Chrono is slower and reads too much (times alone, "next week", "in two weeks"), so it only
 * runs on the few sentences that hold an event word and a date-ish word the scanner left
 * unread, its readings must name a day, and the scanner wins where both read the same words.
 */
import * as chronoDe from 'chrono-node/de';
import * as chronoEn from 'chrono-node/en';
import * as chronoEs from 'chrono-node/es';
import * as chronoFr from 'chrono-node/fr';
import * as chronoIt from 'chrono-node/it';
import type { CueIndex } from './cue-index.ts';
import { isCommemoration } from './filters.ts';
import { pageDayOf } from './date-page-weekday.ts';
import { isWeekdayName } from './date-weekday-names.ts';
import { namedDayNear } from './named-days.ts';
import type { DateMention, DayDate } from './dates.ts';
import { prefixKey, wordsOf } from '../relevance/words.ts';
import { languageScores, type PageLanguage } from './language.ts';
import { LookbehindScan } from './lookbehind-scan.ts';
import { paragraphAt, sentenceAt, type PageText, type Span } from './text.ts';
import { WEEKDAY_NUMBER, WEEKDAYS, monthAlternation } from './vocabulary.ts';
import { nounBefore, weekdayDays } from './weekday-days.ts';
import { spanUntil } from './until-day.ts';
import { pickYear, type RefDay } from './year.ts';

/** At most this many sentences of a page go to chrono-node (documented cap). */
export const MAX_CHRONO_SENTENCES = 40;

type Parser = { parse: typeof chronoEn.GB.parse };
const PARSERS: Record<PageLanguage, Parser> = {
  en: chronoEn.GB,
  fr: chronoFr.casual,
  de: chronoDe.casual,
  it: chronoIt.casual,
  es: chronoEs.casual,
};

const DAY_WORDS = [
  'today', 'tonight', 'tomorrow', 'yesterday', "aujourd'hui", 'aujourd’hui', 'demain', 'apres-demain', 'hier', 'ce soir',
  'heute', 'morgen', 'ubermorgen', 'gestern', 'gestrigen', 'heutigen', 'morgigen', 'oggi', 'domani', 'dopodomani', 'ieri', 'stasera', 'hoy', 'manana', 'ayer', 'esta noche',
  'last night', 'anoche', 'anteayer', 'avant-hier', 'vorgestern', 'altroieri',
];
const DAY_WORD = new RegExp(`(?<![\\p{L}])(?:${DAY_WORDS.join('|')})(?![\\p{L}])`, 'u');
/** The parts of a day and the day itself, as named before "of" a day word: "la tarde de", "nel pomeriggio di", "la soirée d'". */
const PARTS_OF_DAY = 'tarde|manana|noche|mediodia|jornada|pomeriggio|mattinata|mattina|serata|sera|giornata|matinee|matin|soiree|soir|journee|apres-midi|morning|afternoon|evening|night|session';
const PART_OF_BEFORE = new RegExp(`(?<![\\p{L}])(?:${PARTS_OF_DAY})\\s+(?:de|di|d'|d’|of)\\s*$`, 'u');
/** The same right before a day word or a weekday (folded): blanked for chrono, offsets kept. */
const PART_OF_DAY_WORD = new RegExp(`(?<![\\p{L}])(?:${PARTS_OF_DAY})\\s+(?:de|del|di|d'|d’|of)\\s*(?=(?:ayer|hoy|manana|este|esta|ieri|oggi|domani|questo|hier|aujourd|demain|ce|cette|yesterday|today|tomorrow|this|last|next|${WEEKDAYS.filter((w) => w.length > 4).join('|')})(?![\\p{L}]))`, 'gu');

/** "anoche" (last night), which chrono's Spanish does not read: rewritten "ayer  " (as many letters, offsets kept). */
const LAST_NIGHT_ES = /(?<![\p{L}])anoche(?![\p{L}])/gu;
/** German forms chrono does not read, each rewritten in as many letters: "am gestrigen" -> "gestern     ". */
const GERMAN_FORMS = /(?<![\p{L}])am (gestrigen|heutigen|morgigen)(?![\p{L}])/gu;
const GERMAN_DAY_WORD: Record<string, string> = { gestrigen: 'gestern', heutigen: 'heute', morgigen: 'morgen' };

/**
 * The window's text as chrono should read it, offsets kept: the parts of a day before a day word blanked ("en la tarde
 * de ayer" -> "en la          ayer"), German forms chrono does not know rewritten. `folded` is the text's folded twin.
 */
function forChrono(text: string, folded: string): string {
  let out = text;
  if (folded.includes('igen ')) {
    GERMAN_FORMS.lastIndex = 0;
    for (let m = GERMAN_FORMS.exec(folded); m; m = GERMAN_FORMS.exec(folded)) {
      out = out.slice(0, m.index) + GERMAN_DAY_WORD[m[1]!]!.padEnd(m[0].length) + out.slice(m.index + m[0].length);
    }
  }
  if (folded.includes('anoche')) {
    LAST_NIGHT_ES.lastIndex = 0;
    for (let m = LAST_NIGHT_ES.exec(folded); m; m = LAST_NIGHT_ES.exec(folded)) out = `${out.slice(0, m.index)}ayer  ${out.slice(m.index + 6)}`;
  }
  if (!folded.includes(' de') && !folded.includes(' di') && !folded.includes(' d') && !folded.includes(' of')) return out;
  PART_OF_DAY_WORD.lastIndex = 0;
  for (let m = PART_OF_DAY_WORD.exec(folded); m; m = PART_OF_DAY_WORD.exec(folded)) out = out.slice(0, m.index) + ' '.repeat(m[0].length) + out.slice(m.index + m[0].length);
  return out;
}
/** A reading that is a day word alone ("ieri", "this evening"), with no weekday or number. */
const ONLY_DAY_WORD = new RegExp(`^\\W*(?:[\\p{L}'’]+\\s+){0,2}?(?:${DAY_WORDS.join('|')})(?![\\p{L}])[^\\d]*$`, 'u');
const FULL_WEEKDAYS = WEEKDAYS.filter((w) => w.length > 4 || w === 'lundi' || w === 'mardi' || w === 'jeudi');
/** The first full weekday word in a reading. */
const WEEKDAY_IN = new RegExp(`(?<![\\p{L}])(?:${FULL_WEEKDAYS.join('|')})(?![\\p{L}])`, 'u');
/** Parts of a day, a day word only after "this": "esta tarde", "questa mattina", "ce matin", "this morning", "heute Vormittag". */
const PART_WORDS = ['mattina', 'pomeriggio', 'sera', 'serata', 'tarde', 'mediodia', 'matin', 'midi', 'soir', 'soiree', 'morning', 'afternoon', 'evening', 'vormittag', 'nachmittag', 'mittag', 'abend'];
const THIS_BEFORE = /(?:^|[^\p{L}])(?:esta|este|questa|questo|ce|cet|this|heute)\s+$/u;
/** "anteayer", "l'altro ieri", "avant-hier", "vorgestern", "the day before yesterday": two days before the posting day (chrono reads some as yesterday, some not at all). */
const DAY_BEFORE_YESTERDAY = /(?<![\p{L}])(?:anteayer|antier|l['’]altro ieri|l['’]altroieri|altroieri|avant-hier|vorgestern|the day before yesterday)(?![\p{L}])/u;
/** "esta mañana", "stamattina", "ce matin", "this afternoon", "heute Vormittag": today, at some hour. */
const THIS_PART = /(?<![\p{L}])(?:esta (?:manana|tarde)|este mediodia|questa (?:mattina|sera|serata)|questo pomeriggio|stamattina|stamane|ce (?:matin|midi|soir)|cet apres-midi|cette soiree|this (?:morning|afternoon|evening)|heute (?:morgen|vormittag|mittag|nachmittag|abend))(?![\p{L}])/u;
/** Words that may start a date the scanner does not read (folded; looked up word by word). */
const TRIGGER_WORDS = new Set([...FULL_WEEKDAYS, 'today', 'tonight', 'tomorrow', 'yesterday', 'aujourd', 'demain', 'hier', 'soir', 'heute',
  'morgen', 'ubermorgen', 'gestern', 'oggi', 'domani', 'dopodomani', 'ieri', 'stasera', 'hoy', 'manana', 'ayer', 'noche',
  'stamattina', 'stamane', 'anoche', 'night', 'anteayer', 'altroieri', 'vorgestern', ...PART_WORDS]);
// German writes a day word as an adjective: "am gestrigen Abend", "am heutigen Samstag", "am morgigen Freitag".
for (const w of ['gestrigen', 'heutigen', 'morgigen']) TRIGGER_WORDS.add(w);
const TRIGGER_KEYS = new Set([...TRIGGER_WORDS].map((w) => prefixKey(w)));
/** "am Morgen", "por la mañana": the morning, not tomorrow. */
const MORNING = /(?:^|[^\p{L}])(?:am|guten|jeden|den|heute|gestern|la|por la|de la|esta|cada)\s+$/u;
const MORNING_WORD = /^\W*(?:manana|morgen)\W*$/u;
/** "le migrazioni di oggi", "la société d'aujourd'hui", "die Welt von heute", "today's challenges": of our time, not a date. */
const TODAY_WORD = /(?<![\p{L}])(?:today|aujourd|heute|oggi|hoy)(?![\p{L}])/u;
const TODAY_WORDS = new Set(['today', 'aujourd', 'heute', 'oggi', 'hoy']);
const UP_TO = /(?:^|[^\p{L}])(?:ad|fino ad|fino a|bis|jusqu'a|jusqu’a|jusqu'à|jusqu’à|hasta|until|till|up to)\s*$/u;
const OF_TODAY = /(?:(?:^|[^\p{L}])(?:di|de|d'|d’|von|of|del|du|dal)\s*\||^.*\|['’]s)/u;
/** A chrono reading must hold a day: a weekday, a day word or a day number, never only a week or a month. */
const NAMES_DAY = new RegExp(`(?:${[...WEEKDAYS, ...DAY_WORDS].join('|')}|\\d)`, 'u');
const NOT_A_DAY = /(?<![\p{L}])(?:week|weeks|weekend|month|months|semaine|semaines|mois|woche|wochen|monat|monate|settimana|settimane|mese|mesi|semana|semanas|mes|meses)(?![\p{L}])/u;
/** "a las 18 horas", "alle 17", "at 6pm": a reading that is only an hour names no day (chrono takes it for today or tomorrow). */
const ONLY_HOUR = /^\W*(?:(?:at|a las|a la|alle|ore|um|a|à|de|dalle|las)\s+)*\d{1,2}(?:[:.h]\d{2})?\s*(?:horas?|hours?|hrs?|heures?|h|uhr|ore|am|pm|a\.m\.|p\.m\.)?\W*$/u;
/** The time part of a chrono reading ("at 18:00", "à 14h", "um 10 Uhr", "alle 17", "a las 18:00"). */
const TIME_TAIL = /[\s,]+(?:(?:at|from|between|a|à|um|von|ab|alle|dalle|ore|a las|de las|las|de|des|dès|entre)\s+)*(?:ore\s+)?\d{1,2}(?:[:h.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|h|uhr)?(?![\p{L}]).*$/isu;
/** A day number right after a weekday: "Thursday 26th", "jeudi 26", "Donnerstag, 26." (no month). */
// (Also with the word for day: "el próximo viernes, día 15", "venerdì prossimo, giorno 15", "vendredi prochain, le 15".)
const DAY_AFTER = /^\s*,?\s*(?:the\s+|le\s+|il\s+|el\s+|den\s+)?(?:(?:dia|giorno|jour|tag)\s+)?(0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|er|e|\.|°|º)?(?![\p{N}]|\s*[:h]\d|\s*(?:am|pm|uhr|h|horas?|ore|heures?|hours?)(?![\p{L}]))/u;
const LAST = /(?<![\p{L}])(?:last|past|dernier|derniere|passe|letzten|vergangenen|scorso|scorsa|passato|pasado|pasada)(?![\p{L}])/u;
/** "el pasado", "lo scorso", "le dernier" right before the weekday chrono read. */
/** "desde el", "depuis", "seit", "since", "dal": a weekday something under way began on. */
const SINCE_BEFORE = /(?<![\p{L}])(?:desde el|desde|depuis le|depuis|seit dem|seit|since|dal|da)\s+$/u;
const SINCE_OPEN = /^(?:desde|depuis|seit|since|dal)\s/u;
/** "desde este viernes hasta el domingo", "dal prossimo venerdì fino a domenica": the first day of a span to come, not a beginning already past. */
const SPAN_TO_AFTER = /^\s*,?\s*(?:hasta|fino a|fino al|until|till|to|bis|jusqu'a|jusqu’a|jusqu'au|jusqu’au|a|al|au)\s/u;
const LAST_BEFORE = /(?<![\p{L}])(?:last|past|pasado|pasada|scorso|scorsa|dernier|derniere|letzten|vergangenen)\s+$/u;
/** "am letzten Freitag im Mai", "the last Friday of every month", "le dernier vendredi du mois": a month's last such day (a month must follow: "letzten Samstag im Rathaus" is last week's). */
const OF_MONTH = new RegExp(`^\\s+(?:im|des|in|of|del|de|di|du)\\s+(?:(?:the|every|each|cada|ogni|chaque|jedes|jeden)\\s+)?(?:${monthAlternation([])}|monats?|mois|mese|mes|month)(?![\\p{L}])`, 'u');
const WEEKLY_WORDS = /(?<![\p{L}])(?:wochentlich\p{L}*|weekly|hebdomadaire\p{L}*|settimanal\p{L}*|semanal\p{L}*|every week|each week|jede woche|chaque semaine|toutes les semaines|ogni settimana|cada semana|todas las semanas)(?![\p{L}])/u;
const LAST_AFTER = /^\s+(?:dernier|derniere|passato|scorso|scorsa|pasado|pasada)(?![\p{L}])/u;
/** After a weekday (and its "next"), the weekday a span runs to: " al domingo", " prochain à dimanche", " bis Sonntag", " to Sunday". */
const SPAN_TO_WEEKDAY = new RegExp(`^(?:\\s+(?:prochain|prossimo|proximo|next|kommenden|nachsten))?\\s*,?\\s*(?:al|a|hasta el|hasta|au|a|bis zum|bis|to|until|till|through|fino a|fino al|-|–)\\s+(?:(?:el|le|il|the|zum)\\s+)?(${FULL_WEEKDAYS.join('|')})(?![\\p{L}])`, 'u');
/** A week after the weekday named: "samedi en huit", "Saturday week", "Samstag in einer Woche", "sabato a otto"; "a week on Saturday" (before it). */
const WEEK_LATER_AFTER = new RegExp(`^(?:${FULL_WEEKDAYS.join('|')})\\s+(?:en huit|week|in einer woche|in acht tagen|a otto)(?![\\p{L}-])`, 'u');
const WEEK_LATER_BEFORE = /(?:^|[^\p{L}])a week (?:on|from)\s+\p{L}$/u;
const NEXT = /(?<![\p{L}])(?:next|prochaine?|nachste[nr]?|kommende[nr]?|prossim[oa]|proxim[oa])(?![\p{L}])/u;
const THIS = /(?<![\p{L}])(?:this|ce|cette|diesen|dieses|diese|questo|questa|este|esta)(?![\p{L}])/u;
/** "esta soleada mañana de", "questa mattina di", "cette belle matinée de": "this" and a part of the day right before a weekday. */
const THIS_PART_OF_BEFORE = new RegExp(`(?<![\\p{L}])(?:esta|este|questa|questo|ce|cet|cette|this)\\s+(?:\\p{L}+\\s+)?(?:${PARTS_OF_DAY})\\s+(?:de|del|di|d'|d’|of)\\s*$`, 'u');
/** Cheap gate for it: a part of the day at all. */
const PART_WORD_BEFORE = /tarde|manana|noche|mediodia|pomeriggio|mattin|sera|matin|soir|apres-midi|morning|afternoon|evening|night/;
/** "confirmed", "announced", "a annoncé": the day word says when news was given, not an event. */
// (Also an event presented to the press, "presentó hoy el encuentro", a text voted, "la declaración aprobada el pasado martes",
// an agreement signed, "è stato siglato questa mattina un protocollo", words said, "ha explicado hoy la concejal",
// and a campaign launched, "ha lanzado hoy la campaña".)
const REPORTING = /(?<![\p{L}])(?:confirmed|announced|said|published|released|a annonce|a confirme|a publie|hat angekundigt|bestatigte|gab bekannt|veroffentlicht|ha annunciato|ha confermato|ha pubblicato|anuncio|confirmo|publico|presented|presento|presentaron|ha presentado|han presentado|a presente|ont presente|ha presentato|hanno presentato|stellte|stellten|hat vorgestellt|haben vorgestellt|approved|adopted|aprobada|aprobado|aprobo|aprobaron|approvata|approvato|ha approvato|adoptee|adopte|a adopte|verabschiedet|beschlossen|signed|siglato|siglata|firmato|firmata|sottoscritto|firmado|firmada|firmo|firmaron|suscrito|signe|signee|ont signe|a signe|unterzeichnet|unterzeichnete|explained|stated|explicado|explico|senalado|declarado|afirmado|destacado|subrayado|spiegato|dichiarato|sottolineato|explique|souligne|erklarte|sagte|betonte|has launched|ha lanzado|han lanzado|ha lanciato|hanno lanciato|a lance|ont lance)(?![\p{L}])/u;
/** Sentences reporting a past event: a bare weekday in them points back, not forward. */
const PAST = /(?<![\p{L}])(?:took place|was held|were held|gathered|welcomed|met with|was attended|a eu lieu|ont eu lieu|s'est tenue?|s’est tenue?|a reuni|ont participe|fand statt|fanden statt|hat stattgefunden|trafen sich|nahmen teil|si e svolt[oa]|si e tenut[oa]|ha riunito|hanno partecipato|tuvo lugar|se celebro|se llevo a cabo|reunio|participaron|celebro|celebraron|organizo|organizaron|se realizo|se desarrollo|acogio|acogieron|recibio|recibieron|asistieron|ha celebrato|hanno celebrato|ha festeggiato|hanno festeggiato|ha organizzato|hanno organizzato|ha ospitato|hanno ospitato|ha accolto|hanno accolto|ha incontrato|hanno incontrato|a celebre|ont celebre|a fete|ont fete|a organise|ont organise|s'est deroulee?|s’est deroulee?|a accueilli|ont accueilli|a recu|ont recu|feierte|feierten|organisierte|organisierten|veranstaltete|veranstalteten|empfing|empfingen|eroffnete|eroffneten|begru(?:ss|ß)te|begru(?:ss|ß)ten|celebrated|hosted|organised|organized|(?<!(?:be|been|being) )held|attended)(?![\p{L}])/u;

function inside(sorted: readonly Span[], pos: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]!.start <= pos;
}

const overlaps = (sorted: readonly Span[], a: number, b: number) => sorted.some((s) => a < s.end && b > s.start);

function serialUtc(d: DayDate & { y: number }): number {
  return Date.UTC(d.y, d.m - 1, d.d) / 86_400_000;
}

function fromSerial(n: number): DayDate & { y: number } {
  const t = new Date(n * 86_400_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/**
 * The day with this weekday and day of month nearest to the reference, forward unless the
 * sentence is past. `slack` days either way when the reference is only known to its month.
 */
function weekdayWithDay(weekday: number, dayOfMonth: number, ref: RefDay, past: boolean, slack = 1): (DayDate & { y: number }) | undefined {
  const base = serialUtc(ref);
  let best: (DayDate & { y: number }) | undefined;
  for (let k = -12; k <= 12; k++) {
    const month = new Date(Date.UTC(ref.y, ref.m - 1 + k, dayOfMonth));
    if (month.getUTCDate() !== dayOfMonth || month.getUTCDay() !== weekday) continue;
    const s = month.getTime() / 86_400_000;
    if (past ? s > base + slack - 1 : s < base - slack) continue;
    if (!best || Math.abs(s - base) < Math.abs(serialUtc(best) - base)) best = fromSerial(s);
  }
  return best;
}

/**
 * "next Thursday", "jeudi prochain", "el próximo jueves", "il prossimo martedì": the coming
 * one, as most announcements mean it (chrono would take the one in the following week).
 * A bare weekday in a report of a past event is the last one before the posting day.
 */
function nearestWeekday(weekday: number, ref: RefDay, direction: 'before' | 'since' | 'from' | 'after' | 'next'): DayDate & { y: number } {
  const base = serialUtc(ref);
  const today = new Date(base * 86_400_000).getUTCDay();
  if (direction === 'before') return fromSerial(base - (((today - weekday + 7) % 7) || 7));
  if (direction === 'since') return fromSerial(base - ((today - weekday + 7) % 7));
  const ahead = (weekday - today + 7) % 7;
  if (ahead === 0) return fromSerial(base + (direction === 'from' ? 0 : 7));
  // Nobody says "next Tuesday" on Monday for tomorrow: then it is the week after.
  return fromSerial(base + (direction === 'next' && ahead === 1 ? 8 : ahead));
}

/** "every Tuesday", "jeden Dienstag", "il sabato", "los sábados": a habit, not a date. */
// (French "le vendredi" with no day after it is every Friday: "Le vendredi, le café est réservé aux femmes".)
const HABIT_BEFORE = /(?:^|[^a-z\u00c0-\u024f])(?:every|each|jeden|jede|jedem|chaque|tous les|toutes les|ogni|tutti i|tutte le|cada|todos los|todas las|il|le|les|los|las)\s+$/;
const WEEKDAY_WORD = `(?:${WEEKDAYS.join('|')})`;
/** "from Monday to Friday", "dal lunedì al venerdì", "von Montag bis Freitag": opening days. */
const RANGE_AFTER = new RegExp(`^s?\\s*(?:to|till|until|-|–|au|a|bis|al|y|and|et|und|e)\\s+${WEEKDAY_WORD}(?![a-z])`);
const RANGE_BEFORE = new RegExp(`${WEEKDAY_WORD}\\s*(?:to|till|until|-|–|au|a|bis|al|y|and|et|und|e)\\s+$`);

/** "this", "next" right before a weekday (folded): that one week's day. */
const THIS_OR_NEXT_BEFORE = /(?:^|[^\p{L}])(?:this|next|ce|cette|prochain|diesem|diesen|kommenden|nachsten|questo|prossimo|este|proximo)\s+$/u;

function isHabitual(folded: string, start: number, end: number): boolean {
  const before = folded.slice(Math.max(0, start - 16), start);
  const after = folded.slice(end, end + 16);
  if (/^\s*,?\s*\d/.test(after)) return false;
  // ("from this Friday to Sunday", "von diesem Freitag bis Sonntag", "dal prossimo venerdì a domenica": one weekend's days, not opening days.)
  if (RANGE_AFTER.test(after) && !THIS_OR_NEXT_BEFORE.test(before)) return true;
  if (RANGE_BEFORE.test(before)) return true;
  if (!HABIT_BEFORE.test(before)) return false;
  // (French "le vendredi" in a sentence that programmes one gathering is that Friday: "Le vendredi, une soirée
  // d'échanges est au programme", "Le samedi dès 14h, place au banquet", "le samedi aura lieu la fête".)
  return !(FRENCH_LE.test(before) && ONE_OFF.test(clauseAfter(folded, end)));
}

const FRENCH_LE = /(?:^|[^a-z\u00c0-\u024f])le\s+$/;
/** Words that programme one gathering, not a weekly habit (French, where "le vendredi" may be either). */
const ONE_OFF = /(?<![a-z\u00c0-\u024f])(?:aura lieu|auront lieu|se tiendra|se tiendront|se deroulera|se derouleront|sera|seront|est au programme|sont au programme|au programme|place a|place au|place aux|debutera|commencera|cloturera)(?![a-z\u00c0-\u024f])/;
/** The rest of the sentence after a word (up to 200 characters). */
function clauseAfter(folded: string, end: number): string {
  const rest = folded.slice(end, end + 200);
  const stop = rest.search(/[.!?\n]/);
  return stop < 0 ? rest : rest.slice(0, stop);
}

function languageOf(page: PageText, s: Span, fallback: PageLanguage): PageLanguage {
  const [first, second] = languageScores(page.folded.slice(s.start, s.end), true);
  return first && first[1] >= 2 && first[1] > (second?.[1] ?? 0) ? first[0] : fallback;
}

/**
 * Sentences with an event word and a date-ish word outside the scanner's mentions, each with
 * the window around that word that chrono reads (its cost grows with the text it is given).
 */
function candidateSentences(page: PageText, taken: readonly DateMention[], cues: CueIndex, reference: () => (RefDay & { slack?: number }) | undefined): Array<{ sentence: Span; window: Span }> {
  const out: Array<{ sentence: Span; window: Span }> = [];
  let lastEnd = -1;
  const words = wordsOf(page.folded);
  for (let i = 0; i < words.count && out.length < MAX_CHRONO_SENTENCES; i++) {
    const at = words.start[i]!;
    if (at < lastEnd || !TRIGGER_KEYS.has(words.key[i]!)) continue;
    const word = page.folded.slice(at, words.end[i]!);
    if (!TRIGGER_WORDS.has(word) || inside(taken, at)) continue;
    const thisPart = THIS_BEFORE.test(page.folded.slice(Math.max(0, at - 8), at));
    if (PART_WORDS.includes(word) && !thisPart) continue;
    // ("last night" is yesterday evening; any other night is no day: "a night of music", "Saturday night".)
    if (word === 'night' && !/(?:^|[^\p{L}])last\s+$/u.test(page.folded.slice(Math.max(0, at - 6), at))) continue;
    // ("Ce sera une fête": French "sera" is a verb; "questa sera" is this evening.)
    if (word === 'sera' && !/questa\s+$/.test(page.folded.slice(Math.max(0, at - 8), at))) continue;
    if ((word === 'morgen' || word === 'manana') && !thisPart && MORNING.test(page.folded.slice(Math.max(0, at - 12), at))) continue;
    // ("la jornada de hoy", "nel pomeriggio di oggi", "la soirée d'aujourd'hui": a part of today, not "of our time".)
    if (TODAY_WORDS.has(word) && OF_TODAY.test(`${page.folded.slice(Math.max(0, at - 6), at)}|${page.folded.slice(at + word.length, at + word.length + 3)}`)
      && !PART_OF_BEFORE.test(page.folded.slice(Math.max(0, at - 24), at))) continue;
    // "da marzo ad oggi", "bis heute", "hasta hoy": up to now, a period's end, not a day.
    if (TODAY_WORDS.has(word) && UP_TO.test(page.folded.slice(Math.max(0, at - 12), at))) continue;
    if (isHabitual(page.folded, at, at + word.length)) continue;
    const s = sentenceAt(page, at);
    // A title in quotes ("le film « Demain est si loin »") names no day.
    if (quoted(page.text, Math.max(s.start, at - 200), at)) continue;
    // ("Lunes 15" over the items of a programme day: a heading with nothing but its day.)
    // (A weekday with its day number is a day even where the gathering was named in the sentence before:
    // "Cruz Roja organiza una tertulia y una exposición / La primera será el viernes 24 en la casa de la cultura".)
    const numberedDay = FULL_WEEKDAYS.includes(word) && DAY_AFTER.test(page.folded.slice(at + word.length, at + word.length + 16));
    // (A weekday with an hour in its sentence, after a span of days the page announces, is a day of that programme even
    // with no event word: "dal 2 al 4 giugno ... Venerdì spazio a ..., mentre alle 18.30 ...", "Sabato e domenica, dalle 10 alle 20, ...".)
    const ofProgramme = FULL_WEEKDAYS.includes(word) && HOUR_IN.test(page.folded.slice(s.start, s.end)) && taken.some((t) => t.range && t.end <= at && at - t.end <= PROGRAMME_REACH && shortSpan(t));
    if (!cues.noun(s) && !cues.verb(s) && !DAY_HEADING.test(page.folded.slice(s.start, s.end)) && !(numberedDay && nounBefore(page, s, cues)) && !ofProgramme) continue;
    // A sentence that already gives a full date gives the event's: its "yesterday" or
    // "on Monday" is when something was said ("Yesterday, the organisers confirmed ... on 27 September").
    // (A named day's date is not: "celebra este sábado una jornada ... el 18 de diciembre, Día Internacional del Migrante".)
    // ("... était organisée samedi dernier une soirée ..., tandis qu'une fête est prévue le 18 mars": a weekday said to be
    // the last or the next one names its own day, whatever other date the sentence gives.)
    // ("am letzten Freitag im Mai" is the month's last Friday, not last week's.)
    const ofMonth = OF_MONTH.test(page.folded.slice(at + word.length, at + word.length + 20));
    const pointed = FULL_WEEKDAYS.includes(word) && !ofMonth && (LAST_BEFORE.test(page.folded.slice(Math.max(0, at - 14), at)) || LAST_AFTER.test(page.folded.slice(at + word.length, at + word.length + 12)));
    // ("lunedì 11 marzo con un incontro ...; martedì 12 alle 17.30 laboratorio ...": a weekday with its own day number is a day of its own.)
    const numbered = FULL_WEEKDAYS.includes(word) && !ofMonth && DAY_AFTER.test(page.folded.slice(at + word.length, at + word.length + 16));
    // (Not a date the sentence only closes something with, "una exposición abierta hasta el 4 de diciembre", nor the posting
    // day itself, which a "today" agrees with: "date 2023-06-19 The first Refugee Week kicks off today".)
    if (!pointed && !numbered && !thisPart && taken.some((t) => t.start < s.end && t.end > s.start && !isCommemoration(page.folded.slice(t.end, t.end + 60))
      && !UP_TO.test(page.folded.slice(Math.max(0, t.start - 12), t.start)) && !(TODAY_WORDS.has(word) && isPostingDay(t, reference)))) continue;
    // (Near the day word: "presentó hoy", "ha explicado hoy la concejal"; not a clause further on, "... el texto aprobado esta semana".)
    if (REPORTING.test(page.folded.slice(Math.max(s.start, at - REPORT_REACH), Math.min(s.end, at + word.length + REPORT_REACH)))) continue;
    // "am kommenden Dienstag um 17 Uhr": a few words before the day word, its time after.
    let from = Math.max(s.start, at - WINDOW_BEFORE);
    while (from > s.start && /\S/u.test(page.text[from - 1]!)) from--;
    let to = Math.min(s.end, at + word.length + WINDOW_AFTER);
    while (to < s.end && /\S/u.test(page.text[to]!)) to++;
    out.push({ sentence: s, window: { start: from, end: to } });
    lastEnd = to;
  }
  return out;
}

/** A full date that is the posting day (a "today" in its sentence agrees with it). */
function isPostingDay(t: DateMention, reference: () => (RefDay & { slack?: number }) | undefined): boolean {
  const d = t.days[0];
  if (t.range || !d || d.y === undefined) return false;
  const ref = reference();
  return !!ref && (ref.slack ?? 0) <= 1 && ref.y === d.y && ref.m === d.m && ref.d === d.d;
}

/** True when an opening quote before `at` (from `from`) is not closed yet. */
function quoted(text: string, from: number, at: number): boolean {
  let depth = 0;
  for (let i = from; i < at; i++) {
    const c = text[i];
    if (c === '«' || c === '“' || c === '„') depth++;
    else if ((c === '»' || c === '”') && depth > 0) depth--;
  }
  return depth > 0;
}

/**
 * Words that say a day number is of the month under way (folded), in five languages: "de este mes", "del corriente",
 * "del presente mes", "del mes en curso", "di questo mese", "del mese corrente", "c.m." (corrente mese), "de ce mois",
 * "courant", "du mois en cours", "dieses Monats", "d. M.", "of this month", "inst.".
 */
const THIS_MONTH = String.raw`(?:de este mes|del (?:presente |corriente )?mes(?: en curso| corriente)?|del corriente|di questo mese|del mese (?:corrente|in corso)|c\.\s?m\.|de ce mois(?:-ci)?|du mois (?:courant|en cours)|courant|dieses monats|d\.\s?m\.|of this month|inst\.)(?![\p{L}])`;
/** Words after a day number that say it is the next such day: "il 28 p.v." (prossimo venturo), "le 28 prochain", "el 28 próximo". */
const NEXT_OF_MONTH = String.raw`(?:p\.\s?v\.|prochain|proximo|prossimo)(?![\p{L}])`;
/**
 * "el próximo día 15 a las 18 horas", "il prossimo 15 alle ore 18", "le 15 à 18h", "el día 15 de este mes": a day of
 * the month alone, followed by its hour (or said to be of this month, or the next such day: "il 28 p.v.", "le 28 prochain"), in a sentence with an event word; or said
 * to be the last or the next one: "el pasado día 16", "lo scorso 16", "el próximo día 15"; or named with the word
 * for day: "organiza el día 20 una comida solidaria", "il giorno 20 si terrà"; or followed by a quoted name:
 * "due proiezioni ... Il 21 “Vangelo”, mentre il 28 “The immigrant”".
 */
// (Searched by its body first, its lookbehind tried only there (lookbehind-scan.ts): the same matches, ~1.4x faster.)
const DAY_ONLY = new LookbehindScan(new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(?:el|lo|il|le)\s+(?:pasado|scorso|proximo|prossimo)\s+(?:(?:dia|giorno)\s+)?(0?[1-9]|[12]\d|3[01])(?![\p{N}]|[.,:]\d|\s*(?:%|de\s|di\s|del\s|al\s|y\s|e\s|-))|(?:el|il|le|the|am)\s+(?:(?:proximo|prossimo|prochain|next|kommenden)\s+)?(?:(?:dia|giorno|jour|day)\s+)?(0?[1-9]|[12]\d|3[01])(?:er|st|nd|rd|th|°|º|\.)?(?=\s*,?\s*(?:(?:a las|alle ore|alle|ore|at|um|dalle|desde las)\s+\d{1,2}(?:[:.h]\d{2})?(?![\p{N}])|(?:à|a)\s+\d{1,2}(?:[:.h]\d{2}|\s*(?:h|heures?|horas?)(?![\p{L}]))|${THIS_MONTH}|${NEXT_OF_MONTH}|[“«„"]\s?\p{L}))|(?:el|il)\s+(?:dia|giorno)\s+(0?[1-9]|[12]\d|3[01])(?![\p{N}]|[.,:]\d|\s*(?:%|de\s|di\s|del\s|al\s|y\s|e\s|-|horas?|ore)))`, 'gu'));
/** At most this many days of the month alone are read (documented cap). */
const MAX_DAY_ONLY = 10;

type DayOnly = { start: number; end: number; day: string; sentence: Span; past?: boolean };

function dayOnlyMatches(page: PageText, taken: readonly Span[], cues: CueIndex): DayOnly[] {
  const out: DayOnly[] = [];
  DAY_ONLY.lastIndex = 0;
  for (let m = DAY_ONLY.exec(page.folded); m && out.length < MAX_DAY_ONLY; m = DAY_ONLY.exec(page.folded)) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (overlaps(taken, start, end)) continue;
    const sentence = sentenceAt(page, start);
    if (!cues.noun(sentence) && !cues.verb(sentence)) continue;
    if (REPORTING.test(page.folded.slice(sentence.start, sentence.end))) continue;
    out.push({ start, end, day: m[1] ?? m[2] ?? m[3]!, sentence, ...(m[1] ? { past: /pasado|scorso/u.test(m[0]) } : {}) });
  }
  return out;
}

/**
 * "este fin de semana", "questo fine settimana", "ce week-end", "dieses Wochenende", "this weekend" (and the next or the
 * last one): the Saturday and Sunday of that weekend, counted from the posting day.
 */
const WEEKEND = /(?<![\p{L}])(?:(?:(este|el proximo|questo|il prossimo|ce|this|next|dieses|am kommenden|kommendes|el pasado|lo scorso|last|am vergangenen|am letzten|vergangenes)\s+(?:fin de semana|fine settimana|weekend|week-end|wochenende))|(?:fin de semana|fine settimana|weekend|week-end)\s+(prochain|dernier|pasado|scorso))(?![\p{L}])/gu;
const WEEKEND_PAST = /^(?:el pasado|lo scorso|last|am vergangenen|am letzten|vergangenes|dernier|pasado|scorso)$/u;
/** At most this many weekends are read (documented cap). */
const MAX_WEEKENDS = 5;
/** WEEKEND searched by its body first, its lookbehind tried only there (lookbehind-scan.ts): the same matches, ~2.5x faster. */
const WEEKEND_SCAN = new LookbehindScan(WEEKEND);

type Weekend = { start: number; end: number; past: boolean };

function weekendMatches(page: PageText, taken: readonly Span[], cues: CueIndex): Weekend[] {
  const out: Weekend[] = [];
  const f = page.folded;
  // (Most pages name no weekend: a quick look for the words first.)
  if (!f.includes('week') && !f.includes('fin de semana') && !f.includes('fine settimana') && !f.includes('wochenende')) return out;
  WEEKEND_SCAN.lastIndex = 0;
  for (let m = WEEKEND_SCAN.exec(f); m && out.length < MAX_WEEKENDS; m = WEEKEND_SCAN.exec(f)) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (overlaps(taken, start, end)) continue;
    const sentence = sentenceAt(page, start);
    if (!cues.noun(sentence) && !cues.verb(sentence)) continue;
    if (REPORTING.test(f.slice(Math.max(sentence.start, start - REPORT_REACH), Math.min(sentence.end, end + REPORT_REACH)))) continue;
    out.push({ start, end, past: WEEKEND_PAST.test(m[1] ?? m[2] ?? '') || PAST.test(f.slice(sentence.start, sentence.end)) });
  }
  return out;
}

/** The Saturday and Sunday of the weekend on or after the reference day (before it, for a past one). */
function weekendOf(ref: RefDay, past: boolean): [DayDate & { y: number }, DayDate & { y: number }] {
  const base = serialUtc(ref);
  const weekday = new Date(base * 86_400_000).getUTCDay();
  // (On a Sunday, "this weekend" is the one under way.)
  const saturday = weekday === 0 ? base - 1 : past ? base - ((weekday + 1) % 7 || 7) : base + ((6 - weekday + 7) % 7);
  return [fromSerial(saturday), fromSerial(saturday + 1)];
}

/** The day of the month `d` nearest after the reference day (before it in a report of the past). */
function dayOfMonthNear(d: number, ref: RefDay, past: boolean): (DayDate & { y: number }) | undefined {
  const month = past ? (d <= ref.d ? ref.m - 1 : ref.m - 2) : d >= ref.d ? ref.m - 1 : ref.m;
  const t = new Date(Date.UTC(ref.y, month, d));
  return t.getUTCDate() === d ? { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d } : undefined;
}

/** A line that is only a weekday and a day number: "Lunes 15", "Samstag, 11.", "mardi 16". */
const DAY_HEADING = new RegExp(`^\\W*(?:${FULL_WEEKDAYS.join('|')})\\W{0,3}(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th|er|e|\\.|°|º)?\\W*$`, 'u');

/** An hour in a sentence: "alle 18.30", "dalle 10 alle 20", "a las 17 h", "um 15 Uhr", "à 14h", "at 3pm". */
const HOUR_IN = /(?<![\p{L}\p{N}])(?:\d{1,2}[:.h]\d{2}|\d{1,2}\s?(?:h|uhr|ore|horas?|heures?|am|pm)(?![\p{L}])|(?:alle|dalle|ore|a las|desde las|um|ab|à|des|dès|at|from)\s+\d{1,2}(?![\p{N}]))/u;
/** A span of at most ten days (a programme's, not an exhibition's weeks). */
function shortSpan(t: DateMention): boolean {
  const [a, b] = [t.days[0]!, t.days[t.days.length - 1]!];
  const y = a.y ?? b.y ?? 2001;
  const length = serialUtc({ y: b.y ?? y, m: b.m, d: b.d }) - serialUtc({ y, m: a.m, d: a.d });
  return length >= 0 && length <= 10;
}

/** How far after a span of days a bare weekday may still be one of its days (characters). */
const PROGRAMME_REACH = 3000;

/** How far from the posting day a weekday with a bare number is placed (days): further, it is another month's or unknown. */
const MAX_WEEKDAY_DAY_GAP = 75;

/** How far from a day word a reporting verb says it is when something was said or done. */
const REPORT_REACH = 80;
const WINDOW_BEFORE = 40;
const WINDOW_AFTER = 70;

/**
 * Dated mentions chrono-node reads in the sentences the scanner left, relative to `ref`
 * (the publication day). `taken` are the scanner's mentions, sorted by start.
 * @example findRelativeDates(readText('Join the workshop next Thursday at 18:00.'), [], 'en', () => ({ y: 2026, m: 11, d: 16 }), cues)[0].days // [{ y: 2026, m: 11, d: 19 }]
 */
export function findRelativeDates(
  page: PageText,
  taken: readonly DateMention[],
  language: PageLanguage,
  reference: () => (RefDay & { slack?: number; ofEvent?: boolean }) | undefined,
  cues: CueIndex,
): DateMention[] {
  const sentences = candidateSentences(page, taken, cues, reference);
  const dayOnly = dayOnlyMatches(page, taken, cues);
  const weekends = weekendMatches(page, taken, cues);
  const numbered = weekdayDays(page, taken, cues, (line) => DAY_HEADING.test(line));
  if (!sentences.length && !dayOnly.length && !weekends.length && !numbered.length) return [];
  const ref = reference();
  if (!ref) return [];
  const instant = new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12));
  const datedWeekdays = new Set(taken.map((t) => t.weekday).filter((w): w is number => w !== undefined));
  // The one day the page dates for each weekday (null when it dates several).
  const datedDay = new Map<number, DayDate | null>();
  for (const t of taken) {
    const d = t.days[0];
    if (t.weekday === undefined || !d || t.range) continue;
    const seen = datedDay.get(t.weekday);
    datedDay.set(t.weekday, seen === undefined || (seen && seen.m === d.m && seen.d === d.d) ? { ...d } : null);
  }
  const datedDayOf = new Map([...datedDay].filter((e): e is [number, DayDate] => !!e[1]));
  const out: DateMention[] = [];
  // Bare weekdays ("Venerdì, infatti, ..."), placed again below beside a day the paragraph dates.
  const bare: Array<{ mention: DateMention; weekday: number; past: boolean }> = [];
  // Bare weekdays on a page known only to its month: kept only where a dated day of their paragraph places them.
  const unsureBare = new Set<DateMention>();
  for (const { sentence, window: s } of sentences) {
    // (Chrono knows "aujourd'hui" with a straight apostrophe only: pages mostly write "aujourd’hui". Same length, same offsets.)
    // ("en la tarde de ayer", "nel pomeriggio di ieri", "la mañana de este martes": chrono reads the part of the day as today's; the day word says which.)
    const text = forChrono(page.text.slice(s.start, s.end).replace(/’/g, "'"), page.folded.slice(s.start, s.end));
    const folded = page.folded.slice(sentence.start, sentence.end);
    const past = PAST.test(folded);
    let results: ReturnType<Parser['parse']>;
    let sentenceLanguage = language;
    try {
      sentenceLanguage = languageOf(page, sentence, language);
      results = PARSERS[sentenceLanguage].parse(text, { instant, timezone: 0 }, { forwardDate: true });
    } catch {
      continue;
    }
    // ("esta mañana", "questa mattina": chrono takes the part of a day for the next one, or no day at all.)
    const part = THIS_PART.exec(page.folded.slice(s.start, s.end));
    if (part && (ref.slack ?? 0) <= 1) {
      const [from, to] = [s.start + part.index, s.start + part.index + part[0].length];
      if (!overlaps(taken, from, to)) {
        out.push({ start: from, end: to, days: [{ y: ref.y, m: ref.m, d: ref.d }], range: false, explicitYear: false, numeric: false, relative: true });
        results = results.filter((r) => s.start + r.index + r.text.length <= from || s.start + r.index >= to);
      }
    }
    const before = DAY_BEFORE_YESTERDAY.exec(page.folded.slice(s.start, s.end));
    if (before && (ref.slack ?? 0) <= 1) {
      const [from, to] = [s.start + before.index, s.start + before.index + before[0].length];
      if (!overlaps(taken, from, to)) {
        out.push({ start: from, end: to, days: [fromSerial(serialUtc(ref) - 2)], range: false, explicitYear: false, numeric: false, relative: true });
        results = results.filter((r) => s.start + r.index + r.text.length <= from || s.start + r.index >= to);
      }
    }
    for (const r of results) {
      const start = s.start + r.index;
      // ("anoche", read as "ayer  ": the reading covers the whole word.)
      const rewritten = page.folded.startsWith('anoche', start) && r.text.length < 6;
      const own = page.folded.slice(start, start + (rewritten ? 6 : r.text.length));
      const c = r.start;
      if (!(c.isCertain('day') || c.isCertain('weekday')) || !NAMES_DAY.test(own) || NOT_A_DAY.test(own) || ONLY_HOUR.test(own)) continue;
      // "ieri", "today": a day counted from a posting day known only to its month or year (the address's /2017/04/) is not known.
      if ((ref.slack ?? 0) > 1 && ONLY_DAY_WORD.test(own)) continue;
      // "a las 10 de la mañana", "am Morgen": chrono reads the morning as tomorrow.
      if (MORNING_WORD.test(own) && MORNING.test(page.folded.slice(Math.max(0, start - 12), start))) continue;
      // ("en esta soleada mañana de domingo", "this sunny Sunday morning": "this" before the part of the day names the weekday's own.)
      const lead = page.folded.slice(Math.max(0, start - 40), start);
      const isThis = THIS.test(own) || (PART_WORD_BEFORE.test(lead) && THIS_PART_OF_BEFORE.test(lead));
      const dateText = c.isCertain('hour') ? r.text.replace(TIME_TAIL, '') : r.text.replace(/[\s,]+$/u, '');
      let end = start + (rewritten ? 6 : dateText.length || r.text.length);
      if (overlaps(taken, start, end)) continue;
      let day: DayDate = { y: c.get('year')!, m: c.get('month')!, d: c.get('day')! };
      let hourIsDay = false;
      let pageWeekday: number | undefined;
      const weekdayOnly = !c.isCertain('day') && c.isCertain('weekday');
      // "plaza de Santo Domingo", "el tenor Plácido Domingo": a weekday word that is a name (date-weekday-names.ts).
      const weekdayAt = weekdayOnly ? WEEKDAY_IN.exec(own) : null;
      if (weekdayAt && isWeekdayName(page.text, page.folded, start + weekdayAt.index, sentenceLanguage)) continue;
      // (The weekday as written, "vendredi prochain à dimanche": chrono may take the span's last weekday for its first.)
      const weekday = (weekdayAt ? WEEKDAY_NUMBER.get(weekdayAt[0]) : undefined) ?? c.get('weekday')!;
      // "del próximo viernes al domingo", "de vendredi prochain à dimanche", "from this Friday to Sunday": the weekday the span runs to.
      const spanTo = weekdayAt ? SPAN_TO_WEEKDAY.exec(page.folded.slice(start + weekdayAt.index + weekdayAt[0].length, end + 30)) : null;
      // Chrono reads the whole window: a second weekday in it may be a habit ("il sabato").
      if (weekdayOnly && !NEXT.test(own) && !isThis && !LAST.test(own) && isHabitual(page.folded, start, start + r.text.replace(TIME_TAIL, '').length)) continue;
      // "der Mittwoch als fester wöchentlicher Termin", "a weekly meeting on Tuesday": a weekday of a weekly slot.
      if (weekdayOnly && !NEXT.test(own) && !isThis && !LAST.test(own) && WEEKLY_WORDS.test(folded)) continue;
      const dayAfter = weekdayOnly ? DAY_AFTER.exec(page.folded.slice(end, end + 12)) : null;
      const plain = weekdayOnly && !dayAfter && !NEXT.test(own) && !isThis && !LAST.test(own);
      // "del 30 de marzo al 3 de abril ... el miércoles": the Wednesday of the week the page announced (unless it dates that day itself).
      const inWeek = plain ? dayInRange({ mention: { start } as DateMention, weekday: weekday }, taken, ref) : undefined;
      // (The week's own bounds do not date its Monday: "del 13 al 17 de marzo ... El lunes habrá un taller".)
      if (inWeek && taken.some((t) => !t.range && t.days.some((d) => d.m === inWeek.m && d.d === inWeek.d))) continue;
      // "este sábado" on a page known only to its month (an address's /202210/): which Saturday is not known,
      // unless a span of days the page gives holds it ("celebra este sábado ... entre el 15 y el 18 de diciembre"),
      // or, for a bare weekday, a day its paragraph dates (anchored below).
      const unsure = weekdayOnly && !dayAfter && !inWeek && (ref.slack ?? 0) > 1;
      const around = unsure && !plain ? dayInRange({ mention: { start } as DateMention, weekday: weekday }, taken, ref, true) : undefined;
      if (unsure && !plain && !around) continue;
      // "il convegno di venerdì" after "venerdì 14 dicembre": the Friday the page already dated (that day,
      // when the page dates one such weekday only: "... jeudi 5 novembre. ... a ouvert jeudi à 9 h la réunion").
      const sameWeekday = plain && !inWeek && datedWeekdays.has(weekday) ? datedDayOf.get(weekday) : undefined;
      if (plain && !inWeek && datedWeekdays.has(weekday) && !sameWeekday) continue;
      if (weekdayOnly) {
        const n = dayAfter;
        if (n) {
          // (The day the page dates in full with this weekday and number, "mardi 2 février", before any counted from the posting day.)
          const onPage = pageDayOf(taken, weekday, Number(n[1]));
          const found = onPage ?? weekdayWithDay(weekday, Number(n[1]), ref, past, ref.slack);
          if (onPage) pageWeekday = weekday;
          if (found) {
            day = found;
            end += n[0].length;
            // "El viernes 10": the number chrono took for an hour is the day.
            hourIsDay = c.get('hour') === Number(n[1]) && !/\d\s?(?:[:h.]\d|am|pm|uhr|horas?|ore)/iu.test(r.text);
          }
        } else if (inWeek) day = inWeek;
        else if (around) day = around;
        else if (sameWeekday) day = sameWeekday;
        // "el pasado jueves", "lo scorso venerdì", "last Thursday": the last one before the posting day (chrono, reading forward, takes the next).
        // "lo hace desde el lunes", "depuis lundi", "seit Montag": the weekday a thing under way began on (the posting day's own, or before).
        // (Not the first day of a span to come: "desde este viernes hasta el domingo", "dal prossimo venerdì fino a domenica".)
        else if ((SINCE_BEFORE.test(page.folded.slice(Math.max(0, start - 12), start)) || SINCE_OPEN.test(own)) && !NEXT.test(own) && !r.end && !SPAN_TO_AFTER.test(page.folded.slice(end, end + 12))) day = nearestWeekday(weekday, ref, 'since');
        else if (!OF_MONTH.test(page.folded.slice(end, end + 20)) && (LAST.test(own) || LAST_BEFORE.test(page.folded.slice(Math.max(0, start - 14), start)) || LAST_AFTER.test(page.folded.slice(end, end + 12)))) {
          // (Counted from a gathering's own day, not a posting day, "last Sunday" on that weekday is that day: a report
          // and its announcement side by side, "am letzten Sonntag ... eine Andacht" over "am Sonntag, den 25. September".)
          const sameDay = ref.ofEvent && new Date(serialUtc(ref) * 86_400_000).getUTCDay() === weekday;
          day = sameDay ? { y: ref.y, m: ref.m, d: ref.d } : nearestWeekday(weekday, ref, 'before');
        }
        // ("ont participé ce jeudi matin" posted on a Thursday: this Thursday of a report is the posting day itself, or the last one.)
        else {
          day = nearestWeekday(weekday, ref, past ? (isThis ? 'since' : 'before') : isThis ? 'from' : NEXT.test(own) ? 'next' : 'after');
          // "samedi en huit", "Saturday week", "a week on Saturday", "Samstag in einer Woche", "sabato a otto": a week after that one.
          const at = start + (WEEKDAY_IN.exec(own)?.index ?? 0);
          if (!past && (WEEK_LATER_AFTER.test(page.folded.slice(at, end + 20)) || WEEK_LATER_BEFORE.test(page.folded.slice(Math.max(0, at - 12), at + 1)))) day = fromSerial(serialUtc(day as DayDate & { y: number }) + 7);
        }
      } else if (c.isCertain('month') && !c.isCertain('year')) {
        // "17/03": the year nearest the reference is chosen later, like the scanner's dates.
        day = { m: day.m, d: day.d };
      }
      // "celebra hoy un acto coincidiendo con el Día Mundial del Refugiado": today is the named day, a stamp a day off notwithstanding.
      if (!weekdayOnly && TODAY_WORD.test(own)) day = namedDayNear(folded, day) ?? day;
      const days: DayDate[] = [day];
      let range = false;
      if (r.end && r.end.isCertain('day')) {
        const last = { y: r.end.get('year')!, m: r.end.get('month')!, d: r.end.get('day')! };
        if (day.y !== undefined && serialUtc(last) > serialUtc({ ...day, y: day.y })) [days[1], range] = [last, true];
      } else if (weekdayOnly && (spanTo || r.end?.isCertain('weekday')) && day.y !== undefined) {
        // "from this Friday until Sunday", "von diesem Freitag bis Sonntag": the span's last day is that weekday of the same week.
        const ahead = ((spanTo ? WEEKDAY_NUMBER.get(spanTo[1]!)! : r.end!.get('weekday')!) - weekday + 7) % 7;
        if (ahead > 0) [days[1], range] = [fromSerial(serialUtc({ ...day, y: day.y }) + ahead), true];
        if (spanTo && ahead > 0) end = Math.max(end, start + weekdayAt!.index + weekdayAt![0].length + spanTo[0].length);
      }
      const isBare = weekdayOnly && !dayAfter && !NEXT.test(own) && !isThis && !LAST.test(own);
      const clock = c.isCertain('hour') && !hourIsDay ? { from: c.get('hour')! * 60 + (c.get('minute') ?? 0), ...(r.end?.isCertain('hour') ? { to: r.end.get('hour')! * 60 + (r.end.get('minute') ?? 0) } : {}) } : undefined;
      out.push({ start, end, days, range, explicitYear: c.isCertain('year') && /(?:19|20)\d{2}/.test(own), numeric: !/\p{L}{3}/u.test(own), relative: true, ...(clock ? { clock } : {}), ...(pageWeekday !== undefined ? { weekday: pageWeekday } : {}) });
      if (isBare && !inWeek && !sameWeekday) bare.push({ mention: out[out.length - 1]!, weekday: weekday, past });
      if (unsure && plain) unsureBare.add(out[out.length - 1]!);
    }
  }
  if ((ref.slack ?? 0) <= 15) for (const m of dayOnly) {
    const day = dayOfMonthNear(Number(m.day), ref, m.past ?? PAST.test(page.folded.slice(m.sentence.start, m.sentence.end)));
    if (day && !overlaps(out, m.start, m.end)) out.push({ start: m.start, end: m.end, days: [day], range: false, explicitYear: false, numeric: false, relative: true });
  }
  // "la tarde del viernes 24" under a posting day (chrono reads some such pairs, not all): the nearest such day,
  // forward unless the sentence reports the past, within a few weeks of the posting day.
  for (const w of numbered) {
    if (overlaps(out, w.start, w.end)) continue;
    const onPage = pageDayOf(taken, w.weekday, w.d);
    if (onPage) {
      out.push({ start: w.start, end: w.end, days: [onPage], range: false, explicitYear: false, numeric: false, relative: true, weekday: w.weekday });
      continue;
    }
    const day = weekdayWithDay(w.weekday, w.d, ref, PAST.test(page.folded.slice(w.sentence.start, w.sentence.end)), ref.slack);
    if (day && Math.abs(serialUtc(day) - serialUtc(ref)) <= MAX_WEEKDAY_DAY_GAP) out.push({ start: w.start, end: w.end, days: [day], range: false, explicitYear: false, numeric: false, relative: true, weekday: w.weekday });
  }
  if ((ref.slack ?? 0) <= 1) for (const w of weekends) {
    if (!overlaps(out, w.start, w.end)) out.push({ start: w.start, end: w.end, days: weekendOf(ref, w.past), range: true, explicitYear: false, numeric: false, relative: true });
  }
  out.sort((a, b) => a.start - b.start);
  const anchored = anchorBareWeekdays(page, bare, [...taken, ...out], ref);
  const kept = unsureBare.size ? out.filter((m) => !unsureBare.has(m) || anchored.has(m)) : out;
  // "kicks off today and runs until the 25th", "comienza hoy y finalizará el domingo": a span from the day word.
  // (From a day word or "this/next" weekday only: a bare weekday may be a weekly slot's, "jeden ersten Donnerstag".)
  const counted = (m: DateMention) => {
    const own = page.folded.slice(m.start, m.end);
    return DAY_WORD.test(own) || THIS.test(own) || NEXT.test(own);
  };
  return joinNextDays(page, spanUntil(page, dayWordWeekday(page, kept), taken, (p) => sentenceAt(page, p).end, counted));
}

/**
 * "Venerdì, infatti, ... Sabato 11, alle 9.30 ...": a bare weekday in a paragraph that dates
 * another day is that day's week, not the week after the posting day. Changes `bare` in place.
 */
function anchorBareWeekdays(page: PageText, bare: ReadonlyArray<{ mention: DateMention; weekday: number; past: boolean }>, all: readonly DateMention[], ref: RefDay): Set<DateMention> {
  const isBare = new Set(bare.map((b) => b.mention));
  const anchored = new Set<DateMention>();
  for (const b of bare) {
    // "del 30 de marzo al 3 de abril ... el miércoles": a weekday inside the week the page announced.
    // (Neither here nor beside a dated day below is a weekday of a report of the past put after the posting day: "el martes y el
    // miércoles pasados tuvo lugar un ciclo de cine" beside "este fin de semana" is the Tuesday before, not the weekend's morrow.)
    const inWeek = dayInRange(b, all, ref);
    if (inWeek && !(b.past && serialUtc(inWeek) > serialUtc(ref))) {
      b.mention.days = [inWeek];
      anchored.add(b.mention);
      continue;
    }
    const para = paragraphAt(page, b.mention.start);
    let anchor: (DayDate & { y: number }) | undefined;
    let distance = Infinity;
    for (const m of all) {
      const day = m.days[0];
      if (isBare.has(m) || !day || day.y === undefined || m.start < para.start || m.start >= para.end) continue;
      // (A day word for the posting day itself, "Hoy ... finalizará el domingo": the weekday was already counted from it, forward or back by its tense.)
      if (m.relative && day.y === ref.y && day.m === ref.m && day.d === ref.d) continue;
      const gap = Math.abs(m.start - b.mention.start);
      if (gap < distance && gap <= 1200) [anchor, distance] = [{ y: day.y, m: day.m, d: day.d }, gap];
    }
    if (!anchor) continue;
    const base = serialUtc(anchor);
    const weekdayOfBase = new Date(base * 86_400_000).getUTCDay();
    // The nearest such weekday, at most three days away either side.
    const forward = (b.weekday - weekdayOfBase + 7) % 7;
    const delta = forward <= 3 ? forward : forward - 7;
    if (b.past && base + delta > serialUtc(ref)) continue;
    b.mention.days = [fromSerial(base + delta)];
    anchored.add(b.mention);
  }
  return anchored;
}

/** The one day with the bare weekday inside the nearest span of at most ten days written before it (or, `after`, after it too). */
function dayInRange(b: { mention: DateMention; weekday: number }, all: readonly DateMention[], ref: RefDay, after = false): (DayDate & { y: number }) | undefined {
  let range: DateMention | undefined;
  const gap = (m: DateMention) => (m.end <= b.mention.start ? b.mention.start - m.end : m.start - b.mention.start);
  for (const m of all) {
    if (!m.range || (m.end > b.mention.start && !after) || gap(m) > 3000) continue;
    if (!range || gap(m) < gap(range)) range = m;
  }
  if (!range) return undefined;
  const [first, last] = [range.days[0]!, range.days[range.days.length - 1]!];
  const y = first.y ?? pickYear(first, ref);
  const start = serialUtc({ y, m: first.m, d: first.d });
  let end = serialUtc({ y: last.y ?? y, m: last.m, d: last.d });
  if (end < start) end = serialUtc({ y: y + 1, m: last.m, d: last.d });
  if (end - start > 10) return undefined;
  const found: number[] = [];
  for (let s = start; s <= end; s++) if (new Date(s * 86_400_000).getUTCDay() === b.weekday) found.push(s);
  // (A weekday the span does not hold may be its eve or its morrow, "un'anteprima giovedì" before "dal 2 al 4 giugno" (Friday to Sunday).)
  if (!found.length && end - start <= 4) for (let s = start - 2; s <= end + 2; s++) if (new Date(s * 86_400_000).getUTCDay() === b.weekday) found.push(s);
  return found.length === 1 ? fromSerial(found[0]!) : undefined;
}

/** A weekday said right after a day word names that same day: "hoy miércoles", "mañana jueves", "demain jeudi", "oggi mercoledì". */
function dayWordWeekday(page: PageText, found: DateMention[]): DateMention[] {
  const drop = new Set<DateMention>();
  for (let i = 1; i < found.length; i++) {
    const [a, b] = [found[i - 1]!, found[i]!];
    if (!DAY_WORD.test(page.folded.slice(a.start, a.end)) || !/^\s*,?\s*$/u.test(page.folded.slice(a.end, b.start))) continue;
    if (!FULL_WEEKDAYS.includes(page.folded.slice(b.start, b.end).trim())) continue;
    a.end = b.end;
    drop.add(b);
  }
  return drop.size ? found.filter((m) => !drop.has(m)) : found;
}

const AND_GAP = /^\s*(?:and|und|et|e|y|&|-|–)\s*$/u;

/** "heute und morgen", "today and tomorrow", "oggi e domani": two days in a row are one two-day span. */
function joinNextDays(page: PageText, found: DateMention[]): DateMention[] {
  const sorted = [...found].sort((a, b) => a.start - b.start);
  const out: DateMention[] = [];
  for (const cur of sorted) {
    const prev = out[out.length - 1];
    const a = prev?.days[0];
    const b = cur.days[0];
    if (prev && a && b && prev.days.length === 1 && cur.days.length === 1 && a.y !== undefined && b.y !== undefined
      && serialUtc({ ...b, y: b.y }) - serialUtc({ ...a, y: a.y }) === 1 && AND_GAP.test(page.folded.slice(prev.end, cur.start))) {
      out[out.length - 1] = { ...prev, end: cur.end, days: [a, b], range: true };
      continue;
    }
    out.push(cur);
  }
  return out;
}
