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
    const towns: Array<{ name: string; country: string }> = [];
    for (const hit of citiesIn(page.text.slice(span.start, span.end), 12)) if (!towns.some((t) => t.name === hit.name)) towns.push(hit);
    if (towns.length !== group.length) continue;
    const ordered = [...group].sort((a, b) => a.pos - b.pos || daysBetween(b.startDay, a.startDay));
    ordered.forEach((d, i) => {
      d.location = { city: towns[i]!.name, country: towns[i]!.country };
    });
  }
}
