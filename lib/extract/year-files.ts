/**
 * Days written into the names of a page's files: a photo "reunion-accueil-300915.jpg", a scan
 * "compte-rendu_20190314.pdf", "IMG-20161119-WA0003.jpg". Cameras, phones and editors name files
 * by the day they were made, in several orders (year first, day first, with two or four year
 * digits). Alone such a number is ambiguous ("150930": 15 Sept 2030 or 30 Sept 2015?), so the
 * days are only offered as readings; resolve-days.ts takes one's year where its day and month
 * are a day the text names without a year (the photo of the meeting of "le 30 septembre").
 */
import { isValidDay } from './dates.ts';
import type { RefDay } from './year.ts';

/** A file's extension: the end of a file name in the text (an image's address, a link to a document). */
const FILE_END = /\.(?:jpe?g|png|gif|webp|heic|tiff?|pdf|docx?|odt|pptx?|mp4|mov)(?![\p{L}\p{N}])/giu;
/** How far back from its extension a file's name is read (characters). */
const NAME_REACH = 80;
/** A run of six or eight digits inside a file's name (not part of a longer number). */
const DIGIT_RUN = /(?<!\p{N})(\p{N}{8}|\p{N}{6})(?!\p{N})/gu;
/** At most this many files are read (documented cap). */
const MAX_FILES = 40;
/** Years outside this window are no day a file was made (ids, sizes, counters). */
const EARLIEST = 1995;

/**
 * Every reading of a day in the names of the page's files: "20190314" as 14 March 2019,
 * "14032019" as 14 March 2019, "300915" as 30 Sept 2015 (and, were it a valid year-first
 * day, as that too). A run that reads as no plausible day gives none.
 * @example fileDays('photo reunion-300915.jpg', 2026) // [{ y: 2015, m: 9, d: 30 }]
 */
export function fileDays(folded: string, latestYear: number): RefDay[] {
  const out: RefDay[] = [];
  const plausible = (y: number, m: number, d: number) => y >= EARLIEST && y <= latestYear && isValidDay(y, m, d);
  FILE_END.lastIndex = 0;
  let files = 0;
  let readTo = 0;
  for (let f = FILE_END.exec(folded); f && files < MAX_FILES; f = FILE_END.exec(folded), files++) {
    // The file's name: back to the last blank, slash or bracket (each stretch of text read once).
    let start = f.index;
    const floor = Math.max(readTo, f.index - NAME_REACH);
    while (start > floor && !/[\s/()[\]"'<>=]/u.test(folded[start - 1]!)) start--;
    readTo = f.index;
    const name = folded.slice(start, f.index);
    DIGIT_RUN.lastIndex = 0;
    for (let r = DIGIT_RUN.exec(name); r; r = DIGIT_RUN.exec(name)) {
      const s = r[1]!;
      const n = (a: number, b: number) => Number(s.slice(a, b));
      const readings: [number, number, number][] = s.length === 8
        ? [[n(0, 4), n(4, 6), n(6, 8)], [n(4, 8), n(2, 4), n(0, 2)]]
        : [[2000 + n(4, 6), n(2, 4), n(0, 2)], [2000 + n(0, 2), n(2, 4), n(4, 6)]];
      for (const [y, m, d] of readings) if (plausible(y, m, d)) out.push({ y, m, d });
    }
  }
  return out;
}

/**
 * The year each day and month takes from the page's file names, where every reading of that day
 * agrees on one (two files of the same day in different years say nothing).
 * @example yearsByDay([{ y: 2015, m: 9, d: 30 }]).get(930) // 2015
 */
export function yearsByDay(days: readonly RefDay[]): Map<number, number> {
  const years = new Map<number, number | null>();
  for (const d of days) {
    const key = d.m * 100 + d.d;
    const seen = years.get(key);
    years.set(key, seen === undefined || seen === d.y ? d.y : null);
  }
  const out = new Map<number, number>();
  for (const [k, y] of years) if (y !== null) out.set(k, y);
  return out;
}
