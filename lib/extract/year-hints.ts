/**
 * Evidence for the year of a page that gives its dates without one: the page's address
 * ("/2018/09/…", "?year=2018", "…-2018-09-12-…"), the years written in its text (an event's
 * heading counts much, a copyright line little), and a weekday written beside a date
 * ("Samstag, 15. Dezember" falls on a Saturday only in some years).
 */
import type { CueIndex } from './cue-index.ts';
import { isValidDay, type DateMention } from './dates.ts';
import { lineAt, type PageText } from './text.ts';
import { fileDays, yearsByDay } from './year-files.ts';
import { daysBetween, weekdayOf, type RefDay } from './year.ts';
import { monthAlternation, monthNumber } from './vocabulary.ts';
import { eraOf, europeanYear, inEra, type Era } from './year-eras.ts';

/** Years outside this window are not read as a page's year (ids, postcodes, prices). */
const EARLIEST = 1995;
const plausible = (y: number, now: RefDay | undefined) => y >= EARLIEST && y <= (now?.y ?? 2100) + 3;
/** The earliest year read as an organisation's or a series' first (anniversaries, editions). */
const FOUNDED_EARLIEST = 1900;

const URL_DAY = /(?:^|[/_.-])((?:19|20)\d{2})[/_-](0[1-9]|1[0-2])[/_-](0[1-9]|[12]\d|3[01])(?=$|[/_.-])/;
/** "/quotidiano/2017/1/13/": folders of a day without leading zeros. */
const URL_DAY_SHORT = /\/((?:19|20)\d{2})\/([1-9]|1[0-2])\/([1-9]|[12]\d|3[01])(?=$|\/)/;
/** "…/articulo/20110920000215047262.html", "…/news-20161119-fest": a compact date stamp opening a number or a word of the address. */
// (A few letters may lead the number: "/cnt/dmf20191017_01394881/".)
const URL_COMPACT_DAY = /(?:^|[/_.-]|(?<=[/_.-][a-z]{1,4}))((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=\d{0,12}(?:$|[/_.-]))/;
/** "…/mas-uno-matinal-27032024_…": a day written day first, then month and year, closing a word of the address. */
const URL_COMPACT_DMY = /(?:^|[/_.-])(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])((?:19|20)\d{2})(?=$|[/_.-])/;
/** "…/leeds/2010/nov/12/…", "…/2019/marzo/05/…": a day whose month is a name or its abbreviation (English sites mostly). */
const URL_NAMED_MONTH_DAY = /(?:^|\/)((?:19|20)\d{2})\/([a-z]{3,10})\/(0?[1-9]|[12]\d|3[01])(?=$|\/)/;
/** "…/2018/09/…", and "…/202210/…" (year and month run together as a folder). */
const URL_MONTH = /(?:^|\/)((?:19|20)\d{2})(?:\/(0?[1-9]|1[0-2])|(0[1-9]|1[0-2]))(?=$|\/)/;
const URL_YEAR_SEGMENT = /(?:^|\/)((?:19|20)\d{2})(?=$|\/)/;
/** "…/retour-sur-la-journee-mondiale-2018-aveclesrefugies/": a year in the address's words. */
const URL_YEAR_WORD = /(?:^|[/_-])((?:19|20)\d{2})(?=$|[/_.-])/;
/** "…/mcip2016/…", "…/festival2019.html": a year closing a word of the address (a site or an edition named for its year). */
const URL_YEAR_TAIL = /(?<=[a-z])((?:19|20)\d{2})(?=$|[/_.-])/i;
/** "…-pour-les-plus-demunis-1545762951", "…/1140438266_850215.html": a Unix time (seconds) some sites close an address with, 2001 to 2033. */
const URL_UNIX_TIME = /[-_/=](1[0-9]{9})(?=$|[/?#._-])/;
/** "…-a-luxexpo-56e1ae241bea9dff8fa74413": a document id whose first eight hex digits are the seconds it was made at (MongoDB's ObjectId). */
const URL_OBJECT_ID = /(?:^|[-_/=])([0-9a-f]{8})[0-9a-f]{16}(?=$|[/?#._-])/;
const URL_YEAR_PARAM = /[?&;](?:year|yr|y|jahr|anno|annee|ano|date|from|start)=((?:19|20)\d{2})(?:-(0[1-9]|1[0-2]))?(?!\d)/i;

/**
 * The day a page's address points to: a full date, a year and month, or a year (then the
 * middle of it, so that every day of that year is nearest to it).
 * @example dayFromUrl('https://ex.org/news/2018/09/kick-off/') // { y: 2018, m: 9, d: 15 }
 * @example dayFromUrl('https://ex.org/events?year=2019') // { y: 2019, m: 7, d: 1 }
 * @example dayFromUrl('https://ex.org/articulo/20110920000215047262.html') // { y: 2011, m: 9, d: 20 }
 * @example dayFromUrl('https://ex.org/mcip2016/programa') // { y: 2016, m: 7, d: 1 }
 * @example dayFromUrl('https://ex.org/radio/matinal-27032024_abc.html') // { y: 2024, m: 3, d: 27 }
 * @example dayFromUrl('https://ex.org/quotidiano/2017/1/13/diocesi') // { y: 2017, m: 1, d: 13 }
 * @example dayFromUrl('https://ex.org/leeds/2010/nov/12/city-of-sanctuary') // { y: 2010, m: 11, d: 12 }
 * @example dayFromUrl('https://ex.org/infos/brunch-de-noel-1545762951') // { y: 2018, m: 12, d: 25 }
 */
export function dayFromUrl(url: string | undefined, now?: RefDay): (RefDay & { slack?: number }) | undefined {
  if (!url) return undefined;
  const [pathPart, query = ''] = url.replace(/^[a-z]+:\/\/[^/]*/i, '').split(/\?(.*)/s, 2) as [string, string?];
  const path = decodeSafely(pathPart);
  const full = URL_DAY.exec(path) ?? URL_DAY_SHORT.exec(path) ?? URL_COMPACT_DAY.exec(path);
  if (full && plausible(Number(full[1]), now) && isValidDay(Number(full[1]), Number(full[2]), Number(full[3]))) return { y: Number(full[1]), m: Number(full[2]), d: Number(full[3]) };
  const named = URL_NAMED_MONTH_DAY.exec(path.toLowerCase());
  const namedMonth = named ? monthNumber(named[2]!) : undefined;
  if (named && namedMonth && plausible(Number(named[1]), now) && isValidDay(Number(named[1]), namedMonth, Number(named[3]))) return { y: Number(named[1]), m: namedMonth, d: Number(named[3]) };
  const dmy = URL_COMPACT_DMY.exec(path);
  if (dmy && plausible(Number(dmy[3]), now) && isValidDay(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]))) return { y: Number(dmy[3]), m: Number(dmy[2]), d: Number(dmy[1]) };
  // (A time the address was stamped with: the page's day, told in seconds.)
  const seconds = URL_UNIX_TIME.exec(path)?.[1] ?? URL_OBJECT_ID.exec(path)?.[1];
  const stamped = seconds === undefined ? undefined : dayOfSeconds(seconds.length === 8 ? parseInt(seconds, 16) : Number(seconds));
  if (stamped && plausible(stamped.y, now) && (!now || daysBetween(stamped, now) >= 0)) return stamped;
  // (Known to its month or year only: `slack` says how many days either way the day may be.)
  const month = URL_MONTH.exec(path);
  if (month && plausible(Number(month[1]), now)) return { y: Number(month[1]), m: Number(month[2] ?? month[3]), d: 15, slack: 15 };
  const param = URL_YEAR_PARAM.exec(`?${query}`);
  if (param && plausible(Number(param[1]), now)) return param[2] ? { y: Number(param[1]), m: Number(param[2]), d: 15, slack: 15 } : { y: Number(param[1]), m: 7, d: 1, slack: 183 };
  const year = URL_YEAR_SEGMENT.exec(path) ?? URL_YEAR_WORD.exec(path) ?? URL_YEAR_TAIL.exec(path);
  if (year && plausible(Number(year[1]), now)) return { y: Number(year[1]), m: 7, d: 1, slack: 183 };
  return undefined;
}

function dayOfSeconds(seconds: number): RefDay {
  const t = new Date(seconds * 1000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** "/event/banquet-lozere-2026-02-07/", "/agenda/fete-des-voisins-2019-05-24": a day closing an event page's name. */
const SLUG_DAY = /[a-z][_-]((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\/?$/i;
const EVENT_FOLDER = /\/(?:events?|evenements?|agenda|veranstaltung(?:en)?|termine?|eventi|evento|eventos|actividades|attivita|manifestations?)\//i;

/**
 * The day an event page's address names as the event's own: a date closing the page's name under an events
 * folder ("/event/banquet-lozere-2026-02-07/"); not a news folder's posting day ("/2018/06/19/...").
 * @example eventDayFromUrl('https://ex.org/event/banquet-2026-02-07/') // { y: 2026, m: 2, d: 7 }
 */
export function eventDayFromUrl(url: string | undefined): RefDay | undefined {
  if (!url) return undefined;
  const path = decodeSafely(url.replace(/^[a-z]+:\/\/[^/]*/i, '').split(/[?#]/, 1)[0]!);
  if (!EVENT_FOLDER.test(path)) return undefined;
  const m = SLUG_DAY.exec(path);
  return m && isValidDay(Number(m[1]), Number(m[2]), Number(m[3])) ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : undefined;
}

function decodeSafely(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

// (Not a decade: "die 1990er Jahre", "the 1990s".)
const YEAR_IN_TEXT = /(?<![\p{N}.,/:-])((?:19|20)\d{2})(?![\p{N}\p{L}]|[.,/:-]\p{N})/gu;
/** "since 2001", "depuis 2001", "seit 2015": a past year the page looks back to. */
// (Also with a month between: "seit April 2023", "depuis avril 2023", "desde abril de 2023", "da aprile 2023".)
// (And with the word for year: "since the year 2000", "depuis l'année 2000", "seit dem Jahr 2000", "dall'anno 2000", "desde el año 2000".)
const SINCE = new RegExp(`(?:since|depuis|seit|dal|da|desde|from|founded in|fondee en|gegrundet|fondata nel|fundada en)\\s*(?:(?:the|l'|le|el|il|dem)\\s*)?(?:(?:year|annee|jahr|anno|ano)\\s+)?(?:(?:${monthAlternation([])})\\s+(?:de\\s+|del\\s+)?)?$`, 'u');
const COPYRIGHT = /©|\(c\)|copyright|all rights reserved|tous droits|alle rechte|tutti i diritti|todos los derechos/u;
/** At most this many years are weighed (documented cap; the first ones are the headings). */
const MAX_YEARS = 400;
/** "date 2018-12", "Dezember 2018", "diciembre de 2018" near the top: the month the page is from. */
const MONTH_YEAR = new RegExp(`(?<![\\p{L}\\p{N}])(${monthAlternation([])})\\s+(?:de\\s+|del\\s+)?((?:19|20)\\d{2})(?![\\p{N}])|(?<![\\p{N}.,/:-])((?:19|20)\\d{2})[-/.](0[1-9]|1[0-2])(?![\\p{N}]|[-/.]\\p{N})`, 'u');
/**
 * A camera's or a phone's name for a photo: "img_20161119_131338", "IMG-20161119-WA0003",
 * "DSC_20161119", "20161119_131338.jpg". The day the photo was taken dates a report.
 */
const PHOTO_STAMP = /(?:(?<![\p{L}\p{N}])(?:img|dsc|dscn|pxl|photo|foto|image|pict?|wp|vid)[_-]?|(?<![\p{L}\p{N}]))((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[_-](?:\d{6}|wa\d{4})|[_-]?\d{0,6}\.(?:jpe?g|png|heic|webp))/giu;
/**
 * An organisation's or an event's age being celebrated: "fête ses 20 ans", "celebra sus 25 años", "festeggia i 10 anni",
 * "feiert sein 30-jähriges Jubiläum", "celebrates its 20th anniversary", "le 10e anniversaire" (numbers in words are not read).
 */
const ANNIVERSARY = /(?<![a-z])(?:fete|fetera|celebre|celebrera|celebra|celebrara|celebrano|festeggia|festeggiano|festeggera|feiert|feierte|feiern|celebrates|celebrated|marks)\s+(?:(?:ses|les|leurs|son|sus|los|su|i suoi|i|il suo|seine[mn]?|sein|ihr(?:e[mn]?)?|das|den|its|their|the)\s+)?(\d{1,3})(?:\s*(?:ans|anos|anni|years)(?![a-z])|-?(?:jahrig|jahre)|(?:e|eme|°|º|th|st|nd|rd)?\s+(?:anniversaire|aniversario|anniversario|anniversary|jubilaum|geburtstag))|(?<![a-z0-9])(\d{1,3})(?:e|eme|°|º|th|st|nd|rd)?\s+(?:anniversaire|aniversario|anniversario|anniversary)(?![a-z])|(?<![a-z0-9])(\d{1,3})-?jahrige[ns]?\s+(?:jubilaum|bestehen)/;
/** "zum 25. Mal", "25e édition", "la 25ª edizione", "25ª edición", "the 25th edition": which time a yearly gathering is held. */
const EDITION = /(?<![a-z0-9])(\d{1,2})(?:e|eme|ere|a|ª|°|º|th|st|nd|rd|\.)?\s+(?:edition|edizione|edicion|mal)(?![a-z])/;
/** "CR_UKRAINE_2022_03_19", "rapport_2019_11_05.pdf": a day written with underscores, as file names carry it. */
const FILE_STAMP = /(?<![\p{N}])((?:19|20)\d{2})_(0[1-9]|1[0-2])_(0[1-9]|[12]\d|3[01])(?![\p{N}])/gu;
/** "2020-2024", "2019–20": a span of years (not a date: no day or month follows). */
const YEAR_SPAN = /(?<![\p{N}.,/:-])((?:19|20)\d{2})\s?[-–]\s?((?:19|20)\d{2}|\d{2})(?![\p{N}]|[-/.]\p{N})/gu;
/** At most this many spans of years are read (documented cap). */
const MAX_SPANS = 50;
/** At most this many photo names are read (documented cap). */
const MAX_PHOTOS = 20;

const IN_MONTH = /(?:^|[^\p{L}])(?:en|in|im|au|a|nel|di|de|del|seit|since|depuis|desde|dal|ab|until|bis|jusqu'en|hasta|fino a)\s+$/u;
/** Only the first lines of a page carry its stamp. */
const STAMP_LINES = 5;

export interface TextHints {
  /** The year the text names most, weighed. */
  year?: number;
  /** A month and year alone on the page's first lines: the month it was written. */
  stamp?: RefDay;
  /** The one day the page's photos were taken, by their cameras' names ("IMG_20230322_095643.jpg"). */
  photoDay?: RefDay;
  /** The year of a day and month (m * 100 + d) as the page's file names date it (year-files.ts). */
  fileYears?: Map<number, number>;
  /** The years the page's words leave open (year-eras.ts): a weekday beside an undated day picks its year among them. */
  era?: Era;
}

function stampOf(page: PageText, mentions: readonly DateMention[], now: RefDay | undefined): RefDay | undefined {
  const top = page.lineStarts[STAMP_LINES] ?? page.text.length;
  const m = MONTH_YEAR.exec(page.folded.slice(0, Math.min(top, 2000)));
  if (!m || mentions.some((x) => x.start <= m.index && x.end > m.index)) return undefined;
  // ("En novembre 2024, quarante ans après ...": a month in a sentence, a teaser of another story, is not the page's stamp.)
  if (IN_MONTH.test(page.folded.slice(Math.max(0, m.index - 6), m.index))) return undefined;
  const [y, month] = m[1] ? [Number(m[2]), monthNumber(m[1])] : [Number(m[3]), Number(m[4])];
  return month && plausible(y, now) ? { y, m: month, d: 15 } : undefined;
}

/**
 * What the text itself says of its year, outside its dated mentions: a month and year on its
 * first lines ("date 2018-12"), and the year it names most: a year on a short line with an
 * event word ("International Conference 2018") weighs 3, one in running text 1, one on a
 * copyright line 0.25 (a site's footer says when it was visited, not when the post is from).
 * @example textHints(readText('Summer School 2018\nOn 12 July ...'), [], cues).year // 2018
 */
export function textHints(page: PageText, mentions: readonly DateMention[], cues: CueIndex, now?: RefDay): TextHints {
  const stamp = stampOf(page, mentions, now);
  const weight = new Map<number, number>();
  if (stamp) weight.set(stamp.y, 3);
  let mi = 0;
  let count = 0;
  let [earliest, latest] = [Infinity, -Infinity];
  YEAR_IN_TEXT.lastIndex = 0;
  for (let m = YEAR_IN_TEXT.exec(page.folded); m && count < MAX_YEARS; m = YEAR_IN_TEXT.exec(page.folded), count++) {
    const y = Number(m[1]);
    // (A year before EARLIEST is no page's year, but may be the first of an anniversary or an edition: "seit 1993".)
    if (y < FOUNDED_EARLIEST || y > (now?.y ?? 2100) + 3) continue;
    // Years inside dated mentions are read with their dates.
    while (mi < mentions.length && mentions[mi]!.end <= m.index) mi++;
    if (mi < mentions.length && mentions[mi]!.start <= m.index) continue;
    const line = lineAt(page, m.index);
    const text = page.folded.slice(line.start, line.end);
    // ("desde 2012", "seit 2015": a year the page looks back to is before its events, not theirs.)
    const weak = COPYRIGHT.test(text);
    if (!weak) [earliest, latest] = [Math.min(earliest, y), Math.max(latest, y)];
    if (y < EARLIEST) continue;
    if (SINCE.test(page.folded.slice(Math.max(line.start, m.index - 30), m.index))) continue;
    const w = weak ? 0.25 : line.end - line.start <= 160 && cues.noun(line) ? 3 : 1;
    weight.set(y, (weight.get(y) ?? 0) + w);
  }
  // A span of years ("le cadre stratégique 2020-2024", "INTERREG 2021-2027") says little, but more than the run's
  // clock: its middle year, lightly (a weekday beside a date then picks the year that fits nearest to it).
  YEAR_SPAN.lastIndex = 0;
  let spans = 0;
  for (let m = YEAR_SPAN.exec(page.folded); m && spans < MAX_SPANS; m = YEAR_SPAN.exec(page.folded), spans++) {
    const [y, to] = [Number(m[1]), Number(m[2])];
    const last = to < 100 ? Math.floor(y / 100) * 100 + to : to;
    if (!plausible(y, now) || last <= y || last - y > 10 || COPYRIGHT.test(page.folded.slice(Math.max(0, m.index - 40), m.index))) continue;
    const middle = Math.floor((y + last) / 2);
    weight.set(middle, (weight.get(middle) ?? 0) + 0.5);
  }
  // Photos taken at the event: each name weighs as much as a heading.
  PHOTO_STAMP.lastIndex = 0;
  let photos = 0;
  let photoDay: RefDay | null | undefined;
  for (let m = PHOTO_STAMP.exec(page.folded); m && photos < MAX_PHOTOS; m = PHOTO_STAMP.exec(page.folded), photos++) {
    const [y, month, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!plausible(y, now) || !isValidDay(y, month, d)) continue;
    weight.set(y, (weight.get(y) ?? 0) + 3);
    // (Photos of several days date no one day.)
    photoDay = photoDay === undefined || (photoDay && photoDay.y === y && photoDay.m === month && photoDay.d === d) ? { y, m: month, d } : null;
  }
  if (photoDay && now && daysBetween(photoDay, now) < 0) photoDay = null;
  // "fête ses 20 ans" on a page whose story starts "en 2002": the anniversary is 2022.
  // (Only on a page that names no other year: "seit 2014" and "Woche 2019" beside a café's "10-jähriges Jubiläum" tell nothing.)
  const years = earliest === latest ? ANNIVERSARY.exec(page.folded) : null;
  if (years) {
    const y = earliest + Number(years[1] ?? years[2] ?? years[3]);
    if (plausible(y, now) && (!now || y <= now.y)) weight.set(y, (weight.get(y) ?? 0) + 4);
  }
  // "zum 25. Mal" on a page whose weeks run "seit 1993": the 25th of a yearly gathering first held in 1993 is of 2017.
  const edition = earliest === latest && !years ? EDITION.exec(page.folded) : null;
  if (edition) {
    const y = earliest + Number(edition[1]) - 1;
    if (plausible(y, now) && (!now || y <= now.y)) weight.set(y, (weight.get(y) ?? 0) + 4);
  }
  // A report's or a photo's file name dated the day of the gathering it records: as much as a heading.
  FILE_STAMP.lastIndex = 0;
  for (let m = FILE_STAMP.exec(page.folded), files = 0; m && files < MAX_PHOTOS; m = FILE_STAMP.exec(page.folded), files++) {
    const y = Number(m[1]);
    if (plausible(y, now) && isValidDay(y, Number(m[2]), Number(m[3]))) weight.set(y, (weight.get(y) ?? 0) + 3);
  }
  // "el Año Europeo del Diálogo Intercultural": the page is of that year, as a heading naming it would say.
  const european = europeanYear(page.folded);
  if (european !== undefined && plausible(european, now)) weight.set(european, (weight.get(european) ?? 0) + 3);
  // A year the page's era excludes ("since the year 2000" on a page about Ukrainian refugees) is not the page's.
  const era = eraOf(page.folded);
  let best: number | undefined;
  for (const [y, w] of weight) if (inEra(y, era) && (best === undefined || w > weight.get(best)! || (w === weight.get(best)! && y > best))) best = y;
  const fileYears = yearsByDay(fileDays(page.folded, (now?.y ?? 2100) + 1));
  return { ...(best !== undefined ? { year: best } : {}), ...(stamp ? { stamp } : {}), ...(fileYears.size ? { fileYears } : {}), ...(photoDay ? { photoDay } : {}), ...(era ? { era } : {}) };
}


/**
 * The year in which a day falls on the weekday written beside it, nearest to the year
 * chosen without it: a year the page's address or text names first, then the year before,
 * the year after (only while the day stays within eight months of the reference day: an
 * announcement rarely names a weekday further ahead), then further back (a page whose
 * weekdays disagree with every near year is an old page). Undefined when no year within
 * eleven fits (the weekday is then a typo and the chosen year stands).
 * @example yearForWeekday({ m: 12, d: 15 }, 6, 2026, [], { y: 2026, m: 11, d: 29 }) // 2018
 */
export function yearForWeekday(day: { m: number; d: number }, weekday: number, chosen: number, hinted: readonly number[], ref?: RefDay, nearest = false): number | undefined {
  const fits = (y: number) => isValidDay(y, day.m, day.d) && weekdayOf(y, day.m, day.d) === weekday;
  if (fits(chosen)) return chosen;
  for (const y of hinted) if (Math.abs(y - chosen) <= 11 && fits(y)) return y;
  // (A year the text names, not a posting day: the page may speak of the year after it as well as before,
  // "after the first edition in October 2005 ... a second festival on Saturday, 19 August" is 2006, not 2000.)
  if (nearest) {
    for (let k = 1; k <= 11; k++) {
      if (fits(chosen + k)) return chosen + k;
      if (fits(chosen - k)) return chosen - k;
    }
    return undefined;
  }
  if (fits(chosen - 1)) return chosen - 1;
  if (fits(chosen + 1) && (!ref || daysBetween(ref, { y: chosen + 1, m: day.m, d: day.d }) <= 240)) return chosen + 1;
  for (let k = 2; k <= 11; k++) if (fits(chosen - k)) return chosen - k;
  return undefined;
}

/** How far from the posting day a date whose year is a slip may be once mended. */
const SLIP_DAYS = 183;

/**
 * A written year that disagrees with the weekday beside it, on a page posted a year later or
 * earlier ("Lunedì 23 giugno 2024" on a page of 22 June 2025, where 23 June 2024 is a Sunday;
 * "Friday 12 January 2023" on a page of December 2023): last year's text kept by mistake. The
 * year next to it that fits the weekday and lies near the posting day is the day meant.
 * Undefined when the written year fits, or nothing better does.
 * @example slippedYear({ y: 2024, m: 6, d: 23 }, 1, { y: 2025, m: 6, d: 22 }) // 2025
 */
export function slippedYear(day: RefDay, weekday: number, posted: RefDay): number | undefined {
  if (!isValidDay(day.y, day.m, day.d) || weekdayOf(day.y, day.m, day.d) === weekday) return undefined;
  const written = Math.abs(daysBetween(posted, day));
  for (const y of [day.y + 1, day.y - 1]) {
    if (!isValidDay(y, day.m, day.d) || weekdayOf(y, day.m, day.d) !== weekday) continue;
    const gap = Math.abs(daysBetween(posted, { y, m: day.m, d: day.d }));
    if (gap <= SLIP_DAYS && gap < written) return y;
  }
  return undefined;
}

/**
 * The first day of `days` moved to the year its weekday names, the others by as many years.
 * @example withWeekday([{ y: 2026, m: 12, d: 15 }], 6, [], { y: 2026, m: 11, d: 29 }) // [{ y: 2018, m: 12, d: 15 }]
 */
export function withWeekday(days: RefDay[], weekday: number | undefined, hinted: readonly number[], ref?: RefDay, nearest = false, era?: Era): RefDay[] {
  const first = days[0];
  if (weekday === undefined || !first) return days;
  const found = yearForWeekday(first, weekday, first.y, hinted, ref, nearest);
  // (Outside the page's era, the year nearest it inside the era that fits the weekday.)
  const y = found === undefined || inEra(found, era) ? found : yearForWeekdayInEra(first, weekday, found, era!) ?? found;
  if (y === undefined || y === first.y) return days;
  const shift = y - first.y;
  return days.map((d) => ({ ...d, y: d.y + shift }));
}

/**
 * The year nearest `from` inside `era` in which the day falls on `weekday` (within eleven years either way).
 * @example yearForWeekdayInEra({ m: 10, d: 13 }, 4, 2005, { from: 2022 }) // 2022
 */
export function yearForWeekdayInEra(day: { m: number; d: number }, weekday: number, from: number, era: Era): number | undefined {
  const start = Math.min(Math.max(from, era.from ?? -Infinity), era.to ?? Infinity);
  const fits = (y: number) => inEra(y, era) && isValidDay(y, day.m, day.d) && weekdayOf(y, day.m, day.d) === weekday;
  for (let k = 0; k <= 11; k++) {
    if (fits(start - k)) return start - k;
    if (fits(start + k)) return start + k;
  }
  return undefined;
}
