/**
 * A day's programme written as sections, each a place with its own hours: "Au marché, place
 * Saint-Laurent, de 9h à 13h30:" ... "A la Place centrale, de 13h30 à 15h30:", "Im Rathaus,
 * 10–12 Uhr:" ... "Im Jugendzentrum Süd, 14–16 Uhr:". Each section is a gathering of its own,
 * so the first one ends when its own hours end, not when the day's last section does.
 */
import type { PageText } from './text.ts';
import type { TimeMention } from './times.ts';

/**
 * The words before the hours on their line: a named place (a capital after the first word,
 * "A la Place centrale", "Im Jugendzentrum Süd") and no hour of its own before.
 * ("Dans la matinée, de 9h à 13h" or "Morning session 9:00-13:00" name no place: one gathering's
 * morning and afternoon.)
 * Also read by place-sections.ts, which makes each such section a gathering.
 */
export function placeHeading(page: PageText, t: TimeMention): string | undefined {
  const lineStart = page.text.lastIndexOf('\n', t.start - 1) + 1;
  const before = page.text.slice(lineStart, t.start).trim();
  if (before.length < 4 || before.length > 120 || /\d{1,2}[:.h]\d{2}/u.test(before)) return undefined;
  const lineEnd = page.text.indexOf('\n', t.end);
  // (A heading introduces its items: nothing but a colon or a dash after the hours.)
  if (!/^\s*[:–—-]?\s*$/u.test(page.text.slice(t.end, lineEnd < 0 ? page.text.length : lineEnd))) return undefined;
  const words = before.split(/\s+/u).slice(1);
  return words.some((w) => /^\p{Lu}/u.test(w)) ? before.replace(/[,\s]*(?:de|von|from|dalle|desde|from|des)?\s*$/iu, '') : undefined;
}

/**
 * The end of the first section when the agenda's first times are such sections: the first a
 * span under a place heading, and a later span under another place heading that starts when or
 * after the first one ends.
 * @example firstSectionEnd(page, agenda) // 810 for 'Au marché, place X de 9h à 13h30:' ... 'A la Place centrale, de 13h30 à 15h30:'
 */
export function firstSectionEnd(page: PageText, agenda: readonly TimeMention[]): number | undefined {
  const first = agenda[0];
  if (!first || first.to === undefined) return undefined;
  const heading = placeHeading(page, first);
  if (!heading) return undefined;
  const next = agenda.find((t) => t !== first && t.to !== undefined && t.from >= first.to! && placeHeading(page, t));
  return next && placeHeading(page, next) !== heading ? first.to : undefined;
}
