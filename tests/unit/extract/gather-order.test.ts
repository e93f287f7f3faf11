// A day's gatherings found after merging are appended; they go back into the page's order on their day, spans stay put.
import { describe, expect, it } from 'vitest';
import { dayInPageOrder } from '../../../lib/extract/gather-order.ts';
import type { Draft } from '../../../lib/extract/draft.ts';

const d = (title: string, pos: number, day: number, endDay?: number): Draft => ({
  pos, title, startDay: { y: 2024, m: 6, d: day }, ...(endDay ? { endDay: { y: 2024, m: 6, d: endDay } } : {}),
  ownTitle: true, status: 'scheduled', links: {}, text: '', span: { start: pos, end: pos + 1 }, score: 1, labelled: false, explicitYear: true, multi: true, ownNoun: true, itemsNoun: false,
} as Draft);

describe('dayInPageOrder', () => {
  it.each([
    ['an appended same-day gathering said before a later one', [d('week', 0, 17, 23), d('breakfast', 100, 19), d('cricket', 300, 19), d('lunch', 200, 19)], ['week', 'breakfast', 'lunch', 'cricket']],
    ['other days and spans keep their slots', [d('week', 50, 17, 23), d('talk', 20, 17), d('football', 400, 18), d('walk', 10, 17)], ['week', 'walk', 'football', 'talk']],
    ['already in order', [d('a', 1, 1), d('b', 2, 1), d('c', 3, 2)], ['a', 'b', 'c']],
  ])('%s', (_name, drafts, expected) => {
    dayInPageOrder(drafts);
    expect(drafts.map((x) => x.title)).toEqual(expected);
  });
});
