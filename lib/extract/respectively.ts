/**
 * "il 9 e il 16 marzo, rispettivamente a Torino e a Milano": dates and towns listed in one
 * sentence with "respectively" pair up in order, the first date with the first town.
 */
import type { Draft } from './draft.ts';
import { citiesIn } from './place.ts';
import type { PageText, Span } from './text.ts';
import { daysBetween } from './year.ts';

const RESPECTIVELY = /(?<![\p{L}])(?:respectively|respectivement|rispettivamente|respectivamente)(?![\p{L}])/u;

/**
 * Gives each draft of a "respectively" sentence its own town, when the sentence names as many
 * towns as it dates events (else the pairing is unclear and nothing changes). `sentenceOf`
 * is the sentence a draft's date stands in. Changes the drafts in place.
 * @example pairRespectively(page, drafts, sentenceOf) // second draft's city: 'Milano'
 */
export function pairRespectively(page: PageText, drafts: readonly Draft[], sentenceOf: (d: Draft) => Span | undefined): void {
  const bySentence = new Map<number, { span: Span; drafts: Draft[] }>();
  for (const d of drafts) {
    const span = sentenceOf(d);
    if (!span || d.location?.name || d.location?.address) continue;
    const group = bySentence.get(span.start) ?? { span, drafts: [] };
    group.drafts.push(d);
    bySentence.set(span.start, group);
  }
  for (const { span, drafts: group } of bySentence.values()) {
    if (group.length < 2 || group.length > 6 || !RESPECTIVELY.test(page.folded.slice(span.start, span.end))) continue;
    const towns: Array<{ name: string; country?: string }> = [];
    for (const hit of citiesIn(page.text.slice(span.start, span.end), 12)) if (!towns.some((t) => t.name === hit.name)) towns.push(hit);
    if (towns.length !== group.length) {
      // ("Seguirà a Lesmo il 1 dicembre, mentre le serate di Villasanta e Arcore si terranno rispettivamente il 20 gennaio e il 2
      // febbraio": the dates on one side of the word pair with the list of names on the other, towns the lists may not know.)
      const paired = pairAcross(page, span, group);
      if (!paired) continue;
      paired.drafts.forEach((d, i) => {
        d.location = { city: paired.names[i]!, ...(towns.find((t) => t.name === paired.names[i])?.country ? { country: towns.find((t) => t.name === paired.names[i])!.country! } : {}) };
      });
      continue;
    }
    const ordered = [...group].sort((a, b) => a.pos - b.pos || daysBetween(b.startDay, a.startDay));
    ordered.forEach((d, i) => {
      d.location = { city: towns[i]!.name, ...(towns[i]!.country ? { country: towns[i]!.country } : {}) };
    });
  }
}

/** A list of capitalised names joined by commas and "and" (each perhaps after a place preposition): "Villasanta e Arcore", "a Torino e a Milano". */
const NAME = "\\p{Lu}[\\p{Ll}\\p{M}]+(?:(?:[ -]|['’])(?:(?:di|de|del|sur|am|an|la|le|d|l)(?:[ -]|['’]))?\\p{Lu}[\\p{Ll}\\p{M}]+){0,3}";
const PREP = '(?:(?:a|à|in|en|at|nach|di|de|of|im|al|au)\\s+)?';
const LIST = new RegExp(`${PREP}(${NAME})((?:\\s*,\\s*${PREP}${NAME})*)\\s+(?:e|ed|and|et|y|und|sowie)\\s+${PREP}(${NAME})`, 'gu');
/** Words that open a list of names that are no towns ("Maria e Luca", "January and February" are read as such by other rules). */
const LIST_INTRO = /(?:^|[\s(])(?:a|à|in|en|at|nach|di|de|of|im|al|au|serate|serata|incontri|tappe|sessions?|etapes?|étapes?|encuentros?|jornadas?|evenings?|soirées?|soirees?|abende?)\s*$/iu;

/**
 * The drafts dated on one side of "respectively" in a sentence and the list of names on the other, paired in
 * order when they are as many; undefined when no such list stands there.
 */
function pairAcross(page: PageText, span: Span, group: readonly Draft[]): { drafts: Draft[]; names: string[] } | undefined {
  const text = page.text.slice(span.start, span.end);
  const word = RESPECTIVELY.exec(page.folded.slice(span.start, span.end));
  if (!word) return undefined;
  const at = span.start + word.index;
  const after = group.filter((d) => d.pos > at).sort((a, b) => a.pos - b.pos);
  const before = group.filter((d) => d.pos < at).sort((a, b) => a.pos - b.pos);
  // (The dates stand together on one side; the list of names is on the other, the nearest to the word.)
  const drafts = after.length >= 2 ? after : before;
  if (drafts.length < 2) return undefined;
  const lists: Array<{ start: number; end: number; names: string[] }> = [];
  LIST.lastIndex = 0;
  for (let m = LIST.exec(text); m && lists.length < 20; m = LIST.exec(text)) {
    const middle = [...(m[2] ?? '').matchAll(new RegExp(NAME, 'gu'))].map((x) => x[0]);
    const start = span.start + m.index;
    const introduced = /^(?:a|à|in|en|at|nach|di|de|of|im|al|au)\s/iu.test(m[0]) || LIST_INTRO.test(text.slice(Math.max(0, m.index - 12), m.index));
    if (introduced) lists.push({ start, end: start + m[0].length, names: [m[1]!, ...middle, m[3]!] });
  }
  const side = drafts === after ? lists.filter((l) => l.end <= at && l.start > drafts[0]!.pos - 400) : lists.filter((l) => l.start >= at);
  const list = drafts === after ? side[side.length - 1] : side[0];
  if (!list || list.names.length !== drafts.length || Math.abs((drafts === after ? at - list.end : list.start - at)) > 80) return undefined;
  return { drafts, names: list.names };
}
