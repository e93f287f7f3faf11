/**
 * The name a page gives its one gathering where it says the gathering's day again: a page that
 * opens with a news headline ("The town welcomes its new neighbours") or only the day and the
 * place ("Del 19 al 21 de octubre") names the gathering lower down, in the sentence of another
 * mention of the same day ("el próximo 19 de octubre se celebrará el IV Encuentro de …").
 */
import type { DateMention } from './dates.ts';
import { sentenceAt, type PageText } from './text.ts';
import { strongName } from './title-judge.ts';
import { phraseTitle } from './title-phrase.ts';
import { quotedTitle, throughQuote } from './title-quoted.ts';
import { daysBetween, type RefDay } from './year.ts';

/** The date mentions of a page's candidates, in the page's order. */
export function mentionsOf(cands: ReadonlyArray<{ mention: DateMention }>): DateMention[] {
  return cands.map((c) => c.mention);
}

/** How many mentions of the day are read for a name: the first ones carry it. */
const MAX_MENTIONS = 8;

/**
 * The first strong name (an event word with words of its own, or a quoted name after one) said
 * in the sentence of a mention of `day`, in the page's order.
 * @example nameOfDay(readText('Del 19 al 21\n\nEl 19 de octubre se celebrará el Encuentro de Mujeres Migrantes.'), mentions, days, day)
 */
export function nameOfDay(page: PageText, mentions: readonly DateMention[], daysOf: (m: DateMention) => readonly RefDay[] | undefined, day: RefDay): string | undefined {
  let read = 0;
  for (const m of mentions) {
    const days = daysOf(m);
    if (!days?.length || daysBetween(days[0]!, day) !== 0) continue;
    if (++read > MAX_MENTIONS) break;
    const sentence = sentenceAt(page, m.start);
    const text = page.text.slice(sentence.start, throughQuote(page.text, sentence.start, sentence.end));
    const name = quotedTitle(text) ?? phraseTitle(text, m.start - sentence.start);
    if (name && strongName(name)) return name;
  }
  return undefined;
}
