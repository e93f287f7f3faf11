/**
 * The day a gathering is held for, named by its date alone before the gathering's own day in one sentence: "Con motivo del
 * 20 de junio, la asociación organiza una charla el domingo 22", "In occasione del 20 giugno, ... domenica 22 giugno", "À
 * l'occasion du 20 juin, ... le dimanche 22 juin", "To mark 20 June, ... on Sunday 22 June", "En torno al 18 de diciembre, ...
 * una cena el sábado 20". The occasion is no gathering; when no other day follows it, it is the gathering's own ("In
 * occasione del 20 giugno si terrà una cena"), and it is kept.
 */
import type { Candidate } from './candidates.ts';
import type { PageText } from './text.ts';

/** "con motivo del", "en conmemoración del", "en torno al", "in occasione del", "intorno al", "à l'occasion du", "autour du", "to mark", "on the occasion of". */
const OCCASION = /(?<![a-z])(?:con motivo del?|en conmemoracion del?|en torno al|in occasione del|in occasione dell['’]|intorno al|a l['’]occasion du|autour du|to mark|on the occasion of|in honou?r of)\s*(?:(?:the|el|il|le)\s+)?$/;
/** Every OCCASION holds one of these (a plain test before the pattern). */
const OCCASION_WORD = /motivo|conmemoracion|torno|occasion|intorno|autour|to mark|honou?r/;

/**
 * Marks, in place, an occasion's day followed in its sentence by another day judged a gathering.
 * @example markOccasionDays(page, candidates)
 */
export function markOccasionDays(page: PageText, candidates: Candidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (c.kind !== 'event' || c.mention.range) continue;
    const before = page.folded.slice(Math.max(c.ctx.sentence.start, c.mention.start - 40), c.mention.start);
    if (!OCCASION_WORD.test(before) || !OCCASION.test(before)) continue;
    const day = c.mention.days[0];
    for (let j = i + 1; j < candidates.length && candidates[j]!.mention.start < c.ctx.sentence.end; j++) {
      const next = candidates[j]!;
      const other = next.mention.days[0];
      if (next.kind === 'event' && other && day && (other.d !== day.d || other.m !== day.m)) {
        c.kind = 'reference';
        break;
      }
    }
  }
}
